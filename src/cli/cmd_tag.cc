// entente tag — part-of-speech tags, one line of token/TAG pairs per
// sentence. Plain text goes through the text stage (sentences, tokens);
// with --tokenized each input line is one sentence of space-separated tokens,
// tagged as given (for evaluation against a treebank's tokenization).
#include <cstdio>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "entente/pipeline.h"
#include "tag/tag_stage.h"
#include "util/data_dir.h"

namespace entente::cli {

namespace {

struct TagArgs {
  bool tokenized = false;
  bool lemmas = false;
  std::string dict;
};

// One line per sentence: "token/TAG" pairs separated by spaces.
std::string TagLines(const AnalyzedDocument& doc) {
  std::string out;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = 0; i < s.token_count && s.first_token + i < doc.tokens.size(); ++i) {
      const Token& t = doc.tokens[s.first_token + i];
      if (i > 0) out += ' ';
      out.append(t.text).append("/").append(t.tag);
    }
    out += '\n';
  }
  return out;
}

int RunTokenized(const TagArgs& a, StderrSink* sink) {
  std::string dir = a.dict.empty() ? DataDir() : a.dict;
  auto stage = TagStage::Create(dir, sink);
  if (!stage.ok()) {
    std::fprintf(stderr, "entente tag: %s\n", stage.status().ToString().c_str());
    return kExitFatal;
  }
  std::string line;
  AnalyzedDocument doc;
  while (std::getline(std::cin, line)) {
    doc.Clear();
    std::string_view rest = line;
    while (!rest.empty()) {
      size_t sp = rest.find_first_of(" \t\r");
      std::string_view w = rest.substr(0, sp);
      if (!w.empty()) {
        Token t;
        t.text = std::string(w);
        doc.tokens.push_back(std::move(t));
      }
      if (sp == std::string_view::npos) break;
      rest.remove_prefix(sp + 1);
    }
    Sentence s;
    s.token_count = static_cast<uint32_t>(doc.tokens.size());
    doc.sentences.push_back(s);
    (*stage)->Run(&doc);
    std::string out = a.lemmas ? (*stage)->Dump(doc) : TagLines(doc);
    if (doc.tokens.empty()) out = "\n";
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  return kExitOk;
}

int RunText(const TagArgs& a, StderrSink* sink) {
  PipelineOptions popts;
  popts.last_stage = Stage::kTag;
  popts.data_dir = a.dict;
  AnalyzedDocument analyzed;
  auto pipeline = AnalyzeStdin("tag", popts, sink, &analyzed);
  if (!pipeline) return kExitFatal;
  if (a.lemmas) {
    std::string dump = pipeline->Dump(analyzed, Stage::kTag);
    std::fwrite(dump.data(), 1, dump.size(), stdout);
    return kExitOk;
  }
  std::string out = TagLines(analyzed);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

}  // namespace

Command AddTag(CLI::App& root) {
  auto args = std::make_shared<TagArgs>();
  CLI::App* app = root.add_subcommand(
      "tag", "Part-of-speech tags (Penn Treebank) for text on stdin: one line per\n"
             "sentence of token/TAG pairs.");
  app->add_flag("--tokenized", args->tokenized,
                "input is one sentence per line, tokens separated by spaces; tag them as given");
  app->add_flag("--lemmas", args->lemmas,
                "append :lemma where it differs from the lower-cased token");
  app->add_option("--dict", args->dict, "dictionary directory (default: built-in)");
  return {app, [args] {
            StderrSink sink;
            return args->tokenized ? RunTokenized(*args, &sink) : RunText(*args, &sink);
          }};
}

}  // namespace entente::cli
