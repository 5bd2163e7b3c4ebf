// event_location.cc — the event's place (see event_location.h).
#include "events/event_location.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "util/model_bundle.h"

namespace entente {

namespace {

bool IsPlace(const ActorMention& m) {
  return !m.place_id.empty() && !m.country.empty() && m.place_end > m.place_begin;
}

// An actor placed somewhere ("rebels in Darfur"): its place is not the
// mention itself.
bool PlacedActor(const ActorMention& m) { return m.place_begin != m.begin || m.place_end != m.end; }

bool IsArgument(const ActorMention& m, const TokenRanges& arguments) {
  for (const auto& [b, e] : arguments) {
    if (m.place_begin < e && b < m.place_end) return true;
  }
  return false;
}

std::string Bucket(int n) { return n <= 1 ? std::to_string(n) : n <= 3 ? "2-3" : n <= 6 ? "4-6" : "7+"; }

// The preposition of the place's phrase: its own, or the one of a noun it
// names or stands beside ("in the capital, Manila", "in the town of
// Damanhour"), with how many steps up it was found.
std::pair<std::string_view, int> PlaceCase(const SentenceGraph& g, uint32_t head) {
  uint32_t x = head;
  for (int up = 0; up < 3; ++up) {
    std::string_view c = g.CaseOf(x);
    if (!c.empty() && !(up == 0 && c == "of" && g.tok(x).deprel.rfind("nmod", 0) == 0)) return {c, up};
    int32_t h = g.head(x);
    const std::string& rel = g.tok(x).deprel;
    bool names_head = rel == "appos" || rel == "flat" || rel == "compound" || rel.rfind("nmod", 0) == 0;
    if (h < 0 || !names_head) break;
    x = static_cast<uint32_t>(h);
  }
  return {"", 0};
}

// A dependency that opens another clause: a place reached through one
// names where something else happened ("talks … in the city where rebels
// fought", "said in Geneva that …").
bool OpensClause(std::string_view rel) {
  return rel == "acl" || rel == "acl:relcl" || rel == "advcl" || rel == "ccomp" || rel == "csubj" ||
         rel == "parataxis" || rel == "conj";
}

// Where the place's head sits in the whole tree against the trigger:
// "under" it (the trigger's own phrase), "over" it, or "apart" (another
// branch), each with "+clause" when a clause boundary lies on the way from
// the place up to the trigger or to their common ancestor.
std::string Scope(const SentenceGraph& g, uint32_t trigger, uint32_t head) {
  std::vector<uint32_t> above;  // the trigger and its ancestors
  for (int32_t x = static_cast<int32_t>(trigger); x >= 0 && above.size() < 128; x = g.head(static_cast<uint32_t>(x))) {
    above.push_back(static_cast<uint32_t>(x));
  }
  bool crossed = false;
  int steps = 0;
  for (int32_t x = static_cast<int32_t>(head); x >= 0 && steps < 128; x = g.head(static_cast<uint32_t>(x)), ++steps) {
    auto it = std::find(above.begin(), above.end(), static_cast<uint32_t>(x));
    if (it != above.end()) {
      std::string where = it == above.begin() ? "under" : steps == 0 ? "over" : "apart";
      return crossed ? where + "+clause" : where;
    }
    crossed = crossed || OpensClause(g.tok(static_cast<uint32_t>(x)).deprel);
  }
  return "none";
}

int Rank(std::string_view precision) { return precision == "city" ? 0 : precision == "region" ? 1 : 2; }

// How candidate k sits among the others of its country: "finer" when another
// names a wider place of the same country ("Sanaa" beside "Yemen"), "wider"
// when another names a finer one, "both", or "alone".
std::string_view Nesting(const AnalyzedDocument& doc, const std::vector<uint32_t>& candidates, size_t k) {
  const ActorMention& m = doc.actors[candidates[k]];
  bool finer = false, wider = false;
  for (size_t o = 0; o < candidates.size(); ++o) {
    const ActorMention& x = doc.actors[candidates[o]];
    if (o == k || x.country.compare(0, 3, m.country, 0, 3) != 0) continue;
    finer = finer || Rank(x.precision) > Rank(m.precision);
    wider = wider || Rank(x.precision) < Rank(m.precision);
  }
  return finer && wider ? "both" : finer ? "finer" : wider ? "wider" : "alone";
}

}  // namespace

TokenRanges ArgumentRanges(const Event& e) {
  TokenRanges out;
  for (const auto* list : {&e.sources, &e.targets}) {
    for (const ActorMention& m : *list) out.emplace_back(m.begin, m.end);
  }
  return out;
}

std::vector<uint32_t> PlaceCandidates(const SentenceGraph& g) {
  std::vector<uint32_t> out;
  const std::vector<ActorMention>& actors = g.doc().actors;
  for (uint32_t m = 0; m < actors.size(); ++m) {
    const ActorMention& a = actors[m];
    if (IsPlace(a) && a.place_begin >= g.first() && a.place_end <= g.end()) out.push_back(m);
  }
  return out;
}

void LocationFeatures(const SentenceGraph& g, uint32_t trigger, std::string_view type, uint32_t place,
                      const TokenRanges& arguments, int rank, FeatureSet* f) {
  const ActorMention& m = g.doc().actors[place];
  uint32_t head = g.HeadOf(m.place_begin, m.place_end);
  const Token& trig = g.tok(trigger);
  const Token& h = g.tok(head);
  auto [prep, up] = PlaceCase(g, head);
  std::string path = g.Path(trigger, head);
  std::string_view precision = m.precision;
  const char* side = head < trigger ? "before" : "after";
  std::string distance = Bucket(static_cast<int>(head < trigger ? trigger - head : head - trigger));
  // "owner": the place opens the actor's name ("Tokyo Mayor", "Syria's president").
  const char* placed = m.place_begin == m.begin ? "owner" : "placed";
  const char* role = IsArgument(m, arguments) ? "argument" : PlacedActor(m) ? placed : m.location ? "location" : "actor";
  f->Add("l.bias");
  f->Add("l.role", role);
  f->Add("l.role.prec", role, precision);
  f->Add("l.prep", prep, up ? "up" : "own");
  f->Add("l.prep.prec", prep, precision);
  f->Add("l.prep.type", prep, type);
  f->Add("l.prep.lem", prep, trig.lemma);
  f->Add("l.prep.role", prep, role);
  f->Add("l.path", path);
  f->Add("l.path.prec", path, precision);
  f->Add("l.path.role", path, role);
  f->Add("l.steps", Bucket(g.Steps(trigger, head)), prep);
  f->Add("l.rel", h.deprel, prep);
  f->Add("l.head", g.head(head) >= 0 ? std::string_view(g.tok(static_cast<uint32_t>(g.head(head))).lemma) : "");
  f->Add("l.rank", Bucket(rank), role);
  f->Add("l.side", side, distance);
  f->Add("l.type.prec", type, precision);
  f->Add("l.lem.path", trig.lemma, path);
  std::string scope = Scope(g, trigger, head);
  f->Add("l.scope", scope);
  f->Add("l.scope.role", scope, role);
  f->Add("l.scope.prep", scope, prep);
}

std::vector<std::vector<uint64_t>> CandidateFeatures(const SentenceGraph& g, uint32_t trigger, std::string_view type,
                                                     const std::vector<uint32_t>& candidates,
                                                     const TokenRanges& arguments) {
  // Rank by tree distance from the trigger (then by words).
  std::vector<std::pair<int, size_t>> order;
  for (size_t k = 0; k < candidates.size(); ++k) {
    const ActorMention& m = g.doc().actors[candidates[k]];
    uint32_t head = g.HeadOf(m.place_begin, m.place_end);
    int words = static_cast<int>(head < trigger ? trigger - head : head - trigger);
    order.emplace_back(g.Steps(trigger, head) * 1000 + words, k);
  }
  std::sort(order.begin(), order.end());
  std::vector<std::vector<uint64_t>> out(candidates.size());
  FeatureSet f;
  std::string many = Bucket(static_cast<int>(candidates.size()));
  for (size_t r = 0; r < order.size(); ++r) {
    size_t k = order[r].second;
    f.Clear();
    LocationFeatures(g, trigger, type, candidates[k], arguments, static_cast<int>(r), &f);
    const ActorMention& m = g.doc().actors[candidates[k]];
    f.Add("l.many", many, m.precision);
    f.Add("l.nested", m.precision, Nesting(g.doc(), candidates, k));
    out[k] = f.hashes();
  }
  return out;
}

int32_t TriggerToken(const AnalyzedDocument& doc, const Event& e) {
  if (e.sentence >= doc.sentences.size()) return -1;
  const Sentence& s = doc.sentences[e.sentence];
  for (uint32_t t = s.first_token; t < s.first_token + s.token_count && t < doc.tokens.size(); ++t) {
    const Span& sp = doc.tokens[t].span;
    if (sp.begin < e.trigger_span.end && e.trigger_span.begin < sp.end) return static_cast<int32_t>(t);
  }
  return -1;
}

namespace {

// The country of a place id ("country:NCL", "city:SYR:afrin"): a dependent
// territory's place is its own ISO country while its actor code is the
// sovereign's. `fallback` when the id has none.
std::string PlaceIdCountry(const std::string& id, const std::string& fallback) {
  size_t a = id.find(':');
  if (a == std::string::npos || id.size() < a + 4) return fallback;
  return id.substr(a + 1, 3);
}

// The place of mention `m`, written at `span` of the text, into `l`.
void FillPlace(const AnalyzedDocument& doc, const ActorMention& m, Span span, EventLocation* l) {
  l->span = span;
  if (l->span.end <= doc.doc.text.size() && l->span.begin <= l->span.end) {
    l->text = doc.doc.text.substr(l->span.begin, l->span.size());
  }
  l->place_id = m.place_id;
  l->name = l->text;
  l->country = PlaceIdCountry(m.place_id, m.country.substr(0, 3));
  l->precision = m.precision;
  l->region = m.region;
  l->has_coords = m.has_coords;
  l->lat = m.lat;
  l->lon = m.lon;
}

}  // namespace

void FillLocation(const AnalyzedDocument& doc, const ActorMention& m, EventLocation* l) {
  FillPlace(doc, m, {doc.tokens[m.place_begin].span.begin, doc.tokens[m.place_end - 1].span.end}, l);
}

bool ActorsElsewhere(const Event& e, std::string_view country) {
  bool any = false;
  for (const auto* list : {&e.sources, &e.targets}) {
    for (const ActorMention& m : *list) {
      if (m.country.empty()) continue;
      if (m.country.compare(0, 3, country) == 0) return false;
      any = true;
    }
  }
  return any;
}

int LocateFromDateline(AnalyzedDocument* doc) {
  const ActorMention& place = doc->dateline_place;
  if (place.place_id.empty() || place.span.empty()) return 0;
  int n = 0;
  for (Event& e : doc->events) {
    if (!e.location.empty() || ActorsElsewhere(e, place.country)) continue;
    FillPlace(*doc, place, place.span, &e.location);
    e.location.from_dateline = true;
    ++n;
  }
  return n;
}

std::string EventLocator::DefaultPath(const std::string& data_dir) { return data_dir + "/events/locator.model"; }

Result<std::unique_ptr<EventLocator>> EventLocator::Load(const std::string& path) {
  auto bundle = ModelBundle::Load(path);
  if (!bundle.ok()) return bundle.status();
  auto weights = bundle->Get("weights");
  auto margin = bundle->Get("margin");
  auto about = bundle->Get("about");
  if (!weights.ok() || !margin.ok() || !about.ok()) {
    return Status::Corrupt(path + ": the event locator model lacks a part (weights, margin, about)");
  }
  auto model = LinearModel::Parse(*weights, path + " (weights)", /*verify_checksum=*/false);  // the bundle's covers it
  if (!model.ok()) return model.status();
  if ((*model)->classes() != 1) return Status::Corrupt(path + ": the event locator's weights must have one class");
  std::string m(*margin);
  char* end = nullptr;
  float value = std::strtof(m.c_str(), &end);
  if (end == m.c_str()) return Status::Corrupt(path + ": the event locator's margin is not a number");
  return std::make_unique<EventLocator>(std::move(model).value(), value, std::string(*about));
}

EventLocator::EventLocator(std::unique_ptr<LinearModel> weights, float margin, std::string about)
    : weights_(std::move(weights)), margin_(margin), about_(std::move(about)) {}

std::string EventLocator::Serialize() const {
  ModelBundle b;
  b.Put("weights", weights_->Serialize());
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.9g", margin_);
  b.Put("margin", buf);
  b.Put("about", about_);
  return b.Serialize();
}

std::vector<float> EventLocator::Score(const std::vector<std::vector<uint64_t>>& candidates) const {
  std::vector<float> out;
  for (const std::vector<uint64_t>& f : candidates) {
    float s = 0;
    weights_->AccumulateAll(f.data(), f.size(), &s);
    out.push_back(s);
  }
  return out;
}

int EventLocator::Choose(const std::vector<float>& scores) const {
  int best = -1;
  for (size_t k = 0; k < scores.size(); ++k) {
    if (scores[k] > margin_ && (best < 0 || scores[k] > scores[best])) best = static_cast<int>(k);
  }
  return best;
}

void EventLocator::Locate(const SentenceGraph& g, uint32_t trigger, const TokenRanges& arguments, Event* e) const {
  e->location = EventLocation();
  std::vector<uint32_t> candidates = PlaceCandidates(g);
  if (candidates.empty()) return;
  int best = Choose(Score(CandidateFeatures(g, trigger, e->plover, candidates, arguments)));
  if (best >= 0) FillLocation(g.doc(), g.doc().actors[candidates[best]], &e->location);
}

void EventLocator::LocateAll(AnalyzedDocument* doc) const {
  SentenceGraph g;
  int32_t built = -1;
  for (Event& e : doc->events) {
    int32_t t = TriggerToken(*doc, e);
    if (t < 0) continue;
    if (built != static_cast<int32_t>(e.sentence)) {
      g.Build(*doc, e.sentence);
      built = static_cast<int32_t>(e.sentence);
    }
    Locate(g, static_cast<uint32_t>(t), ArgumentRanges(e), &e);
  }
}

}  // namespace entente
