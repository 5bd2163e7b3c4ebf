// assembler_internal.h — the event assembler's working types, shared by
// its three files: clause_match.cc (clause views and pattern matching),
// actor_roles.cc (sources, targets, actors in phrases) and assembler.cc
// (folding, background clauses, building the Event records). Internal to
// the events stage.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_set>
#include <vector>

#include "entente/analysis.h"
#include "events/cameo_table.h"
#include "events/lexicon.h"

namespace entente::assembly {


// Deepest chain of parents followed (source inheritance, speakers).
inline constexpr int kMaxDepth = 8;
// Clauses per sentence considered; past this a sentence is skipped.
inline constexpr size_t kMaxClauses = 256;

// Prepositions whose object is, in this order of preference, the target of
// an event when the pattern does not name the target role.
inline constexpr const char* kTargetPreps[] = {"with", "against", "to", "toward", "towards", "between", "on",
                                        "at", "from", "into", "for", "upon", "over", "in"};

// The roles of one clause as the matcher sees them. For a nominal trigger
// found as the object of a light verb ("held talks with X"), the roles are
// those of the governing clause minus the object.
struct View {
  const Clause* clause = nullptr;
  int index = -1;                 // absolute clause index
  uint32_t trigger_tok = 0;
  std::string lemma;
  std::string particle;
  char pos = 'v';
  bool passive = false;
  bool partial = false;           // only clause/index are set (no pattern)
  std::vector<const Phrase*> objects;
  std::vector<std::vector<uint32_t>> object_nouns;  // NounsOf each object, computed once
  std::vector<PrepPhrase> preps;  // clause preps + preps found inside objects
  std::vector<int> inf_children;  // absolute clause indices
  std::vector<int> that_children;
};

struct Hit {
  const Pattern* pattern = nullptr;
  View view;
  // The role the pattern names as target: an object/subject phrase (owned
  // by the clause) or an index into view.preps; none when both are unset.
  const Phrase* target_phrase = nullptr;
  int target_prep = -1;
  std::string target_role;
  int consumed_prep = -1;
  std::string code;  // may be refined by folding
  Modality modality = Modality::kDone;
  bool folded_away = false;
  int fold_child = -1;      // absolute index of the clause folded into this one
  bool by_speaker = false;  // "X said Y must …": source is the speaker
  std::string fold_note;
};

class Assembler {
 public:
  Assembler(const Lexicon& lex, const CameoTable& cameo, AnalyzedDocument* doc)
      : lex_(lex), cameo_(cameo), doc_(*doc), events_(&doc->events),
        aspect_(lex.List("aspect")),
        demanded_(lex.List("demanded")),
        hypothetical_(lex.List("hypothetical")),
        hypothetical_verb_(lex.List("hypothetical_verb")),
        intended_(lex.List("intended")),
        intent_(lex.List("intent")),
        intent_adj_(lex.List("intent_adj")),
        light_(lex.List("light")),
        object_control_(lex.List("object_control")),
        say_(lex.List("say")) {}

  void Run() {
    size_t i = 0;
    const auto& clauses = doc_.clauses;
    while (i < clauses.size()) {
      size_t j = i;
      while (j < clauses.size() && clauses[j].sentence == clauses[i].sentence) ++j;
      if (j - i <= kMaxClauses) Sentence(i, j);
      i = j;
    }
  }

 private:
  const Token& Tok(uint32_t i) const { return doc_.tokens[i]; }
  static bool In(const std::unordered_set<std::string>* list, const std::string& w) {
    return list->count(w) > 0;
  }
  // The tag stage fills every lemma; a token without one (hand-built
  // documents, a stage that failed) is matched by its text.
  const std::string& Lemma(uint32_t i) const {
    static const std::string kNone;
    if (i >= doc_.tokens.size()) return kNone;
    const Token& t = Tok(i);
    return t.lemma.empty() ? t.text : t.lemma;
  }
  // The head of `p`, then its other nouns up to the first preposition
  // ("negotiations today", "a mediation mission").
  std::vector<uint32_t> NounsOf(const Phrase& p) const {
    std::vector<uint32_t> out{p.head};
    for (uint32_t t = p.begin; t < p.end && t < doc_.tokens.size(); ++t) {
      const std::string& tag = Tok(t).tag;
      if ((tag == "IN" && Tok(t).lemma != "of") || tag == "TO") break;
      if (t != p.head && tag.starts_with("NN")) out.push_back(t);
    }
    return out;
  }
  std::string PhraseText(const Phrase& p) const {
    if (p.empty() || p.end > doc_.tokens.size()) return "";
    uint32_t b = Tok(p.begin).span.begin, e = Tok(p.end - 1).span.end;
    return doc_.doc.text.substr(b, e - b);
  }
  int Abs(size_t first, int parent) const { return parent < 0 ? -1 : static_cast<int>(first) + parent; }

  void Sentence(size_t first, size_t end);
  View MakeView(size_t first, size_t end, int ci) const;
  bool Passive(const Clause& c) const;
  void PlaceCountry(const Clause& c, std::vector<ActorMention>* actors) const;
  void OwnPlace(ActorMention* m, uint32_t limit) const;
  std::vector<ActorMention> DetachedAgent(const Clause& c) const;
  bool Match(const Pattern& p, const View& v, Hit* hit) const;
  bool RoleOk(const Constraint& c, const View& v, const Phrase** phrase, int* prep_index) const;
  void Best(const View& v, Hit* best) const;
  std::vector<ActorMention> ActorsIn(const Phrase& p, uint32_t sentence) const;
  std::vector<ActorMention> Sources(const std::vector<Hit>& hits, size_t first, int ci,
                                    int depth) const;
  void Emit(const Hit& hit, const std::vector<Hit>& hits, size_t first);
  std::vector<ActorMention> Targets(const Hit& h, std::string* role) const;
  std::vector<ActorMention> FrontActor(const Clause& c, uint32_t begin) const;
  std::vector<ActorMention> TrailingActor(const Clause& c, uint32_t trigger) const;
  std::vector<ActorMention> ProtestTarget(const Clause& c, uint32_t trigger,
                                          const std::vector<ActorMention>& sources) const;
  void ContextCountry(uint32_t sentence, std::vector<ActorMention>* actors) const;
  // "is ready / willing / prepared to X": an intent adjective between the
  // copula `gov` and its infinitive complement `inf`.
  bool IntentAdjective(const Clause& gov, const Clause& inf) const {
    if (gov.lemma != "be") return false;
    for (uint32_t t = gov.verb + 1; t < inf.verb && t < doc_.tokens.size(); ++t) {
      if (In(intent_adj_, Lemma(t))) return true;
    }
    return false;
  }
  void Fold(std::vector<Hit>* hits, size_t first, size_t end) const;
  Modality ModalityOf(const Clause& c) const;

  const Lexicon& lex_;
  const CameoTable& cameo_;
  const AnalyzedDocument& doc_;
  std::vector<Event>* events_;
  // Phrases the matcher builds itself (a second object the parser missed);
  // a deque keeps pointers to them stable.
  mutable std::deque<Phrase> extra_;
  // Word lists of the lexicon, looked up once per document.
  const std::unordered_set<std::string>* aspect_;
  const std::unordered_set<std::string>* demanded_;
  const std::unordered_set<std::string>* hypothetical_;
  const std::unordered_set<std::string>* hypothetical_verb_;
  const std::unordered_set<std::string>* intended_;
  const std::unordered_set<std::string>* intent_;
  const std::unordered_set<std::string>* intent_adj_;
  const std::unordered_set<std::string>* light_;
  const std::unordered_set<std::string>* object_control_;
  const std::unordered_set<std::string>* say_;
};


// True if some actor has a country or organisation (not a bare "---" role).
inline bool Strong(const std::vector<ActorMention>& v) {
  for (const ActorMention& m : v) {
    if (!m.code.starts_with("---")) return true;
  }
  return false;
}

}  // namespace entente::assembly
