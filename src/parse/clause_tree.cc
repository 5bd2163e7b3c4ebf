// Reading a parsed sentence into the scratch (relations, children, word
// flags) and writing its clauses out with absolute token indices.
#include "parse/clause_tree.h"

#include <algorithm>
#include <cctype>

namespace entente::parse {

Rel RelOf(std::string_view d) {
  struct Name {
    std::string_view name;
    Rel rel;
  };
  static constexpr Name kNames[] = {
      {"root", Rel::kRoot}, {"nsubj", Rel::kNsubj}, {"nsubj:pass", Rel::kNsubjPass}, {"csubj", Rel::kCsubj},
      {"csubj:pass", Rel::kCsubj}, {"obj", Rel::kObj}, {"iobj", Rel::kIobj}, {"obl", Rel::kObl},
      {"obl:agent", Rel::kOblAgent}, {"obl:tmod", Rel::kOblTmod}, {"obl:npmod", Rel::kOblNpmod},
      {"obl:unmarked", Rel::kOblTmod}, {"nmod:unmarked", Rel::kNmodNpmod}, {"nmod:desc", Rel::kNmodNpmod},
      {"nsubj:outer", Rel::kNsubj},
      {"nmod", Rel::kNmod}, {"nmod:poss", Rel::kNmodPoss}, {"nmod:tmod", Rel::kNmodTmod},
      {"nmod:npmod", Rel::kNmodNpmod}, {"case", Rel::kCase}, {"mark", Rel::kMark}, {"aux", Rel::kAux},
      {"aux:pass", Rel::kAuxPass}, {"cop", Rel::kCop}, {"advmod", Rel::kAdvmod}, {"xcomp", Rel::kXcomp},
      {"ccomp", Rel::kCcomp}, {"advcl", Rel::kAdvcl}, {"acl", Rel::kAcl}, {"acl:relcl", Rel::kAclRelcl},
      {"conj", Rel::kConj}, {"cc", Rel::kCc}, {"appos", Rel::kAppos}, {"compound", Rel::kCompound},
      {"compound:prt", Rel::kCompoundPrt}, {"flat", Rel::kFlat}, {"flat:foreign", Rel::kFlat},
      {"fixed", Rel::kFixed}, {"cc:preconj", Rel::kCc}, {"det", Rel::kDet}, {"det:predet", Rel::kDet}, {"amod", Rel::kAmod},
      {"nummod", Rel::kNummod}, {"punct", Rel::kPunct}, {"parataxis", Rel::kParataxis}, {"expl", Rel::kExpl},
  };
  for (const Name& n : kNames) {
    if (n.name == d) return n.rel;
  }
  return Rel::kOther;
}

namespace {

// The universal tag of a token the tagger did not give one (hand-tagged
// input): enough of it for the builder's tests.
std::string_view UposOfTag(std::string_view tag) {
  if (tag == "MD") return "AUX";
  if (tag.starts_with("VB")) return "VERB";
  if (tag.starts_with("NNP")) return "PROPN";
  if (tag.starts_with("NN")) return "NOUN";
  if (tag == "PRP" || tag == "WP") return "PRON";
  if (tag == "CD") return "NUM";
  if (tag.starts_with("JJ")) return "ADJ";
  return "X";
}

}  // namespace

void ReadTree(const AnalyzedDocument& doc, const ClauseWords& words, uint32_t first, uint32_t n, Scratch* sc) {
  sc->doc = &doc;
  sc->words = &words;
  sc->first = first;
  sc->n = n;
  sc->head.resize(n);
  sc->rel.resize(n);
  sc->flags.resize(n);
  sc->upos.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[first + i];
    int32_t h = t.head < 0 ? -1 : t.head - static_cast<int32_t>(first);
    if (h < 0 || h >= static_cast<int32_t>(n) || h == static_cast<int32_t>(i)) h = -1;  // a damaged tree
    sc->head[i] = h;
    sc->rel[i] = h < 0 ? Rel::kRoot : RelOf(t.deprel);
    uint32_t f = words.Flags(t.lemma);
    sc->lower.assign(t.text);
    for (char& c : sc->lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (sc->lower != t.lemma) f |= words.Flags(sc->lower);
    sc->flags[i] = f;
    sc->upos[i] = t.upos.empty() ? UposOfTag(t.tag) : std::string_view(t.upos);
  }
  IndexChildren(sc);
}

void IndexChildren(Scratch* sc) {
  uint32_t n = sc->n;
  sc->child_begin.assign(n + 1, 0);
  sc->child.resize(n);
  sc->range_b.assign(n, -1);
  sc->range_e.assign(n, -1);
  for (uint32_t i = 0; i < n; ++i) {
    if (sc->head[i] >= 0) ++sc->child_begin[static_cast<size_t>(sc->head[i]) + 1];
  }
  for (uint32_t i = 0; i < n; ++i) sc->child_begin[i + 1] += sc->child_begin[i];
  // Children in sentence order: a counting sort by head.
  sc->order.assign(sc->child_begin.begin(), sc->child_begin.end() - 1);
  for (uint32_t i = 0; i < n; ++i) {
    int32_t h = sc->head[i];
    if (h >= 0) sc->child[static_cast<size_t>(sc->order[static_cast<size_t>(h)]++)] = static_cast<int32_t>(i);
  }
}

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A subject (or speaker) with a range of its own (TimeSubject,
// NameBeforeSubject), else the phrase of its head.
Phrase SubjectPhrase(Scratch* sc, int32_t head, int32_t b, int32_t e) {
  if (b < 0) return MakePhrase(sc, head, Lift::kTime);
  Phrase p;
  p.begin = sc->first + static_cast<uint32_t>(b);
  p.end = sc->first + static_cast<uint32_t>(e);
  p.head = sc->first + static_cast<uint32_t>(head);
  return p;
}

Clause Convert(Scratch* sc, const WorkClause& w, uint32_t sentence_index) {
  Clause c;
  c.sentence = sentence_index;
  c.verb = sc->first + static_cast<uint32_t>(w.verb);
  c.lemma = sc->Lemma(w.verb).empty() ? Lower(sc->T(w.verb).text) : std::string(sc->Lemma(w.verb));
  if (w.particle >= 0) c.particle = Lower(sc->T(w.particle).text);
  for (int i = 0; i < w.naux; ++i) c.auxiliaries.push_back(sc->first + static_cast<uint32_t>(w.aux[i]));
  c.tense = w.link == ClauseLink::kNominal ? Tense::kNone : w.tense;
  c.voice = w.voice;
  c.perfect = w.perfect;
  c.progressive = w.progressive;
  c.negated = w.negated;
  c.modality = std::string(w.modality);
  c.link = w.link;
  c.marker = std::string(w.marker);
  if (c.marker.empty() && w.marker_tok >= 0) c.marker = Lower(sc->T(w.marker_tok).text);
  if (w.subject >= 0) c.subject = SubjectPhrase(sc, w.subject, w.subj_b, w.subj_e);
  for (int i = 0; i < w.nobj; ++i) c.objects.push_back(MakePhrase(sc, w.objects[i], w.lift[i] ? Lift::kAll : Lift::kNone));
  for (int i = 0; i < w.nprep; ++i) {
    PrepPhrase p;
    p.prep = PrepOf(*sc, w.preps[i].obj);
    p.object = MakePhrase(sc, w.preps[i].obj, w.preps[i].lift ? Lift::kAll : Lift::kNone);
    c.preps.push_back(std::move(p));
  }
  if (w.agent >= 0) c.agent = MakePhrase(sc, w.agent, Lift::kAll);
  if (w.speaker >= 0) c.speaker = SubjectPhrase(sc, w.speaker, w.speaker_b, w.speaker_e);
  return c;
}

}  // namespace

void EmitClauses(Scratch* sc, uint32_t sentence_index, std::vector<Clause>* out) {
  const auto& cl = sc->clauses;
  // Ordered by verb; parents renumbered (sc->order: clause → rank).
  auto& by_verb = sc->by_verb;
  by_verb.clear();
  for (size_t i = 0; i < cl.size(); ++i) by_verb.push_back(static_cast<int32_t>(i));
  std::stable_sort(by_verb.begin(), by_verb.end(),
                   [&](int32_t a, int32_t b) { return cl[static_cast<size_t>(a)].verb < cl[static_cast<size_t>(b)].verb; });
  auto& rank = sc->order;
  rank.assign(cl.size(), -1);
  for (size_t r = 0; r < by_verb.size(); ++r) rank[static_cast<size_t>(by_verb[r])] = static_cast<int32_t>(r);
  size_t base = out->size();
  for (size_t r = 0; r < by_verb.size(); ++r) {
    const WorkClause& w = cl[static_cast<size_t>(by_verb[r])];
    out->push_back(Convert(sc, w, sentence_index));
    int32_t p = w.parent >= 0 ? rank[static_cast<size_t>(w.parent)] : -1;
    (*out)[base + r].parent = p == static_cast<int32_t>(r) ? -1 : p;
  }
}

void SentenceClauses(const AnalyzedDocument& doc, const ClauseWords& words, uint32_t first, uint32_t end,
                     uint32_t sentence_index, Scratch* sc, std::vector<Clause>* out) {
  if (end <= first) return;
  ReadTree(doc, words, first, end - first, sc);
  RepairTree(sc);
  BuildClauses(sc);
  AddNominalClauses(sc);
  AssignSpeakers(sc);
  EmitClauses(sc, sentence_index, out);
}

}  // namespace entente::parse
