// sentence_parse.h — the working form of one sentence inside the parse stage
// and the steps that fill it: token classes (ClassifyTokens), chunks and
// noun phrases (Chunk, BuildUnits), verb groups (AnalyzeVerbGroup), clauses
// (BuildClauses), reported speech (AssignSpeakers), nominalised events
// (AddNominalClauses).
//
// Everything here indexes tokens relative to the sentence's first token
// (uint16_t: a sentence is cut into windows of at most kMaxTokens). The
// scratch buffers are reused from sentence to sentence so that the hot path
// does not allocate once warm.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entente/analysis.h"

namespace entente {
class Lemmatizer;
}

namespace entente::parse {

// At most this many tokens are analysed as one unit; longer sentences are
// analysed in consecutive windows of this size.
constexpr uint32_t kMaxTokens = 256;
// Bounds on look-around and nesting.
constexpr int kMaxOfChain = 3;
constexpr int kMaxNpDepth = 2;
constexpr int kMaxPps = 6;
constexpr int kMaxClausesPerSentence = 64;

// Coarse word class from the Penn Treebank tag (and the word for quotes).
enum class Cls : uint8_t {
  kOther, kNoun, kProper, kPron, kPossPron, kDet, kPdt, kNum, kAdj, kPos,
  kVb, kVbd, kVbg, kVbn, kVbp, kVbz, kMd, kAdv, kRp, kPrep, kTo, kCc,
  kWdt, kWp, kWpPoss, kWrb, kEx, kComma, kColon, kQuote, kEnd, kLrb, kRrb,
  kDash, kSym,
};

struct TokInfo {
  Cls cls = Cls::kOther;
  uint32_t flags = 0;      // WordFlags: of the lemma for content words, else of `lower`
  std::string_view lower;  // the word in lower case
  std::string_view lemma;  // the tag stage's lemma, else `lower`
};

inline bool IsVerb(Cls c) { return c >= Cls::kVb && c <= Cls::kMd; }
inline bool IsNounish(Cls c) {
  return c == Cls::kNoun || c == Cls::kProper || c == Cls::kPron || c == Cls::kNum ||
         c == Cls::kEx;
}

// A verb group: auxiliaries + main verb (+ particle), analysed.
struct VerbGroup {
  uint16_t b = 0, e = 0;   // tokens, including "to" of an infinitive
  uint16_t main = 0;
  int16_t particle = -1;
  uint16_t aux[6];
  uint8_t naux = 0;
  Tense tense = Tense::kNone;
  Voice voice = Voice::kActive;
  bool perfect = false, progressive = false, negated = false;
  bool finite = false;     // carries tense (VBD/VBZ/VBP/MD or do/be/have finite)
  bool to_inf = false;     // "to" + base form
  bool participle = false; // a bare VBN or VBG with no auxiliary
  std::string_view modal;  // "may", "could", "must" … ("" if none)
};

// A noun phrase, possibly extended by "of" complements, coordination and
// (for event nouns) prepositional phrases.
struct NounPhrase {
  uint16_t b = 0, e = 0, head = 0;
  uint16_t poss_end = 0;    // > b: tokens [b, poss_end) are a possessor ("Russia 's")
  uint16_t conj_first = 0, conj_count = 0;  // into Scratch::conj_ids
  int16_t appos = -1;       // NounPhrase index of an apposition
  bool has_appos = false;   // an apposition here or in a nested phrase (ends in a comma)
  uint16_t pp_first = 0, pp_count = 0;      // into Scratch::inner_pps (event nouns)
};

// A preposition (token range) with its object.
struct PrepRef {
  uint16_t pb = 0, pe = 0;
  int16_t np = -1;
};

enum class Kind : uint8_t {
  kNP, kVG, kPP, kSub, kRel, kCc, kComma, kColon, kQuote, kEnd, kAdv, kAdj,
  kAccording, kPrep, kOther,
};

// One unit of the chunked sentence.
struct Unit {
  Kind kind = Kind::kOther;
  uint16_t b = 0, e = 0;
  int16_t np = -1;   // kNP, kPP, kAccording: NounPhrase index
  int16_t vg = -1;   // kVG: VerbGroup index
  uint16_t pb = 0, pe = 0;  // kPP/kSub/kPrep: the preposition tokens
};

// A clause under construction (local indices; converted to Clause at the end).
struct WorkClause {
  int16_t vg = -1;             // -1 for a nominal clause
  uint16_t unit = 0;           // the VG unit (or NP unit of a nominal)
  uint16_t verb = 0;
  ClauseLink link = ClauseLink::kMain;
  int16_t parent = -1;
  int16_t subject = -1;        // NounPhrase index
  int16_t agent = -1;
  int16_t speaker = -1;
  int16_t antecedent = -1;     // relative clauses: the NounPhrase modified
  bool inherit_subject = false;// take the subject from `parent` (or its object)
  bool object_control = false; // subject = the parent's first object
  bool pending_parent = false; // parent = the next main clause (fronted adverbial)
  bool negated = false;
  Tense tense = Tense::kNone;
  std::string_view modality;
  std::string_view marker;
  uint16_t obj_first = 0, obj_count = 0;  // into Scratch::objs
  uint16_t pp_first = 0, pp_count = 0;    // into Scratch::pps
  Kind intro = Kind::kOther;   // unit before the subject (or verb): how the clause opens
  uint16_t args_end = 0;       // first unit after the clause's own arguments
  int16_t paren_b = -1, paren_e = -1;  // PPs between commas before the verb ("X, in a
                                       // statement, said"): units [paren_b, paren_e)
};

// Per-thread reusable buffers.
struct Scratch {
  std::vector<TokInfo> tok;
  std::string lower_buf;
  std::string lemma_buf;         // lemmas of re-tagged words
  std::string lemma_tmp;
  std::vector<Unit> chunks;      // base chunks
  std::vector<Unit> units;       // with noun phrases grouped
  std::vector<NounPhrase> nps;
  std::vector<uint16_t> conj_ids;
  std::vector<PrepRef> inner_pps;
  std::vector<VerbGroup> vgs;
  std::vector<WorkClause> clauses;
  std::vector<int16_t> objs;
  std::vector<PrepRef> pps;
  std::vector<int16_t> unit_clause;  // clause of each verb-group unit, -1 if none
  void Clear() {
    tok.clear(); lower_buf.clear(); lemma_buf.clear(); chunks.clear(); units.clear(); nps.clear();
    conj_ids.clear(); inner_pps.clear(); vgs.clear(); clauses.clear(); unit_clause.clear(); objs.clear();
    pps.clear();
  }
};

// The sentence being parsed: tokens [first, first + n) of `doc`.
struct SentenceView {
  const AnalyzedDocument* doc = nullptr;
  const Lemmatizer* lemmatizer = nullptr;  // optional: re-tagging needs it
  uint32_t first = 0;
  uint16_t n = 0;
  const Token& T(uint16_t i) const { return doc->tokens[first + i]; }
};

void ClassifyTokens(const SentenceView& s, Scratch* sc);
void Chunk(const SentenceView& s, Scratch* sc);
void BuildUnits(const SentenceView& s, Scratch* sc);
void AnalyzeVerbGroup(const SentenceView& s, const Scratch& sc, VerbGroup* vg);
void BuildClauses(const SentenceView& s, Scratch* sc);
void AssignSpeakers(const SentenceView& s, Scratch* sc);
void AddNominalClauses(const SentenceView& s, Scratch* sc);
// Appends the sentence's clauses to doc->clauses (absolute token indices).
void EmitClauses(const SentenceView& s, const Scratch& sc, uint32_t sentence_index,
                 std::vector<Clause>* out);

// Parses one window of a sentence into `out`.
void ParseWindow(const SentenceView& s, uint32_t sentence_index, Scratch* sc,
                 std::vector<Clause>* out);

}  // namespace entente::parse
