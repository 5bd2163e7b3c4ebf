#include "events/learned_coder.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "events/ordered_act.h"
#include "events/relevance.h"
#include "events/requested_act.h"
#include "events/speculative_act.h"
#include "events/text_util.h"
#include "tag/lemmatizer.h"
#include "util/data_dir.h"

namespace entente {

namespace {

// The settings as "key=value" lines. The four of the first model files
// always; the later ones only when they differ from what a file without them
// means, so that a model trained without them is written as before.
std::string ParamsText(const CoderParams& p) {
  char buf[200];
  std::snprintf(buf, sizeof buf, "trigger_margin=%g\nargument_margin=%g\ntarget_margin=%g\nkeep_sourceless=%d\n",
                p.trigger_margin, p.argument_margin, p.target_margin, p.keep_sourceless ? 1 : 0);
  std::string out = buf;
  if (p.pair_weight != CoderParams().pair_weight) {
    std::snprintf(buf, sizeof buf, "pair_weight=%g\n", p.pair_weight);
    out += buf;
  }
  if (p.source_floor < CoderParams().source_floor) {
    std::snprintf(buf, sizeof buf, "source_floor=%g\n", p.source_floor);
    out += buf;
  }
  if (p.one_event_per_deed) out += "one_event_per_deed=1\n";
  if (std::string margins = TypeMarginsToString(p.type_margins); !margins.empty()) {
    out += "type_margins=" + margins + "\n";
  }
  if (p.sources_in_sentence) out += "sources_in_sentence=1\n";
  if (p.requested_acts) out += "requested_acts=1\n";
  if (p.speculative_acts) out += "speculative_acts=1\n";
  if (p.relevance_gate > 0) {
    std::snprintf(buf, sizeof buf, "relevance_gate=%g\n", p.relevance_gate);
    out += buf;
  }
  if (p.document_gate > 0) {
    std::snprintf(buf, sizeof buf, "document_gate=%g\n", p.document_gate);
    out += buf;
  }
  if (p.features.any()) out += "features=" + p.features.ToString() + "\n";
  if (p.domain_adaptation.any()) {
    out += "domain_adapt=" + p.domain_adaptation.ModelsString() + "\ndomain=" + p.domain_adaptation.domain + "\n";
    std::string trained;
    for (const std::string& d : p.domain_adaptation.trained) trained += (trained.empty() ? "" : ",") + d;
    out += "domains=" + trained + "\n";
  }
  return out;
}

Status ParseParams(std::string_view text, const std::string& file, CoderParams* p) {
  for (std::string_view view : SplitLines(text)) {
    const std::string line(view);
    size_t eq = line.find('=');
    if (eq == std::string::npos) continue;
    std::string key = line.substr(0, eq);
    if (key == "features") {
      auto groups = FeatureGroups::Parse(std::string_view(line).substr(eq + 1));
      if (!groups) return Status::Unsupported(file + ": the event model names a feature group this build does not know: " +
                                          line.substr(eq + 1));
      p->features = *groups;
      continue;
    }
    if (key == "domain_adapt") {
      auto models = DomainAdaptation::ParseModels(std::string_view(line).substr(eq + 1));
      if (!models) return Status::Unsupported(file + ": the event model names a domain-adapted part this build does not know: " +
                                          line.substr(eq + 1));
      models->domain = p->domain_adaptation.domain;
      models->trained = p->domain_adaptation.trained;
      p->domain_adaptation = *models;
      continue;
    }
    if (key == "domains") {
      std::vector<std::string>& trained = p->domain_adaptation.trained;
      trained.clear();
      std::string_view list = std::string_view(line).substr(eq + 1);
      while (!list.empty()) {
        size_t comma = list.find(',');
        if (comma != 0) trained.emplace_back(list.substr(0, comma));
        list.remove_prefix(comma == std::string_view::npos ? list.size() : comma + 1);
      }
      std::sort(trained.begin(), trained.end());
      continue;
    }
    if (key == "domain") {
      p->domain_adaptation.domain = line.substr(eq + 1);
      continue;
    }
    if (key == "type_margins") {
      auto margins = ParseTypeMargins(std::string_view(line).substr(eq + 1));
      if (!margins) return Status::Corrupt(file + ": the event model's type margins cannot be read: " + line.substr(eq + 1));
      p->type_margins = *margins;
      continue;
    }
    double v = std::strtod(line.c_str() + eq + 1, nullptr);
    if (key == "trigger_margin") p->trigger_margin = static_cast<float>(v);
    else if (key == "argument_margin") p->argument_margin = static_cast<float>(v);
    else if (key == "target_margin") p->target_margin = static_cast<float>(v);
    else if (key == "pair_weight") p->pair_weight = static_cast<float>(v);
    else if (key == "source_floor") p->source_floor = static_cast<float>(v);
    else if (key == "keep_sourceless") p->keep_sourceless = v != 0;
    else if (key == "one_event_per_deed") p->one_event_per_deed = v != 0;
    else if (key == "sources_in_sentence") p->sources_in_sentence = v != 0;
    else if (key == "requested_acts") p->requested_acts = v != 0;
    else if (key == "speculative_acts") p->speculative_acts = v != 0;
    else if (key == "relevance_gate") p->relevance_gate = static_cast<float>(v);
    else if (key == "document_gate") p->document_gate = static_cast<float>(v);
  }
  return Status::Ok();
}

Modality ModalityOf(Factuality f) {
  switch (f) {
    case Factuality::kIntended: return Modality::kIntended;
    case Factuality::kHypothetical: return Modality::kHypothetical;
    default: return Modality::kDone;
  }
}

// Two mentions that overlap (a nested name) count once: the better scored.
bool Overlap(const ActorMention& a, const ActorMention& b) { return a.begin < b.end && b.begin < a.end; }

// A mention that can be written as an actor: it names its country, or the
// event's place gives it one.
bool Codable(const SentenceGraph& g, uint32_t t, uint32_t mention) {
  return g.Identified(mention) || !g.PlaceCountry(t, g.MentionHead(mention)).empty();
}

// A pronoun that refers back to a mention of another sentence.
bool PronounFromElsewhere(const SentenceGraph& g, uint32_t mention) {
  const ActorMention& m = g.doc().actors[mention];
  if (m.antecedent < 0 || m.end != m.begin + 1) return false;
  const std::string& tag = g.tok(m.begin).tag;
  if (tag != "PRP" && tag != "PRP$") return false;
  return g.doc().actors[static_cast<size_t>(m.antecedent)].sentence != m.sentence;
}

// Trigger b is the nominal object or complement of trigger a ("carried out
// the attack", "held talks", "called for a ceasefire").
bool OwnNominal(const SentenceGraph& g, uint32_t a, uint32_t b) {
  if (g.head(b) != static_cast<int32_t>(a)) return false;
  const std::string& rel = g.tok(b).deprel;
  return rel == "obj" || rel == "obl" || rel == "xcomp" || rel == "nsubj:pass";
}

std::vector<std::string> Codes(const std::vector<ActorMention>& v) {
  std::vector<std::string> out;
  for (const ActorMention& m : v) out.push_back(m.code);
  return out;
}

bool SameDeed(const SentenceGraph& g, const ScoredCandidate& a, const ScoredCandidate& b) {
  if (OwnNominal(g, a.trigger, b.trigger) || OwnNominal(g, b.trigger, a.trigger)) return true;
  return a.event.plover == b.event.plover && Codes(a.event.sources) == Codes(b.event.sources) &&
         Codes(a.event.targets) == Codes(b.event.targets);
}

// "Portugal's minister called the previous administration's approach …":
// a target whose country the context gave ("administration" took Portugal
// from the minister) and whose code is a source's own names no second
// party: the event keeps its source and loses that target. A target that
// names its country ("the Portuguese government") stays.
void DropSelfTargets(Event* e) {
  auto self = [&](const ActorMention& t) {
    return t.country_from_context &&
           std::any_of(e->sources.begin(), e->sources.end(), [&](const ActorMention& s) { return s.code == t.code; });
  };
  e->targets.erase(std::remove_if(e->targets.begin(), e->targets.end(), self), e->targets.end());
}

}  // namespace

std::string TypeMarginsToString(const std::array<float, 16>& margins) {
  std::string out;
  for (size_t k = 0; k < kPloverTypes.size(); ++k) {
    if (margins[k] == 0) continue;
    char buf[32];
    std::snprintf(buf, sizeof buf, ":%g", margins[k]);
    out += (out.empty() ? "" : ",") + std::string(kPloverTypes[k]) + buf;
  }
  return out;
}

std::optional<std::array<float, 16>> ParseTypeMargins(std::string_view text) {
  std::array<float, 16> margins{};
  for (std::string_view item : Split(text, ',')) {
    item = Trim(item);
    if (item.empty()) continue;
    size_t colon = item.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    auto type = std::find(kPloverTypes.begin(), kPloverTypes.end(), Trim(item.substr(0, colon)));
    if (type == kPloverTypes.end()) return std::nullopt;
    const std::string value(Trim(item.substr(colon + 1)));
    char* end = nullptr;
    const double v = std::strtod(value.c_str(), &end);
    if (value.empty() || end != value.c_str() + value.size() || !std::isfinite(v)) return std::nullopt;
    margins[static_cast<size_t>(type - kPloverTypes.begin())] = static_cast<float>(v);
  }
  return margins;
}

void KeepOneEventPerDeed(const SentenceGraph& g, std::vector<ScoredCandidate>* events) {
  std::vector<bool> drop(events->size(), false);
  for (size_t i = 0; i < events->size(); ++i) {
    for (size_t j = 0; j < events->size() && !drop[i]; ++j) {
      if (i == j || drop[j] || !SameDeed(g, (*events)[i], (*events)[j])) continue;
      // The lower score goes; of equal scores, the later word.
      const ScoredCandidate& a = (*events)[i];
      const ScoredCandidate& b = (*events)[j];
      drop[i] = a.score < b.score || (a.score == b.score && a.trigger > b.trigger);
    }
  }
  size_t k = 0;
  for (size_t i = 0; i < events->size(); ++i) {
    if (drop[i]) continue;
    if (k != i) (*events)[k] = std::move((*events)[i]);
    ++k;
  }
  events->resize(k);
}

ModelBundle CoderModels::ToBundle() const {
  ModelBundle b;
  b.Put("detect", detect->Serialize());
  b.Put("pair", pair->Serialize());
  b.Put("trigger", trigger->Serialize());
  b.Put("cameo", cameo->Serialize());
  b.Put("factuality", factuality->Serialize());
  b.Put("argument", argument->Serialize());
  if (relevance) b.Put("relevance", relevance->Serialize());
  std::string codes;
  for (const std::string& c : cameo_codes) codes += c + "\n";
  b.Put("cameo_codes", codes);
  b.Put("params", ParamsText(params));
  b.Put("about", about);
  return b;
}

Result<CoderModels> CoderModels::FromBundle(const ModelBundle& bundle) {
  CoderModels m;
  const std::pair<const char*, std::unique_ptr<LinearModel>*> parts[] = {
      {"detect", &m.detect}, {"pair", &m.pair}, {"trigger", &m.trigger}, {"cameo", &m.cameo}, {"factuality", &m.factuality},
      {"argument", &m.argument}};
  for (const auto& [part, slot] : parts) {
    auto bytes = bundle.Get(part);
    if (!bytes.ok()) return bytes.status();
    // The bundle's checksum covers its parts (checked when it was read).
    auto model = LinearModel::Parse(*bytes, bundle.name() + " (" + part + ")", /*verify_checksum=*/false);
    if (!model.ok()) return model.status();
    *slot = std::move(model).value();
  }
  if (bundle.Has("relevance")) {
    auto bytes = bundle.Get("relevance");
    if (!bytes.ok()) return bytes.status();
    auto model = LinearModel::Parse(*bytes, bundle.name() + " (relevance)", /*verify_checksum=*/false);
    if (!model.ok()) return model.status();
    m.relevance = std::move(model).value();
  }
  for (const char* part : {"cameo_codes", "params", "about"}) {
    auto bytes = bundle.Get(part);
    if (!bytes.ok()) return bytes.status();
    if (std::string_view(part) == "cameo_codes") {
      std::vector<std::string_view> codes = SplitLines(*bytes);
      m.cameo_codes.assign(codes.begin(), codes.end());
    } else if (std::string_view(part) == "params") {
      Status st = ParseParams(*bytes, bundle.name(), &m.params);
      if (!st.ok()) return st;
    } else m.about = std::string(*bytes);
  }
  if (m.detect->classes() != 2 || m.pair->classes() != 2 || m.trigger->classes() != kNumTriggerClasses || m.factuality->classes() != kNumFactuality ||
      m.argument->classes() != kNumRoles || m.cameo->classes() != static_cast<int>(m.cameo_codes.size()) ||
      (m.relevance && m.relevance->classes() != 2)) {
    return Status::Corrupt(bundle.name() + ": the event model's parts do not fit together");
  }
  return m;
}

Result<CoderModels> CoderModels::Load(const std::string& path) {
  auto bundle = ModelBundle::Load(path);
  if (!bundle.ok()) return bundle.status();
  return FromBundle(*bundle);
}

std::string LearnedCoder::DefaultModelPath(const std::string& data_dir) { return data_dir + "/events/model.bin"; }

Result<std::unique_ptr<LearnedCoder>> LearnedCoder::Create(const std::string& data_dir, const std::string& model_path,
                                                           DiagnosticSink* sink) {
  std::string path = model_path.empty() ? DefaultModelPath(DataDir()) : model_path;
  auto models = CoderModels::Load(path);
  if (!models.ok()) return models.status();
  auto cameo = CameoTable::Load(data_dir, sink);
  if (!cameo.ok()) return cameo.status();
  auto lexicon = Lexicon::Load(data_dir + "/events/lexicon", sink);
  if (!lexicon.ok()) return lexicon.status();
  std::shared_ptr<const WordClasses> classes;
  if (models->params.features.uses_wordnet()) {
    auto loaded = WordClasses::Load(WordNetDir());
    if (!loaded.ok()) return loaded.status();
    classes = std::move(loaded).value();
  }
  return std::make_unique<LearnedCoder>(std::move(models).value(), std::move(cameo).value(),
                                        std::move(lexicon).value(), std::move(classes));
}

LearnedCoder::LearnedCoder(CoderModels models, CameoTable cameo, Lexicon lexicon,
                           std::shared_ptr<const WordClasses> classes)
    : models_(std::move(models)), cameo_(std::move(cameo)), lexicon_(std::move(lexicon)), classes_(std::move(classes)) {
  codes_of_type_.assign(kNumTriggerClasses, {});
  for (size_t c = 0; c < models_.cameo_codes.size(); ++c) {
    const CameoFacts* facts = cameo_.Find(models_.cameo_codes[c]);
    if (!facts) continue;
    for (size_t k = 0; k < kPloverTypes.size(); ++k) {
      if (facts->plover.find(kPloverTypes[k]) != std::string::npos) {
        codes_of_type_[k + 1].push_back(static_cast<uint16_t>(c));
      }
    }
  }
}

std::string TopFeatures(const LinearModel& model, const FeatureSet& f, int cls, int count) {
  std::vector<std::pair<float, size_t>> w;
  for (size_t i = 0; i < f.hashes().size(); ++i) {
    float v = model.Weight(f.hashes()[i], cls);
    if (v != 0) w.emplace_back(v, i);
  }
  std::sort(w.begin(), w.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::string out;
  for (int k = 0; k < count && k < static_cast<int>(w.size()); ++k) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "(%+.1f)", w[k].first);
    if (!out.empty()) out += ' ';
    out += (f.names().size() > w[k].second ? f.names()[w[k].second] : "?") + buf;
  }
  return out;
}

int LearnedCoder::ChooseCameo(const SentenceGraph& g, uint32_t t, std::string_view type, FeatureSet* f) const {
  f->Clear();
  CameoFeatures(g, t, type, lexicon_, f);
  std::vector<float> scores(models_.cameo->classes(), 0.0f);
  models_.cameo->AccumulateAll(f->hashes().data(), f->hashes().size(), scores.data());
  int tclass = 0;
  for (size_t k = 0; k < kPloverTypes.size(); ++k) {
    if (kPloverTypes[k] == type) tclass = static_cast<int>(k) + 1;
  }
  int best = -1;
  for (uint16_t c : codes_of_type_[tclass]) {
    if (best < 0 || scores[c] > scores[best]) best = c;
  }
  return best;
}

bool LearnedCoder::AnonymousSpeaker(const SentenceGraph& g, uint32_t c) const {
  const Token& w = g.tok(c);
  if (!lexicon_.InList("unnamed_speaker", w.lemma.empty() ? w.text : w.lemma)) return false;
  for (uint32_t k : g.children(c)) {
    const Token& mod = g.tok(k);
    if (mod.tag == "NNP" || mod.tag == "NNPS") {
      if (mod.deprel == "flat" || mod.deprel == "appos") return false;  // "the spokesman, John Kirby"
    }
  }
  return true;
}

void LearnedCoder::Attribute(const SentenceGraph& g, uint32_t t, Event* e) const {
  // A verb of saying set beside the event ("S, officials said").
  for (uint32_t c : g.children(t)) {
    if (g.tok(c).deprel == "parataxis" && lexicon_.InList("say", g.tok(c).lemma)) {
      AttributeTo(g, c, e);
      return;
    }
  }
  // Up through complements to a verb of saying: its subject is the speaker.
  uint32_t x = t;
  for (int level = 0; level < 4; ++level) {
    int32_t h = g.head(x);
    if (h < 0) return;
    const std::string& rel = g.tok(x).deprel;
    if (rel != "ccomp" && rel != "parataxis" && rel != "xcomp" && rel != "conj") return;
    x = static_cast<uint32_t>(h);
    if (!lexicon_.InList("say", g.tok(x).lemma)) continue;
    AttributeTo(g, x, e);
    return;
  }
}

void LearnedCoder::AttributeTo(const SentenceGraph& g, uint32_t say, Event* e) const {
  for (uint32_t c : g.children(say)) {
    if (g.tok(c).deprel != "nsubj") continue;
    e->attribution.anonymous = AnonymousSpeaker(g, c);
    for (uint32_t m : g.mentions()) {
      if (g.MentionHead(m) == c) {
        e->attribution.actor = g.doc().actors[m].code;
        e->attribution.text = g.doc().actors[m].text;
        e->attribution.anonymous &= g.doc().actors[m].kind != ActorKind::kPerson;
        return;
      }
    }
    e->attribution.text = g.tok(c).text;
    return;
  }
}

float LearnedCoder::EventScore(const SentenceGraph& g, uint32_t t, const FeatureSet& f) const {
  float ds[2] = {};
  models_.detect->AccumulateAll(f.hashes().data(), f.hashes().size(), ds);
  float best_pair = -1e9f;
  thread_local FeatureSet fp;
  for (uint32_t m : g.MentionsNear(t)) {
    fp.Clear();
    PairFeatures(g, t, m, lexicon_, models_.params.features, classes_.get(), &fp);
    AddDomainCopies(models_.params.domain_adaptation.pair, &fp);
    float ps[2] = {};
    models_.pair->AccumulateAll(fp.hashes().data(), fp.hashes().size(), ps);
    best_pair = std::max(best_pair, ps[1] - ps[0]);
  }
  return ds[1] - ds[0] + models_.params.pair_weight * best_pair;
}

bool LearnedCoder::PassesTriggerMargin(float score, const FeatureSet& f) const {
  const std::array<float, 16>& own = models_.params.type_margins;
  const float lowest = std::min(0.0f, *std::min_element(own.begin(), own.end()));
  if (score <= models_.params.trigger_margin + lowest) return false;
  if (std::all_of(own.begin(), own.end(), [](float m) { return m == 0; })) return true;
  return score > TriggerThreshold(f);
}

float LearnedCoder::TriggerThreshold(const FeatureSet& f) const {
  const std::array<float, 16>& own = models_.params.type_margins;
  if (std::all_of(own.begin(), own.end(), [](float m) { return m == 0; })) return models_.params.trigger_margin;
  return models_.params.trigger_margin + own[static_cast<size_t>(ChooseType(f) - 1)];
}

int LearnedCoder::ChooseType(const FeatureSet& f) const {
  float ts[kNumTriggerClasses] = {};
  models_.trigger->AccumulateAll(f.hashes().data(), f.hashes().size(), ts);
  return ArgMax(ts + 1, kNumTriggerClasses - 1) + 1;
}

Factuality LearnedCoder::ChooseFactuality(const SentenceGraph& g, uint32_t t, std::string_view type) const {
  thread_local FeatureSet f;
  f.Clear();
  FactualityFeatures(g, t, type, &f);
  float fs[kNumFactuality] = {};
  models_.factuality->AccumulateAll(f.hashes().data(), f.hashes().size(), fs);
  return static_cast<Factuality>(ArgMax(fs, kNumFactuality));
}

std::vector<std::pair<uint32_t, ArgumentRole>> LearnedCoder::ChooseArguments(const SentenceGraph& g, uint32_t t,
                                                                            std::string_view type) const {
  struct Arg {
    uint32_t mention;
    ArgumentRole role;
    float margin;
  };
  std::vector<Arg> args, fallback;
  thread_local FeatureSet f;
  for (uint32_t m : g.MentionsNear(t)) {
    f.Clear();
    ArgumentFeatures(g, t, type, m, models_.params.features, classes_.get(), &f);
    AddDomainCopies(models_.params.domain_adaptation.argument, &f);
    float rs[kNumRoles] = {};
    models_.argument->AccumulateAll(f.hashes().data(), f.hashes().size(), rs);
    int role = rs[1] >= rs[2] ? 1 : 2;
    float margin = rs[role] - rs[0];
    float needed = role == static_cast<int>(ArgumentRole::kTarget) ? models_.params.target_margin
                                                                     : models_.params.argument_margin;
    if (margin > needed) args.push_back({m, static_cast<ArgumentRole>(role), margin});
    else if (rs[1] - rs[0] > models_.params.source_floor && Codable(g, t, m)) {
      fallback.push_back({m, ArgumentRole::kSource, rs[1] - rs[0]});
    }
  }
  // A nested name counts once: the better scored of two overlapping mentions.
  std::sort(args.begin(), args.end(), [](const Arg& a, const Arg& b) { return a.margin > b.margin; });
  std::vector<std::pair<uint32_t, ArgumentRole>> kept;
  auto keep = [&](const Arg& a) {
    for (const auto& k : kept) {
      if (Overlap(g.doc().actors[a.mention], g.doc().actors[k.first])) return false;
    }
    kept.emplace_back(a.mention, a.role);
    return true;
  };
  bool has_source = false;
  for (const Arg& a : args) {
    // (Codable is asked only when there is a fallback to take: none without a source floor.)
    has_source |= keep(a) && a.role == ArgumentRole::kSource && !fallback.empty() && Codable(g, t, a.mention);
  }
  // An event has a source: when none passed its margin, the likeliest codable one.
  if (!has_source) {
    std::sort(fallback.begin(), fallback.end(), [](const Arg& a, const Arg& b) { return a.margin > b.margin; });
    for (const Arg& a : fallback) {
      if (keep(a)) break;
    }
  }
  return kept;
}

namespace {
// The head of mention m, or of the first of the conjuncts it is one of
// ("China and North Korea announced"; the case word of "in Oslo and Bergen"
// hangs on the first).
uint32_t SubjectOf(const SentenceGraph& g, uint32_t m) {
  uint32_t h = g.MentionHead(m);
  for (int level = 0; level < 8 && g.tok(h).deprel == "conj" && g.head(h) >= 0; ++level) {
    h = static_cast<uint32_t>(g.head(h));
  }
  return h;
}
}  // namespace

// The verb of saying whose subject mention m is, or -1 (not event t itself).
int32_t LearnedCoder::SayingOf(const SentenceGraph& g, uint32_t t, uint32_t m) const {
  uint32_t h = SubjectOf(g, m);
  int32_t v = g.head(h);
  if (v < 0 || static_cast<uint32_t>(v) == t) return -1;
  return lexicon_.InList("say", g.tok(static_cast<uint32_t>(v)).lemma) ? v : -1;
}

bool LearnedCoder::Outlet(const SentenceGraph& g, uint32_t t, uint32_t m) const {
  const ActorMention& a = g.doc().actors[m];
  if (std::find(a.sectors.begin(), a.sectors.end(), "MED") == a.sectors.end()) return false;
  uint32_t h = g.MentionHead(m);
  if (SayingOf(g, t, m) >= 0 && g.tok(h).deprel != "ccomp") return true;  // "Fars reported", "told Reuters"
  for (uint32_t c : g.children(h)) {  // "according to ISNA": a word of the list `citing`
    if (g.tok(c).deprel != "case") continue;
    std::string w = g.tok(c).text;
    for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (lexicon_.InList("citing", w)) return true;
  }
  return false;
}

bool LearnedCoder::LocatesAnother(const SentenceGraph& g, uint32_t m,
                                  const std::vector<std::pair<uint32_t, ArgumentRole>>& roles) const {
  const ActorMention& a = g.doc().actors[m];
  if (a.kind != ActorKind::kCountry && a.kind != ActorKind::kPlace && a.kind != ActorKind::kRegion) return false;
  uint32_t h = g.MentionHead(m);
  int32_t up = g.head(h);
  if (up < 0 || !g.tok(h).deprel.starts_with("nmod") || !lexicon_.InList("locative", std::string(g.CaseOf(h)))) {
    return false;
  }
  for (const auto& [other, role] : roles) {
    const ActorMention& o = g.doc().actors[other];
    bool on = static_cast<uint32_t>(up) >= o.begin && static_cast<uint32_t>(up) < o.end;
    if (other != m && on && o.country == a.country) return true;
  }
  return false;
}

bool LearnedCoder::PlaceOnly(const SentenceGraph& g, uint32_t m) const {
  const ActorMention& a = g.doc().actors[m];  // a bare name: "peacekeepers in Bangui" is a party
  return a.kind == ActorKind::kPlace && a.sectors.empty() &&
         lexicon_.InList("locative", std::string(g.CaseOf(SubjectOf(g, m))));
}

bool LearnedCoder::Backer(const SentenceGraph& g, uint32_t m,
                          const std::vector<std::pair<uint32_t, ArgumentRole>>& roles) const {
  const std::string_view text = g.doc().actors[m].text;
  const size_t dash = text.rfind('-');  // "US-backed": the word after the last hyphen
  if (dash == std::string_view::npos || dash == 0 || text.find(' ', dash) != std::string_view::npos) return false;
  std::string word(text.substr(dash + 1));
  for (char& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  const int32_t up = g.head(g.MentionHead(m));
  if (up < 0 || !lexicon_.InList("backer", word)) return false;
  for (const auto& [other, role] : roles) {
    const ActorMention& o = g.doc().actors[other];
    if (other != m && static_cast<uint32_t>(up) >= o.begin && static_cast<uint32_t>(up) < o.end) return true;
  }
  return false;
}

bool LearnedCoder::Speaker(const SentenceGraph& g, uint32_t t, uint32_t m) const {
  int32_t v = SayingOf(g, t, m);
  if (v < 0 || !g.tok(SubjectOf(g, m)).deprel.starts_with("nsubj")) return false;
  // Its verb of saying is set beside event t ("S, X said"), or event t lies
  // under it, through complements.
  const std::string& vrel = g.tok(static_cast<uint32_t>(v)).deprel;
  if (g.head(static_cast<uint32_t>(v)) == static_cast<int32_t>(t) && (vrel == "parataxis" || vrel == "ccomp")) {
    return true;
  }
  for (int32_t x = static_cast<int32_t>(t), level = 0; level < 4; ++level) {
    int32_t up = g.head(static_cast<uint32_t>(x));
    const std::string& r = g.tok(static_cast<uint32_t>(x)).deprel;
    // "S, X said" parsed with S as an adverbial clause of the saying.
    bool trailing = r == "advcl" && up == v && static_cast<int32_t>(t) < v;
    if (up < 0 || (r != "ccomp" && r != "parataxis" && r != "xcomp" && r != "conj" && !trailing)) return false;
    if (r == "conj" && up == v) return false;  // "X said … and demanded": X's own deed
    if (up == v) return true;
    x = up;
  }
  return false;
}

namespace {
// "Turkey, which Cyprus accuses of …, sent ships": the relative clause
// above mention m that event t is not in, or -1.
int32_t RelativeClauseApart(const SentenceGraph& g, uint32_t t, uint32_t m) {
  int32_t x = static_cast<int32_t>(g.MentionHead(m));
  for (int level = 0; level < 12 && x >= 0; ++level) {
    if (g.tok(static_cast<uint32_t>(x)).deprel == "acl:relcl") break;
    x = g.head(static_cast<uint32_t>(x));
  }
  if (x < 0 || g.tok(static_cast<uint32_t>(x)).deprel != "acl:relcl") return -1;
  for (int32_t y = static_cast<int32_t>(t), level = 0; level < 12 && y >= 0; ++level) {
    if (y == x) return -1;
    y = g.head(static_cast<uint32_t>(y));
  }
  return x;
}
}  // namespace

void LearnedCoder::AddActor(const SentenceGraph& g, uint32_t t, uint32_t mention, ArgumentRole role, Event* e) const {
  ActorMention m = g.doc().actors[mention];
  if (!g.Identified(mention)) {
    // A role with no country takes the country of the event's place, or is no actor.
    m.country = g.PlaceCountry(t, g.MentionHead(mention));
    if (m.country.empty()) return;
    m.code = m.country + m.code.substr(3);
    m.country_from_context = true;
    m.why += "; country from the event's place";
  }
  auto& side = role == ArgumentRole::kSource ? e->sources : e->targets;
  bool same = false;  // "Portugal ... Cravinho": one country once
  for (const ActorMention& x : side) same |= x.code == m.code;
  if (!same) side.push_back(std::move(m));
}

void LearnedCoder::AddActors(const SentenceGraph& g, uint32_t t,
                             const std::vector<std::pair<uint32_t, ArgumentRole>>& roles, Event* e) const {
  // Who only reports the event is no party to it: a news outlet never; the
  // speaker not as a target, and as a source only when no other is left,
  // like a source named only in a relative clause the event is not in. A
  // city that says where the event was is a source only when no other is
  // left, before them.
  std::vector<uint32_t> held, places;
  for (const auto& [mention, role] : roles) {
    if (role == ArgumentRole::kSource && models_.params.sources_in_sentence && PronounFromElsewhere(g, mention)) continue;
    if (Outlet(g, t, mention) || LocatesAnother(g, mention, roles) || Backer(g, mention, roles)) continue;
    if (PlaceOnly(g, mention)) {
      if (role == ArgumentRole::kSource) places.push_back(mention);
      continue;
    }
    if (Speaker(g, t, mention) || (role == ArgumentRole::kSource && RelativeClauseApart(g, t, mention) >= 0)) {
      if (role == ArgumentRole::kSource) held.push_back(mention);
      continue;
    }
    AddActor(g, t, mention, role, e);
  }
  for (const std::vector<uint32_t>* fallback : {&places, &held}) {
    if (!e->sources.empty()) break;
    for (uint32_t mention : *fallback) AddActor(g, t, mention, ArgumentRole::kSource, e);
  }
  DropSelfTargets(e);
  auto by_position = [](const ActorMention& a, const ActorMention& b) { return a.begin < b.begin; };
  std::sort(e->sources.begin(), e->sources.end(), by_position);
  std::sort(e->targets.begin(), e->targets.end(), by_position);
}

void LearnedCoder::SetCode(const SentenceGraph& g, uint32_t t, std::string_view type, const std::string& code,
                           Event* e) const {
  thread_local FeatureSet f;
  if (code.empty()) {
    int chosen = ChooseCameo(g, t, type, &f);
    e->cameo = chosen >= 0 ? models_.cameo_codes[chosen] : std::string();
  } else {
    e->cameo = code;
  }
  e->plover = std::string(type);
  if (const CameoFacts* facts = cameo_.Find(e->cameo)) {
    e->mode = facts->mode;
    e->context = facts->context;
    e->quad = facts->quad;
    e->goldstein = facts->goldstein;
  }
}

void LearnedCoder::CodeSentence(const SentenceGraph& g, uint32_t sentence, AnalyzedDocument* doc) const {
  FeatureSet f;  // hashes only; Why() names the features of the events written
  std::vector<ScoredCandidate> events;
  for (uint32_t t = g.first(); t < g.end(); ++t) {
    if (!IsTriggerCandidate(g, t)) continue;
    f.Clear();
    TriggerFeatures(g, t, lexicon_, models_.params.features, classes_.get(), &f);
    AddDomainCopies(models_.params.domain_adaptation.trigger, &f);
    float score = EventScore(g, t, f);
    if (!PassesTriggerMargin(score, f)) continue;
    ScoredCandidate c{{}, t, score};
    if (!CodeWord(g, t, f, sentence, *doc, &c.event)) continue;
    c.event.confidence = score - TriggerThreshold(f);
    events.push_back(std::move(c));
  }
  if (models_.params.one_event_per_deed) KeepOneEventPerDeed(g, &events);
  for (ScoredCandidate& c : events) doc->events.push_back(std::move(c.event));
}

int LearnedCoder::OrderedActClass(const SentenceGraph& g, uint32_t t, std::string* code) const {
  *code = OrderedActCode(g, t, lexicon_, classes_.get());
  const CameoFacts* facts = code->empty() ? nullptr : cameo_.Find(*code);
  for (size_t k = 0; facts && k < kPloverTypes.size(); ++k) {
    if (facts->plover == kPloverTypes[k]) return static_cast<int>(k) + 1;
  }
  code->clear();
  return 0;
}

bool LearnedCoder::CodeWord(const SentenceGraph& g, uint32_t t, const FeatureSet& f, uint32_t sentence,
                            const AnalyzedDocument& doc, Event* out) const {
  std::string ordered;  // "ordered the arrest of": the arrest's code
  int type_class = OrderedActClass(g, t, &ordered);
  if (type_class == 0) type_class = ChooseType(f);
  std::string_view type = kPloverTypes[type_class - 1];
  Factuality fact = ChooseFactuality(g, t, type);
  const bool requested =
      models_.params.requested_acts && fact <= Factuality::kIntended && IsRequestedAct(g, t, lexicon_);
  if (requested) fact = Factuality::kHypothetical;
  const bool speculative = !requested && models_.params.speculative_acts && fact <= Factuality::kIntended &&
                           IsSpeculativeAct(g, t, lexicon_);
  if (speculative) fact = Factuality::kHypothetical;
  auto roles = ChooseArguments(g, t, type);
  Event& e = *out;
  AddActors(g, t, roles, &e);
  if (e.sources.empty() && !models_.params.keep_sourceless) return false;
  SetCode(g, t, type, ordered, &e);
  e.doc_id = doc.doc.id;
  e.sentence = sentence;
  e.date = doc.doc.date;
  e.trigger = g.tok(t).text;
  e.trigger_span = g.tok(t).span;
  e.negated = fact == Factuality::kNegated || fact == Factuality::kDenied;
  e.modality = ModalityOf(fact);
  Attribute(g, t, &e);
  e.why = Why(g, t, type, type_class, fact, roles);
  if (requested) e.why += " (an act asked for or warned against)";
  if (speculative) e.why += " (an act under a speculative modal)";
  if (!ordered.empty()) e.why += " (the deed ordered: its object's lexicon code " + ordered + ")";
  return true;
}

std::string LearnedCoder::Why(const SentenceGraph& g, uint32_t t, std::string_view type, int type_class,
                              Factuality fact, const std::vector<std::pair<uint32_t, ArgumentRole>>& roles) const {
  FeatureSet f(true);
  TriggerFeatures(g, t, lexicon_, models_.params.features, classes_.get(), &f);
  AddDomainCopies(models_.params.domain_adaptation.trigger, &f);
  std::string why = "event: " + TopFeatures(*models_.detect, f, 1, 3) + "; type " + std::string(type) + ": " +
                    TopFeatures(*models_.trigger, f, type_class, 3);
  f.Clear();
  FactualityFeatures(g, t, type, &f);
  why += "; " + std::string(kFactualityNames[static_cast<int>(fact)]) + ": " +
         TopFeatures(*models_.factuality, f, static_cast<int>(fact), 2);
  for (const auto& [mention, role] : roles) {
    f.Clear();
    ArgumentFeatures(g, t, type, mention, models_.params.features, classes_.get(), &f);
    AddDomainCopies(models_.params.domain_adaptation.argument, &f);
    why += std::string("; ") + (role == ArgumentRole::kSource ? "source " : "target ") +
           g.doc().actors[mention].text + ": " + TopFeatures(*models_.argument, f, static_cast<int>(role), 3);
  }
  return why;
}

void LearnedCoder::AddDomainCopies(bool adapted, FeatureSet* f) const {
  if (adapted) f->AddDomainCopies(models_.params.domain_adaptation.domain);
}

bool LearnedCoder::ReadRelevance(SentenceGraph* g) const {
  if (!models_.relevance) return true;
  FeatureSet f;
  RelevanceFeatures(*g, lexicon_, &f);
  const float p = RelevanceProbability(*models_.relevance, f.hashes());
  if (models_.params.features.relevance) g->set_relevance_bucket(RelevanceBucket(p));
  return p >= models_.params.relevance_gate;
}

void LearnedCoder::Run(AnalyzedDocument* doc) const { RunParts({doc}); }

std::vector<DocumentRelevance> LearnedCoder::PlaceInDocument(const std::vector<AnalyzedDocument*>& parts) const {
  if (!(models_.params.features.docrel || models_.params.document_gate > 0) || !models_.relevance) return {};
  thread_local SentenceGraph g;
  std::vector<float> p;
  FeatureSet f;
  for (const AnalyzedDocument* doc : parts) {
    for (uint32_t s = 0; s < doc->sentences.size(); ++s) {
      if (doc->sentences[s].boilerplate) continue;
      g.Build(*doc, s);
      f.Clear();
      RelevanceFeatures(g, lexicon_, &f);
      p.push_back(RelevanceProbability(*models_.relevance, f.hashes()));
    }
  }
  return PoolDocumentRelevance(p);
}

void LearnedCoder::RunParts(const std::vector<AnalyzedDocument*>& parts) const {
  const std::vector<DocumentRelevance> place = PlaceInDocument(parts);
  size_t k = 0;
  thread_local SentenceGraph g;
  for (AnalyzedDocument* doc : parts) {
    doc->events.clear();
    for (uint32_t s = 0; s < doc->sentences.size(); ++s) {
      if (doc->sentences[s].boilerplate) continue;
      g.Build(*doc, s);
      if (k < place.size()) g.set_document_relevance(place[k++]);
      if (g.document_relevance().mean_probability < models_.params.document_gate) continue;
      if (ReadRelevance(&g)) CodeSentence(g, s, doc);
    }
  }
}

namespace {

// " confidence 1.25" for an event the coder scored, else "".
std::string ConfidenceNote(const Event& e) {
  if (!e.confidence) return "";
  char buf[48];
  std::snprintf(buf, sizeof buf, " confidence %.2f", *e.confidence);
  return buf;
}

}  // namespace

std::string LearnedCoder::Dump(const AnalyzedDocument& doc) const {
  std::string out;
  auto codes = [](const std::vector<ActorMention>& v) {
    std::string s;
    for (const ActorMention& a : v) s += (s.empty() ? "" : "+") + a.code;
    return s.empty() ? std::string("-") : s;
  };
  for (const Event& e : doc.events) {
    out += "event " + e.plover + " " + e.cameo + " " + codes(e.sources) + " -> " + codes(e.targets) + " [" +
           e.trigger + "] " + ModalityName(e.modality) + (e.negated ? " negated" : "") +
           ConfidenceNote(e) + "\n";
    out += "  why: " + e.why + "\n";
  }
  return out;
}

}  // namespace entente
