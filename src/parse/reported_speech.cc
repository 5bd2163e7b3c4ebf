// Reported speech: who says each clause. "X said (that) S", "S, X said.",
// '"S," said X.', 'X said: "S"', "according to X, S" — the clauses of S
// (and everything under them) get X as speaker.
#include "parse/lexicon.h"
#include "parse/sentence_parse.h"

namespace entente::parse {

namespace {

bool IsSay(const Scratch& sc, const WorkClause& c) {
  return c.vg >= 0 && (sc.tok[c.verb].flags & kSay) != 0;
}

// Makes clause `c` a reported complement of say-clause `s`.
void Attach(Scratch* sc, int c, int s) {
  WorkClause& w = sc->clauses[c];
  w.link = ClauseLink::kThat;
  w.parent = static_cast<int16_t>(s);
  w.pending_parent = false;
}

}  // namespace

void AssignSpeakers(const SentenceView& /*s*/, Scratch* sc) {
  auto& cl = sc->clauses;
  const auto& u = sc->units;
  const int n = static_cast<int>(cl.size());
  for (int i = 0; i < n; ++i) {
    if (!IsSay(*sc, cl[i])) continue;
    WorkClause& say = cl[i];
    bool has_complement = false;
    for (int k = 0; k < n; ++k) {
      if (cl[k].parent == i && cl[k].link == ClauseLink::kThat) has_complement = true;
    }
    if (!has_complement && say.parent < 0 && say.obj_count <= 1) {
      // Trailing attribution: 'S, X said.' / '"S," X said' / '"S," said X.'
      bool trailing = say.intro == Kind::kComma || say.intro == Kind::kQuote;
      // Leading attribution with a colon or quote: 'X said: "S"'.
      size_t k = say.args_end;
      while (k < u.size() && u[k].kind == Kind::kComma) ++k;
      bool opens = k < u.size() && (u[k].kind == Kind::kColon || u[k].kind == Kind::kQuote) &&
                   k + 1 < u.size();
      if (trailing) {
        for (int c = 0; c < i; ++c) {
          if (cl[c].parent < 0) Attach(sc, c, i);
        }
        // '"S1," he said, "and S2."'
        if (opens) {
          for (int c = i + 1; c < n; ++c) {
            if (cl[c].parent < 0) Attach(sc, c, i);
          }
        }
      } else if (opens) {
        for (int c = i + 1; c < n; ++c) {
          if (cl[c].parent < 0) Attach(sc, c, i);
        }
      }
    }
    // "refused to say whether …", "did not say if …": not reported speech.
    if (say.negated || say.subject < 0) continue;
    for (int k = 0; k < n; ++k) {
      if (cl[k].parent == i && cl[k].link == ClauseLink::kThat && cl[k].marker != "whether" &&
          cl[k].marker != "if") {
        cl[k].speaker = say.subject;
      }
    }
  }
  // "according to X": every clause not otherwise attributed.
  int16_t according = -1;
  for (const Unit& x : u) {
    if (x.kind == Kind::kAccording && x.np >= 0) { according = x.np; break; }
  }
  // Descendants inherit the speaker of their nearest attributed ancestor.
  for (int i = 0; i < n; ++i) {
    if (cl[i].speaker >= 0) continue;
    int p = cl[i].parent;
    for (int depth = 0; p >= 0 && depth < kMaxClausesPerSentence; ++depth) {
      if (cl[p].speaker >= 0) { cl[i].speaker = cl[p].speaker; break; }
      p = cl[p].parent;
    }
    if (cl[i].speaker < 0 && according >= 0) cl[i].speaker = according;
  }
}

}  // namespace entente::parse
