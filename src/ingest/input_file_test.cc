// Unit tests of InputFile: lines, the byte limit, whole-file reads, peeking.
#include "ingest/input_file.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace entente::ingest {
namespace {

std::string WriteTemp(const std::string& name, const std::string& content) {
  std::filesystem::path p = std::filesystem::temp_directory_path() /
                            ("entente_input_file_test_" + std::to_string(::getpid()) + "_" + name);
  std::ofstream(p, std::ios::binary) << content;
  return p.string();
}

TEST(InputFile, ReadsLinesWithAndWithoutFinalNewline) {
  std::string path = WriteTemp("lines", "one\ntwo\r\n\nlast");
  InputFile f;
  ASSERT_TRUE(f.Open(path).ok());
  std::string line;
  std::vector<std::string> lines;
  while (f.ReadLine(100, &line) == InputFile::Read::kOk) lines.push_back(line);
  EXPECT_EQ(lines, (std::vector<std::string>{"one", "two\r", "", "last"}));
  EXPECT_EQ(f.bytes_consumed(), 14u);
  std::remove(path.c_str());
}

TEST(InputFile, SkipsOverLongLinesAndGoesOn) {
  // Longer than the 64 KiB read chunk, so the skip spans several reads.
  std::string big(200000, 'x');
  std::string path = WriteTemp("long", "short\n" + big + "\nafter\n" + big);
  InputFile f;
  ASSERT_TRUE(f.Open(path).ok());
  std::string line;
  EXPECT_EQ(f.ReadLine(1000, &line), InputFile::Read::kOk);
  EXPECT_EQ(line, "short");
  EXPECT_EQ(f.ReadLine(1000, &line), InputFile::Read::kTooLong);
  EXPECT_TRUE(line.empty());
  EXPECT_EQ(f.ReadLine(1000, &line), InputFile::Read::kOk);
  EXPECT_EQ(line, "after");
  EXPECT_EQ(f.ReadLine(1000, &line), InputFile::Read::kTooLong);
  EXPECT_EQ(f.ReadLine(1000, &line), InputFile::Read::kEnd);
  std::remove(path.c_str());
}

TEST(InputFile, ReadAllHonoursTheLimit) {
  std::string path = WriteTemp("all", std::string(150000, 'y'));
  InputFile a;
  ASSERT_TRUE(a.Open(path).ok());
  std::string out;
  EXPECT_EQ(a.ReadAll(1000, &out), InputFile::Read::kTooLong);
  InputFile b;
  ASSERT_TRUE(b.Open(path).ok());
  EXPECT_EQ(b.ReadAll(150000, &out), InputFile::Read::kOk);
  EXPECT_EQ(out.size(), 150000u);
  std::remove(path.c_str());
}

TEST(InputFile, PeeksPastWhiteSpaceAndBomWithoutConsuming) {
  std::string path = WriteTemp("peek", "\xEF\xBB\xBF \n\t{\"a\":1}\n");
  InputFile f;
  ASSERT_TRUE(f.Open(path).ok());
  EXPECT_EQ(f.PeekFirstNonSpace(), '{');
  std::string line;
  EXPECT_EQ(f.ReadLine(100, &line), InputFile::Read::kOk);
  EXPECT_EQ(line, "\xEF\xBB\xBF ");
  std::remove(path.c_str());

  std::string blank = WriteTemp("blank", "  \n ");
  InputFile g;
  ASSERT_TRUE(g.Open(blank).ok());
  EXPECT_EQ(g.PeekFirstNonSpace(), -1);
  std::remove(blank.c_str());
}

// Writes `content` gzip-compressed to a temp file named `name` (".gz").
std::string WriteGzip(const std::string& name, const std::string& content) {
  std::string path = WriteTemp(name, "");
  gzFile gz = gzopen(path.c_str(), "wb");
  gzwrite(gz, content.data(), static_cast<unsigned>(content.size()));
  gzclose(gz);
  return path;
}

TEST(InputFile, DecompressesGzipFiles) {
  std::string big(100000, 'z');
  std::string path = WriteGzip("lines.jsonl.gz", "first\n" + big + "\nlast\n");
  InputFile f;
  ASSERT_TRUE(f.Open(path).ok());
  std::string line;
  EXPECT_EQ(f.ReadLine(1000, &line), InputFile::Read::kOk);
  EXPECT_EQ(line, "first");
  EXPECT_EQ(f.ReadLine(1000, &line), InputFile::Read::kTooLong);
  EXPECT_EQ(f.ReadLine(1000, &line), InputFile::Read::kOk);
  EXPECT_EQ(line, "last");
  EXPECT_EQ(f.ReadLine(1000, &line), InputFile::Read::kEnd);
  EXPECT_EQ(f.bytes_consumed(), 6u + 100001u + 5u);
  EXPECT_EQ(f.file_position(), std::filesystem::file_size(path));
  std::remove(path.c_str());
}

std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A truncated .gz file is found out before any of it is handed out.
TEST(InputFile, TruncatedGzipStopsBeforeItsText) {
  std::string full = WriteGzip("cut.txt.gz", std::string(50000, 'a') + "\n" + std::string(50000, 'b'));
  std::string bytes = ReadBytes(full);
  std::string cut = WriteTemp("cut2.txt.gz", bytes.substr(0, bytes.size() / 2));
  InputFile f;
  ASSERT_TRUE(f.Open(cut).ok());
  std::string out;
  EXPECT_EQ(f.ReadAll(1 << 20, &out), InputFile::Read::kOk);
  EXPECT_EQ(out, "");
  EXPECT_NE(f.stop_reason().find("ends inside it"), std::string::npos) << f.stop_reason();
  std::remove(full.c_str());
  std::remove(cut.c_str());
}

// Two members, the second damaged in the middle (its CRC fails at its end):
// the first member's lines come out whole, none of the second's.
TEST(InputFile, DamagedGzipMemberIsNotRead) {
  std::string a = ReadBytes(WriteGzip("m1.gz", "one\ntwo\n"));
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "line " + std::to_string(i) + "\n";
  std::string b = ReadBytes(WriteGzip("m2.gz", text));
  for (size_t i = b.size() / 2; i < b.size() / 2 + 4; ++i) b[i] ^= 0x01;
  std::string path = WriteTemp("two.jsonl.gz", a + b);
  InputFile f;
  ASSERT_TRUE(f.Open(path).ok());
  std::string line;
  std::vector<std::string> lines;
  while (f.ReadLine(100, &line) == InputFile::Read::kOk) lines.push_back(line);
  EXPECT_EQ(lines, (std::vector<std::string>{"one", "two"}));
  EXPECT_TRUE(f.error().empty()) << f.error();
  EXPECT_NE(f.stop_reason().find("gzip member at byte " + std::to_string(a.size()) + " damaged"),
            std::string::npos) << f.stop_reason();
  std::remove(path.c_str());
}

// A device named as a file stops at its limit; its last partial line is
// not handed out.
TEST(InputFile, DeviceStopsAtItsLimit) {
  InputFile f;
  ASSERT_TRUE(f.Open("/dev/zero", 300000).ok());
  std::string line;
  EXPECT_EQ(f.ReadLine(1000, &line), InputFile::Read::kTooLong);
  EXPECT_EQ(f.ReadLine(1000, &line), InputFile::Read::kEnd);
  EXPECT_NE(f.stop_reason().find("stopped after 300000 bytes"), std::string::npos);
}

TEST(InputFile, MissingFileIsNotFound) {
  InputFile f;
  Status s = f.Open("/nonexistent/entente/file.txt");
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace entente::ingest
