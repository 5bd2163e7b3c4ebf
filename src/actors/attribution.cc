// attribution.cc — features, model file and decisions of the country
// attribution (attribution.h). The features say how the candidate stands to
// the role noun in the tree and what it is; the words themselves (the role
// noun's lemma, the candidate's preposition) come from the sentence, so no
// English list lives here.
#include "actors/attribution.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "actors/resolve_util.h"
#include "util/data_dir.h"
#include "util/lines.h"

namespace entente::actors {

namespace {

constexpr uint32_t kMaxTreeSteps = 64;

// The syntactic head of tokens [begin, end): the token whose head lies
// outside the span (the last such), else the last token.
uint32_t HeadOf(const std::vector<Token>& toks, uint32_t begin, uint32_t end) {
  uint32_t head = end - 1;
  for (uint32_t t = begin; t < end && t < toks.size(); ++t) {
    int32_t h = toks[t].head;
    if (h < static_cast<int32_t>(begin) || h >= static_cast<int32_t>(end)) head = t;
  }
  return head;
}

bool Inside(int32_t t, const ActorMention& m) { return t >= static_cast<int32_t>(m.begin) && t < static_cast<int32_t>(m.end); }

// Ancestors of t within the sentence, t first, at most kMaxTreeSteps.
std::vector<uint32_t> Ancestors(const std::vector<Token>& toks, uint32_t first, uint32_t last, uint32_t t) {
  std::vector<uint32_t> up{t};
  while (up.size() < kMaxTreeSteps) {
    int32_t h = toks[up.back()].head;
    if (h < static_cast<int32_t>(first) || h >= static_cast<int32_t>(last)) break;
    up.push_back(static_cast<uint32_t>(h));
  }
  return up;
}

// Tree steps between a and b (through their lowest common ancestor), or -1.
int PathLength(const std::vector<uint32_t>& up_a, const std::vector<uint32_t>& up_b) {
  for (size_t i = 0; i < up_a.size(); ++i) {
    auto it = std::find(up_b.begin(), up_b.end(), up_a[i]);
    if (it != up_b.end()) return static_cast<int>(i + (it - up_b.begin()));
  }
  return -1;
}

// The nearest verb at or above t (its index in `up`), or -1.
int ClauseVerb(const std::vector<Token>& toks, const std::vector<uint32_t>& up) {
  for (size_t i = 0; i < up.size(); ++i) {
    if (toks[up[i]].upos == "VERB" || toks[up[i]].upos == "AUX") return static_cast<int>(up[i]);
  }
  return -1;
}

// The lemma of t's case-marking child ("in X": "in"), or "".
std::string CaseOf(const std::vector<Token>& toks, uint32_t first, uint32_t last, uint32_t t) {
  for (uint32_t u = first; u < last; ++u) {
    if (toks[u].head == static_cast<int32_t>(t) && toks[u].deprel == "case" && toks[u].text != "'s") {
      return toks[u].lemma.empty() ? toks[u].text : toks[u].lemma;
    }
  }
  return "";
}

// The role noun's possessor when it is a pronoun or a common noun ("its
// government", "their officials", "the country's army"): its lemma, else "".
std::string PossessorOf(const std::vector<Token>& toks, uint32_t first, uint32_t last, uint32_t t) {
  for (uint32_t u = first; u < last; ++u) {
    if (toks[u].head != static_cast<int32_t>(t) || toks[u].deprel != "nmod:poss") continue;
    if (toks[u].upos != "PRON" && toks[u].upos != "NOUN") return "";
    return toks[u].lemma.empty() ? toks[u].text : toks[u].lemma;
  }
  return "";
}

std::string Bucket(int n) {
  if (n < 0) return "none";
  if (n <= 3) return std::to_string(n);
  if (n <= 6) return "4-6";
  if (n <= 12) return "7-12";
  return "13+";
}

// How the candidate's head `c` stands to the target's head `t`.
std::string Relation(const std::vector<Token>& toks, const ActorMention& target, const ActorMention& cand,
                     uint32_t t, uint32_t c) {
  if (Inside(toks[c].head, target)) {
    std::string rel = toks[c].deprel;
    if (rel.rfind("nmod", 0) == 0 || rel == "compound" || rel == "amod" || rel == "appos") return "dep:" + rel;
    return "dep:other";
  }
  if (Inside(toks[t].head, cand)) return "gov:" + toks[t].deprel;
  if (toks[t].head >= 0 && toks[t].head == toks[c].head) return "sib:" + toks[t].deprel + ">" + toks[c].deprel;
  return "";
}

std::string KindOf(const ActorMention& m) {
  std::string k = ActorKindName(m.kind);
  if (m.location) return k + ":loc";
  return k + (m.sectors.empty() ? ":bare" : ":role");
}

// The candidate is in the target's clause (the same nearest verb above
// both) or tied to it by one arc. Countries further away are not
// candidates: on real reporting a role noun in another clause belongs to
// another country as often as not ("our allies", said after meeting a
// German minister).
bool Linked(const std::vector<Token>& toks, uint32_t first, uint32_t last, const ActorMention& target,
            const ActorMention& cand) {
  uint32_t t = HeadOf(toks, target.begin, target.end), c = HeadOf(toks, cand.begin, cand.end);
  if (!Relation(toks, target, cand, t, c).empty()) return true;
  int verb = ClauseVerb(toks, Ancestors(toks, first, last, t));
  return verb >= 0 && verb == ClauseVerb(toks, Ancestors(toks, first, last, c));
}

// What else the sentence holds: its number of candidate countries, role
// nouns with no country, and organisations with no country (IGO, NGO…).
struct SentenceCounts {
  size_t countries = 0, roles = 0, orgs = 0;
};

void Features(const std::vector<Token>& toks, uint32_t first, uint32_t last, const ActorMention& target,
              const ActorMention& cand, const SentenceCounts& counts, size_t same_country, bool nearest,
              bool only_location, std::vector<std::string>* f) {
  size_t countries = counts.countries;
  uint32_t t = HeadOf(toks, target.begin, target.end), c = HeadOf(toks, cand.begin, cand.end);
  auto up_t = Ancestors(toks, first, last, t), up_c = Ancestors(toks, first, last, c);
  std::string n = "n" + std::to_string(std::min<size_t>(countries, 3));
  std::string kind = KindOf(cand), rel = Relation(toks, target, cand, t, c);
  std::string prep = CaseOf(toks, first, last, c);
  std::string lemma = toks[t].lemma.empty() ? toks[t].text : toks[t].lemma;
  int path = PathLength(up_t, up_c);
  int dist = cand.begin >= target.end ? static_cast<int>(cand.begin - target.end)
                                      : static_cast<int>(target.begin) - static_cast<int>(cand.end);
  int verb_t = ClauseVerb(toks, up_t), verb_c = ClauseVerb(toks, up_c);
  const char* side = cand.begin >= target.end ? "after" : "before";
  f->push_back("bias");
  f->push_back(n);
  f->push_back("kind=" + kind);
  f->push_back("kind=" + kind + "|" + n);
  f->push_back("rel=" + rel);
  f->push_back("rel=" + rel + "|" + kind);
  f->push_back("rel=" + rel + "|lemma=" + lemma);
  f->push_back("roles=" + std::to_string(std::min<size_t>(counts.roles, 3)) + "|" + n);
  f->push_back("orgs=" + std::to_string(std::min<size_t>(counts.orgs, 2)) + "|" + n);
  f->push_back("prep=" + prep);
  f->push_back("prep=" + prep + "|" + kind);
  f->push_back("cdep=" + toks[c].deprel);
  f->push_back("tdep=" + toks[t].deprel);
  f->push_back("path=" + Bucket(path));
  f->push_back("path=" + Bucket(path) + "|" + n);
  f->push_back("dist=" + Bucket(dist) + "|" + side);
  f->push_back(std::string("linked=") + (Linked(toks, first, last, target, cand) ? "1|" : "0|") + n);
  f->push_back(std::string("linked=") + (Linked(toks, first, last, target, cand) ? "1|" : "0|") + kind);
  f->push_back("sameclause=" + std::to_string(verb_t >= 0 && verb_t == verb_c) + "|" + n);
  f->push_back(std::string("nearest=") + (nearest ? "1|" : "0|") + n);
  f->push_back("lemma=" + lemma);
  f->push_back("lemma=" + lemma + "|" + kind);
  f->push_back("sector=" + (target.sectors.empty() ? std::string() : target.sectors.front()));
  f->push_back(std::string("tkind=") + ActorKindName(target.kind));
  f->push_back("repeat=" + std::to_string(std::min<size_t>(same_country, 2)));
  if (std::string poss = PossessorOf(toks, first, last, t); !poss.empty()) {
    f->push_back("tposs=" + poss + "|" + n);
    f->push_back("tposs|" + kind);
  }
  if (only_location) f->push_back("onlyloc|" + n);
  if (!target.ethnic.empty()) f->push_back("ethnic|" + kind);
}

// True when mention `a` and mention `b` are conjuncts of one coordination
// ("Aleppo and Mosul"): one's head is the other's `conj` dependent, or both
// are `conj` dependents of one head.
bool Coordinated(const std::vector<Token>& toks, const ActorMention& a, const ActorMention& b) {
  uint32_t ha = HeadOf(toks, a.begin, a.end), hb = HeadOf(toks, b.begin, b.end);
  auto conj_of = [&](uint32_t x, uint32_t y) {
    return toks[x].deprel == "conj" && toks[x].head == static_cast<int32_t>(y);
  };
  if (conj_of(ha, hb) || conj_of(hb, ha)) return true;
  return toks[ha].deprel == "conj" && toks[hb].deprel == "conj" && toks[ha].head == toks[hb].head;
}

// The chosen candidate's mention is coordinated with a mention of another
// candidate country: a list of countries is not an attribution (the
// probability product misses it when the second conjunct scores low).
bool InCountryList(const std::vector<Token>& toks, const std::vector<ActorMention>& mentions,
                   const std::vector<AttributionCandidate>& candidates, size_t chosen) {
  const ActorMention& c = mentions[candidates[chosen].mention];
  for (const ActorMention& m : mentions) {
    if (m.country.size() == 3 && m.country != c.country && &m != &c &&
        std::any_of(candidates.begin(), candidates.end(), [&](const AttributionCandidate& k) { return k.country == m.country; }) &&
        Coordinated(toks, c, m)) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool IsAttributionTarget(const ActorMention& m) {
  return !m.location && m.code.size() >= 6 && m.code.compare(0, 3, "---") == 0;
}

void AttributionCandidates(const std::vector<Token>& toks, uint32_t first, uint32_t last,
                           const std::vector<ActorMention>& mentions, size_t target,
                           std::vector<AttributionCandidate>* out) {
  out->clear();
  const ActorMention& tm = mentions[target];
  std::vector<size_t> best;   // per candidate: nearest mention
  std::vector<size_t> count;  // per candidate: mentions of that country
  std::string location_country;
  bool one_location_country = true;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const ActorMention& m = mentions[i];
    if (i == target || m.country.size() != 3 || m.begin < first || m.end > last) continue;
    if (m.antecedent >= 0 || m.why.rfind("coref:", 0) == 0) continue;  // "he": evidence of its antecedent's sentence
    if (m.location) {
      if (!location_country.empty() && location_country != m.country) one_location_country = false;
      location_country = m.country;
    }
    auto gap = [&](const ActorMention& x) { return x.begin >= tm.end ? x.begin - tm.end : tm.begin - std::min(tm.begin, x.end); };
    size_t k = 0;
    while (k < out->size() && (*out)[k].country != m.country) ++k;
    if (k == out->size()) {
      if (out->size() == kMaxAttributionCandidates) {
        out->clear();
        return;
      }
      out->push_back({m.country, i, {}});
      best.push_back(i);
      count.push_back(0);
    }
    ++count[k];
    if (gap(m) < gap(mentions[best[k]])) best[k] = i, (*out)[k].mention = i;
  }
  SentenceCounts counts;
  counts.countries = out->size();
  for (const ActorMention& m : mentions) {
    if (m.begin < first || m.end > last) continue;
    counts.roles += IsAttributionTarget(m);
    counts.orgs += m.country.empty() && m.code.size() >= 3 && IsNonStateRoot(std::string_view(m.code).substr(0, 3));
  }
  size_t nearest = 0;
  auto gap_of = [&](size_t k) {
    const ActorMention& x = mentions[best[k]];
    return x.begin >= tm.end ? x.begin - tm.end : tm.begin - std::min(tm.begin, x.end);
  };
  for (size_t k = 1; k < out->size(); ++k) {
    if (gap_of(k) < gap_of(nearest)) nearest = k;
  }
  for (size_t k = 0; k < out->size(); ++k) {
    bool only_location = one_location_country && location_country == (*out)[k].country;
    Features(toks, first, last, tm, mentions[best[k]], counts, count[k], k == nearest, only_location,
             &(*out)[k].features);
  }
}

Result<AttributionModel> AttributionModel::Parse(const std::string& name, const std::string& text,
                                                 DiagnosticSink* sink) {
  AttributionModel model;
  size_t line_no = 0;
  bool header = false;
  auto report = [&](const std::string& reason) {
    if (sink) sink->Report({Severity::kError, name, line_no, reason});
  };
  std::string_view rest = text, view;
  while (NextLine(&rest, &view)) {
    std::string line(view);
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    if (!header) {
      int version = 0;
      if (std::sscanf(line.c_str(), "entente-attribution %d", &version) != 1) {
        return Status::Corrupt(name + ":" + std::to_string(line_no) + ": expected 'entente-attribution 1'");
      }
      if (version > kAttributionFormat) {
        return Status::Unsupported(name + ": format version " + std::to_string(version) +
                                   " is newer than this build reads (" + std::to_string(kAttributionFormat) + ")");
      }
      header = true;
      continue;
    }
    size_t tab = line.rfind('\t');
    std::string key = tab == std::string::npos ? line.substr(0, line.find(' ')) : line.substr(0, tab);
    std::string number = tab == std::string::npos ? line.substr(line.find(' ') + 1) : line.substr(tab + 1);
    double value = 0;
    auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (ec != std::errc() || end != number.data() + number.size() || !std::isfinite(value) || key.empty()) {
      report("not 'feature<TAB>weight': line skipped");
      continue;
    }
    if (tab == std::string::npos && key == "threshold") {
      model.threshold_ = value;
    } else if (tab != std::string::npos) {
      model.weights_[key] = static_cast<float>(value);
    } else {
      report("unknown setting '" + key + "': line skipped");
    }
  }
  if (!header) return Status::Corrupt(name + ": empty attribution model");
  return model;
}

Result<AttributionModel> AttributionModel::Load(const std::string& path, DiagnosticSink* sink) {
  std::string text;
  if (!ReadFile(path, &text)) return Status::IoError("cannot read " + path);
  return Parse(path, text, sink);
}

std::string AttributionModel::Write(const std::string& about) const {
  std::string out = "entente-attribution " + std::to_string(kAttributionFormat) + "\n";
  std::string_view rest = about, line;
  while (NextLine(&rest, &line)) out += "# " + std::string(line) + "\n";
  char buf[64];
  std::snprintf(buf, sizeof buf, "threshold %.4f\n", threshold_);
  out += buf;
  std::vector<std::pair<std::string, float>> sorted(weights_.begin(), weights_.end());
  std::sort(sorted.begin(), sorted.end());
  for (const auto& [k, w] : sorted) {
    std::snprintf(buf, sizeof buf, "\t%.5g\n", static_cast<double>(w));
    out += k + buf;
  }
  return out;
}

double AttributionModel::Probability(const std::vector<std::string>& features) const {
  double z = 0;
  for (const std::string& f : features) {
    auto it = weights_.find(f);
    if (it != weights_.end()) z += it->second;
  }
  return 1.0 / (1.0 + std::exp(-z));
}

int AttributionModel::Best(const std::vector<AttributionCandidate>& candidates, double* p) const {
  int best = -1;
  *p = 0;
  for (size_t k = 0; k < candidates.size(); ++k) {
    double q = Probability(candidates[k].features);
    if (q > *p) *p = q, best = static_cast<int>(k);
  }
  return best;
}

int AttributionModel::Choose(const std::vector<AttributionCandidate>& candidates, double* p) const {
  int best = Best(candidates, p);
  // The best is the country and no other is: another likely country makes
  // the case ambiguous, and the mention stays "---".
  for (size_t k = 0; k < candidates.size(); ++k) {
    if (static_cast<int>(k) != best) *p *= 1.0 - Probability(candidates[k].features);
  }
  return *p >= threshold_ ? best : -1;
}

void AttributeCountries(const AttributionModel& model, const std::vector<Token>& toks, uint32_t first,
                        uint32_t last, std::vector<ActorMention>* mentions, const std::vector<bool>* held) {
  if (model.size() == 0) return;
  struct Decision {
    size_t target;
    std::string country, from;
    double p;
  };
  std::vector<Decision> decisions;
  std::vector<AttributionCandidate> candidates;
  for (size_t i = 0; i < mentions->size(); ++i) {
    if (!IsAttributionTarget((*mentions)[i]) || (held && i < held->size() && (*held)[i])) continue;
    AttributionCandidates(toks, first, last, *mentions, i, &candidates);
    double p = 0;
    int k = model.Choose(candidates, &p);
    if (k >= 0 && InCountryList(toks, *mentions, candidates, static_cast<size_t>(k))) continue;
    if (k >= 0) decisions.push_back({i, candidates[k].country, (*mentions)[candidates[k].mention].text, p});
  }
  for (const Decision& d : decisions) {
    ActorMention& m = (*mentions)[d.target];
    m.code = d.country + m.code.substr(3);
    m.country = d.country;  // the sectors stay as they are ("ex-minister": ELI, GOV)
    m.country_from_context = true;
    char p[16];
    std::snprintf(p, sizeof p, "%.2f", d.p);
    m.why += " +country of '" + d.from + "' (attribution p=" + p + ")";
  }
}

}  // namespace entente::actors
