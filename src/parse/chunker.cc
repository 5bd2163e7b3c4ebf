// Token classes and base chunks: noun-phrase chunks, verb groups,
// prepositions (including multi-word ones), subordinators, punctuation.
#include <cstring>

#include "parse/lexicon.h"
#include "parse/sentence_parse.h"
#include "parse/unit_nav.h"
#include "tag/lemmatizer.h"
#include "tag/tagset.h"

namespace entente::parse {

namespace {

// Penn Treebank tag → class, by characters (no string comparisons: this
// runs for every token).
Cls ClassOf(const Token& t) {
  const std::string& g = t.tag;
  const std::string& w = t.text;
  if ((w.size() == 1 && w[0] == '"') || (w.size() == 2 && (w == "``" || w == "''"))) return Cls::kQuote;
  const size_t n = g.size();
  if (n == 0) return t.kind == TokenKind::kPunct ? Cls::kOther : Cls::kNoun;
  const char c1 = n > 1 ? g[1] : 0, c2 = n > 2 ? g[2] : 0, c3 = n > 3 ? g[3] : 0;
  switch (g[0]) {
    case 'N': return c2 == 'P' ? Cls::kProper : Cls::kNoun;  // NN NNS | NNP NNPS
    case 'V':
      switch (c2) {
        case 0: return Cls::kVb;
        case 'D': return Cls::kVbd;
        case 'G': return Cls::kVbg;
        case 'N': return Cls::kVbn;
        case 'P': return Cls::kVbp;
        case 'Z': return Cls::kVbz;
        default: return Cls::kVb;
      }
    case 'M': return Cls::kMd;
    case 'J': return Cls::kAdj;
    case 'R': return c1 == 'P' ? Cls::kRp : Cls::kAdv;
    case 'P':
      if (c1 == 'R') return c2 == 'P' ? (c3 == '$' ? Cls::kPossPron : Cls::kPron) : Cls::kOther;
      if (c1 == 'D') return Cls::kPdt;
      if (c1 == 'O') return Cls::kPos;
      return Cls::kOther;
    case 'D': return Cls::kDet;
    case 'C': return c1 == 'D' ? Cls::kNum : Cls::kCc;
    case 'I': return Cls::kPrep;
    case 'T': return Cls::kTo;
    case 'W':
      if (c1 == 'D') return Cls::kWdt;
      if (c1 == 'P') return c2 == '$' ? Cls::kWpPoss : Cls::kWp;
      return Cls::kWrb;
    case 'E': return c1 == 'X' ? Cls::kEx : Cls::kOther;
    case ',': return Cls::kComma;
    case ':': return w == "-" || w == "--" ? Cls::kDash : Cls::kColon;
    case '.': return Cls::kEnd;
    case '-':
      if (c1 == 'L') return Cls::kLrb;
      if (c1 == 'R') return Cls::kRrb;
      return Cls::kDash;
    case '(': return Cls::kLrb;
    case ')': return Cls::kRrb;
    case '$': case '#': return Cls::kSym;
    case 'H': return Cls::kDash;  // HYPH
    case '`': case '\'': return Cls::kQuote;
    default: return Cls::kOther;
  }
}

inline bool Is(const TokInfo& t, std::string_view w) { return t.lower == w; }

// Can token i continue a noun-phrase chunk that has tokens [b, i)?
bool ContinuesNp(const std::vector<TokInfo>& tk, uint16_t n, uint16_t b, uint16_t i) {
  Cls c = tk[i].cls;
  Cls prev = tk[i - 1].cls;
  auto next = [&](uint16_t k) { return k < n ? tk[k].cls : Cls::kEnd; };
  switch (c) {
    case Cls::kNoun: case Cls::kProper: case Cls::kNum: case Cls::kAdj: {
      // A pronoun is a whole phrase by itself.
      if (prev == Cls::kPron || prev == Cls::kEx) return false;
      // "taxes next year", "Merkel on Tuesday"-less "met Merkel Tuesday":
      // a time phrase starts a phrase of its own.
      bool prev_time = (tk[i - 1].flags & (kTime | kTimeModifier)) != 0;
      if ((tk[i].flags & kTimeModifier) && c == Cls::kAdj && i + 1 < n && (tk[i + 1].flags & kTime)) return false;
      if ((tk[i].flags & kTime) && c == Cls::kProper && !prev_time) return false;
      // "On Tuesday Russia said": a name or noun after a time word starts the subject.
      if ((tk[i - 1].flags & kTime) && !(tk[i - 1].flags & kTimeModifier) &&
          (c == Cls::kProper || c == Cls::kNoun) && !(tk[i].flags & kTime)) {
        return false;
      }
      // "gave Ukraine new loans": two objects after a ditransitive verb.
      if (prev == Cls::kProper && (c == Cls::kAdj || c == Cls::kNum) && b > 0 &&
          IsVerb(tk[b - 1].cls) && (tk[b - 1].flags & kDitransitive)) {
        return false;
      }
      return true;
    }
    case Cls::kPos:
      return prev == Cls::kNoun || prev == Cls::kProper || prev == Cls::kNum;
    case Cls::kDet:
      // Only right after a predeterminer ("all the") or possessive ("Russia's").
      return prev == Cls::kPdt;
    case Cls::kVbn: case Cls::kVbg: {
      // "the proposed deal", "Russia's ruling party": only inside, before a noun.
      Cls nx = next(i + 1);
      // "the fighting", "its bombing of …": a gerund as head after a determiner.
      if (c == Cls::kVbg && (prev == Cls::kDet || prev == Cls::kPossPron || prev == Cls::kPos) &&
          !(nx == Cls::kNoun || nx == Cls::kProper || nx == Cls::kAdj || nx == Cls::kDet)) {
        return true;
      }
      bool inside = prev == Cls::kDet || prev == Cls::kPossPron || prev == Cls::kPos ||
                    prev == Cls::kAdj || prev == Cls::kNum || prev == Cls::kAdv;
      return inside && (nx == Cls::kNoun || nx == Cls::kProper || nx == Cls::kAdj);
    }
    case Cls::kDash: {
      // "Soviet-era", "U.S.-led": a hyphen token between two words of the chunk.
      Cls nx = next(i + 1);
      return i + 1 < n && !tk[i].lower.empty() && tk[i].lower.size() == 1 &&
             (nx == Cls::kNoun || nx == Cls::kProper || nx == Cls::kAdj || nx == Cls::kNum ||
              nx == Cls::kVbn || nx == Cls::kVbg) &&
             (prev == Cls::kNoun || prev == Cls::kProper || prev == Cls::kAdj || prev == Cls::kNum);
    }
    case Cls::kSym:
      return prev == Cls::kNum;  // "2 %"
    case Cls::kPrep:
      // "more than 100 people", "fewer than ten"
      return Is(tk[i], "than") && (Is(tk[i - 1], "more") || Is(tk[i - 1], "less") || Is(tk[i - 1], "fewer")) &&
             next(i + 1) == Cls::kNum;
    case Cls::kCc: {
      // "a difficult and complex situation": adjectives joined inside the phrase.
      if (prev != Cls::kAdj || next(i + 1) != Cls::kAdj || !(tk[i].lower == "and" || tk[i].lower == "or")) {
        return false;
      }
      uint16_t k = i + 2;
      while (k < n && tk[k].cls == Cls::kAdj) ++k;
      return k < n && (tk[k].cls == Cls::kNoun || tk[k].cls == Cls::kProper);
    }
    case Cls::kAdv:
      // "a very large force": an adverb before an adjective, after a determiner.
      return (prev == Cls::kDet || prev == Cls::kPossPron) && next(i + 1) == Cls::kAdj;
    default:
      return false;
  }
}

// Can token i start a noun-phrase chunk?
bool StartsNp(const std::vector<TokInfo>& tk, uint16_t n, uint16_t i) {
  Cls c = tk[i].cls;
  auto next = [&](uint16_t k) { return k < n ? tk[k].cls : Cls::kEnd; };
  switch (c) {
    case Cls::kNoun: case Cls::kProper: case Cls::kPron: case Cls::kNum: case Cls::kAdj:
    case Cls::kPossPron: case Cls::kPdt: case Cls::kEx:
      return true;
    case Cls::kDet: {
      // "that"/"which" used as pronouns or complementizers are not determiners
      // unless a noun follows.
      if (Is(tk[i], "that") || Is(tk[i], "which")) {
        Cls nx = next(i + 1);
        return nx == Cls::kNoun || nx == Cls::kProper || nx == Cls::kAdj || nx == Cls::kNum;
      }
      return true;
    }
    case Cls::kSym:
      return next(i + 1) == Cls::kNum;  // "$ 5 billion"
    case Cls::kVbn: {
      Cls pv = i > 0 ? tk[i - 1].cls : Cls::kOther;
      Cls nx = next(i + 1);
      return !IsVerb(pv) && !IsNounish(pv) && pv != Cls::kTo &&
             (nx == Cls::kNoun || nx == Cls::kAdj);
    }
    case Cls::kAdv: case Cls::kPrep: case Cls::kRp:
      // "about 12,000 troops", "at least eight people"
      if ((tk[i].flags & kQuantifier) && next(i + 1) == Cls::kNum) return true;
      if ((Is(tk[i], "more") || Is(tk[i], "less") || Is(tk[i], "fewer")) && i + 2 < n &&
          Is(tk[i + 1], "than") && tk[i + 2].cls == Cls::kNum) {
        return true;  // "more/RBR than 100 protesters"
      }
      if (Is(tk[i], "at") && i + 2 < n && (Is(tk[i + 1], "least") || Is(tk[i + 1], "most")) &&
          (tk[i + 2].cls == Cls::kNum || tk[i + 2].cls == Cls::kAdj)) {
        return true;
      }
      return false;
    default:
      return false;
  }
}

// Multi-word prepositions: returns the number of tokens (0 if none) at i.
uint16_t MultiwordPrep(const std::vector<TokInfo>& tk, uint16_t n, uint16_t i) {
  using SV = std::string_view;
  static constexpr SV kTwo[][2] = {
      {"according", "to"}, {"because", "of"}, {"ahead", "of"}, {"instead", "of"},
      {"out", "of"}, {"due", "to"}, {"prior", "to"}, {"such", "as"}, {"along", "with"},
      {"together", "with"}, {"apart", "from"}, {"away", "from"}, {"close", "to"},
      {"next", "to"}, {"up", "to"}, {"as", "of"}, {"rather", "than"}};
  static constexpr SV kThree[][3] = {
      {"on", "behalf", "of"}, {"in", "front", "of"}, {"as", "part", "of"},
      {"in", "response", "to"}, {"in", "addition", "to"}, {"in", "support", "of"},
      {"in", "favor", "of"}, {"in", "favour", "of"}, {"with", "regard", "to"},
      {"in", "the", "wake"}, {"in", "spite", "of"}, {"as", "well", "as"}};
  if (i + 2 < n) {
    for (const auto& p : kThree) {
      if (Is(tk[i], p[0]) && Is(tk[i + 1], p[1]) && Is(tk[i + 2], p[2])) {
        if (p[2] == "wake") return (i + 3 < n && Is(tk[i + 3], "of")) ? 4 : 0;
        return 3;
      }
    }
  }
  if (i + 1 < n) {
    for (const auto& p : kTwo) {
      if (Is(tk[i], p[0]) && Is(tk[i + 1], p[1])) {
        // "out of" after a verb is particle + preposition ("pulled out of").
        if (Is(tk[i], "out") && i > 0 && IsVerb(tk[i - 1].cls)) return 0;
        // "up to" before a number is a quantifier, handled by the noun chunk.
        if (Is(tk[i], "up") && i + 2 < n && tk[i + 2].cls == Cls::kNum) return 0;
        return 2;
      }
    }
  }
  return 0;
}


// Re-lemmatises a word re-tagged as `tag` (WordNet; the form itself when
// no lemmatizer is loaded). The lemma is kept in `sc->lemma_buf`, reserved
// per sentence so that earlier views stay valid.
std::string_view Relemma(const SentenceView& s, Scratch* sc, std::string_view lower, Tag tag) {
  if (!s.lemmatizer) return lower;
  s.lemmatizer->Lemmatize(lower, tag, &sc->lemma_tmp);
  if (sc->lemma_buf.capacity() - sc->lemma_buf.size() < sc->lemma_tmp.size()) return lower;
  size_t start = sc->lemma_buf.size();
  sc->lemma_buf.append(sc->lemma_tmp);
  return std::string_view(sc->lemma_buf.data() + start, sc->lemma_tmp.size());
}

bool CanBe(const SentenceView& s, std::string_view lower, Tag tag) {
  return s.lemmatizer && (s.lemmatizer->WordNetTags(lower) & (uint64_t{1} << TagIndex(tag)));
}

// Local repairs of frequent tagger confusions that would derail the clause
// structure. Each looks at one token and its immediate neighbours only.
void RepairTags(const SentenceView& s, Scratch* sc) {
  const uint16_t n = s.n;
  auto& tk = sc->tok;
  auto cls = [&](int k) { return k >= 0 && k < n ? tk[k].cls : Cls::kEnd; };
  bool any_verb = false;
  for (uint16_t i = 0; i < n; ++i) any_verb |= IsVerb(tk[i].cls);
  // Headline "Trump/VB to withdraw …": a capitalised first word before
  // "to" + verb is the subject, not an imperative.
  bool headline = n > 0 && tk[n - 1].cls != Cls::kEnd && tk[n - 1].cls != Cls::kQuote;
  if (headline && n > 2 && (tk[0].cls == Cls::kVb || tk[0].cls == Cls::kVbp) && tk[1].cls == Cls::kTo &&
      tk[2].cls == Cls::kVb && !s.T(0).text.empty() && s.T(0).text[0] >= 'A' && s.T(0).text[0] <= 'Z') {
    tk[0].cls = Cls::kProper;
    tk[0].lemma = tk[0].lower;
    any_verb = false;
    for (uint16_t i = 1; i < n; ++i) any_verb |= IsVerb(tk[i].cls);
  }
  for (uint16_t i = 0; i < n; ++i) {
    TokInfo& t = tk[i];
    Cls nx = cls(i + 1);
    bool np_next = nx == Cls::kDet || nx == Cls::kPossPron || nx == Cls::kNum || nx == Cls::kProper;
    // "without firing/NN a shot": a gerund after a preposition.
    if (t.cls == Cls::kNoun && EndsWith(t.lower, "ing") && cls(i - 1) == Cls::kPrep && np_next) {
      t.cls = Cls::kVbg;
      t.lemma = Relemma(s, sc, t.lower, Tag::kVBG);
    }
    // "of attacking a convoy and kidnapping/NN aid workers": a gerund after
    // "and" when a gerund came shortly before.
    if (t.cls == Cls::kNoun && EndsWith(t.lower, "ing") && cls(i - 1) == Cls::kCc &&
        (np_next || nx == Cls::kNoun || nx == Cls::kAdj)) {
      bool gerund_before = false;
      for (int k = i - 2; k >= 0 && k >= i - 10; --k) gerund_before |= tk[k].cls == Cls::kVbg;
      if (gerund_before) {
        t.cls = Cls::kVbg;
        t.lemma = Relemma(s, sc, t.lower, Tag::kVBG);
      }
    }
    // "blocked roads and burned/JJ tyres": a past verb after "and".
    if (t.cls == Cls::kAdj && EndsWith(t.lower, "ed") && cls(i - 1) == Cls::kCc && any_verb &&
        (np_next || nx == Cls::kNoun)) {
      bool verb_before = false;
      for (int k = 0; k < i; ++k) verb_before |= tk[k].cls == Cls::kVbd || tk[k].cls == Cls::kVbn;
      if (verb_before) {
        t.cls = Cls::kVbd;
        t.lemma = Relemma(s, sc, t.lower, Tag::kVBD);
      }
    }
    // A headline with no verb at all ("Protesters storm/NN parliament",
    // "The government signs/NNS a deal"): the first noun after the subject
    // that WordNet allows as a present-tense verb, before an object or at the end.
    if (!any_verb && (t.cls == Cls::kNoun) && i > 0 &&
        (cls(i - 1) == Cls::kNoun || cls(i - 1) == Cls::kProper) &&
        (np_next || nx == Cls::kPron || nx == Cls::kNoun || nx == Cls::kAdj || nx == Cls::kEnd)) {
      bool plural = s.T(i).tag == "NNS";
      Tag as = plural ? Tag::kVBZ : Tag::kVBP;
      bool subject_ok = plural ? s.T(i - 1).tag != "NNS" : true;
      if (subject_ok && CanBe(s, t.lower, as)) {
        t.cls = plural ? Cls::kVbz : Cls::kVbp;
        t.lemma = Relemma(s, sc, t.lower, as);
        any_verb = true;
      }
    }
  }
}

}  // namespace

void ClassifyTokens(const SentenceView& s, Scratch* sc) {
  size_t total = 0;
  for (uint16_t i = 0; i < s.n; ++i) total += s.T(i).text.size();
  sc->lower_buf.resize(total);  // no reallocation below: views stay valid
  sc->lemma_buf.clear();
  sc->lemma_buf.reserve(total + s.n);
  sc->tok.resize(s.n);
  size_t pos = 0;
  for (uint16_t i = 0; i < s.n; ++i) {
    const Token& t = s.T(i);
    TokInfo& ti = sc->tok[i];
    ti.cls = ClassOf(t);
    // "EU/NN", "NATO/NN": an all-capitals word is a name.
    if (ti.cls == Cls::kNoun && t.text.size() >= 2 && t.text.size() <= 6) {
      bool caps = true;
      for (char ch : t.text) caps &= (ch >= 'A' && ch <= 'Z');
      if (caps) ti.cls = Cls::kProper;
    }
    char* dst = sc->lower_buf.data() + pos;
    for (size_t k = 0; k < t.text.size(); ++k) {
      char ch = t.text[k];
      dst[k] = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    }
    ti.lower = std::string_view(dst, t.text.size());
    pos += t.text.size();
    ti.lemma = t.lemma.empty() ? ti.lower : std::string_view(t.lemma);
    // Content words are looked up by lemma ("threatened" → threaten),
    // function words by their form ("according", "n't").
    bool content = ti.cls == Cls::kNoun || ti.cls == Cls::kAdj || (IsVerb(ti.cls) && ti.cls != Cls::kMd);
    ti.flags = WordFlags(content ? ti.lemma : ti.lower);
    if (ti.lower == "not" || ti.lower == "n't" || ti.lower == "never") ti.flags |= kNegation;
    if (ti.cls == Cls::kVbg && ti.lower == "according") ti.flags |= kMultiwordStart;
  }
  RepairTags(s, sc);
}

void Chunk(const SentenceView& s, Scratch* sc) {
  const auto& tk = sc->tok;
  const uint16_t n = s.n;
  auto& out = sc->chunks;
  out.clear();
  uint16_t i = 0;
  while (i < n) {
    Unit u;
    u.b = i;
    Cls c = tk[i].cls;
    uint16_t mw = (tk[i].flags & kMultiwordStart) && (c == Cls::kPrep || c == Cls::kAdv || c == Cls::kAdj || c == Cls::kTo ||
                   c == Cls::kRp || c == Cls::kVbg || c == Cls::kPdt || c == Cls::kCc ||
                   c == Cls::kDet)
                      ? MultiwordPrep(tk, n, i)
                      : 0;
    if (mw > 0) {
      u.kind = (Is(tk[i], "according")) ? Kind::kAccording : Kind::kPrep;
      if (Is(tk[i], "as") && Is(tk[i + 1], "well")) u.kind = Kind::kCc;
      u.pb = i;
      u.pe = u.e = static_cast<uint16_t>(i + mw);
      out.push_back(u);
      i = u.e;
      continue;
    }
    // Verb group (possibly an infinitive "to" + verb).
    // "to" (or "not to") + base verb.
    bool to_inf = false;
    uint16_t to_at = c == Cls::kTo ? i : (((tk[i].flags & kNegation) && i + 1 < n) ? i + 1 : n);
    if (to_at < n && tk[to_at].cls == Cls::kTo) {
      uint16_t k = to_at + 1;
      while (k < n && k < to_at + 3 && (tk[k].cls == Cls::kAdv || (tk[k].flags & kNegation))) ++k;
      to_inf = k < n && tk[k].cls == Cls::kVb;
    }
    // "fired tear/VB gas": a base verb right after a main verb, before a
    // noun, is a noun modifier; "fighting/VBG broke out": a gerund subject.
    bool nominal_verb = false;
    if (c == Cls::kVb && i > 0 && i + 1 < n && IsVerb(tk[i - 1].cls) && tk[i - 1].cls != Cls::kMd &&
        !(tk[i - 1].flags & (kAuxiliary | kBareInfGovernor)) &&
        (tk[i + 1].cls == Cls::kNoun || tk[i + 1].cls == Cls::kAdj)) {
      nominal_verb = true;
    }
    if (c == Cls::kVbg && i + 1 < n && (i == 0 || tk[i - 1].cls == Cls::kComma) &&
        (tk[i + 1].cls == Cls::kVbd || tk[i + 1].cls == Cls::kVbz || tk[i + 1].cls == Cls::kMd)) {
      nominal_verb = true;
    }
    if (nominal_verb) {
      uint16_t k = i + 1;
      while (k < n && ContinuesNp(tk, n, i, k)) ++k;
      if (c == Cls::kVbg) k = i + 1;
      u.kind = Kind::kNP;
      u.e = k;
      u.pb = static_cast<uint16_t>(k - 1);
      out.push_back(u);
      i = k;
      continue;
    }
    if (to_inf || IsVerb(c)) {
      VerbGroup vg;
      vg.b = i;
      AnalyzeVerbGroup(s, *sc, &vg);
      u.kind = Kind::kVG;
      u.e = vg.e;
      u.vg = static_cast<int16_t>(sc->vgs.size());
      sc->vgs.push_back(vg);
      out.push_back(u);
      i = u.e;
      continue;
    }
    if (StartsNp(tk, n, i)) {
      uint16_t k = i + 1;
      if (c != Cls::kPron && c != Cls::kEx) {
        while (k < n && ContinuesNp(tk, n, i, k)) ++k;
      }
      // A trailing hyphen or adverb is not part of the phrase.
      while (k > i + 1 && (tk[k - 1].cls == Cls::kDash || tk[k - 1].cls == Cls::kAdv)) --k;
      u.kind = Kind::kNP;
      u.e = k;
      // Head: the last noun-like token; an adjective-only chunk is kAdj.
      int head = -1;
      for (uint16_t j = i; j < k; ++j) {
        Cls cj = tk[j].cls;
        if (IsNounish(cj) || (cj == Cls::kSym && head < 0)) head = j;
      }
      if (head < 0) {
        bool all_adj = true;
        for (uint16_t j = i; j < k; ++j) all_adj &= tk[j].cls == Cls::kAdj || tk[j].cls == Cls::kAdv;
        if (all_adj) u.kind = Kind::kAdj;
        head = k - 1;
      }
      u.pb = static_cast<uint16_t>(head);  // head of the chunk (kNP/kAdj)
      out.push_back(u);
      i = k;
      continue;
    }
    u.e = i + 1;
    switch (c) {
      case Cls::kPrep: case Cls::kTo:
        if (tk[i].flags & kComplementizer) u.kind = Kind::kSub;
        else if ((tk[i].flags & kSubordinator) && !Is(tk[i], "as")) u.kind = Kind::kSub;
        else u.kind = Kind::kPrep;
        if (Is(tk[i], "as") || Is(tk[i], "after") || Is(tk[i], "before") || Is(tk[i], "since") ||
            Is(tk[i], "until")) {
          // A preposition when a noun phrase without a verb follows; decided later.
          u.kind = Kind::kPrep;
        }
        u.pb = i; u.pe = i + 1;
        break;
      case Cls::kWdt: case Cls::kWp: case Cls::kWpPoss:
        // "that" is decided by context in the clause builder (relative or complementizer).
        u.kind = Is(tk[i], "that") ? Kind::kSub : Kind::kRel;
        if (u.kind == Kind::kSub) { u.pb = i; u.pe = i + 1; }
        break;
      case Cls::kWrb:
        u.kind = (Is(tk[i], "when") || Is(tk[i], "whenever")) ? Kind::kSub : Kind::kRel;
        if (Is(tk[i], "how") || Is(tk[i], "why")) u.kind = Kind::kSub;
        break;
      case Cls::kDet:  // "that" with no noun after it
        u.kind = Is(tk[i], "that") ? Kind::kSub : Kind::kOther;
        break;
      case Cls::kCc: u.kind = Kind::kCc; break;
      case Cls::kComma: u.kind = Kind::kComma; break;
      case Cls::kColon: case Cls::kDash: u.kind = Kind::kColon; break;
      case Cls::kQuote: u.kind = Kind::kQuote; break;
      case Cls::kEnd: u.kind = Kind::kEnd; break;
      case Cls::kAdv: case Cls::kRp:
        u.kind = (tk[i].flags & kSubordinator) && (Is(tk[i], "once")) ? Kind::kSub : Kind::kAdv;
        break;
      default: u.kind = Kind::kOther; break;
    }
    out.push_back(u);
    ++i;
  }
}

}  // namespace entente::parse
