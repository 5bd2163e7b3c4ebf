// The trainer on a tiny treebank written here: the same input gives the same
// bytes, the two-pass tagger and the distributional table end up in the
// bundle, and a tag stage built from that bundle tags what it learnt.
#include "parse/train/syntax_trainer.h"

#include <gtest/gtest.h>

#include "parse/dependency_model.h"
#include "tag/tag_stage.h"
#include "tag/word_contexts.h"
#include "util/data_dir.h"

namespace entente {
namespace {

// Word, XPOS, UPOS, head, relation per line; sentences separated by "".
constexpr const char* kTreebank[][5] = {
    {"Troops", "NNS", "NOUN", "2", "nsubj"}, {"fired", "VBD", "VERB", "0", "root"},
    {"shots", "NNS", "NOUN", "2", "obj"},     {".", ".", "PUNCT", "2", "punct"},
    {"", "", "", "", ""},
    {"The", "DT", "DET", "2", "det"},         {"minister", "NN", "NOUN", "3", "nsubj"},
    {"resigned", "VBD", "VERB", "0", "root"}, {".", ".", "PUNCT", "3", "punct"},
    {"", "", "", "", ""},
    {"Police", "NNS", "NOUN", "2", "nsubj"},  {"arrested", "VBD", "VERB", "0", "root"},
    {"the", "DT", "DET", "4", "det"},         {"protesters", "NNS", "NOUN", "2", "obj"},
    {".", ".", "PUNCT", "2", "punct"},
};

std::vector<ConlluSentence> Treebank(int copies) {
  std::vector<ConlluSentence> out;
  for (int c = 0; c < copies; ++c) {
    ConlluSentence s;
    for (const auto& row : kTreebank) {
      if (row[0][0] == '\0') {
        out.push_back(std::move(s));
        s = ConlluSentence();
        continue;
      }
      s.words.push_back({row[0], "_", row[2], row[1], "_", row[4], std::stoi(row[3])});
    }
    out.push_back(std::move(s));
  }
  return out;
}

class SyntaxTrainerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {  // the lexicons, loaded once
    auto stage = TagStage::Create(DataDir(), nullptr);
    ASSERT_TRUE(stage.ok()) << stage.status().ToString();
    stage_ = std::move(stage).value().release();
  }
  static void TearDownTestSuite() { delete stage_; }
  void SetUp() override {
    in_.train = Treebank(4);
    in_.description = "test\n";
    in_.word_contexts = "fired\ttroops\t-\tshots\t.\nminister\tthe\t-\tresigned\t.\n";
    auto table = WordContexts::Parse(in_.word_contexts, "test");
    ASSERT_TRUE(table.ok());
    table_ = std::move(table).value();
    options_.tagger_epochs = 4;
    options_.parser_epochs = 3;
    options_.jackknife = 2;
    options_.min_updates = 1;
    options_.tagger_min_updates = 1;
    options_.tagger_refine = true;
    options_.verbose = false;
  }
  Result<ModelBundle> Train() {
    FeatureExtractor fx = stage_->features();
    fx.set_contexts(table_.get());
    return TrainSyntax(in_, fx, options_);
  }
  static inline const TagStage* stage_ = nullptr;
  std::unique_ptr<WordContexts> table_;
  SyntaxTrainInput in_;
  SyntaxTrainOptions options_;
};

TEST_F(SyntaxTrainerTest, SameInputSameBytes) {
  auto a = Train(), b = Train();
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->Serialize(), b->Serialize());
}

TEST_F(SyntaxTrainerTest, TwoPassTaggerAndTableAreStoredAndRead) {
  auto bundle = Train();
  ASSERT_TRUE(bundle.ok()) << bundle.status().ToString();
  EXPECT_TRUE(bundle->Has("refine"));
  ASSERT_TRUE(bundle->Has("word_contexts"));
  EXPECT_EQ(*bundle->Get("word_contexts"), in_.word_contexts);
  auto tagger = TagStage::Create(DataDir(), nullptr, *bundle);
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  std::vector<std::string_view> words = {"Police", "arrested", "the", "protesters", "."};
  std::vector<Tag> xpos(words.size());
  std::vector<uint8_t> upos(words.size());
  (*tagger)->TagWords(words, xpos, upos);
  std::vector<std::string_view> got;
  for (Tag t : xpos) got.push_back(TagName(t));
  EXPECT_EQ(got, (std::vector<std::string_view>{"NNS", "VBD", "DT", "NNS", "."}));
}

TEST_F(SyntaxTrainerTest, OnePassTaggerWithoutTable) {
  options_.tagger_refine = false;
  in_.word_contexts.clear();
  table_.reset();
  auto bundle = Train();
  ASSERT_TRUE(bundle.ok());
  EXPECT_FALSE(bundle->Has("refine"));
  EXPECT_FALSE(bundle->Has("word_contexts"));
  EXPECT_TRUE(TagStage::Create(DataDir(), nullptr, *bundle).ok());
}

TEST_F(SyntaxTrainerTest, DamagedTableInModelIsAnError) {
  auto bundle = Train();
  ASSERT_TRUE(bundle.ok());
  bundle->Put("word_contexts", "fired\ttroops\n");
  auto tagger = TagStage::Create(DataDir(), nullptr, *bundle);
  ASSERT_FALSE(tagger.ok());
  EXPECT_NE(tagger.status().message().find("word_contexts"), std::string::npos) << tagger.status().ToString();
}

TEST_F(SyntaxTrainerTest, BeamWidthIsStoredAndDecodedWith) {
  auto greedy = Train();
  ASSERT_TRUE(greedy.ok());
  EXPECT_FALSE(greedy->Has("beam"));
  auto g = DependencyModel::FromBundle(*greedy);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_EQ((*g)->parser().beam(), 1);

  options_.beam = 4;
  auto a = Train(), b = Train();
  ASSERT_TRUE(a.ok() && b.ok()) << a.status().ToString();
  EXPECT_EQ(a->Serialize(), b->Serialize());
  ASSERT_TRUE(a->Has("beam"));
  auto round = ModelBundle::Parse(a->Serialize(), "beam test");
  ASSERT_TRUE(round.ok());
  auto m = DependencyModel::FromBundle(*round);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ((*m)->parser().beam(), 4);

  // It learnt the training trees: Police arrested the protesters .
  std::vector<std::string_view> forms = {"Police", "arrested", "the", "protesters", "."};
  std::vector<Tag> tags = {Tag::kNNS, Tag::kVBD, Tag::kDT, Tag::kNNS, Tag::kPeriod};
  std::vector<ParseWord> words;
  MakeParseWords(forms, tags, &words);
  DependencyTree tree;
  (*m)->parser().Parse(words, &tree);
  EXPECT_EQ(tree.head, (std::vector<int32_t>{1, -1, 3, 1, 1}));

  options_.beam = 0;
  EXPECT_FALSE(Train().ok());
}

TEST_F(SyntaxTrainerTest, DamagedBeamWidthIsAnError) {
  options_.beam = 4;
  auto bundle = Train();
  ASSERT_TRUE(bundle.ok());
  bundle->Put("beam", "many\n");
  EXPECT_FALSE(DependencyModel::FromBundle(*bundle).ok());
}

}  // namespace
}  // namespace entente
