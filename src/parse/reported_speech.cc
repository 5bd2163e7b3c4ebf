// Reported speech: who says each clause. "X said (that) S" (S is the
// ccomp of a verb of saying), '"S," X said' and 'X said: "S"' (the tree
// sets them side by side, parataxis: the saying becomes the main clause),
// and "according to X" — the clauses of S and everything under them get X
// as speaker.
#include "parse/clause_tree.h"

namespace entente::parse {

namespace {

bool Says(const Scratch& sc, const WorkClause& c) {
  return c.verb == c.core && sc.Has(c.core, kSay) && c.link != ClauseLink::kNominal;
}

bool HasComplement(const Scratch& sc, int32_t ci) {
  for (const WorkClause& k : sc.clauses) {
    if (k.parent == ci && k.link == ClauseLink::kThat) return true;
  }
  return false;
}

// Clauses set beside a verb of saying become what it says.
// A trailing attribution the parser attached as an adverbial or conjunct:
// "…, the news agency said on Thursday".
bool TrailingSay(const Scratch& sc, const WorkClause& c) {
  if (c.link != ClauseLink::kAdverbial && c.link != ClauseLink::kCoordinated) return false;
  if (c.parent < 0 || !c.marker.empty() || c.subject < 0 || c.subject_inherited) return false;
  int32_t from = c.subj_b >= 0 ? c.subj_b : c.subject;
  for (int32_t t = from - 1; t >= 0 && t >= from - 8; --t) {
    if (sc.T(t).text == ",") return true;
  }
  return false;
}

void AttachParataxis(Scratch* sc) {
  auto& cl = sc->clauses;
  for (size_t i = 0; i < cl.size(); ++i) {
    WorkClause& c = cl[i];
    if (c.para < 0 && Says(*sc, c) && TrailingSay(*sc, c) && cl[static_cast<size_t>(c.parent)].verb < c.verb) {
      c.para = c.parent;
      c.parent = -1;
      c.link = ClauseLink::kMain;
    }
    if (c.para < 0) continue;
    int32_t pi = c.para;
    WorkClause& p = cl[static_cast<size_t>(pi)];
    if (Says(*sc, c) && c.subject >= 0 && !HasComplement(*sc, static_cast<int32_t>(i)) &&
        p.link == ClauseLink::kMain && p.parent < 0) {
      p.link = ClauseLink::kThat;  // '"S," the minister said'
      p.parent = static_cast<int32_t>(i);
    } else if (Says(*sc, p) && !HasComplement(*sc, pi)) {
      c.link = ClauseLink::kThat;  // 'the minister said: "S"'
      c.parent = pi;
    }
  }
}

// The noun of "according to X" in the sentence, -1 if none.
int32_t AccordingTo(const Scratch& sc) {
  for (int32_t t = 0; t < static_cast<int32_t>(sc.n); ++t) {
    if (sc.rel[static_cast<size_t>(t)] == Rel::kCase && (sc.T(t).text == "according" || sc.T(t).text == "According")) {
      return sc.head[static_cast<size_t>(t)];
    }
  }
  return -1;
}

}  // namespace

void AssignSpeakers(Scratch* sc) {
  AttachParataxis(sc);
  auto& cl = sc->clauses;
  for (WorkClause& c : cl) {
    if (c.link != ClauseLink::kThat || c.parent < 0) continue;
    const WorkClause& p = cl[static_cast<size_t>(c.parent)];
    // "refused to say whether …", "did not say if …": nothing is reported.
    if (!Says(*sc, p) || p.negated || p.subject < 0 || c.marker == "whether" || c.marker == "if") continue;
    c.speaker = p.subject;
    c.speaker_b = p.subj_b;
    c.speaker_e = p.subj_e;
  }
  int32_t according = AccordingTo(*sc);
  // Clauses under a reported one are reported by the same speaker.
  for (WorkClause& c : cl) {
    if (c.speaker >= 0) continue;
    int32_t p = c.parent;
    for (int depth = 0; p >= 0 && depth < 64; ++depth) {
      const WorkClause& a = cl[static_cast<size_t>(p)];
      if (a.speaker >= 0) {
        c.speaker = a.speaker;
        c.speaker_b = a.speaker_b;
        c.speaker_e = a.speaker_e;
        break;
      }
      p = cl[static_cast<size_t>(p)].parent;
    }
    if (c.speaker < 0) c.speaker = according;
  }
}

}  // namespace entente::parse
