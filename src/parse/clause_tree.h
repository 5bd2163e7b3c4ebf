// clause_tree.h — the working form of one parsed sentence inside the parse
// stage, and the steps that turn its dependency tree into clauses:
// relations and children (ReadTree), repairs of the parser's common errors
// (tree_repair.cc), noun phrase spans (phrases.cc), verb
// groups (verb_group.cc), clauses with their links and arguments
// (clause_builder.cc), reported speech (reported_speech.cc) and
// nominalised events (nominal.cc).
//
// Token indices here are relative to the sentence's first token. All
// buffers live in a Scratch the caller reuses from sentence to sentence, so
// the hot path does not allocate once warm; every step is linear in the
// sentence's length (a phrase's range is computed once per token).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "entente/analysis.h"
#include "parse/clause_words.h"

namespace entente::parse {

// Universal Dependencies relations the builder distinguishes.
enum class Rel : uint8_t {
  kOther, kRoot, kNsubj, kNsubjPass, kCsubj, kObj, kIobj, kObl, kOblAgent, kOblTmod, kOblNpmod,
  kNmod, kNmodPoss, kNmodTmod, kNmodNpmod, kCase, kMark, kAux, kAuxPass, kCop, kAdvmod, kXcomp,
  kCcomp, kAdvcl, kAcl, kAclRelcl, kConj, kCc, kAppos, kCompound, kCompoundPrt, kFlat, kFixed,
  kDet, kAmod, kNummod, kPunct, kParataxis, kExpl,
};

// The relation named `deprel` ("nsubj:pass", "obl"); kOther if unknown.
Rel RelOf(std::string_view deprel);

constexpr int kMaxObjects = 4;
constexpr int kMaxPreps = 8;
constexpr int kMaxAux = 6;

struct PrepRef {
  int32_t obj = -1;   // head token of the prepositional object
  int32_t case_tok = -1;  // its first case marker
  bool lift = false;      // its own non-"of" phrases go to the clause (Liftable)
};

// A clause under construction. Arguments are head tokens (-1: none); their
// phrases are made when the clause is emitted.
struct WorkClause {
  int32_t top = 0;    // the token whose relation to its head links the clause
  int32_t core = 0;   // the predicate whose dependents are the arguments
  int32_t verb = 0;   // the verb shown (the copula of "is ready")
  ClauseLink link = ClauseLink::kMain;
  int32_t parent = -1;        // clause index
  int32_t subject = -1;
  int32_t subj_b = -1, subj_e = -1;  // a subject that is not a whole phrase (TimeSubject)
  bool subject_inherited = false;
  int32_t agent = -1;
  int32_t speaker = -1;
  int32_t speaker_b = -1, speaker_e = -1;  // as subj_b, subj_e
  int32_t antecedent = -1;    // relative clauses: the noun modified
  int32_t para = -1;          // parataxis: the clause it stands beside
  int32_t marker_tok = -1;
  int32_t particle = -1;
  int32_t aux[kMaxAux];
  uint8_t naux = 0;
  int32_t objects[kMaxObjects];
  bool lift[kMaxObjects];     // object's locative phrases go to the clause
  uint8_t nobj = 0;
  PrepRef preps[kMaxPreps];
  uint8_t nprep = 0;
  Tense tense = Tense::kNone;
  Voice voice = Voice::kActive;
  bool perfect = false, progressive = false, negated = false;
  bool finite = false;
  bool to_marker = false;     // an infinitive with "to"
  std::string_view modality;  // points into a token's lemma or a literal
  std::string_view marker;    // lower case, into a token or a literal
};

// Per-thread reusable buffers for one sentence.
struct Scratch {
  const AnalyzedDocument* doc = nullptr;
  const ClauseWords* words = nullptr;
  uint32_t first = 0;              // absolute index of token 0
  uint32_t n = 0;
  std::vector<int32_t> head;       // local head, -1 for the root
  std::vector<Rel> rel;
  std::vector<uint32_t> flags;     // ClauseWords flags of lemma and lower-case form
  std::vector<std::string_view> upos;  // Token::upos, or one read off the Penn tag
  std::vector<uint32_t> child_begin;  // children of t: child[child_begin[t] .. child_begin[t+1])
  std::vector<int32_t> child;
  std::vector<int32_t> clause_of;  // clause whose core or top is the token, -1
  std::vector<int32_t> range_b, range_e;  // phrase range of each token, -1 until computed
  std::vector<int32_t> stack;      // PhraseRange's
  std::vector<int32_t> order;      // clauses, governors first; clause ranks
  std::vector<int32_t> by_verb;    // clauses in verb order
  std::vector<WorkClause> clauses;
  std::string lower;               // lower-case forms, for flags

  const Token& T(int32_t i) const { return doc->tokens[first + static_cast<uint32_t>(i)]; }
  std::string_view Tag(int32_t i) const { return T(i).tag; }
  std::string_view Upos(int32_t i) const { return upos[static_cast<size_t>(i)]; }
  std::string_view Lemma(int32_t i) const { return T(i).lemma; }
  bool Has(int32_t i, uint32_t f) const { return (flags[static_cast<size_t>(i)] & f) != 0; }
  // Children of `t` in sentence order.
  const int32_t* ChildBegin(int32_t t) const { return child.data() + child_begin[static_cast<size_t>(t)]; }
  const int32_t* ChildEnd(int32_t t) const { return child.data() + child_begin[static_cast<size_t>(t) + 1]; }
  // The first child of `t` with relation `r`, -1 if none.
  int32_t ChildWith(int32_t t, Rel r) const;
};

// Reads tokens [first, first + n) of `doc` (tree already filled) into `sc`.
void ReadTree(const AnalyzedDocument& doc, const ClauseWords& words, uint32_t first, uint32_t n, Scratch* sc);

// (Re)computes the children of every token from `head` and clears the
// phrase ranges: when ReadTree has filled `head`, or RepairTree changed it.
void IndexChildren(Scratch* sc);

// Repairs (tree_repair.cc) of the parser's common errors that the clause
// rules cannot read around, made on the scratch's copy of the tree (the
// document's tree stays the parser's): subjects split in two or more by a
// coordinator, a predicate hung under the subject of a trailing
// attribution, a past tense read as a participle modifying the object of a
// verbless sentence, a by-phrase hung under an adverb of its verb.
void RepairTree(Scratch* sc);

// Phrases (phrases.cc). The range of token t's noun phrase: t and its
// phrase-internal dependents, recursively, without relative clauses,
// appositions or edge punctuation.
void PhraseRange(Scratch* sc, int32_t t, int32_t* b, int32_t* e);
// Which of a noun's prepositional phrases belong to the clause instead:
// none; dates ("the king on Tuesday", for subjects); all but "of"
// complements and a person's origin (objects, obliques, agents).
enum class Lift : uint8_t { kNone, kTime, kAll };
// The phrase headed by `t` with conjuncts and appositions, absolute indices,
// without the phrases `lift` gives the clause.
Phrase MakePhrase(Scratch* sc, int32_t t, Lift lift = Lift::kNone);
// Is `nmod`, a dependent of `noun`, one MakePhrase(noun, lift) leaves out?
bool Liftable(const Scratch& sc, int32_t noun, int32_t nmod, bool time_only);
// The preposition of an oblique or nmod `t`: its case markers (and their
// fixed words) in lower case, "" if none.
std::string PrepOf(const Scratch& sc, int32_t t);

// Verb groups (verb_group.cc): auxiliaries, tense, voice, aspect,
// negation, modal of clause `c`.
void AnalyzeVerbGroup(Scratch* sc, WorkClause* c);

// Clauses (clause_builder.cc): one per predicate, linked and with arguments.
void BuildClauses(Scratch* sc);
// Reported speech (reported_speech.cc): speakers, trailing attributions.
void AssignSpeakers(Scratch* sc);
// Nominalised events (nominal.cc).
void AddNominalClauses(Scratch* sc);
// Appends the clauses, ordered by verb, with absolute indices.
void EmitClauses(Scratch* sc, uint32_t sentence_index, std::vector<Clause>* out);

// All of the above for tokens [first, end) of `doc`, sentence
// `sentence_index`, whose tree is filled: appends its clauses to `out`.
void SentenceClauses(const AnalyzedDocument& doc, const ClauseWords& words, uint32_t first, uint32_t end,
                     uint32_t sentence_index, Scratch* sc, std::vector<Clause>* out);

}  // namespace entente::parse
