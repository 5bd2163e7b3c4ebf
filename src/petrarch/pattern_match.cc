// pattern_match.cc — see pattern_match.h.
#include "petrarch/pattern_match.h"

#include <algorithm>
#include <set>

#include "petrarch/text_lines.h"

namespace entente::petrarch {

namespace {

bool IsConnector(const Token& t) {
  static const std::set<std::string, std::less<>> k{",", "and", "or", "nor", "&", "as", "well"};
  return k.count(Lower(t.text)) > 0;
}

// Words that may stand between two members of a list besides connectors.
bool IsListFiller(const Token& t) {
  return t.tag == "DT" || t.tag.starts_with("JJ") || t.tag == "RB" || t.tag == "PDT";
}

bool IsNounPhraseTag(const std::string& tag) {
  return tag == "DT" || tag == "PRP$" || tag == "PDT" || tag.starts_with("JJ") || tag.starts_with("NN") ||
         tag == "CD" || tag == "POS" || tag == "PRP";
}

}  // namespace

std::vector<const Phrase*> Arguments(const Clause& k) {
  std::vector<const Phrase*> phrases{&k.subject, &k.agent};
  for (const Phrase& o : k.objects) phrases.push_back(&o);
  for (const PrepPhrase& pp : k.preps) phrases.push_back(&pp.object);
  return phrases;
}

void SentenceView::Build(const AnalyzedDocument& d, uint32_t s) {
  doc = &d;
  index = s;
  first = d.sentences[s].first_token;
  last = first + d.sentences[s].token_count;
  for (uint32_t t = first; t < last; ++t) words.push_back(Lower(d.tokens[t].text));
  word_set.insert(words.begin(), words.end());
  group_of.assign(last - first, -1);
  // Clauses and mentions are in sentence order: binary searches keep a
  // long document linear.
  auto by_sentence = [s](const auto& x) { return x.sentence < s; };
  clause_begin = static_cast<size_t>(std::partition_point(d.clauses.begin(), d.clauses.end(), by_sentence) - d.clauses.begin());
  clause_end = clause_begin;
  while (clause_end < d.clauses.size() && d.clauses[clause_end].sentence == s) ++clause_end;
  uint32_t m0 = static_cast<uint32_t>(std::partition_point(d.actors.begin(), d.actors.end(), by_sentence) - d.actors.begin());
  std::vector<bool> comma_only;  // per group: every join was a bare comma (an apposition)
  for (uint32_t m = m0; m < d.actors.size() && d.actors[m].sentence == s; ++m) {
    const ActorMention& a = d.actors[m];
    if (a.sentence != s || a.begin < first || a.end > last || a.begin >= a.end) continue;
    if (!groups.empty() && a.begin < groups.back().end) {  // overlapping: keep the outer mention
      Group& g = groups.back();
      const ActorMention& prev = d.actors[g.mentions.back()];
      if (a.begin == prev.begin && a.end == prev.end) {
        g.mentions.push_back(m);  // the same words, several codes
      } else if (a.begin <= prev.begin && a.end >= prev.end) {
        while (!g.mentions.empty() && d.actors[g.mentions.back()].begin >= a.begin) g.mentions.pop_back();
        g.mentions.push_back(m);
        if (g.mentions.size() == 1) g.begin = a.begin;
        g.end = std::max(g.end, a.end);
      }
      continue;
    }
    if (!groups.empty() && Parenthesised(groups.back().end, a)) {  // "the European Union (EU)"
      groups.back().end = a.end + 1;
      continue;
    }
    int join = groups.empty() ? 0 : Joined(groups.back().end, a.begin);
    if (join == 1 && !comma_only.back()) join = 0;  // "A and B, the C": C is no list member
    if (join > 0) {
      groups.back().mentions.push_back(m);
      groups.back().end = a.end;
      comma_only.back() = comma_only.back() && join == 1;
    } else {
      groups.push_back({{m}, a.begin, a.end});
      comma_only.push_back(true);
    }
  }
  // "Osgiliath, the state's fiercest foe": a list needs a conjunction.
  std::vector<Group> split;
  for (size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].mentions.size() < 2 || !comma_only[g]) {
      split.push_back(std::move(groups[g]));
      continue;
    }
    for (uint32_t m : groups[g].mentions) {
      const ActorMention& a = d.actors[m];
      if (!split.empty() && a.begin < split.back().end) split.back().mentions.push_back(m);
      else split.push_back({{m}, a.begin, a.end});
    }
  }
  groups = std::move(split);
  for (size_t c = clause_begin; c < clause_end; ++c) JoinConjuncts(d.clauses[c]);
  for (size_t g = 0; g < groups.size(); ++g) {
    for (uint32_t t = groups[g].begin; t < groups[g].end; ++t) group_of[t - first] = static_cast<int>(g);
  }
}

// The groups of a coordinated argument of `k` become one group when each
// holds one member's actor: the parse saw the list even where the words
// between are not list fillers ("A and the little-known B").
void SentenceView::JoinConjuncts(const Clause& k) {
  for (const Phrase* p : Arguments(k)) {
    if (p->conjuncts.size() < 2) continue;
    size_t a = 0;
    while (a < groups.size() && groups[a].begin < p->begin) ++a;
    size_t b = a;
    std::vector<bool> taken(p->conjuncts.size());  // per member: a group is in it
    bool ok = true;
    auto conjunct_at = [&](uint32_t t) {
      auto in = std::find_if(p->conjuncts.begin(), p->conjuncts.end(), [t](const Phrase& q) { return t >= q.begin && t < q.end; });
      return static_cast<size_t>(in - p->conjuncts.begin());
    };
    for (; ok && b < groups.size() && groups[b].end <= p->end; ++b) {
      // A group may already span whole members ("A, B and C").
      size_t from = conjunct_at(groups[b].begin), to = conjunct_at(groups[b].end - 1);
      ok = from < taken.size() && to < taken.size() && from <= to;
      for (size_t i = from; ok && i <= to; ++i) {
        ok = !taken[i];
        taken[i] = true;
      }
    }
    if (!ok || b - a < 2) continue;
    for (size_t g = a + 1; g < b; ++g) {
      groups[a].mentions.insert(groups[a].mentions.end(), groups[g].mentions.begin(), groups[g].mentions.end());
    }
    groups[a].end = groups[b - 1].end;
    groups.erase(groups.begin() + static_cast<std::ptrdiff_t>(a + 1), groups.begin() + static_cast<std::ptrdiff_t>(b));
  }
}

// "A, B and the C": only connectors and list fillers between, one
// connector at least. 0: not joined; 1: by commas only; 2: by a conjunction.
int SentenceView::Joined(uint32_t from, uint32_t to) const {
  if (to <= from || to - from > 4) return 0;
  int join = 0;
  for (uint32_t t = from; t < to; ++t) {
    const Token& k = doc->tokens[t];
    if (IsConnector(k)) join = std::max(join, k.text == "," ? 1 : 2);
    else if (!IsListFiller(k)) return 0;
  }
  return join;
}

// A mention in parentheses right after `end`: "(EU)".
bool SentenceView::Parenthesised(uint32_t end, const ActorMention& a) const {
  return a.begin == end + 1 && doc->tokens[end].text == "(" && a.end < last && doc->tokens[a.end].text == ")";
}

bool SentenceView::NounPhraseToken(uint32_t t) const { return GroupAt(t) >= 0 || IsNounPhraseTag(token(t).tag); }

bool PatternMatcher::Match(const VerbPattern& p, Binding* b) {
  b_ = Binding();
  budget_ = 20000;
  if (!Before(p.before, 0, static_cast<int>(vb_) - 1)) return false;
  b_.compound_before = b_.compound >= 0;
  if (!After(p.after, 0, ve_)) return false;
  *b = b_;
  return true;
}

bool PatternMatcher::Bind(Kind k, int g) {
  int* slot = k == Kind::kSource ? &b_.source : k == Kind::kTarget ? &b_.target : &b_.compound;
  if (*slot >= 0 && *slot != g) return false;
  *slot = g;
  return true;
}

void PatternMatcher::Unbind(Kind k, int old) {
  (k == Kind::kSource ? b_.source : k == Kind::kTarget ? b_.target : b_.compound) = old;
}

int PatternMatcher::Slot(Kind k) const { return k == Kind::kSource ? b_.source : k == Kind::kTarget ? b_.target : b_.compound; }

// Elements k.. rightwards, the next one starting at `pos` (adjacent) or later.
bool PatternMatcher::After(const std::vector<PatternElement>& el, size_t k, uint32_t pos) {
  if (k == el.size()) return true;
  if (!Spend()) return false;
  const PatternElement& e = el[k];
  uint32_t last = e.adjacent ? std::min(pos + 1, end_) : end_;
  for (uint32_t q = pos; q < last; ++q) {
    switch (e.kind) {
      case Kind::kWord:
        if (s_.word(q) == e.text) {
          b_.words.push_back(q);
          if (After(el, k + 1, q + 1)) return true;
          b_.words.pop_back();
        }
        break;
      case Kind::kSynset:
        if (const auto* runs = e.synset >= 0 ? &d_.Runs(e.synset) : nullptr) {
          for (const auto& run : *runs) {
            if (q + run.size() > end_) continue;
            bool ok = true;
            for (size_t i = 0; i < run.size() && ok; ++i) ok = s_.word(q + static_cast<uint32_t>(i)) == run[i];
            if (!ok) continue;
            size_t mark = b_.words.size();
            for (size_t i = 0; i < run.size(); ++i) b_.words.push_back(q + static_cast<uint32_t>(i));
            if (After(el, k + 1, q + static_cast<uint32_t>(run.size()))) return true;
            b_.words.resize(mark);
          }
        }
        break;
      case Kind::kSource: case Kind::kTarget: case Kind::kCompound: {
        int g = s_.GroupAt(q);
        if (g < 0 || s_.groups[static_cast<size_t>(g)].begin != q) break;
        int old = Slot(e.kind);
        if (!Bind(e.kind, g)) break;
        if (After(el, k + 1, s_.groups[static_cast<size_t>(g)].end)) return true;
        Unbind(e.kind, old);
        break;
      }
      case Kind::kSkipPhrase: {
        if (!s_.NounPhraseToken(q) || (q > pos && s_.NounPhraseToken(q - 1))) break;
        uint32_t r = q;
        while (r < end_ && s_.NounPhraseToken(r)) ++r;
        if (After(el, k + 1, r)) return true;
        break;
      }
    }
    if (!Spend()) return false;
  }
  return false;
}

// Elements k.. leftwards, the next one ending at `pos` (adjacent) or before.
bool PatternMatcher::Before(const std::vector<PatternElement>& el, size_t k, int pos) {
  if (k == el.size()) return true;
  if (!Spend()) return false;
  const PatternElement& e = el[k];
  int first = static_cast<int>(s_.first);
  int stop = e.adjacent ? std::max(pos, first) : first;
  for (int q = pos; q >= stop; --q) {
    uint32_t u = static_cast<uint32_t>(q);
    switch (e.kind) {
      case Kind::kWord:
        if (s_.word(u) == e.text) {
          b_.words.push_back(u);
          if (Before(el, k + 1, q - 1)) return true;
          b_.words.pop_back();
        }
        break;
      case Kind::kSynset:
        if (const auto* runs = e.synset >= 0 ? &d_.Runs(e.synset) : nullptr) {
          for (const auto& run : *runs) {
            int start = q - static_cast<int>(run.size()) + 1;
            if (start < first) continue;
            bool ok = true;
            for (size_t i = 0; i < run.size() && ok; ++i) ok = s_.word(static_cast<uint32_t>(start) + static_cast<uint32_t>(i)) == run[i];
            if (!ok) continue;
            size_t mark = b_.words.size();
            for (int i = start; i <= q; ++i) b_.words.push_back(static_cast<uint32_t>(i));
            if (Before(el, k + 1, start - 1)) return true;
            b_.words.resize(mark);
          }
        }
        break;
      case Kind::kSource: case Kind::kTarget: case Kind::kCompound: {
        int g = s_.GroupAt(u);
        if (g < 0 || s_.groups[static_cast<size_t>(g)].end != u + 1) break;
        int old = Slot(e.kind);
        if (!Bind(e.kind, g)) break;
        if (Before(el, k + 1, static_cast<int>(s_.groups[static_cast<size_t>(g)].begin) - 1)) return true;
        Unbind(e.kind, old);
        break;
      }
      case Kind::kSkipPhrase: {
        if (!s_.NounPhraseToken(u) || (q < pos && s_.NounPhraseToken(u + 1))) break;
        int r = q;
        while (r >= first && s_.NounPhraseToken(static_cast<uint32_t>(r))) --r;
        if (Before(el, k + 1, r)) return true;
        break;
      }
    }
    if (!Spend()) return false;
  }
  return false;
}

}  // namespace entente::petrarch
