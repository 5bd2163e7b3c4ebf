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

// What the system made of one sentence.
struct Analysis {
  std::vector<Tag> xpos;
  std::vector<uint8_t> upos;
  std::vector<ParseWord> words;
  DependencyTree tree;
};

// Tags every sentence, then parses them all in one batch (as the parse
// stage does), adding the CPU time of each step to `acc`.
std::vector<Analysis> Analyze(const std::vector<ConlluSentence>& gold, const TagStage& tagger,
                              const DependencyParser& parser, ParseAccuracy* acc) {
  std::vector<Analysis> out(gold.size());
  std::vector<std::string_view> forms;
  std::vector<std::span<const ParseWord>> sentences(gold.size());
  std::vector<DependencyTree> trees(gold.size());
  for (size_t k = 0; k < gold.size(); ++k) {
    size_t n = gold[k].words.size();
    forms.clear();
    for (const ConlluWord& w : gold[k].words) forms.push_back(w.form);
    out[k].xpos.resize(n);
    out[k].upos.assign(n, 0);
    double t0 = ThreadSeconds();
    tagger.TagWords(forms, out[k].xpos, out[k].upos);
    double t1 = ThreadSeconds();
    MakeParseWords(forms, out[k].xpos, &out[k].words);
    sentences[k] = out[k].words;
    acc->parse_seconds += ThreadSeconds() - t1;
    acc->tag_seconds += t1 - t0;
  }
  double t2 = ThreadSeconds();
  parser.ParseBatch(sentences, trees);
  acc->parse_seconds += ThreadSeconds() - t2;
  for (size_t k = 0; k < gold.size(); ++k) out[k].tree = std::move(trees[k]);
  return out;
}

// Counts one sentence's words; appends the system's sentence to `predicted`.
void Score(const ConlluSentence& s, const Analysis& a, const std::vector<std::string>& names, ParseAccuracy* acc,
           std::vector<ConlluSentence>* predicted) {
  ++acc->sentences;
  ConlluSentence out;
  if (predicted) out.comments = s.comments;
  for (size_t i = 0; i < s.words.size(); ++i) {
    const ConlluWord& g = s.words[i];
    int head = a.tree.head[i] + 1;  // -1 (root) -> 0
    const std::string& rel = names[a.tree.label[i]];
    ++acc->words;
    acc->upos += UposName(a.upos[i]) == g.upos;
    acc->xpos += TagName(a.xpos[i]) == g.xpos;
    bool attach = head == g.head;
    acc->uas += attach;
    bool las = attach && UniversalRelation(rel) == UniversalRelation(g.deprel);
    acc->las += las;
    acc->las_full += attach && rel == g.deprel;
    auto& r = acc->by_relation[g.deprel];
    r.first += las;
    ++r.second;
    if (predicted) {
      ConlluWord w;
      w.form = g.form;
      w.upos = std::string(UposName(a.upos[i]));
      w.xpos = std::string(TagName(a.xpos[i]));
      w.head = head;
      w.deprel = rel;
      out.words.push_back(std::move(w));
    }
  }
  if (predicted) predicted->push_back(std::move(out));
}

}  // namespace

ParseAccuracy EvaluateParser(const std::vector<ConlluSentence>& gold, const TagStage& tagger,
                             const DependencyParser& parser, std::vector<ConlluSentence>* predicted) {
  ParseAccuracy acc;
  std::vector<Analysis> analyses = Analyze(gold, tagger, parser, &acc);
  for (size_t k = 0; k < gold.size(); ++k) Score(gold[k], analyses[k], parser.label_names(), &acc, predicted);
  return acc;
}

}  // namespace entente
