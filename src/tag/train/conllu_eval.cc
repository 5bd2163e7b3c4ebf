#include "tag/train/conllu_eval.h"

#include <ctime>
#include <string_view>
#include <vector>

#include "tag/word_shape.h"
#include "util/data_dir.h"

namespace entente {

namespace {

// Field `k` (0-based) of a tab-separated line.
std::string_view Field(std::string_view line, int k) {
  for (int i = 0; i < k; ++i) {
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return {};
    line.remove_prefix(tab + 1);
  }
  return line.substr(0, line.find('\t'));
}

// CPU time of this thread: tagging speed that does not depend on how busy
// the machine's other cores are.
double ThreadSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

}  // namespace

Result<TagAccuracy> EvaluateConllu(const std::string& path, const TagStage& stage) {
  std::string text;
  if (!ReadFile(path, &text) || text.empty()) return Status::NotFound("cannot read " + path);
  TagAccuracy acc;
  std::vector<std::string_view> words, gold, gold_lemmas;
  AnalyzedDocument doc;
  std::string lower;
  std::vector<std::string_view> predicted;
  bool news = false;
  auto flush = [&] {
    if (words.empty()) return;
    predicted.resize(words.size());
    double t0 = ThreadSeconds();
    stage.TagWords(words, predicted);
    acc.seconds += ThreadSeconds() - t0;
    ++acc.sentences;
    for (size_t i = 0; i < words.size(); ++i) {
      bool ok = predicted[i] == gold[i];
      acc.tokens++;
      acc.correct += ok;
      if (news) {
        acc.news_tokens++;
        acc.news_correct += ok;
      }
      if (!ok) acc.confusions[{std::string(gold[i]), std::string(predicted[i])}]++;
    }
    // Lemmas through the stage's own path (tags and lemmas into tokens).
    doc.Clear();
    for (std::string_view w : words) {
      Token t;
      t.text = std::string(w);
      doc.tokens.push_back(std::move(t));
    }
    Sentence s;
    s.token_count = static_cast<uint32_t>(words.size());
    doc.sentences.push_back(s);
    stage.Run(&doc);
    for (size_t i = 0; i < words.size(); ++i) {
      bool verb = gold[i].size() >= 2 && gold[i].substr(0, 2) == "VB";
      bool noun = gold[i] == "NN" || gold[i] == "NNS";
      if (!verb && !noun) continue;
      lower.assign(gold_lemmas[i]);
      LowerAsciiInPlace(&lower);
      bool ok = doc.tokens[i].lemma == lower;
      (verb ? acc.verb_lemmas : acc.noun_lemmas)++;
      (verb ? acc.verb_lemmas_correct : acc.noun_lemmas_correct) += ok;
    }
    words.clear();
    gold.clear();
    gold_lemmas.clear();
  };
  std::string_view rest = text;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      flush();
      continue;
    }
    if (line.front() == '#') {
      if (line.rfind("# newdoc id", 0) == 0) {
        flush();
        news = line.find("news") != std::string_view::npos;
      }
      continue;
    }
    std::string_view id = Field(line, 0);
    if (id.find_first_of("-.") != std::string_view::npos) continue;  // ranges, empty nodes
    words.push_back(Field(line, 1));
    gold_lemmas.push_back(Field(line, 2));
    gold.push_back(Field(line, 4));
  }
  flush();
  return acc;
}

}  // namespace entente
