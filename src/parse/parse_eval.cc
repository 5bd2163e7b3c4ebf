#include "parse/parse_eval.h"

#include <ctime>
#include <string_view>

#include "tag/treebank_tagger.h"

namespace entente {

namespace {

double ThreadSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

}  // namespace

ParseAccuracy EvaluateParser(const std::vector<ConlluSentence>& gold, const TagStage& tagger,
                             const DependencyParser& parser, std::vector<ConlluSentence>* predicted) {
  ParseAccuracy acc;
  std::vector<std::string_view> forms;
  std::vector<Tag> xpos;
  std::vector<uint8_t> upos;
  std::vector<ParseWord> words;
  DependencyTree tree;
  const auto& names = parser.label_names();
  for (const ConlluSentence& s : gold) {
    size_t n = s.words.size();
    forms.clear();
    for (const ConlluWord& w : s.words) forms.push_back(w.form);
    xpos.resize(n);
    upos.assign(n, 0);
    double t0 = ThreadSeconds();
    tagger.TagWords(forms, xpos, upos);
    double t1 = ThreadSeconds();
    MakeParseWords(forms, xpos, &words);
    parser.Parse(words, &tree);
    acc.parse_seconds += ThreadSeconds() - t1;
    acc.tag_seconds += t1 - t0;
    ++acc.sentences;
    ConlluSentence out;
    if (predicted) out.comments = s.comments;
    for (size_t i = 0; i < n; ++i) {
      const ConlluWord& g = s.words[i];
      int head = tree.head[i] + 1;  // -1 (root) -> 0
      const std::string& rel = names[tree.label[i]];
      ++acc.words;
      acc.upos += UposName(upos[i]) == g.upos;
      acc.xpos += TagName(xpos[i]) == g.xpos;
      bool attach = head == g.head;
      acc.uas += attach;
      bool las = attach && UniversalRelation(rel) == UniversalRelation(g.deprel);
      acc.las += las;
      acc.las_full += attach && rel == g.deprel;
      auto& r = acc.by_relation[g.deprel];
      r.first += las;
      ++r.second;
      if (predicted) {
        ConlluWord w;
        w.form = g.form;
        w.upos = std::string(UposName(upos[i]));
        w.xpos = std::string(TagName(xpos[i]));
        w.head = head;
        w.deprel = rel;
        out.words.push_back(std::move(w));
      }
    }
    if (predicted) predicted->push_back(std::move(out));
  }
  return acc;
}

}  // namespace entente
