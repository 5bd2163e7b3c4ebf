#include "events/relevance.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace entente {

namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Token t's word for the relevance features: its lemma in lower case; a
// proper noun's class ("NNP"), since names are read from the mentions; a
// number's class ("#"); "" for punctuation and symbols.
std::string WordOf(const Token& t) {
  if (t.kind == TokenKind::kNumber) return "#";
  if (t.kind != TokenKind::kWord) return "";
  if (t.tag == "NNP" || t.tag == "NNPS") return "NNP";
  std::string w = t.lemma.empty() ? t.text : t.lemma;
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

bool ContentTag(std::string_view tag) {
  return (StartsWith(tag, "NN") && !StartsWith(tag, "NNP")) || StartsWith(tag, "VB") || StartsWith(tag, "JJ");
}

}  // namespace

void RelevanceFeatures(const SentenceGraph& g, const Lexicon& lexicon, FeatureSet* out) {
  out->Add("r.bias");
  std::string prev = "<s>";
  for (uint32_t i = g.first(); i < g.end(); ++i) {
    const Token& t = g.tok(i);
    std::string w = WordOf(t);
    if (w.empty()) continue;
    out->Add("r.bi", prev, w);
    prev = w;
    if (!ContentTag(t.tag)) continue;
    out->Add("r.lem", w);
    std::string_view root = LexiconRoot(lexicon, w);
    if (!root.empty()) out->Add("r.lex", root, t.tag.substr(0, 2));
  }
  size_t identified = 0;
  for (uint32_t m : g.mentions()) {
    const ActorMention& a = g.doc().actors[m];
    out->Add("r.kind", ActorKindName(a.kind));
    for (const std::string& sector : a.sectors) out->Add("r.sector", sector);
    if (!a.country.empty()) out->Add("r.country", a.country);
    identified += g.Identified(m) ? 1 : 0;
  }
  const char* counts[] = {"0", "1", "2", "3+"};
  out->Add("r.mentions", counts[std::min<size_t>(g.mentions().size(), 3)]);
  out->Add("r.identified", counts[std::min<size_t>(identified, 3)]);
}

float RelevanceProbability(const LinearModel& model, const std::vector<uint64_t>& features) {
  if (model.classes() != 2) return 0.5f;
  float s[2] = {0, 0};
  model.AccumulateAll(features.data(), features.size(), s);
  return static_cast<float>(1.0 / (1.0 + std::exp(static_cast<double>(s[0]) - s[1])));
}

int RelevanceBucket(float p) { return p < 0.1f ? 0 : p < 0.25f ? 1 : p < 0.5f ? 2 : p < 0.75f ? 3 : 4; }

RelevanceKey RelevanceKeyOf(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon) {
  const Token& w = g.tok(t);
  RelevanceKey key;
  key.lemma = w.lemma.empty() ? w.text : w.lemma;
  key.pos = w.upos.empty() ? w.tag : w.upos;
  key.lex = std::string(LexiconRoot(lexicon, key.lemma));
  return key;
}

void RelevancePriorFeatures(int bucket, const RelevanceKey& key, FeatureSet* out) {
  const std::string b(1, static_cast<char>('0' + std::clamp(bucket, 0, kRelevanceBuckets - 1)));
  out->Add("rv", b);
  out->Add("rv.lem", b, key.lemma);
  out->Add("rv.pos", b, key.pos);
  out->Add("rv.lex", b, key.lex.empty() ? "none" : key.lex);
}

int PositionBucket(size_t index) { return index < 2 ? static_cast<int>(index) : index < 5 ? 2 : index < 10 ? 3 : 4; }

std::vector<DocumentRelevance> PoolDocumentRelevance(const std::vector<float>& p) {
  std::vector<DocumentRelevance> out(p.size());
  if (p.empty()) return out;
  double sum = 0;
  for (float x : p) sum += x;
  const auto mean = static_cast<float>(sum / static_cast<double>(p.size()));
  for (size_t i = 0; i < p.size(); ++i) out[i] = {RelevanceBucket(mean), RelevanceBucket(p[0]), PositionBucket(i), mean};
  return out;
}

void DocumentRelevanceFeatures(const DocumentRelevance& d, const RelevanceKey& key, FeatureSet* out) {
  if (d.mean < 0 || d.lead < 0 || d.position < 0) return;
  const std::string lex = key.lex.empty() ? "none" : key.lex;
  const struct {
    const char* name;
    int bucket;
  } parts[] = {{"dr", d.mean}, {"dl", d.lead}, {"dp", d.position}};
  for (const auto& part : parts) {
    const std::string b(1, static_cast<char>('0' + std::clamp(part.bucket, 0, kRelevanceBuckets - 1)));
    const std::string name(part.name);
    out->Add(name, b);
    out->Add(name + ".lem", b, key.lemma);
    out->Add(name + ".lex", b, lex);
  }
}

}  // namespace entente
