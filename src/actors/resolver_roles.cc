// resolver_roles.cc — which of a person's dated roles a mention stands for
// (see resolver.h): by the document's date, unless the mention names
// another role ("NATO Secretary General Jens Stoltenberg" in an undated
// story is NATO's, not the Norwegian finance minister he later became), in
// the title before the name or in an apposition beside it ("Stoltenberg,
// NATO's secretary general").
#include <algorithm>
#include <limits>

#include "actors/resolver.h"
#include "actors/sentence_resolver.h"

namespace entente::actors {

namespace {

// "USAGOV 2021-01-20..2025-01-20" / "USAELI *": the role line as written
// (stable when files are edited, unlike a line number).
std::string DescribeRole(const Role& r) {
  if (r.any_date) return r.code + " *";
  std::string out = r.code + " ";
  if (r.from != kNoDay) out += FormatIsoDay(r.from);
  out += "..";
  if (r.to != std::numeric_limits<Day>::max()) out += FormatIsoDay(r.to);
  return out;
}

// Folded words of `text`, split at anything but letters, digits and
// non-ASCII bytes ("secretary-general of NATO" → secretary, general, of, nato).
void AddWords(std::string_view text, std::vector<std::string>* out) {
  std::string folded;
  size_t i = 0;
  while (i < text.size()) {
    auto part = [&](size_t j) {
      unsigned char c = static_cast<unsigned char>(text[j]);
      return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    };
    while (i < text.size() && !part(i)) ++i;
    size_t j = i;
    while (j < text.size() && part(j)) ++j;
    if (j > i) {
      FoldWord(text.substr(i, j - i), &folded);
      out->push_back(folded);
    }
    i = j;
  }
}

// True if `code` has `sector` as one of its blocks after the root.
bool HasSector(const std::string& code, const std::string& sector) {
  for (size_t i = 3; i + 3 <= code.size(); i += 3) {
    if (code.compare(i, 3, sector) == 0) return true;
  }
  return false;
}

// 4 when the role's code starts with the hint's owner, plus 2 when its
// description holds every word of the hint's title, plus 1 when its code
// has the title's sector.
int HintScore(const Role& r, const RoleHint& hint) {
  int score = 0;
  if (!hint.owner.empty() && r.code.starts_with(hint.owner)) score += 4;
  if (!hint.sector.empty() && HasSector(r.code, hint.sector)) score += 1;
  if (!hint.words.empty()) {
    std::vector<std::string> title;
    AddWords(r.title, &title);
    bool all = true;
    for (const std::string& w : hint.words) {
      bool found = false;
      for (const std::string& t : title) found = found || t == w;
      all = all && found;
    }
    if (all) score += 2;
  }
  return score;
}

int FullScore(const RoleHint& hint) {
  return (hint.owner.empty() ? 0 : 4) + (hint.words.empty() ? 0 : 2) + (hint.sector.empty() ? 0 : 1);
}

// Among roles the hint scores alike: true if `a` is a better pick than `b`
// for `day` (the one holding the day, then the latest begun by it, then
// the earliest begun after it, then the default).
bool BetterForDay(const Role& a, const Role& b, Day day) {
  auto rank = [day](const Role& r) {
    if (r.any_date) return 3;
    if (day == kNoDay) return 1;
    if ((r.from == kNoDay || r.from <= day) && day < r.to) return 0;
    return r.from == kNoDay || r.from <= day ? 1 : 2;
  };
  int ra = rank(a), rb = rank(b);
  if (ra != rb) return ra < rb;
  return ra == 2 ? a.from < b.from : a.from > b.from;
}

}  // namespace

const Role* Resolver::PickRole(const Entry& e, Day day) {
  if (day == kNoDay) {
    const Role* best = nullptr;
    for (const Role& r : e.roles) {
      if (!r.any_date && (!best || r.from > best->from)) best = &r;
    }
    if (best) return best;
    for (const Role& r : e.roles) {
      if (r.any_date) return &r;
    }
    return nullptr;
  }
  for (const Role& r : e.roles) {
    if (r.any_date) return &r;
    if ((r.from == kNoDay || r.from <= day) && day < r.to) return &r;
  }
  return nullptr;
}

const Role* Resolver::PickRole(const Entry& e, Day day, const RoleHint& hint) {
  const Role* dated = PickRole(e, day);
  if (hint.empty()) return dated;
  int floor = dated ? HintScore(*dated, hint) : 0;
  if (floor == FullScore(hint)) return dated;
  const Role* best = nullptr;
  int best_score = floor;
  for (const Role& r : e.roles) {
    int s = HintScore(r, hint);
    if (s > best_score || (best && s == best_score && BetterForDay(r, *best, day))) {
      best = &r;
      best_score = s;
    }
  }
  // The title's sector alone is weak evidence ("leader"): it may replace the
  // default or no role, not a dated role the date holds.
  if (!best || (dated && !dated->any_date && best_score < 2)) return dated;
  return best;
}

RoleHint SentenceResolver::HintIn(uint32_t begin, uint32_t end) const {
  RoleHint hint;
  for (const Hit& h : *hits_) {
    if (h.begin >= end) break;
    if (h.begin < begin || h.end > end) continue;
    if (IsModifier(h) && hint.owner.empty()) hint.owner = ModCode(h);
    if (!IsAgent(h)) continue;
    for (uint32_t t = h.begin; t < h.end; ++t) AddWords(Folded(t), &hint.words);
    // The sector of the head, as AgentChain gives it: a weak noun
    // ("leader") yields to the one before it.
    const Entry& a = E(h);
    if (IsSectorCode(a.code) && (hint.sector.empty() || !a.weak)) hint.sector = a.code;
  }
  return hint;
}

RoleHint SentenceResolver::AppositionHint(const Hit& person) const {
  RoleHint none;
  // Before: "NATO's secretary general, Jens Stoltenberg".
  uint32_t t = person.begin;
  if (t > first_ && toks_[t - 1].text == ",") {
    const ActorMention* m = local_.empty() ? nullptr : &local_.back();
    if (!m || m->end != t - 1 || m->kind == ActorKind::kPerson || m->former) return none;
    RoleHint hint = HintIn(m->begin, m->end);
    return hint.words.empty() ? none : hint;
  }
  // After: "Jens Stoltenberg, the NATO secretary general". A former office
  // written there ("the former NATO chief") says nothing of the one held.
  t = person.end;
  if (t + 1 >= last_ || toks_[t].text != ",") return none;
  uint32_t u = t + 1;
  while (u < last_ && u - t <= 2 && (Folded(u) == "the" || Folded(u) == "a" || Folded(u) == "an")) ++u;
  int k = HitAt(u);
  if (k < 0 || !(IsModifier((*hits_)[k]) || IsAgent((*hits_)[k]))) return none;
  uint32_t end = (*hits_)[k].end;
  for (size_t j = static_cast<size_t>(k) + 1; j < hits_->size(); ++j) {
    const Hit& h = (*hits_)[j];
    if (!(IsModifier(h) || IsAgent(h)) || h.begin < end || h.begin - end > 2) break;
    bool joined = true;  // "NATO's secretary general", "secretary general of NATO"
    for (uint32_t g = end; g < h.begin; ++g) {
      std::string_view f = Folded(g);
      joined = joined && (f == "'s" || f == "'" || f == "of" || f == "the" || f == "at" || dict_.IsFiller(f));
    }
    if (!joined) break;
    end = h.end;
  }
  RoleHint hint = HintIn(u, end);
  return hint.words.empty() || Former(u, (*hits_)[k]) ? none : hint;
}

bool SentenceResolver::CodePerson(const Entry& e, bool former, const RoleHint& hint, ActorMention* m) const {
  const Role* role = Resolver::PickRole(e, day_, hint);
  const char* named = role != Resolver::PickRole(e, day_) ? " +named" : "";
  if (former && (!role || role->code.size() < 6 || role->code.compare(3, 3, "ELI") != 0)) {
    // Coded by the office held before the story: the latest role that had
    // ended, of those the mention names when it names one.
    const Role* past = nullptr;
    int past_score = -1;
    for (const Role& r : e.roles) {
      if (r.any_date || day_ == kNoDay || r.to > day_) continue;
      int s = HintScore(r, hint);
      if (!past || s > past_score || (s == past_score && r.to > past->to)) past = &r, past_score = s;
    }
    const Role* base = past ? past : role;
    if (!base) return false;
    m->code = base->code;
    DescribeCode(m->code, m);
    m->title = base->title;
    ApplyFormer(m);
    m->why += " role " + DescribeRole(*base) + " +former";
    return true;
  }
  if (!role) return false;
  m->code = role->code;
  DescribeCode(m->code, m);
  m->title = role->title;
  m->why += " role " + DescribeRole(*role) + named;
  if (former) m->former = true;
  return true;
}

const Entry* SentenceResolver::InOffice(const std::string& key) const {
  // A word of another office holder's name is no surname here ("Jong":
  // Kim Jong Un).
  if (const std::vector<uint32_t>* others = dict_.PeopleWithNameWord(key, false)) {
    for (uint32_t id : *others) {
      const Role* r = Resolver::PickRole(dict_.entries()[id], day_);
      if (r && !r->any_date) return nullptr;
    }
  }
  const std::vector<uint32_t>* people = dict_.PeopleWithNameWord(key, true);
  if (!people) return nullptr;
  std::vector<const Entry*> found;  // in office, one per name
  for (uint32_t id : *people) {
    const Entry& e = dict_.entries()[id];
    const Role* r = Resolver::PickRole(e, day_);
    if (!r || r->any_date || e.preferred) continue;
    if (std::none_of(found.begin(), found.end(), [&](const Entry* x) { return x->name == e.name; })) found.push_back(&e);
  }
  if (found.size() > 1) {  // two in office: the one whose country the sentence names, if only one
    std::erase_if(found, [&](const Entry* e) {
      std::string country = Resolver::PickRole(*e, day_)->code.substr(0, 3);
      return std::none_of(local_.begin(), local_.end(), [&](const ActorMention& m) { return m.country == country; });
    });
  }
  return found.size() == 1 ? found.front() : nullptr;
}

bool SentenceResolver::SurnameInOffice(uint32_t t) {
  if (day_ == kNoDay) return false;  // who is in office is unknown
  if ((t > first_ && LooksLikeName(toks_[t - 1])) || (t + 1 < last_ && LooksLikeName(toks_[t + 1]))) return false;
  std::string_view f = Folded(t);
  std::string key(f.ends_with("'s") ? f.substr(0, f.size() - 2) : f);
  if (dict_.IsNameStop(key) || dict_.IsWord(WordClass::kLoneNameStop, key)) return false;
  const Entry* only = InOffice(key);
  if (!only) return false;
  ActorMention m = Make(t, t + 1, ActorKind::kPerson);
  m.name = only->name;
  m.why = "surname-in-office '" + only->name + "'@" + only->file;
  if (!CodePerson(*only, false, RoleHint{}, &m)) return false;
  local_.push_back(std::move(m));
  return true;
}

}  // namespace entente::actors
