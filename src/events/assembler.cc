#include "events/assembler.h"
#include "events/assembler_internal.h"

#include <algorithm>
#include <deque>
#include <functional>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace entente {
namespace assembly {

namespace {

bool IsAnonymous(const AnalyzedDocument& doc, const Phrase& p, const Lexicon& lex) {
  for (uint32_t t = p.begin; t < p.end && t < doc.tokens.size(); ++t) {
    if (lex.InList("anonymous", doc.tokens[t].lemma)) return true;
  }
  // "administration officials said", "a senior diplomat said": a speaker
  // whose head is a role noun rather than a name.
  if (p.head >= doc.tokens.size()) return false;
  const Token& head = doc.tokens[p.head];
  return head.tag.rfind("NNP", 0) != 0 && lex.InList("unnamed_speaker", head.lemma);
}

}  // namespace

// Synthetic patterns for events that come from clause structure rather
// than from a lexicon entry.
const Pattern& DemandRule() {
  static const Pattern kRule = [] {
    Pattern r;
    r.code = "100";
    r.file = "(rule)";
    r.text = "say-verb + that-clause with must/should = demand";
    return r;
  }();
  return kRule;
}

void Assembler::Fold(std::vector<Hit>* hits_ptr, size_t first, size_t end) const {
  std::vector<Hit>& hits = *hits_ptr;
  for (size_t k = first; k < end; ++k) {
    Hit& child = hits[k - first];
    const Clause& c = doc_.clauses[k];
    int parent = Abs(first, c.parent);
    if (parent < 0 || parent == static_cast<int>(k) || parent >= static_cast<int>(end)) continue;
    // Aspectual verbs are transparent: in "prepared to resume shelling" the
    // governor of "shelling" is "prepared".
    for (int d = 0; d < kMaxDepth; ++d) {
      const Clause& pc = doc_.clauses[parent];
      int up = Abs(first, pc.parent);
      if (hits[parent - first].pattern || pc.link != ClauseLink::kInfinitive ||
          !In(aspect_, pc.lemma) || up < 0 || up == parent ||
          up >= static_cast<int>(end)) {
        break;
      }
      parent = up;
    }
    Hit& gov = hits[parent - first];
    const std::string& pl = doc_.clauses[parent].lemma;
    // "X said Y must …": a demand by the speaker.
    if (c.link == ClauseLink::kThat && In(say_, pl) && !gov.pattern &&
        In(demanded_, c.modality)) {
      if (!child.pattern) {
        child.pattern = &DemandRule();
        child.code = "100";
      } else {
        std::string folded = FoldCode("100", child.code);
        child.fold_note += fmt::format(" + demanded ({}) {} -> {}", c.modality, child.code,
                                       folded.empty() ? "100" : folded);
        child.code = folded.empty() ? "100" : folded;
      }
      child.by_speaker = true;
      child.modality = Modality::kDone;
      continue;
    }
    bool complement = c.link == ClauseLink::kInfinitive || c.link == ClauseLink::kThat;
    if (!complement) continue;
    if (gov.pattern) {
      std::string root = gov.code.substr(0, 2);
      if (root == "03" || root == "02" || root == "10" || root == "13") {
        if (child.pattern) {
          std::string folded = FoldCode(gov.code, child.code);
          if (!folded.empty() && gov.code.size() <= 3 && gov.code.back() == '0') {
            gov.fold_note = fmt::format(" + complement '{}' ({})", child.view.lemma, child.code);
            gov.code = folded;
          }
          child.folded_away = true;
        }
        gov.fold_child = static_cast<int>(k);
        continue;
      }
      // An infinitive under another event is its purpose ("visited X to
      // mediate"), not a separate event.
      if (c.link == ClauseLink::kInfinitive && child.pattern) {
        child.folded_away = true;
        continue;
      }
    }
    if (!child.pattern) continue;
    // Intent without an event of its own ("plans to visit", "is ready to
    // contribute").
    if (c.link == ClauseLink::kInfinitive &&
        (In(intent_, pl) || IntentAdjective(doc_.clauses[parent], c))) {
      child.modality = Modality::kIntended;
    } else if (In(hypothetical_verb_, pl)) {
      child.modality = Modality::kHypothetical;
    }
  }
  // Cooperation announced for the future is AGREE (PLOVER; this includes
  // retreats and concessions, as the PLOVER gold standard codes them);
  // conflict announced for the future ("will impose a curfew") is THREATEN.
  for (Hit& h : hits) {
    if (!h.pattern || h.folded_away || h.modality != Modality::kIntended) continue;
    std::string root = h.code.substr(0, 2);
    std::string folded;
    if (root >= "04" && root <= "08") folded = FoldCode("030", h.code);
    if (root == "14" || root == "15" || root == "17" || root == "18" || root == "19" ||
        root == "20") {
      folded = FoldCode("130", h.code);
      if (folded.empty()) folded = "130";
    }
    if (!folded.empty()) {
      h.fold_note += fmt::format(" + intended {} -> {}", h.code, folded);
      h.code = folded;
    }
  }
}

void Assembler::Sentence(size_t first, size_t end) {
  std::vector<Hit> hits(end - first);
  for (size_t k = first; k < end; ++k) {
    Hit& h = hits[k - first];
    const Clause& c = doc_.clauses[k];
    // Most clauses ("said", "is") have no pattern: skip building their view.
    const std::string& lemma = c.lemma.empty() ? Lemma(c.verb) : c.lemma;
    if (!lex_.Find(lemma) && (c.objects.empty() || !In(light_, lemma))) {
      h.view.clause = &c;
      h.view.index = static_cast<int>(k);
      h.view.partial = true;
      continue;
    }
    View v = MakeView(first, end, static_cast<int>(k));
    Best(v, &h);
    if (!h.pattern) h.view = std::move(v);
    if (h.pattern) h.modality = ModalityOf(doc_.clauses[k]);
  }
  Fold(&hits, first, end);
  // Events in relative, adverbial and nominal clauses ("refugees fleeing
  // the war", "as the opposition threatened …", "after battles with …")
  // are usually background; they are coded only when the sentence has no
  // event in its main line (main, complement and coordinated clauses).
  // Purpose infinitives ("cooperate [to encourage …]", "embarked on a
  // trip [to seek support]") are background too, and so is everything
  // under a background clause.
  std::vector<int8_t> bg(end - first, -1);
  std::function<bool(size_t, int)> background = [&](size_t k, int depth) -> bool {
    if (bg[k - first] >= 0) return bg[k - first] != 0;
    const Clause& c = doc_.clauses[k];
    int parent = Abs(first, c.parent);
    bool has_parent = parent >= 0 && parent != static_cast<int>(k) && parent < static_cast<int>(end);
    bool b = false;
    if (c.link == ClauseLink::kAdverbial) {
      b = true;
    } else if (c.link == ClauseLink::kRelative && (has_parent || Passive(c))) {
      // (A "relative" with no governor and no passive auxiliary is the
      // sentence's main verb misread: see Passive().)
      // "a move [that Berlin criticised]" reports an event of its own;
      // "refugees [fleeing the war]" does not.
      // Its own subject follows the relative pronoun.
      bool own = !c.subject.empty() && c.subject.begin > 0 &&
                 (Tok(c.subject.begin - 1).tag == "WDT" || Tok(c.subject.begin - 1).tag == "WP" ||
                  Tok(c.subject.begin - 1).lemma == "that");
      b = !own || ActorsIn(c.subject, c.sentence).empty();
    } else if (c.link == ClauseLink::kNominal) {
      b = has_parent;  // a nominal clause with no governor is a headline
    } else if (c.link == ClauseLink::kInfinitive && has_parent) {
      const Clause& pc = doc_.clauses[parent];
      b = !(lex_.TakesInfinitive(pc.lemma) || In(intent_, pc.lemma) ||
            In(aspect_, pc.lemma) || In(object_control_, pc.lemma) ||
            In(hypothetical_verb_, pc.lemma) || IntentAdjective(pc, c));
    }
    if (!b && has_parent && depth < kMaxDepth) b = background(parent, depth + 1);
    bg[k - first] = b ? 1 : 0;
    return b;
  };
  bool main_line = false;
  for (size_t k = first; k < end; ++k) {
    const Hit& h = hits[k - first];
    if (h.pattern && !h.folded_away && !background(k, 0)) main_line = true;
  }
  size_t before = events_->size();
  for (size_t k = first; k < end; ++k) {
    const Hit& h = hits[k - first];
    if (!h.pattern || h.folded_away || (main_line && background(k, 0))) continue;
    Emit(h, hits, first);
  }
  // A main-line event may have been dropped for want of actors; then
  // the background ones get their chance.
  if (main_line && events_->size() == before) {
    for (size_t k = first; k < end; ++k) {
      const Hit& h = hits[k - first];
      if (h.pattern && !h.folded_away && background(k, 0)) Emit(h, hits, first);
    }
  }
  // "killed one soldier and wounded two others": one event per sentence for
  // the same type, source and target (negated and affirmed kept apart).
  auto codes = [](const std::vector<ActorMention>& v) {
    std::vector<std::string> out;
    for (const ActorMention& m : v) out.push_back(m.code);
    std::sort(out.begin(), out.end());
    return out;
  };
  auto kind = [](const Event& e) { return e.plover.empty() ? e.cameo.substr(0, 2) : e.plover; };
  for (size_t i = before; i < events_->size(); ++i) {
    for (size_t j = before; j < i; ++j) {
      const Event& a = (*events_)[j];
      const Event& b = (*events_)[i];
      // The later one also goes when it only lacks the earlier one's target.
      if (kind(a) == kind(b) && a.negated == b.negated && codes(a.sources) == codes(b.sources) &&
          (codes(a.targets) == codes(b.targets) || b.targets.empty())) {
        events_->erase(events_->begin() + static_cast<std::ptrdiff_t>(i));
        --i;
        break;
      }
    }
  }
}

void Assembler::Emit(const Hit& h, const std::vector<Hit>& hits, size_t first) {
  const Clause& c = *h.view.clause;
  const Pattern& p = *h.pattern;
  Event e;
  e.doc_id = doc_.doc.id;
  e.sentence = c.sentence;
  e.date = doc_.doc.date;
  int parent = Abs(first, c.parent);
  std::string role = "none";
  if (h.by_speaker && parent >= 0) {
    // "X said Y must …": X demands of Y.
    e.sources = Sources(hits, first, parent, 0);
    e.targets = ActorsIn(c.subject, c.sentence);
    role = "that-subject";
    if (e.targets.empty()) e.targets = Targets(h, &role);
  } else {
    e.sources = Sources(hits, first, h.view.index, 0);
    if (!p.no_target) {
      e.targets = Targets(h, &role);
      // "agreed to provide aid [to X]", "refused to lift the curfew [on X]",
      // "demanded that [X] end …": the target comes from the complement.
      if (e.targets.empty()) {
        for (const Hit& child : hits) {
          if (child.view.clause == nullptr) continue;
          const Clause& cc = *child.view.clause;
          if (Abs(first, cc.parent) != h.view.index) continue;
          if (cc.link != ClauseLink::kInfinitive && cc.link != ClauseLink::kThat) continue;
          std::string root = h.code.substr(0, 2);
          if (cc.link == ClauseLink::kThat && (root == "10" || root == "02")) {
            e.targets = ActorsIn(cc.subject, cc.sentence);
            role = "complement.subject";
          }
          if (e.targets.empty()) {
            Hit full;
            const Hit* ch = &child;
            if (child.view.partial) {
              full.view = MakeView(first, first + hits.size(), child.view.index);
              ch = &full;
            }
            e.targets = Targets(*ch, &role);
            role = "complement." + role;
          }
          if (!Strong(e.targets)) e.targets.clear();
          if (!e.targets.empty()) break;
        }
      }
    }
  }
  // A clause the parser left bare (no object, preposition or complement,
  // as in "demanded that [X] end …" when the that-clause was missed): the
  // first actor after the trigger, before any punctuation, is the target.
  if (e.targets.empty() && !p.no_target && !h.by_speaker && c.objects.empty() && c.preps.empty() &&
      h.view.inf_children.empty() && h.view.that_children.empty() && !h.view.partial) {
    e.targets = TrailingActor(c, h.view.trigger_tok);
    if (!e.targets.empty()) role = "after-trigger";
  }
  if ((e.targets.empty() || role == "in" || role == "at") && !h.by_speaker &&
      h.code.starts_with("14")) {
    std::vector<ActorMention> against = ProtestTarget(c, h.view.trigger_tok, e.sources);
    if (!against.empty()) {
      e.targets = std::move(against);
      role = "protested";
    }
  }
  // An actor is not its own target ("X and Y agreed with each other").
  std::erase_if(e.targets, [&](const ActorMention& t) {
    for (const ActorMention& s : e.sources) {
      if (s.code == t.code || (t.begin >= s.begin && t.end <= s.end)) return true;
    }
    return false;
  });
  if (e.targets.empty()) role = "none";
  if (e.sources.empty() && e.targets.empty()) return;
  PlaceCountry(c, &e.sources);
  ContextCountry(c.sentence, &e.sources);
  ContextCountry(c.sentence, &e.targets);
  e.cameo = h.code;
  if (const CameoFacts* f = cameo_.Find(h.code)) {
    e.plover = f->plover;
    e.mode = f->mode;
    e.context = f->context;
    e.quad = f->quad;
    e.goldstein = f->goldstein;
  }
  e.negated = c.negated;
  e.modality = h.modality;
  uint32_t tb = h.view.trigger_tok;
  e.trigger = doc_.tokens[tb].text;
  if (!c.particle.empty() && h.view.pos == 'v') e.trigger += " " + c.particle;
  e.trigger_span = doc_.tokens[tb].span;
  // Attribution: this clause's speaker, or the nearest governing clause's.
  int ci = h.view.index;
  for (int d = 0; d < kMaxDepth && ci >= 0; ++d) {
    const Clause& k = doc_.clauses[ci];
    const Phrase* speaker = !k.speaker.empty() ? &k.speaker : nullptr;
    int kp = Abs(first, k.parent);
    if (!speaker && k.link == ClauseLink::kThat && kp >= 0 &&
        In(say_, doc_.clauses[kp].lemma)) {
      speaker = &doc_.clauses[kp].subject;
    }
    if (speaker && !speaker->empty()) {
      e.attribution.text = PhraseText(*speaker);
      std::vector<ActorMention> a = ActorsIn(*speaker, k.sentence);
      if (!a.empty()) e.attribution.actor = a[0].code;
      e.attribution.anonymous = IsAnonymous(doc_, *speaker, lex_);
      break;
    }
    if (kp == ci) break;
    ci = kp;
  }
  e.why = fmt::format("{}:{} `{}`{} | trigger={} ({}) source={} target={}", p.file, p.line,
                      p.text, h.fold_note, doc_.tokens[tb].text,
                      h.view.pos == 'n' ? "noun" : "verb",
                      h.by_speaker ? "speaker" : h.view.passive ? "agent" : "subject", role);
  events_->push_back(std::move(e));
}

}  // namespace assembly

void AssembleEvents(const Lexicon& lexicon, const CameoTable& cameo, AnalyzedDocument* doc) {
  assembly::Assembler(lexicon, cameo, doc).Run();
}

}  // namespace entente

