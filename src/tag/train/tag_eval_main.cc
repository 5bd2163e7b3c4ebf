// entente_tag_eval — prints tagging accuracy on a CoNLL-U treebank, overall
// and on its news documents, plus the most frequent confusions.
//   entente_tag_eval [FILE.conllu] [--confusions N]
// Default file: ../shared/eval/pos/gum_dev.conllu (relative to the working
// directory, normally the repository root). Exit 0 when the file is absent
// (nothing to measure), after saying so.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "entente/diagnostics.h"
#include "tag/tag_stage.h"
#include "tag/train/conllu_eval.h"
#include "util/data_dir.h"

int main(int argc, char** argv) {
  using namespace entente;
  std::string path = "../shared/eval/pos/gum_dev.conllu";
  int confusions = 15;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--confusions" && i + 1 < argc) confusions = std::atoi(argv[++i]);
    else path = a;
  }
  NullSink sink;
  auto stage = TagStage::Create(DataDir(), &sink);
  if (!stage.ok()) {
    std::fprintf(stderr, "entente_tag_eval: %s\n", stage.status().ToString().c_str());
    return 2;
  }
  auto acc = EvaluateConllu(path, **stage);
  if (!acc.ok()) {
    std::printf("skipped: %s\n", acc.status().ToString().c_str());
    return 0;
  }
  std::printf("tagger: %s\n", (*stage)->TaggerName());
  std::printf("overall: %.2f%% of %zu tokens (%zu sentences)\n", acc->Overall(), acc->tokens, acc->sentences);
  std::printf("news:    %.2f%% of %zu tokens\n", acc->News(), acc->news_tokens);
  std::printf("lemmas:  %.2f%% of %zu gold verbs, %.2f%% of %zu gold common nouns\n", acc->VerbLemmas(),
              acc->verb_lemmas, acc->NounLemmas(), acc->noun_lemmas);
  std::printf("speed:   %.2f M tokens/s (tagging only, one thread, CPU time)\n",
              acc->seconds > 0 ? acc->tokens / acc->seconds / 1e6 : 0.0);
  std::vector<std::pair<size_t, std::pair<std::string, std::string>>> sorted;
  for (const auto& [k, v] : acc->confusions) sorted.push_back({v, k});
  std::sort(sorted.rbegin(), sorted.rend());
  for (int i = 0; i < confusions && i < static_cast<int>(sorted.size()); ++i) {
    std::printf("  %5zu  gold %-6s tagged %s\n", sorted[i].first, sorted[i].second.first.c_str(),
                sorted[i].second.second.c_str());
  }
  return 0;
}
