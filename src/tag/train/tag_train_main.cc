// entente_tag_train — trains data/tag/model.bin, the perceptron tagger's
// weights, on silver labels from news text (never on the evaluation
// treebank):
//
//   entente_tag_train --out data/tag/model.bin [--epochs N] [--min-count N]
//       [--prune W] [--max-sentences N] [--no-agree] CORPUS.jsonl...
//
// Silver labels: the bigram HMM on the Lingua data tags every sentence.
// With agreement filtering (the default), two perceptrons are trained on
// the two halves of the corpus and each tags the other half; a token keeps
// its HMM label only where that held-out perceptron agrees, and is
// otherwise left unlabelled (decoded, never learned from). The final model
// is trained on the filtered labels. See doc/benchmarks.md for the command
// that produced the committed model.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "tag/conventions.h"
#include "tag/hmm_tagger.h"
#include "tag/lingua_lexicon.h"
#include "tag/train/corpus.h"
#include "text/text_stage.h"
#include "tag/train/perceptron_trainer.h"

namespace entente {
namespace {

struct Args {
  std::string out;
  std::vector<std::string> corpora;
  TrainOptions train;
  size_t max_sentences = 0;
  bool agree = true;
};

int Main(const Args& a) {
  auto lex = LinguaLexicon::Load(LinguaDir());
  if (!lex.ok()) {
    std::fprintf(stderr, "entente_tag_train: %s\n", lex.status().ToString().c_str());
    return 2;
  }
  auto wordnet = Lemmatizer::Load(WordNetDir());
  if (!wordnet.ok()) {
    std::fprintf(stderr, "entente_tag_train: %s\n", wordnet.status().ToString().c_str());
    return 2;
  }
  HmmTagger hmm(lex->get(), wordnet->get());
  FeatureExtractor features(lex->get(), wordnet->get());

  std::vector<TrainSentence> data;
  std::vector<std::vector<std::string>> sentences;
  size_t doc = 0;
  auto text_stage = TextStage::Create();
  if (!text_stage.ok()) {
    std::fprintf(stderr, "entente_tag_train: %s\n", text_stage.status().ToString().c_str());
    return 2;
  }
  AnalyzedDocument analyzed;
  for (const std::string& path : a.corpora) {
    std::vector<std::string> texts;
    if (!ReadJsonlTexts(path, &texts)) {
      std::fprintf(stderr, "entente_tag_train: cannot read %s\n", path.c_str());
      return 2;
    }
    for (std::string& t : texts) {
      // The pipeline's own sentences and tokens; boilerplate is skipped.
      ++doc;
      analyzed.Clear();
      analyzed.doc.text = std::move(t);
      (*text_stage)->Run(&analyzed);
      for (const Sentence& s : analyzed.sentences) {
        if (s.boilerplate) continue;
        std::vector<std::string> words;
        for (uint32_t i = 0; i < s.token_count; ++i) words.push_back(analyzed.tokens[s.first_token + i].text);
        sentences.push_back(std::move(words));
      }
    }
  }
  std::vector<std::string_view> words;
  std::vector<Tag> tags;
  for (auto& s : sentences) {
    if (s.empty() || s.size() > 200) continue;
    if (a.max_sentences && data.size() >= a.max_sentences) break;
    TrainSentence ts;
    ts.words = std::move(s);
    words.assign(ts.words.begin(), ts.words.end());
    tags.resize(words.size());
    hmm.Tag(words, tags);
    ApplyConventions(words, tags, &hmm);
    for (Tag t : tags) ts.labels.push_back(static_cast<int8_t>(TagIndex(t)));
    data.push_back(std::move(ts));
  }
  size_t tokens = 0;
  for (const auto& s : data) tokens += s.words.size();
  std::fprintf(stderr, "silver: %zu sentences, %zu tokens from %zu documents\n", data.size(), tokens, doc);

  PerceptronTrainer trainer(&features, a.train);
  if (a.agree) {
    std::vector<size_t> half[2];
    for (size_t i = 0; i < data.size(); ++i) half[i % 2].push_back(i);
    size_t kept = 0, labelled = 0;
    std::vector<std::vector<int8_t>> filtered(data.size());
    for (int h = 0; h < 2; ++h) {
      std::fprintf(stderr, "agreement model %d (trained on half %d):\n", h + 1, h + 1);
      auto model = trainer.Train(data, half[h]);
      PerceptronTagger tagger(&features, model.get());
      for (size_t i : half[1 - h]) {
        words.assign(data[i].words.begin(), data[i].words.end());
        tags.resize(words.size());
        tagger.Tag(words, tags);
        ApplyConventions(words, tags, &hmm);
        filtered[i] = data[i].labels;
        for (size_t k = 0; k < tags.size(); ++k) {
          ++labelled;
          if (TagIndex(tags[k]) == data[i].labels[k]) ++kept;
          else filtered[i][k] = -1;
        }
      }
    }
    for (size_t i = 0; i < data.size(); ++i) data[i].labels = std::move(filtered[i]);
    std::fprintf(stderr, "agreement: %zu of %zu labels kept (%.2f%%)\n", kept, labelled,
                 labelled ? 100.0 * kept / labelled : 0.0);
  }
  std::fprintf(stderr, "final model:\n");
  auto model = trainer.Train(data, {});
  Status st = model->Save(a.out);
  if (!st.ok()) {
    std::fprintf(stderr, "entente_tag_train: %s\n", st.ToString().c_str());
    return 2;
  }
  std::fprintf(stderr, "wrote %s: %zu features\n", a.out.c_str(), model->feature_count());
  return 0;
}

}  // namespace
}  // namespace entente

int main(int argc, char** argv) {
  entente::Args a;
  for (int i = 1; i < argc; ++i) {
    std::string s = argv[i];
    auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : ""; };
    if (s == "--out") a.out = next();
    else if (s == "--epochs") a.train.epochs = std::atoi(next());
    else if (s == "--min-count") a.train.min_count = std::atoi(next());
    else if (s == "--prune") a.train.prune = std::strtof(next(), nullptr);
    else if (s == "--max-sentences") a.max_sentences = std::strtoull(next(), nullptr, 10);
    else if (s == "--no-agree") a.agree = false;
    else a.corpora.push_back(s);
  }
  if (a.out.empty() || a.corpora.empty()) {
    std::fprintf(stderr,
                 "usage: entente_tag_train --out MODEL.bin [--epochs N] [--min-count N] [--prune W]\n"
                 "                         [--max-sentences N] [--no-agree] CORPUS.jsonl...\n");
    return 2;
  }
  return entente::Main(a);
}
