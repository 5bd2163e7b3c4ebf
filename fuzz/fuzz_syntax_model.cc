// fuzz_syntax_model.cc — the model file readers: ModelBundle::Parse, then
// LinearModel::Parse on each part (WordContexts::Parse on the tagger's
// distributional table), and DependencyModel::Load (which reads a
// path, so the input is written to a private temporary file). A model that
// loads parses a short sentence.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "parse/dependency_model.h"
#include "tag/word_contexts.h"
#include "util/linear_model.h"
#include "util/model_bundle.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)entente::LinearModel::Parse(bytes, "fuzz");
  // As a part of a checked bundle is read: no checksum, the rest still checked.
  (void)entente::LinearModel::Parse(bytes, "fuzz", /*verify_checksum=*/false);
  auto bundle = entente::ModelBundle::Parse(bytes, "fuzz");
  if (bundle.ok()) {
    for (const char* part : {"xpos", "upos", "refine", "transitions", "labels", "trigger"}) {
      auto p = bundle->Get(part);
      if (p.ok()) (void)entente::LinearModel::Parse(*p, "fuzz");
    }
    auto contexts = bundle->Get("word_contexts");
    if (contexts.ok()) (void)entente::WordContexts::Parse(*contexts, "fuzz");
  }
  static const std::string path = [] {
    char tmpl[] = "/tmp/entente-fuzz-model-XXXXXX";
    int fd = mkstemp(tmpl);
    if (fd >= 0) close(fd);
    return std::string(tmpl);
  }();
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  auto m = entente::DependencyModel::Load(path);
  if (m.ok()) {
    std::string_view forms[] = {"Troops", "withdrew", "."};
    entente::Tag tags[] = {entente::Tag::kNNS, entente::Tag::kVBD, entente::Tag::kPeriod};
    std::vector<entente::ParseWord> words;
    entente::MakeParseWords(forms, tags, &words);
    entente::DependencyTree tree;
    (*m)->parser().Parse(words, &tree);
  }
  return 0;
}
