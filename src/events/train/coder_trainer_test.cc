// Tests of the training command's margin candidates, of training with the
// relevance and docrel groups, and of scoring a story's sentences together
// (events/train/coder_trainer.h).
#include "events/train/coder_trainer.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace entente {
namespace {

// The perceptron's target margin is the one value chosen across the dev
// split, the PLOVER dev half and the real-news cross-validation; a grid the
// user gives replaces it, and logistic regression keeps its log-odds grid.
TEST(MarginGridTest, TargetMarginDefaultsAndOverride) {
  MarginGrid perceptron = MarginsFor(CoderLearner::kPerceptron);
  EXPECT_EQ(perceptron.target, std::vector<float>{-10});
  EXPECT_FALSE(perceptron.trigger.empty());
  MarginGrid asked = MarginsFor(CoderLearner::kPerceptron, {0, -2, -6});
  EXPECT_EQ(asked.target, (std::vector<float>{0, -2, -6}));
  EXPECT_EQ(asked.trigger, perceptron.trigger);
  MarginGrid fixed = MarginsFor(CoderLearner::kPerceptron, {}, {-8});
  EXPECT_EQ(fixed.trigger, std::vector<float>{-8}) << "one trigger margin given fixes it";
  EXPECT_EQ(fixed.target, perceptron.target);
  MarginGrid logistic = MarginsFor(CoderLearner::kLogistic);
  EXPECT_EQ(logistic.target.front(), 0);
  EXPECT_GE(logistic.target.back(), -4);
}

// A toy analyser of the test's own words: tokens split at spaces, tags from
// a table, every word hanging from the verb, each name a country mention.
void AnalyzeToy(const Document& doc, AnalyzedDocument* a) {
  static const std::map<std::string, std::pair<const char*, const char*>> tags = {
      {"France", {"NNP", "PROPN"}}, {"Germany", {"NNP", "PROPN"}}, {"Spain", {"NNP", "PROPN"}},
      {"condemned", {"VBD", "VERB"}}, {"won", {"VBD", "VERB"}},    {"the", {"DT", "DET"}},
      {"match", {"NN", "NOUN"}}};
  static const std::map<std::string, std::string> countries = {{"France", "FRA"}, {"Germany", "DEU"}, {"Spain", "ESP"}};
  *a = AnalyzedDocument();
  a->doc = doc;
  uint32_t begin = 0;
  while (begin < doc.text.size()) {
    uint32_t end = static_cast<uint32_t>(std::min(doc.text.find(' ', begin), doc.text.size()));
    Token t;
    t.text = t.lemma = doc.text.substr(begin, end - begin);
    t.span = {begin, end};
    auto tag = tags.find(t.text);
    t.tag = tag == tags.end() ? "NN" : tag->second.first;
    t.upos = tag == tags.end() ? "NOUN" : tag->second.second;
    a->tokens.push_back(t);
    begin = end + 1;
  }
  for (uint32_t i = 0; i < a->tokens.size(); ++i) {
    a->tokens[i].head = i == 1 ? -1 : 1;
    a->tokens[i].deprel = i == 0 ? "nsubj" : i == 1 ? "root" : "obj";
    auto country = countries.find(a->tokens[i].text);
    if (country == countries.end()) continue;
    ActorMention m;
    m.begin = i;
    m.end = i + 1;
    m.span = a->tokens[i].span;
    m.text = country->first;
    m.code = m.country = country->second;
    a->actors.push_back(m);
  }
  Sentence s;
  s.token_count = static_cast<uint32_t>(a->tokens.size());
  a->sentences.push_back(s);
}

std::vector<GoldSentence> ToyCorpus() {
  std::vector<GoldSentence> corpus;
  for (int k = 0; k < 6; ++k) {
    GoldSentence accuse{"toy-accuse" + std::to_string(k) + "-0", "France condemned Germany", "2020-01-01", "train", "", {}, ""};
    GoldEvent e;
    e.type = "ACCUSE";
    e.cameo = "010";
    e.factuality = "done";
    e.trigger_begin = 7;
    e.trigger_end = 16;
    e.sources.push_back({0, 6, "FRA"});
    e.targets.push_back({17, 24, "DEU"});
    accuse.events.push_back(e);
    corpus.push_back(accuse);
    corpus.push_back({"toy-match" + std::to_string(k) + "-0", "Spain won the match", "2020-01-01", "train", "", {}, ""});
  }
  return corpus;
}

// Quick training for the toy corpora: one perceptron, two passes, quiet,
// with the feature groups `set` turns on.
CoderTrainOptions ToyOptions(void (*set)(FeatureGroups*)) {
  CoderTrainOptions o;
  o.ensemble = 1;
  o.epochs = 2;
  o.verbose = false;
  set(&o.features);
  return o;
}

// Trains on `corpus` twice and expects the same model bytes; returns the first.
CoderModels TrainTwiceExpectSameBytes(const std::vector<GoldSentence>& corpus, const CoderTrainOptions& o,
                                      CoderTrainStats* stats) {
  CameoTable cameo;
  Lexicon lexicon;
  auto first = TrainCoder(corpus, AnalyzeToy, cameo, lexicon, nullptr, o, stats);
  EXPECT_TRUE(first.ok()) << first.status().ToString();
  auto second = TrainCoder(corpus, AnalyzeToy, cameo, lexicon, nullptr, o, nullptr);
  EXPECT_TRUE(second.ok());
  if (!first.ok() || !second.ok()) return CoderModels();
  EXPECT_EQ(first->ToBundle().Serialize(), second->ToBundle().Serialize());
  return std::move(*first);
}

// The relevance group trains the relevance model beside the six, out of fold
// (each toy story its own document), and the same data give the same bytes.
TEST(RelevanceTrainingTest, StoredAndReproducible) {
  CoderTrainOptions o = ToyOptions([](FeatureGroups* f) { f->relevance = true; });
  CoderTrainStats stats;
  CoderModels first = TrainTwiceExpectSameBytes(ToyCorpus(), o, &stats);
  ASSERT_NE(first.relevance, nullptr);
  EXPECT_EQ(first.relevance->classes(), 2);
  EXPECT_EQ(stats.relevant_sentences, 6u);
  EXPECT_GT(stats.relevance_accuracy, 0.5);
  CameoTable cameo;
  Lexicon lexicon;
  o.features.relevance = false;
  auto without = TrainCoder(ToyCorpus(), AnalyzeToy, cameo, lexicon, nullptr, o, nullptr);
  ASSERT_TRUE(without.ok());
  EXPECT_EQ(without->relevance, nullptr);
}

// Toy stories, each record with its doc_id: two of an accusation and a
// sentence of sport, then four of an accusation alone and four of sport alone.
std::vector<GoldSentence> ToyStories() {
  std::vector<GoldSentence> corpus = ToyCorpus();
  for (size_t i = 0; i < corpus.size(); ++i) corpus[i].doc_id = "toy-story" + std::to_string(i < 4 ? i / 2 : i);
  return corpus;
}

// The docrel group trains the relevance model too (its pooled out-of-fold
// probabilities are the group's input), is stored in the model's groups,
// and the same data give the same bytes.
TEST(DocrelTrainingTest, StoredAndReproducible) {
  CoderTrainOptions o = ToyOptions([](FeatureGroups* f) { f->docrel = true; });
  CoderModels first = TrainTwiceExpectSameBytes(ToyStories(), o, nullptr);
  ASSERT_NE(first.relevance, nullptr);
  EXPECT_EQ(first.params.features.ToString(), "docrel");
  CameoTable cameo;
  Lexicon lexicon;
  auto apart = TrainCoder(ToyCorpus(), AnalyzeToy, cameo, lexicon, nullptr, o, nullptr);  // each record a story
  ASSERT_TRUE(apart.ok());
  EXPECT_NE(first.ToBundle().Serialize(), apart->ToBundle().Serialize()) << "the stories change what is learned";
}

TEST(DocumentRunsTest, ConsecutiveRecordsOfOneStory) {
  std::vector<GoldSentence> gold = ToyStories();
  gold[5].doc_id.clear();  // no doc_id: a story of its own, by its id
  EXPECT_EQ(DocumentOf(gold[0]), "toy-story0");
  EXPECT_EQ(DocumentOf(gold[5]), "toy-match2-0");
  std::vector<std::pair<size_t, size_t>> runs = DocumentRuns(gold);
  ASSERT_EQ(runs.size(), 10u);
  EXPECT_EQ(runs[0], std::make_pair(size_t{0}, size_t{2}));
  EXPECT_EQ(runs[1], std::make_pair(size_t{2}, size_t{4}));
  EXPECT_EQ(runs[2], std::make_pair(size_t{4}, size_t{5}));
  EXPECT_TRUE(DocumentRuns({}).empty());
}

// A coder that writes nothing and notes how many parts each document had.
class PartsCounter : public EventCoder {
 public:
  void Run(AnalyzedDocument* doc) const override { RunParts({doc}); }
  void RunParts(const std::vector<AnalyzedDocument*>& parts) const override {
    sizes.push_back(parts.size());
    for (AnalyzedDocument* part : parts) part->events.clear();
  }
  std::string Dump(const AnalyzedDocument&) const override { return ""; }
  const char* name() const override { return "counter"; }
  mutable std::vector<size_t> sizes;
};

// Evaluation codes a story's sentences together, each analysed alone, and
// still scores every gold event.
TEST(EvaluateCoderTest, CodesAStoryTogether) {
  PartsCounter coder;
  EventScore score = EvaluateCoder(ToyStories(), AnalyzeToy, coder);
  EXPECT_EQ(coder.sizes, (std::vector<size_t>{2, 2, 1, 1, 1, 1, 1, 1, 1, 1}));
  EXPECT_EQ(score.type_fn, 6u);
  EXPECT_EQ(score.type_tp + score.type_fp, 0u);
}

// A model trained with the docrel group codes the accusations; with a
// document gate above every story's mean relevance it codes nothing.
TEST(EvaluateCoderTest, DocumentGate) {
  CameoTable cameo;
  Lexicon lexicon;
  CoderTrainOptions o;
  o.ensemble = 1;
  o.verbose = false;
  o.features.docrel = true;
  auto models = TrainCoder(ToyStories(), AnalyzeToy, cameo, lexicon, nullptr, o, nullptr);
  ASSERT_TRUE(models.ok()) << models.status().ToString();
  LearnedCoder coder(std::move(*models), cameo, lexicon);
  EventScore open = EvaluateCoder(ToyStories(), AnalyzeToy, coder);
  EXPECT_GT(open.type_tp, 0u);
  coder.params().document_gate = 0.999f;
  EventScore gated = EvaluateCoder(ToyStories(), AnalyzeToy, coder);
  EXPECT_EQ(gated.type_tp + gated.type_fp, 0u);
  EXPECT_EQ(gated.type_fn, 6u);
}

}  // namespace
}  // namespace entente
