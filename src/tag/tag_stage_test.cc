#include "tag/tag_stage.h"

#include <gtest/gtest.h>

#include "tag/lemmatizer.h"
#include "tag/lingua_lexicon.h"
#include "tag/train/conllu_eval.h"
#include "tag/treebank_tagger.h"
#include "util/data_dir.h"
#include "util/linear_model.h"
#include "util/model_bundle.h"

namespace entente {
namespace {

class TagStageTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    NullSink sink;
    auto r = TagStage::Create(DataDir(), &sink);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    stage_ = std::move(r).value().release();
  }
  static void TearDownTestSuite() {
    std::unique_ptr<TagStage> owned(stage_);
    stage_ = nullptr;
  }
  // Tags space-separated tokens; returns "tok/TAG ..." .
  static std::string Tagged(const std::string& sentence) {
    std::vector<std::string_view> words;
    std::string_view rest = sentence;
    while (!rest.empty()) {
      size_t sp = rest.find(' ');
      words.push_back(rest.substr(0, sp));
      if (sp == std::string_view::npos) break;
      rest.remove_prefix(sp + 1);
    }
    std::vector<std::string_view> tags(words.size());
    stage_->TagWords(words, tags);
    std::string out;
    for (size_t i = 0; i < words.size(); ++i) {
      if (i) out += ' ';
      out.append(words[i]).append("/").append(tags[i]);
    }
    return out;
  }
  static TagStage* stage_;
};
TagStage* TagStageTest::stage_ = nullptr;

TEST_F(TagStageTest, TagsASimpleNewsSentence) {
  EXPECT_EQ(Tagged("The troops withdrew from the city on Monday ."),
            "The/DT troops/NNS withdrew/VBD from/IN the/DT city/NN on/IN Monday/NNP ./.");
}

TEST_F(TagStageTest, InfinitiveToVersusPrepositionTo) {
  EXPECT_EQ(Tagged("They want to talk to Iran ."),
            "They/PRP want/VBP to/TO talk/VB to/IN Iran/NNP ./.");
}

TEST_F(TagStageTest, QuotesBracketsAndHyphens) {
  EXPECT_EQ(Tagged("He signed the \" deal \" ( again ) in a long - term plan ."),
            "He/PRP signed/VBD the/DT \"/`` deal/NN \"/'' (/-LRB- again/RB )/-RRB- in/IN a/DT long/JJ -/HYPH "
            "term/NN plan/NN ./.");
}

TEST_F(TagStageTest, GrammarRulesCheckedAgainstTheLexicon) {
  // Imperative opening a sentence; "Use of" is a noun.
  EXPECT_EQ(Tagged("Look at this map ."), "Look/VB at/IN this/DT map/NN ./.");
  EXPECT_EQ(Tagged("Use of force was condemned ."),
            "Use/NN of/IN force/NN was/VBD condemned/VBN ./.");
  // Base form after a modal; particle after verb + pronoun object.
  EXPECT_EQ(Tagged("I 'll wake you up tomorrow ."),
            "I/PRP 'll/MD wake/VB you/PRP up/RP tomorrow/NN ./.");
  // Directional adverb before a preposition.
  EXPECT_EQ(Tagged("The troops came back from the front ."),
            "The/DT troops/NNS came/VBD back/RB from/IN the/DT front/NN ./.");
  // Complementiser after a verb of saying, relative pronoun after a noun.
  EXPECT_EQ(Tagged("The report said that the talks , which began in May , had failed ."),
            "The/DT report/NN said/VBD that/IN the/DT talks/NNS ,/, which/WDT began/VBD in/IN May/NNP ,/, "
            "had/VBD failed/VBN ./.");
}

TEST_F(TagStageTest, RunFillsTagsAndLemmasAndDumps) {
  AnalyzedDocument doc;
  doc.doc.text = "Rebels fled and allies met.";
  const char* words[] = {"Rebels", "fled", "and", "allies", "met", "."};
  uint32_t offset = 0;
  for (const char* w : words) {
    Token t;
    t.text = w;
    t.span = {offset, offset + static_cast<uint32_t>(t.text.size())};
    offset += static_cast<uint32_t>(t.text.size()) + 1;
    doc.tokens.push_back(t);
  }
  Sentence s;
  s.first_token = 0;
  s.token_count = static_cast<uint32_t>(doc.tokens.size());
  doc.sentences.push_back(s);
  stage_->Run(&doc);
  EXPECT_EQ(stage_->Dump(doc),
            "Rebels/NNS:rebel fled/VBD:flee and/CC allies/NNS:ally met/VBD:meet ./.\n");
}

// The tagger starts each word from its memo of word types (summed word
// features); the tags must be those of every feature looked up one by one,
// for words met the first time, words met again and words too long to keep.
TEST_F(TagStageTest, WordMemoGivesTheTagsOfTheFullFeatures) {
  auto bundle = ModelBundle::Load(TagStage::DefaultModelPath(DataDir()));
  ASSERT_TRUE(bundle.ok()) << bundle.status().ToString();
  auto bytes = bundle->Get("xpos");
  ASSERT_TRUE(bytes.ok());
  auto xpos = LinearModel::Parse(*bytes, "xpos");
  ASSERT_TRUE(xpos.ok()) << xpos.status().ToString();
  std::vector<std::string_view> words = {"Rebels", "fired", "at", "troops", "near", "the",
                                         "counterinsurgencyoperations-related", "base", ";", "the", "troops",
                                         "fired", "back", "and", "rebels", "fled", "at", "dawn", "."};
  std::vector<TokenInfo> toks;
  stage_->features().Analyze(words, &toks);
  std::vector<LetterCase> cases;
  TagContext ctx{toks, {}, AnalyzeCase(words, &cases), stage_->features().has_contexts()};
  ctx.cases = cases;
  std::vector<int> direct(words.size());
  TreebankTagger::GreedyXpos(**xpos, ctx, nullptr, direct.data());
  for (int pass = 0; pass < 2; ++pass) {  // the second pass finds every word in the memo
    std::vector<Tag> tags(words.size());
    std::vector<uint8_t> upos(words.size());
    stage_->TagWords(words, tags, upos);
    for (size_t i = 0; i < words.size(); ++i) EXPECT_EQ(TagIndex(tags[i]), direct[i]) << words[i];
  }
}

TEST_F(TagStageTest, EmptyAndOutOfRangeSentencesAreSafe) {
  AnalyzedDocument doc;
  Sentence s;
  s.first_token = 5;
  s.token_count = 3;  // past the end: skipped, no crash
  doc.sentences.push_back(s);
  stage_->Run(&doc);
  EXPECT_EQ(stage_->Dump(doc), "");
  std::vector<std::string_view> none;
  std::vector<std::string_view> tags;
  stage_->TagWords(none, tags);
}

TEST(TagDataTest, MissingDebianPackagesAreNamed) {
  auto lex = LinguaLexicon::Load("/nonexistent-entente-test-dir");
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), StatusCode::kNotFound);
  EXPECT_NE(lex.status().message().find("liblingua-en-tagger-perl"), std::string::npos);
  auto wn = Lemmatizer::Load("/nonexistent-entente-test-dir");
  ASSERT_FALSE(wn.ok());
  EXPECT_EQ(wn.status().code(), StatusCode::kNotFound);
  EXPECT_NE(wn.status().message().find("wordnet-base"), std::string::npos);
}

// Accuracy on the GUM dev treebank (measurement data, never trained on).
// Guards against regressions; the figures are in doc/benchmarks.md. The
// EWT-trained tagger measures 95.15% overall and 95.76% on the news
// documents (the HMM it replaced: 95.13% and 96.51%, after rules written
// against this same file); the goal is 95.5% overall.
TEST_F(TagStageTest, AccuracyOnGumDev) {
  std::string path = std::string(ENTENTE_SOURCE_DIR) + "/../shared/eval/pos/gum_dev.conllu";
  auto acc = EvaluateConllu(path, *stage_);
  if (!acc.ok()) GTEST_SKIP() << "GUM dev treebank absent (" << path << "): nothing to measure";
  EXPECT_GE(acc->Overall(), 95.0);
  EXPECT_GE(acc->News(), 95.5);
  std::printf("[tag accuracy] overall %.2f%%, news %.2f%%\n", acc->Overall(), acc->News());
}

}  // namespace
}  // namespace entente
