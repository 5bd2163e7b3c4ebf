#include "events/coder_features.h"

#include <algorithm>

#include "events/false_alarm_features.h"
#include "events/scope_features.h"
#include "events/lexicon_match.h"
#include "events/link_features.h"
#include "events/relevance.h"
#include "events/shared_subject.h"
#include "events/topic_features.h"
#include "util/linear_model.h"

namespace entente {

namespace {

// Lemmas of the auxiliaries and negators that decide modality.
bool IsNegator(std::string_view lemma) {
  return lemma == "not" || lemma == "never" || lemma == "n't" || lemma == "no";
}

std::string_view Kind(ActorKind k) { return ActorKindName(k); }

// A mention's first CAMEO sector ("GOV", "REB", "BUS"), or its kind when it
// has none ("country", "person", "agent").
std::string_view SectorOf(const ActorMention& m) { return m.sectors.empty() ? Kind(m.kind) : std::string_view(m.sectors.front()); }

std::string Bucket(int d) {
  int a = std::abs(d);
  const char* b = a <= 1 ? "1" : a <= 3 ? "2-3" : a <= 6 ? "4-6" : a <= 12 ? "7-12" : "13+";
  return std::string(d < 0 ? "-" : "+") + b;
}

// What stands as the subject of word t (its own, or the one of the verb it
// complements: "X agreed to meet"): "mention" when an actor mention's head,
// "pron" a pronoun, "noun" any other word, "none" when it has none; and the
// subject's token in *subj (or -1).
std::string_view SubjectKind(const SentenceGraph& g, uint32_t t, int32_t* subj) {
  *subj = -1;
  uint32_t x = t;
  for (int level = 0; level < 2 && *subj < 0; ++level) {
    for (uint32_t c : g.children(x)) {
      if (g.tok(c).deprel == "nsubj" || g.tok(c).deprel == "nsubj:pass") *subj = static_cast<int32_t>(c);
    }
    int32_t h = g.head(x);
    if (*subj >= 0 || h < 0 || !IsRelation(g.tok(x).deprel, "xcomp")) break;
    x = static_cast<uint32_t>(h);
  }
  if (*subj < 0) return "none";
  for (uint32_t m : g.mentions()) {
    if (g.MentionHead(m) == static_cast<uint32_t>(*subj)) return "mention";
  }
  return g.tok(static_cast<uint32_t>(*subj)).upos == "PRON" ? "pron" : "noun";
}

// The subject-kind group's features of a source or argument candidate
// (templates "p." or "a."): the trigger's subject kind, whether it is this
// mention's head, and with the path from it.
void SubjectKindFeatures(const SentenceGraph& g, uint32_t t, uint32_t a, const std::string& path, bool pair,
                         FeatureSet* f) {
  int32_t subj;
  std::string_view sk = SubjectKind(g, t, &subj);
  f->Add(pair ? "p.subj" : "a.subj", sk, subj == static_cast<int32_t>(a) ? "self" : "other");
  f->Add(pair ? "p.subj.path" : "a.subj.path", sk, path);
}

// WordNet's classes of a noun or verb token, or nullptr (other words, and
// words WordNet does not know).
const WordClasses::Classes* ClassesOf(const WordClasses& wc, const Token& w) {
  if (w.upos == "NOUN") return wc.Find(LemmaOrText(w), WordClasses::Pos::kNoun);
  if (w.upos == "VERB") return wc.Find(LemmaOrText(w), WordClasses::Pos::kVerb);
  return nullptr;
}

// The relation of child c of a trigger, as the wordnet group names it: the
// base relation, with the preposition of an oblique ("obl:in").
std::string ArgumentRelation(const SentenceGraph& g, uint32_t c) {
  std::string_view rel = g.tok(c).deprel;
  std::string base(BaseRelation(rel));
  if (base == "obl" || base == "nmod") base += ":" + std::string(g.CaseOf(c));
  return base;
}

// The wordnet group: the trigger's own classes (lexicographer files of two
// senses; with `hypernyms`, its synset and hypernyms), the class of each argument's head (object,
// subject, oblique, complement) alone, with the trigger's lemma ("launch" +
// an act) and with the trigger's class (a contact verb + an artifact), and
// the class of the word the trigger depends on ("gave" a welcome).
void WordClassFeatures(const SentenceGraph& g, uint32_t t, const WordClasses& wc, bool hypernyms, FeatureSet* f) {
  const Token& w = g.tok(t);
  std::string_view lem = LemmaOrText(w);
  const WordClasses::Classes* own = ClassesOf(wc, w);
  std::string_view lex = g.Lexfile(t, wc);
  if (own) {
    f->Add("wn.lex", lex);
    if (own->lexfile[1] != 0xFF) f->Add("wn.lex2", WordClasses::LexfileName(own->lexfile[1]));
    if (hypernyms) {
      f->Add("wn.syn", wc.SynsetName(own->synset));
      for (uint32_t h : own->hypernyms) {
        if (h != WordClasses::kNone) f->Add("wn.hyp", wc.SynsetName(h));
      }
    }

  } else {
    f->Add("wn.none", w.upos);
  }
  for (uint32_t c : g.children(t)) {
    const std::string& rel = g.tok(c).deprel;
    if (!(IsRelation(rel, "obj") || IsRelation(rel, "iobj") || IsRelation(rel, "nsubj") || IsRelation(rel, "obl") || IsRelation(rel, "nmod") ||
          IsRelation(rel, "xcomp") || IsRelation(rel, "ccomp"))) {
      continue;
    }
    const WordClasses::Classes* arg = ClassesOf(wc, g.tok(c));
    if (!arg) continue;
    std::string r = ArgumentRelation(g, c);
    std::string_view alex = WordClasses::LexfileName(arg->lexfile[0]);
    f->Add("wn.arg", r, alex);
    f->Add("wn.lem.arg", lem, r, alex);
    f->Add("wn.lex.arg", lex, r, alex);
    if (hypernyms && arg->hypernyms[0] != WordClasses::kNone) f->Add("wn.arg.hyp", r, wc.SynsetName(arg->hypernyms[0]));
  }
  if (int32_t h = g.head(t); h >= 0) {
    const Token& ht = g.tok(static_cast<uint32_t>(h));
    if (const WordClasses::Classes* hc = ClassesOf(wc, ht)) {
      std::string_view base = BaseRelation(w.deprel);
      f->Add("wn.head", base, WordClasses::LexfileName(hc->lexfile[0]));
      f->Add("wn.head.lex", base, WordClasses::LexfileName(hc->lexfile[0]), lex);
    }
  }
}

// The object-lexicon group: what the lexicon makes of the trigger's object,
// complement or oblique, and of the object's compound ("a hunger strike"),
// alone, with the trigger's lemma, and for a light verb of the lexicon's list.
void ObjectLexiconFeatures(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon, FeatureSet* f) {
  std::string_view lem = LemmaOrText(g.tok(t));
  bool light = lexicon.InList("light", std::string(lem));
  for (uint32_t c : g.children(t)) {
    const std::string& rel = g.tok(c).deprel;
    if (!(IsRelation(rel, "obj") || IsRelation(rel, "xcomp") || IsRelation(rel, "obl") || IsRelation(rel, "nmod"))) continue;
    std::string r = ArgumentRelation(g, c);
    auto add = [&](std::string_view part, std::string_view code) {
      if (code.empty()) return;
      f->Add("olex", r, part, code);
      f->Add("lem.olex", lem, r, code);
      if (light) f->Add("light.olex", r, code);  // the lexicon's light verbs (%light)
    };
    add("head", LexiconRoot(lexicon, LemmaOrText(g.tok(c))));
    if (!IsRelation(rel, "obj")) continue;
    for (uint32_t k : g.children(c)) {
      if (IsRelation(g.tok(k).deprel, "compound") || IsRelation(g.tok(k).deprel, "amod")) add("mod", LexiconRoot(lexicon, LemmaOrText(g.tok(k))));
    }
  }
}

// The lexicon as a prior: the codes its patterns give this lemma (its first
// three). With `sense`, a clause that meets a pattern constraining a role
// gives that pattern's code alone: the verb's sense the lexicon lists for
// such a clause ("attack obj for": 111), not every sense of the lemma.
void LexiconPrior(const SentenceGraph& g, uint32_t t, std::string_view lem, std::string_view pos,
                  std::string_view prt, const Lexicon& lexicon, bool sense, FeatureSet* f) {
  const auto* pats = lexicon.Find(std::string(lem));
  if (!pats) {
    f->Add("lex.none", pos);
    return;
  }
  const Pattern* met = sense ? MatchedPattern(g, t, lexicon) : nullptr;
  if (met && ConstrainsARole(*met)) {
    f->Add("lex", met->code.substr(0, 2));
    f->Add("lex.top", met->code.substr(0, 2), pos);
    return;
  }
  int k = 0;
  for (const Pattern& p : *pats) {
    if (!p.particle.empty() && p.particle != prt) continue;
    f->Add("lex", p.code.substr(0, 2));
    if (k++ == 0) f->Add("lex.top", p.code.substr(0, 2), pos);
    if (k >= 3) break;
  }
}

}  // namespace

std::string_view LexiconRoot(const Lexicon& lexicon, std::string_view lemma) {
  const auto* pats = lexicon.Find(std::string(lemma));
  return pats && !pats->empty() ? std::string_view(pats->front().code).substr(0, 2) : std::string_view();
}

std::string FeatureGroups::ToString() const {
  std::string out;
  if (sentence_nouns) out += "sentence-nouns";
  if (subject_kind) out += std::string(out.empty() ? "" : ",") + "subject-kind";
  if (wordnet) out += std::string(out.empty() ? "" : ",") + "wordnet";
  if (wordnet_hypernyms) out += std::string(out.empty() ? "" : ",") + "wordnet-hypernyms";
  if (wordnet_args) out += std::string(out.empty() ? "" : ",") + "wordnet-args";
  if (object_lexicon) out += std::string(out.empty() ? "" : ",") + "object-lexicon";
  if (actor_sector) out += std::string(out.empty() ? "" : ",") + "actor-sector";
  if (event_links) out += std::string(out.empty() ? "" : ",") + "event-links";
  if (topic) out += std::string(out.empty() ? "" : ",") + "topic";
  if (relevance) out += std::string(out.empty() ? "" : ",") + "relevance";
  if (docrel) out += std::string(out.empty() ? "" : ",") + "docrel";
  if (false_alarm) out += std::string(out.empty() ? "" : ",") + "false-alarm";
  if (lexicon_match) out += std::string(out.empty() ? "" : ",") + "lexicon-match";
  if (lexicon_sense) out += std::string(out.empty() ? "" : ",") + "lexicon-sense";
  if (scope) out += std::string(out.empty() ? "" : ",") + "scope";
  if (shared_subject) out += std::string(out.empty() ? "" : ",") + "shared-subject";
  return out;
}

std::optional<FeatureGroups> FeatureGroups::Parse(std::string_view list) {
  FeatureGroups g;
  while (!list.empty()) {
    size_t comma = list.find(',');
    std::string_view name = list.substr(0, comma);
    list.remove_prefix(comma == std::string_view::npos ? list.size() : comma + 1);
    if (name == "sentence-nouns") g.sentence_nouns = true;
    else if (name == "subject-kind") g.subject_kind = true;
    else if (name == "wordnet") g.wordnet = true;
    else if (name == "wordnet-hypernyms") g.wordnet_hypernyms = true;
    else if (name == "wordnet-args") g.wordnet_args = true;
    else if (name == "object-lexicon") g.object_lexicon = true;
    else if (name == "actor-sector") g.actor_sector = true;
    else if (name == "event-links") g.event_links = true;
    else if (name == "topic") g.topic = true;
    else if (name == "relevance") g.relevance = true;
    else if (name == "docrel") g.docrel = true;
    else if (name == "false-alarm") g.false_alarm = true;
    else if (name == "lexicon-match") g.lexicon_match = true;
    else if (name == "lexicon-sense") g.lexicon_sense = true;
    else if (name == "scope") g.scope = true;
    else if (name == "shared-subject") g.shared_subject = true;
    else if (name == "none") continue;
    else if (!name.empty()) return std::nullopt;
  }
  return g;
}

std::string DomainAdaptation::ModelsString() const {
  std::string out;
  for (const auto& [on, name] : {std::pair{trigger, "trigger"}, std::pair{pair, "pair"}, std::pair{argument, "argument"}}) {
    if (on) out += std::string(out.empty() ? "" : ",") + name;
  }
  return out;
}

std::optional<DomainAdaptation> DomainAdaptation::ParseModels(std::string_view list) {
  DomainAdaptation d;
  while (!list.empty()) {
    size_t comma = list.find(',');
    std::string_view name = list.substr(0, comma);
    list.remove_prefix(comma == std::string_view::npos ? list.size() : comma + 1);
    if (name == "trigger") d.trigger = true;
    else if (name == "pair") d.pair = true;
    else if (name == "argument") d.argument = true;
    else if (name == "none") continue;
    else if (!name.empty()) return std::nullopt;
  }
  return d;
}

std::string_view DomainAdaptation::For(std::string_view source) const {
  return std::binary_search(trained.begin(), trained.end(), source) ? source : std::string_view(domain);
}

void FeatureSet::AddDomainCopies(std::string_view domain) {
  if (domain.empty()) return;
  const uint64_t tag = StringHash(domain);
  const size_t n = hashes_.size();
  for (size_t i = 0; i < n; ++i) {
    hashes_.push_back(FeatureHash(tag, hashes_[i]));
    if (keep_names_) names_.push_back(std::string(domain) + ":" + names_[i]);
  }
}

void FeatureSet::Add(std::string_view templ, std::string_view a, std::string_view b, std::string_view c) {
  uint64_t h = FeatureHash(StringHash(templ), StringHash(a), StringHash(b), StringHash(c));
  if (std::find(hashes_.begin(), hashes_.end(), h) != hashes_.end()) return;
  hashes_.push_back(h);
  if (keep_names_) {
    std::string name(templ);
    for (std::string_view part : {a, b, c}) {
      if (part.empty()) continue;
      name += '=';
      name += part;
    }
    names_.push_back(std::move(name));
  }
}

void SentenceGraph::Build(const AnalyzedDocument& doc, uint32_t sentence) {
  doc_ = &doc;
  relevance_bucket_ = -1;
  document_relevance_ = {};
  const Sentence& s = doc.sentences[sentence];
  first_ = s.first_token;
  end_ = std::min<uint32_t>(static_cast<uint32_t>(doc.tokens.size()), s.first_token + s.token_count);
  uint32_t n = end_ - first_;
  children_.assign(n, {});
  depth_.assign(n, 0);
  for (uint32_t i = first_; i < end_; ++i) {
    int32_t h = head(i);
    if (h >= 0) children_[h - first_].push_back(i);
  }
  for (uint32_t i = first_; i < end_; ++i) {
    int d = 0;
    for (int32_t h = head(i); h >= 0 && d <= static_cast<int>(n); h = head(static_cast<uint32_t>(h))) ++d;
    depth_[i - first_] = d;
  }
  mentions_.clear();
  mention_heads_.clear();
  // Actors are in sentence order: start at the first of this sentence.
  uint32_t m0 = static_cast<uint32_t>(std::lower_bound(doc.actors.begin(), doc.actors.end(), sentence,
                                                       [](const ActorMention& a, uint32_t s) { return a.sentence < s; }) -
                                      doc.actors.begin());
  for (uint32_t m = m0; m < doc.actors.size() && doc.actors[m].sentence <= sentence; ++m) {
    const ActorMention& a = doc.actors[m];
    if (a.sentence != sentence || a.begin < first_ || a.end > end_ || a.begin >= a.end) continue;
    if (a.code.empty()) continue;
    mentions_.push_back(m);
    mention_heads_.push_back(HeadOf(a.begin, a.end));
  }
  head_by_mention_.clear();
  for (size_t k = 0; k < mentions_.size(); ++k) head_by_mention_.emplace_back(mentions_[k], mention_heads_[k]);
  std::sort(head_by_mention_.begin(), head_by_mention_.end());
  lexfile_.assign(n, -2);
  sorted_heads_ = mention_heads_;
  std::sort(sorted_heads_.begin(), sorted_heads_.end());
  MarkNear();
}

void SentenceGraph::MarkNear() {
  // Breadth-first over the tree's edges from every mention head, 4 steps.
  uint32_t n = end_ - first_;
  std::vector<int> dist(n, -1);
  std::vector<uint32_t> queue;
  for (uint32_t h : mention_heads_) {
    if (dist[h - first_] < 0) dist[h - first_] = 0, queue.push_back(h);
  }
  for (size_t q = 0; q < queue.size(); ++q) {
    uint32_t x = queue[q];
    int d = dist[x - first_];
    if (d >= 4) continue;
    auto visit = [&](uint32_t y) {
      if (dist[y - first_] < 0) dist[y - first_] = d + 1, queue.push_back(y);
    };
    if (int32_t h = head(x); h >= 0) visit(static_cast<uint32_t>(h));
    for (uint32_t c : children(x)) visit(c);
  }
  near_.assign(n, 0);
  for (uint32_t i = 0; i < n; ++i) near_[i] = dist[i] >= 0;
}

const std::vector<uint32_t>& SentenceGraph::MentionsNear(uint32_t t) const {
  if (mentions_.size() <= kMaxNearMentions) return mentions_;
  std::vector<std::pair<uint32_t, uint32_t>> by_distance;  // (|head - t|, index)
  for (size_t k = 0; k < mentions_.size(); ++k) {
    uint32_t h = mention_heads_[k];
    by_distance.emplace_back(h > t ? h - t : t - h, static_cast<uint32_t>(k));
  }
  std::partial_sort(by_distance.begin(), by_distance.begin() + kMaxNearMentions, by_distance.end());
  std::vector<uint32_t> keep;
  for (size_t k = 0; k < kMaxNearMentions; ++k) keep.push_back(by_distance[k].second);
  std::sort(keep.begin(), keep.end());  // mention order
  near_scratch_.clear();
  for (uint32_t k : keep) near_scratch_.push_back(mentions_[k]);
  return near_scratch_;
}

int SentenceGraph::MentionsBetween(uint32_t t, uint32_t a) const {
  // Heads b with (b < t) == (a < t) and |b - t| < |a - t|: [t, a) or (a, t).
  auto lo = a > t ? std::lower_bound(sorted_heads_.begin(), sorted_heads_.end(), t)
                  : std::upper_bound(sorted_heads_.begin(), sorted_heads_.end(), a);
  auto hi = a > t ? std::lower_bound(sorted_heads_.begin(), sorted_heads_.end(), a)
                  : std::lower_bound(sorted_heads_.begin(), sorted_heads_.end(), t);
  return hi > lo ? static_cast<int>(hi - lo) : 0;
}

int32_t SentenceGraph::head(uint32_t i) const {
  int32_t h = doc_->tokens[i].head;
  return h >= static_cast<int32_t>(first_) && h < static_cast<int32_t>(end_) ? h : -1;
}

uint32_t SentenceGraph::HeadOf(uint32_t begin, uint32_t end) const {
  uint32_t best = begin;
  for (uint32_t i = begin; i < end; ++i) {
    if (depth(i) < depth(best)) best = i;
  }
  return best;
}

std::string_view SentenceGraph::Lexfile(uint32_t i, const WordClasses& wc) const {
  int16_t& k = lexfile_[i - first_];
  if (k == -2) {
    const WordClasses::Classes* c = ClassesOf(wc, tok(i));
    k = c && c->lexfile[0] != 0xFF ? c->lexfile[0] : -1;
  }
  return k >= 0 ? WordClasses::LexfileName(static_cast<uint8_t>(k)) : "none";
}

uint32_t SentenceGraph::MentionHead(uint32_t mention) const {
  auto it = std::lower_bound(head_by_mention_.begin(), head_by_mention_.end(), std::make_pair(mention, 0u));
  return it != head_by_mention_.end() && it->first == mention ? it->second : first_;
}

bool SentenceGraph::Identified(uint32_t mention) const {
  const ActorMention& a = doc_->actors[mention];
  return !a.country.empty() || (!a.code.empty() && a.code.rfind("---", 0) != 0);
}

std::string SentenceGraph::PlaceCountry(uint32_t t, uint32_t agent) const {
  std::string best;
  int best_steps = 99;
  for (uint32_t m : mentions_) {
    const ActorMention& a = doc_->actors[m];
    if (a.country.empty() || (a.kind != ActorKind::kCountry && a.kind != ActorKind::kPlace)) continue;
    uint32_t h = MentionHead(m);
    std::string_view cs = CaseOf(h);
    const std::string& rel = tok(h).deprel;
    bool locative = (cs == "in" || cs == "at" || cs == "near" || cs == "across" || cs == "throughout" ||
                     cs == "outside" || cs == "inside" || cs == "of") &&
                    (rel.rfind("obl", 0) == 0 || rel.rfind("nmod", 0) == 0);
    if (!locative) continue;
    int steps = std::min(Steps(h, t), Steps(h, agent));
    if (steps < best_steps) best = a.country, best_steps = steps;
  }
  return best_steps <= 4 ? best : std::string();
}

std::string_view SentenceGraph::CaseOf(uint32_t i) const {
  for (uint32_t c : children(i)) {
    const Token& t = tok(c);
    if (t.deprel == "case" || t.deprel == "mark") return LemmaOrText(t);
  }
  return {};
}

std::string SentenceGraph::Path(uint32_t a, uint32_t b) const {
  if (a == b) return "";
  // Ancestors of b (with b itself).
  std::vector<uint32_t> up_b;
  for (int32_t x = static_cast<int32_t>(b); x >= 0 && up_b.size() < 64; x = head(static_cast<uint32_t>(x))) {
    up_b.push_back(static_cast<uint32_t>(x));
  }
  std::string path;
  int steps = 0;
  for (int32_t x = static_cast<int32_t>(a); x >= 0; x = head(static_cast<uint32_t>(x))) {
    auto it = std::find(up_b.begin(), up_b.end(), static_cast<uint32_t>(x));
    if (it != up_b.end()) {
      // Down from the common ancestor to b.
      for (auto d = it; d != up_b.begin();) {
        --d;
        if (++steps > 5) return "far";
        path += " v";
        path += tok(*d).deprel;
      }
      return path.empty() ? path : path.substr(path[0] == ' ' ? 1 : 0);
    }
    if (++steps > 5) return "far";
    if (!path.empty()) path += ' ';
    path += tok(static_cast<uint32_t>(x)).deprel;
    path += '^';
  }
  return "far";
}

int SentenceGraph::Steps(uint32_t a, uint32_t b) const {
  // Up from a and from b to their common ancestor, counting edges.
  int up = 0;
  for (int32_t x = static_cast<int32_t>(a); x >= 0 && up <= 6; x = head(static_cast<uint32_t>(x)), ++up) {
    int down = 0;
    for (int32_t y = static_cast<int32_t>(b); y >= 0 && up + down <= 5; y = head(static_cast<uint32_t>(y)), ++down) {
      if (x == y) return up + down;
    }
  }
  return 99;
}

bool IsTriggerCandidate(const SentenceGraph& g, uint32_t i) {
  const Token& t = g.tok(i);
  if (t.kind != TokenKind::kWord) return false;
  const std::string& x = t.tag;
  bool pos = x.size() >= 2 && (x.compare(0, 2, "VB") == 0 || x.compare(0, 2, "NN") == 0 || x.compare(0, 2, "JJ") == 0) &&
             x != "NNP" && x != "NNPS";
  return pos && g.NearMention(i);
}

void TriggerFeatures(const SentenceGraph& g, uint32_t t, const Lexicon& lexicon, const FeatureGroups& groups,
                     const WordClasses* classes, FeatureSet* f) {
  const Token& w = g.tok(t);
  std::string_view lem = LemmaOrText(w);
  std::string_view pos = w.upos.empty() ? std::string_view(w.tag) : std::string_view(w.upos);
  f->Add("bias");
  f->Add("lem", lem);
  f->Add("lem.pos", lem, pos);
  f->Add("xpos", w.tag);
  f->Add("rel", w.deprel);
  f->Add("lem.rel", lem, w.deprel);
  int32_t h = g.head(t);
  if (h >= 0) {
    f->Add("head", LemmaOrText(g.tok(h)), w.deprel);
    f->Add("lem.head", lem, LemmaOrText(g.tok(h)));
  }
  std::string_view prt;
  bool negated = false, passive = false;
  for (uint32_t c : g.children(t)) {
    const Token& k = g.tok(c);
    std::string_view kl = LemmaOrText(k);
    const std::string& rel = k.deprel;
    f->Add("child", rel);
    if (rel == "compound:prt") prt = kl;
    if (IsNegator(kl) && IsRelation(rel, "advmod")) negated = true;
    if (rel == "aux:pass" || rel == "nsubj:pass") passive = true;
    if (IsRelation(rel, "obj") || IsRelation(rel, "iobj") || IsRelation(rel, "xcomp") || IsRelation(rel, "ccomp") || IsRelation(rel, "compound") ||
        IsRelation(rel, "amod") || IsRelation(rel, "nsubj") || IsRelation(rel, "advmod")) {
      f->Add("lem.child", lem, rel, kl);
      f->Add("child.lem", rel, kl);
    }
    if (IsRelation(rel, "obl") || IsRelation(rel, "nmod")) {
      std::string_view cs = g.CaseOf(c);
      f->Add("lem.prep", lem, cs);
      f->Add("lem.prep.obj", lem, cs, kl);
    }
    if (IsRelation(rel, "aux")) f->Add("lem.aux", lem, kl);
  }
  if (!prt.empty()) f->Add("lem.prt", lem, prt);
  if (negated) f->Add("neg", lem);
  if (passive) f->Add("pass", lem);
  // Actors around the word.
  for (uint32_t m : g.MentionsNear(t)) {
    uint32_t a = g.MentionHead(m);
    std::string path = g.Path(a, t);
    if (path == "far" || path.size() > 24) continue;
    f->Add("actor.path", path);
    f->Add("actor.known.path", g.Identified(m) ? "known" : "role", path);
    f->Add("lem.actor.path", lem, path);
    if (groups.actor_sector) {
      std::string_view sector = SectorOf(g.doc().actors[m]);
      f->Add("actor.sector.path", sector, path);
      f->Add("lem.actor.sector", lem, sector);
    }
  }
  LexiconPrior(g, t, lem, pos, prt, lexicon, groups.lexicon_sense, f);
  if (groups.shared_subject) SharedSubjectFeatures(g, t, f);
  if (t > g.first()) f->Add("prev", LemmaOrText(g.tok(t - 1)));
  if (t + 1 < g.end()) f->Add("next", LemmaOrText(g.tok(t + 1)));
  // What the sentence is about (its common nouns): a lockdown, a match or a
  // vaccine tells a non-political act from a political one.
  if (groups.sentence_nouns) {
    for (uint32_t i = g.first(); i < g.end(); ++i) {
      const Token& k = g.tok(i);
      if (i != t && (k.tag == "NN" || k.tag == "NNS")) f->Add("s.noun", LemmaOrText(k));
    }
  }
  // Who acts: an actor mention, a pronoun or some other noun ("the company").
  if (groups.subject_kind) {
    int32_t subj;
    std::string_view sk = SubjectKind(g, t, &subj);
    f->Add("subj", sk);
    f->Add("lem.subj", lem, sk);
    if (sk == "noun" || sk == "pron") f->Add("subj.lem", LemmaOrText(g.tok(static_cast<uint32_t>(subj))));
  }
  if (groups.wordnet && classes) WordClassFeatures(g, t, *classes, groups.wordnet_hypernyms, f);
  if (groups.object_lexicon) ObjectLexiconFeatures(g, t, lexicon, f);
  if (groups.event_links) EventLinkFeatures(g, t, lexicon, classes, f);
  if (groups.topic && classes) TopicFeatures(g, t, lexicon, *classes, f);
  if (groups.false_alarm) FalseAlarmFeatures(g, t, lexicon, classes, f);
  if (groups.lexicon_match) LexiconMatchFeatures(g, t, lexicon, f);
  if (groups.scope) ScopeFeatures(g, t, lexicon, f);
  if (groups.relevance && g.relevance_bucket() >= 0) {
    RelevancePriorFeatures(g.relevance_bucket(), RelevanceKeyOf(g, t, lexicon), f);
  }
  if (groups.docrel) DocumentRelevanceFeatures(g.document_relevance(), RelevanceKeyOf(g, t, lexicon), f);
}

void CameoFeatures(const SentenceGraph& g, uint32_t t, std::string_view type, const Lexicon& lexicon,
                   FeatureSet* f) {
  const Token& w = g.tok(t);
  std::string_view lem = LemmaOrText(w);
  f->Add("c.type", type);
  f->Add("c.lem", lem, type);
  for (uint32_t c : g.children(t)) {
    const Token& k = g.tok(c);
    const std::string& rel = k.deprel;
    if (IsRelation(rel, "obj") || IsRelation(rel, "compound") || IsRelation(rel, "amod") || IsRelation(rel, "xcomp") || rel == "compound:prt") {
      f->Add("c.lem.child", lem, rel, LemmaOrText(k));
      f->Add("c.child", type, rel, LemmaOrText(k));
    }
    if (IsRelation(rel, "obl") || IsRelation(rel, "nmod")) f->Add("c.lem.prep", lem, g.CaseOf(c), LemmaOrText(k));
  }
  for (uint32_t c : g.children(t)) {
    const Token& k = g.tok(c);
    if (!IsRelation(k.deprel, "xcomp") && !IsRelation(k.deprel, "ccomp")) continue;
    f->Add("c.comp", type, LemmaOrText(k));  // "agreed [to meet]": what is agreed
  }
  if (const auto* pats = lexicon.Find(std::string(lem))) {
    int k = 0;
    for (const Pattern& p : *pats) {
      f->Add("c.lex", p.code);
      if (++k >= 3) break;
    }
  }
}

void FactualityFeatures(const SentenceGraph& g, uint32_t t, std::string_view type, FeatureSet* f) {
  const Token& w = g.tok(t);
  std::string_view lem = LemmaOrText(w);
  f->Add("f.bias");
  f->Add("f.type", type);
  f->Add("f.xpos", w.tag);
  f->Add("f.lem", lem);
  f->Add("f.rel", w.deprel);
  // The word's own modifiers.
  for (uint32_t c : g.children(t)) {
    const Token& k = g.tok(c);
    std::string_view kl = LemmaOrText(k);
    if (IsRelation(k.deprel, "aux") || IsRelation(k.deprel, "mark") || (IsRelation(k.deprel, "advmod") && IsNegator(kl))) {
      f->Add("f.mod", k.deprel, kl);
      f->Add("f.type.mod", type, kl);
    }
    if (IsRelation(k.deprel, "advmod")) f->Add("f.adv", kl);
  }
  // What governs it: "pledged to", "denied", "could", "if", "refused".
  uint32_t x = t;
  for (int level = 0; level < 3; ++level) {
    int32_t h = g.head(x);
    if (h < 0) break;
    const std::string& rel = g.tok(x).deprel;
    if (!(IsRelation(rel, "xcomp") || IsRelation(rel, "ccomp") || IsRelation(rel, "advcl") || IsRelation(rel, "acl") || IsRelation(rel, "conj") ||
          IsRelation(rel, "obj") || IsRelation(rel, "nsubj") || IsRelation(rel, "csubj"))) {
      break;
    }
    std::string_view hl = LemmaOrText(g.tok(static_cast<uint32_t>(h)));
    std::string lv = std::to_string(level);
    f->Add("f.gov", lv, rel, hl);
    f->Add("f.gov.lem", hl);
    f->Add("f.type.gov", type, hl);
    for (uint32_t c : g.children(static_cast<uint32_t>(h))) {
      const Token& k = g.tok(c);
      std::string_view kl = LemmaOrText(k);
      if (IsRelation(k.deprel, "aux") || (IsRelation(k.deprel, "advmod") && IsNegator(kl))) f->Add("f.gov.mod", lv, kl);
    }
    x = static_cast<uint32_t>(h);
  }
}

void PairFeatures(const SentenceGraph& g, uint32_t t, uint32_t mention, const Lexicon& lexicon,
                  const FeatureGroups& groups, const WordClasses* classes, FeatureSet* f) {
  const ActorMention& m = g.doc().actors[mention];
  uint32_t a = g.MentionHead(mention);
  const Token& at = g.tok(a);
  const Token& w = g.tok(t);
  std::string_view lem = LemmaOrText(w);
  std::string path = SubjectPath(g, a, t, groups.shared_subject);
  std::string_view cs = g.CaseOf(a);
  std::string_view known = g.Identified(mention) ? "known" : "role";
  bool passive = false;
  for (uint32_t c : g.children(t)) passive |= g.tok(c).deprel == "aux:pass" || g.tok(c).deprel == "nsubj:pass";
  std::string_view lex = "none";
  if (const auto* pats = lexicon.Find(std::string(lem)); pats && !pats->empty()) lex = std::string_view(pats->front().code).substr(0, 2);
  f->Add("p.bias");
  f->Add("p.lem", lem);
  f->Add("p.path", path);
  f->Add("p.lem.path", lem, path);
  f->Add("p.lex.path", lex, path);
  f->Add("p.lex", lex, w.upos);
  f->Add("p.rel.case", at.deprel, cs);
  f->Add("p.lem.rel.case", lem, at.deprel, cs);
  f->Add("p.known.path", known, path);
  f->Add("p.kind.path", Kind(m.kind), path);
  f->Add("p.pass.path", passive ? "pass" : "act", path);
  f->Add("p.pos.path", w.upos, path);
  f->Add("p.dist", Bucket(static_cast<int>(a) - static_cast<int>(t)), known);
  f->Add("p.trel", w.deprel, path);
  if (groups.subject_kind) SubjectKindFeatures(g, t, a, path, true, f);
  if (groups.actor_sector) {
    std::string_view sector = SectorOf(m);
    f->Add("p.sector.path", sector, path);
    f->Add("p.lem.sector", lem, sector);
  }
  if (groups.wordnet_args && classes) {
    std::string_view wl = g.Lexfile(t, *classes);
    f->Add("p.wn.path", wl, path);
    f->Add("p.wn.rel.case", wl, at.deprel, cs);
  }
}

void ArgumentFeatures(const SentenceGraph& g, uint32_t t, std::string_view type, uint32_t mention,
                      const FeatureGroups& groups, const WordClasses* classes, FeatureSet* f) {
  const ActorMention& m = g.doc().actors[mention];
  uint32_t a = g.MentionHead(mention);
  const Token& at = g.tok(a);
  std::string_view lem = LemmaOrText(g.tok(t));
  std::string path = SubjectPath(g, a, t, groups.shared_subject);
  std::string_view cs = g.CaseOf(a);
  std::string_view kind = Kind(m.kind);
  bool passive = false;
  for (uint32_t c : g.children(t)) passive |= g.tok(c).deprel == "aux:pass" || g.tok(c).deprel == "nsubj:pass";
  std::string dist = Bucket(static_cast<int>(a) - static_cast<int>(t));
  f->Add("a.bias");
  f->Add("a.path", path);
  f->Add("a.type.path", type, path);
  f->Add("a.lem.path", lem, path);
  f->Add("a.rel.case", at.deprel, cs);
  f->Add("a.type.rel.case", type, at.deprel, cs);
  f->Add("a.lem.rel.case", lem, at.deprel, cs);
  f->Add("a.pass.path", passive ? "pass" : "act", path);
  f->Add("a.kind", kind, cs);
  f->Add("a.known", g.Identified(mention) ? "known" : "role", path);
  f->Add("a.kind.path", kind, path);
  f->Add("a.dist", dist);
  f->Add("a.type.dist", type, dist);
  f->Add("a.case.dist", cs, dist);
  if (!m.sectors.empty()) f->Add("a.sector", m.sectors.front(), path);
  int32_t h = g.head(a);
  if (h >= 0) f->Add("a.headlem", at.deprel, LemmaOrText(g.tok(static_cast<uint32_t>(h))));
  // How many other mentions stand between this one and the word.
  int nearer = g.MentionsBetween(t, a);
  f->Add("a.nearer", std::to_string(std::min(nearer, 3)), a < t ? "before" : "after");
  if (groups.subject_kind) SubjectKindFeatures(g, t, a, path, false, f);
  if (groups.wordnet_args && classes) {
    std::string_view wl = g.Lexfile(t, *classes);
    f->Add("a.wn.path", wl, path);
    f->Add("a.wn.rel.case", wl, at.deprel, cs);
  }
}

}  // namespace entente
