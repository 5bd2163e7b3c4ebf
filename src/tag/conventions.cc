#include "tag/conventions.h"

#include <string>
#include <string_view>

#include "tag/word_shape.h"

namespace entente {

namespace {

// ASCII lower case of a short token (curly apostrophe folded) in a small
// buffer; "" for long tokens, which none of the rules below mention.
struct Lowered {
  char buf[16];
  size_t len = 0;
  std::string_view view() const { return {buf, len}; }
  operator std::string_view() const { return view(); }  // NOLINT: for In()
};

Lowered Lower(std::string_view w) {
  Lowered out;
  for (size_t i = 0; i < w.size(); ++i) {
    if (out.len + 1 >= sizeof(out.buf)) return Lowered();
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c == 0xE2 && i + 2 < w.size() && static_cast<unsigned char>(w[i + 1]) == 0x80 &&
        static_cast<unsigned char>(w[i + 2]) == 0x99) {
      out.buf[out.len++] = '\'';
      i += 2;
      continue;
    }
    out.buf[out.len++] = LowerAscii(static_cast<char>(c));
  }
  return out;
}

// Same as comparing with ==, but the first byte is checked before the call
// to memcmp: this runs for every token against word lists (profiled: the
// memcmp calls were a visible share of tagging).
bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  if (w.empty()) {
    for (std::string_view s : set) {
      if (s.empty()) return true;
    }
    return false;
  }
  for (std::string_view s : set) {
    if (s.size() == w.size() && s[0] == w[0] && w == s) return true;
  }
  return false;
}

bool IsAdverbial(Tag t) { return t == Tag::kRB || t == Tag::kRBR || t == Tag::kRBS; }
bool IsNoun(Tag t) { return t == Tag::kNN || t == Tag::kNNS || t == Tag::kNNP || t == Tag::kNNPS; }
bool IsVerb(Tag t) { return t >= Tag::kVB && t <= Tag::kVBZ; }
bool IsFiniteVerb(Tag t) { return t == Tag::kVBD || t == Tag::kVBZ || t == Tag::kVBP || t == Tag::kMD; }
bool IsPunct(Tag t) {
  return t == Tag::kComma || t == Tag::kPeriod || t == Tag::kColon || t == Tag::kCloseQuote ||
         t == Tag::kRRB || t == Tag::kOpenQuote || t == Tag::kLRB;
}

// Words a hyphen does not join ("food - we all know"); prepositions and
// participles do take part in compounds ("hands-on", "adult-learned").
bool IsFunctionWord(Tag t) {
  switch (t) {
    case Tag::kPRP: case Tag::kPRPS: case Tag::kDT: case Tag::kWDT: case Tag::kWP: case Tag::kWRB:
    case Tag::kCC: case Tag::kVBZ: case Tag::kVBP: case Tag::kMD: case Tag::kEX: case Tag::kTO:
      return true;
    default:
      return false;
  }
}

// Nouns that take a "that" clause as their content ("the fact that ..."),
// where "that" is a complementiser, not a relative pronoun.
bool TakesThatClause(std::string_view lw) {
  return In(lw, {"fact", "reason", "wish", "recommendation", "requirement", "basis", "conviction", "belief",
                 "hope", "hopes", "idea", "claim", "claims", "evidence", "sign", "signs", "notion",
                 "assurance", "assurances", "view", "concern", "concerns", "fear", "fears", "news",
                 "report", "reports", "suggestion", "proposal", "demand", "demands", "promise", "warning",
                 "warnings", "possibility", "chance", "likelihood", "argument", "assumption", "expectation",
                 "expectations", "feeling", "sense", "statement", "announcement", "allegation",
                 "allegations", "accusation", "accusations", "rumor", "rumors", "rumour", "rumours", "doubt",
                 "doubts", "thought", "knowledge", "certainty", "insistence", "risk", "danger", "guarantee",
                 "guarantees", "confidence", "speculation", "indication", "indications", "proof"});
}

bool EndsWithAny(std::string_view w, std::initializer_list<std::string_view> suffixes) {
  for (std::string_view s : suffixes) {
    if (w.size() > s.size() && w.substr(w.size() - s.size()) == s) return true;
  }
  return false;
}

bool IsAllCaps(std::string_view w) {
  for (char c : w) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

bool IsDoForm(std::string_view lw) { return In(lw, {"do", "does", "did"}); }
bool IsHaveOrBe(std::string_view lw) {
  return In(lw, {"have", "has", "had", "having", "'ve", "'d", "be", "been", "being", "is", "was", "were",
                 "are", "am", "'s", "'re", "'m", "get", "gets", "got", "gotten", "getting"});
}
bool IsNominative(std::string_view lw) { return In(lw, {"i", "we", "you", "they"}); }

// Clear interjections: tagged UH wherever they stand.
bool IsInterjection(std::string_view lw) {
  return In(lw, {"yeah", "yep", "yup", "nope", "oh", "uh", "um", "uhm", "hmm", "mm", "wow", "hey", "ah",
                 "aw", "oops", "huh", "gosh", "whoa", "ooh", "eh", "yay", "hello", "bye"});
}

}  // namespace

void ApplyConventions(std::span<const std::string_view> words, std::span<Tag> tags,
                      const TagOptions* options) {
  auto can_be_verb = [&](size_t i) {
    return options && ((options->Possible(words[i]) >> TagIndex(Tag::kVB)) & 1);
  };
  size_t n = words.size();
  // Index of the nearest token before i that is not an adverb (or "not").
  auto back_over_adverbs = [&](size_t i) -> long {
    long j = static_cast<long>(i) - 1;
    while (j >= 0 && IsAdverbial(tags[j])) --j;
    return j;
  };
  // A title-cased line ("Peace Talks Resume") says nothing by its capitals.
  size_t capitalised = 0, alphabetic = 0;
  for (std::string_view w : words) {
    if (w.empty() || !HasAlnum(w)) continue;
    ++alphabetic;
    capitalised += IsCapitalized(w);
  }
  bool title_case = alphabetic >= 3 && capitalised * 10 >= alphabetic * 7;
  for (size_t i = 0; i < n; ++i) {
    const Lowered lw_buf = Lower(words[i]);
    std::string_view lw = lw_buf;
    Tag prev = i > 0 ? tags[i - 1] : Tag::kPeriod;
    Tag next = i + 1 < n ? tags[i + 1] : Tag::kPeriod;
    bool starts = i == 0 || prev == Tag::kOpenQuote || prev == Tag::kLRB || prev == Tag::kColon;

    // A bare "-" joining two content words ("long - term") is HYPH; between
    // a word and a pronoun, determiner, conjunction or verb it is a dash.
    if (i > 0 && i + 1 < n && lw == "-" && HasAlnum(words[i - 1]) && HasAlnum(words[i + 1])) {
      tags[i] = IsFunctionWord(prev) || IsFunctionWord(next) ? Tag::kColon : Tag::kHYPH;
    }
    // "'s" after a pronoun, "there", "here", "that" or "what" is "is"/"has".
    if (lw == "'s" && i > 0 && tags[i] == Tag::kPOS &&
        (prev == Tag::kPRP || prev == Tag::kEX || prev == Tag::kWP || prev == Tag::kWDT ||
         In(Lower(words[i - 1]), {"here", "that", "this", "what", "where", "how", "who", "there"}))) {
      tags[i] = Tag::kVBZ;
    }
    if (IsInterjection(lw)) tags[i] = Tag::kUH;
    // "okay", "yes", "no", "well" open an utterance as interjections.
    if (starts && In(lw, {"okay", "ok", "alright", "yes", "no", "well", "hi", "thanks", "shit", "fuck", "damn"}) &&
        (next == Tag::kComma || next == Tag::kPeriod || i + 1 == n)) {
      tags[i] = Tag::kUH;
    }
    // "So the first thing ...": "so" opening an utterance is a discourse
    // marker.
    if (starts && lw == "so" && i + 1 < n &&
        (next == Tag::kDT || next == Tag::kEX || next == Tag::kNNP || next == Tag::kUH)) {
      tags[i] = Tag::kUH;
    }
    // "the elected officials": a participle before a noun stays a
    // participle when a determiner introduces it.
    if (tags[i] == Tag::kJJ && i > 0 && i + 1 < n && words[i].size() >= 6 && lw.size() >= 6 &&
        lw.substr(lw.size() - 2) == "ed" && (next == Tag::kNN || next == Tag::kNNS) &&
        (prev == Tag::kDT || prev == Tag::kPRPS) &&
        !In(lw, {"naked", "sacred", "wicked", "beloved", "talented", "rugged", "crooked", "learned",
                 "detailed", "advanced", "limited", "related", "varied", "complicated", "sophisticated",
                 "dedicated", "concerned", "interested", "experienced", "qualified", "skilled",
                 "supposed", "alleged", "so-called", "tired", "scared", "excited", "married"})) {
      tags[i] = Tag::kVBN;
    }
    // "that": determiner before a noun phrase or standing alone, relative
    // pronoun after a noun and before a verb, complementiser before a clause.
    if (lw == "that") {
      bool verb_before = i > 0 && (IsFiniteVerb(prev) || prev == Tag::kVB || prev == Tag::kVBG ||
                                   prev == Tag::kVBN);
      bool noun_before = i > 0 && (IsNoun(prev) || prev == Tag::kCD);
      if (i + 1 == n || (IsPunct(next) && next != Tag::kComma)) {
        tags[i] = Tag::kDT;   // "I like that ."
      } else if (next == Tag::kComma) {
        tags[i] = verb_before ? Tag::kIN : noun_before ? Tag::kWDT : Tag::kDT;
      } else if (noun_before && !IsFiniteVerb(next) && TakesThatClause(Lower(words[i - 1]))) {
        tags[i] = Tag::kIN;   // "the fact that waiver is", "reports that troops left"
      } else if (noun_before) {
        tags[i] = Tag::kWDT;  // "the troops that left", "the deal that they signed"
      } else if (verb_before) {
        // "said that the", "believe that society"; but "do that with"
        bool object = next == Tag::kIN || next == Tag::kTO || next == Tag::kRB;
        tags[i] = object ? Tag::kDT : Tag::kIN;
      } else if (IsFiniteVerb(next)) {
        tags[i] = Tag::kDT;   // "that is", "and that was"
      } else if (next == Tag::kNN || next == Tag::kNNS || next == Tag::kJJ) {
        tags[i] = Tag::kDT;   // "in that case"
      }
    }
    // "return home", "came home": an adverb after a verb.
    if (lw == "home" && i > 0 && (IsVerb(prev) || IsAdverbial(prev)) && !IsNoun(next) && next != Tag::kJJ) {
      tags[i] = Tag::kRB;
    }
    // "Do you ...?": the auxiliary opening a question is finite.
    if (starts && (lw == "do" || lw == "does") && i + 1 < n &&
        (next == Tag::kPRP || next == Tag::kNNP || next == Tag::kDT || next == Tag::kNNS)) {
      tags[i] = lw == "do" ? Tag::kVBP : Tag::kVBZ;
    }
    // "make sure": an adjective; "enough food": a determiner-like adjective.
    if (lw == "sure" && i > 0 && In(Lower(words[i - 1]), {"make", "makes", "made", "making"})) tags[i] = Tag::kJJ;
    if (lw == "enough" && tags[i] == Tag::kRB && (next == Tag::kNN || next == Tag::kNNS || next == Tag::kJJ) &&
        i > 0 && IsVerb(prev)) {
      tags[i] = Tag::kJJ;
    }
    // "most European countries": a superlative adjective before a noun
    // phrase, an adverb before a bare adjective ("most important").
    if (lw == "most" && tags[i] == Tag::kRBS && next == Tag::kJJ && i + 2 < n &&
        !(i > 0 && (prev == Tag::kDT || prev == Tag::kPRPS || prev == Tag::kPOS)) &&  // not "the most famous"
        (tags[i + 2] == Tag::kNNS || tags[i + 2] == Tag::kNN)) {
      tags[i] = Tag::kJJS;
    }
    // A capitalised plural inside a sentence is a proper plural
    // ("Republicans", "the United States", "Global Voices").
    if (!starts && !title_case && IsCapitalized(words[i]) && !IsAllCaps(words[i]) &&
        (tags[i] == Tag::kNNS ||
         (tags[i] == Tag::kNNP && EndsWithAny(lw, {"ies", "ers", "ians", "ans", "ists", "ites"})))) {
      tags[i] = Tag::kNNPS;
    }
    // An all-capitals word that is a function word in lower case ("WHO",
    // "IT", "US") is an acronym.
    if (words[i].size() >= 2 && IsAllCaps(words[i]) &&
        (tags[i] == Tag::kWP || tags[i] == Tag::kPRP || tags[i] == Tag::kIN || tags[i] == Tag::kDT ||
         tags[i] == Tag::kCC)) {
      tags[i] = Tag::kNNP;
    }
    // A participle right after its subject and before a pause is a past
    // tense ("her condition deteriorated ,"); so is one after a
    // nominative pronoun ("she consistently worsened").
    if (tags[i] == Tag::kVBN) {
      long j = back_over_adverbs(i);
      bool pause = i + 1 == n || next == Tag::kComma || next == Tag::kPeriod;
      bool after_noun = j >= 0 && (tags[j] == Tag::kNN || tags[j] == Tag::kNNS || tags[j] == Tag::kNNP);
      if (j >= 0 && (In(Lower(words[j]), {"i", "he", "she", "we", "they", "who"}) || (after_noun && pause && j + 1 < static_cast<long>(i)))) {
        tags[i] = Tag::kVBD;
      }
    }
    // "about 12,000", "around 30": an adverb before a number.
    if (In(lw, {"about", "around", "nearly", "almost", "roughly", "approximately"}) &&
        (next == Tag::kCD || (i + 1 < n && Lower(words[i + 1]).view() == "half")) &&
        (tags[i] == Tag::kIN || tags[i] == Tag::kJJ)) {
      tags[i] = Tag::kRB;
    }
    // "as high as": the first "as" is an adverb.
    if (lw == "as" && i + 2 < n && (tags[i + 1] == Tag::kJJ || tags[i + 1] == Tag::kRB) &&
        Lower(words[i + 2]).view() == "as") {
      tags[i] = Tag::kRB;
    }
    // "Look at this", "Use twist ties": a verb opening a sentence before an
    // object or a preposition is an imperative ("Use of force" is not).
    // Names stay names, and "to" after the first word is the headline
    // future ("Trump to withdraw troops"), not an imperative's complement.
    if (starts && tags[i] == Tag::kNN && i + 1 < n && !IsAllCaps(words[i]) &&
        (next == Tag::kDT || next == Tag::kPRP || next == Tag::kPRPS || next == Tag::kRP ||
         next == Tag::kPDT || (next == Tag::kIN && Lower(words[i + 1]).view() != "of")) &&
        can_be_verb(i)) {
      tags[i] = Tag::kVB;
    }
    // "I 'll wake you", "does not author": a base form after a modal or
    // "do"; "to film another video": after "to" before an object.
    if ((tags[i] == Tag::kNN || tags[i] == Tag::kJJ || tags[i] == Tag::kNNP) && i > 0) {
      long j = back_over_adverbs(i);
      if (j >= 0 && !IsNoun(next) && next != Tag::kJJ && next != Tag::kPOS) {
        const Lowered lj_buf = Lower(words[j]);
        std::string_view lj = lj_buf;
        bool modal = tags[j] == Tag::kMD || (IsDoForm(lj) && j + 1 < static_cast<long>(i));
        bool to = lj == "to" && (next == Tag::kDT || next == Tag::kPRP || next == Tag::kPRPS || next == Tag::kRP);
        if ((modal || to) && !IsCapitalized(words[i]) && can_be_verb(i)) tags[i] = Tag::kVB;
      }
    }
    // Particles: "went back to", "been around for years", "it 's over"
    // are adverbs; "woke me up", "write them down" are particles.
    if (tags[i] == Tag::kRP && i > 0) {
      long j = back_over_adverbs(i);
      bool be = j >= 0 && In(Lower(words[j]), {"is", "'s", "was", "were", "are", "'re", "be", "been", "being", "am", "'m"});
      // Directional adverbs before a preposition ("came back from"); "up",
      // "out", "off" stay particles ("came up with", "cut off from").
      bool prep_next = (next == Tag::kIN || next == Tag::kTO) && i + 1 < n &&
                       Lower(words[i + 1]).view() != "of" &&
                       In(lw, {"back", "away", "around", "along", "together", "on", "down", "over", "forward", "ahead"});
      if (be || prep_next) tags[i] = Tag::kRB;
    } else if ((tags[i] == Tag::kRB || tags[i] == Tag::kIN) && i >= 2 &&
               In(lw, {"up", "down", "out", "off", "back", "away", "over"}) && IsVerb(tags[i - 2]) &&
               (prev == Tag::kPRP || (prev == Tag::kNNS && tags[i - 2] != Tag::kVBZ)) &&
               (i + 1 == n || IsPunct(next) || next == Tag::kWRB || next == Tag::kCC)) {
      tags[i] = Tag::kRP;
    }
    // "Let 's go": "let" is a verb and "'s" is "us".
    if (lw == "let" && i + 1 < n && (Lower(words[i + 1]).view() == "'s" || next == Tag::kPRP)) {
      tags[i] = Tag::kVB;
      if (Lower(words[i + 1]).view() == "'s") tags[i + 1] = Tag::kPRP;
    }
    // Past participle after a form of "have", "be" or "get", adverbs between.
    if (tags[i] == Tag::kVBD) {
      long j = back_over_adverbs(i);
      if (j >= 0 && IsHaveOrBe(Lower(words[j])) && tags[j] != Tag::kPOS) tags[i] = Tag::kVBN;
    }
    // "marched very close to": no verb follows "very".
    if ((tags[i] == Tag::kVB || tags[i] == Tag::kVBP) && i > 0 && Lower(words[i - 1]).view() == "very") {
      tags[i] = Tag::kJJ;
    }
    // "has celebrated Eid": an -ed word right after "have" is its participle.
    if (tags[i] == Tag::kJJ && lw.size() > 4 && lw.ends_with("ed")) {
      long j = back_over_adverbs(i);
      if (j >= 0 && tags[j] != Tag::kPOS && In(Lower(words[j]), {"has", "have", "had", "'ve"})) tags[i] = Tag::kVBN;
    }
    // Coordinated verbs share their form: "livestreamed the attack and
    // tweeted threats", "has arrested and charged".
    if ((tags[i] == Tag::kVBD || tags[i] == Tag::kVBN) && prev == Tag::kCC) {
      for (long k = static_cast<long>(i) - 2; k >= 0 && k + 8 >= static_cast<long>(i); --k) {
        if (tags[k] == Tag::kVBD || tags[k] == Tag::kVBN) {
          tags[i] = tags[k];
          break;
        }
        if (IsVerb(tags[k]) || tags[k] == Tag::kMD || tags[k] == Tag::kPeriod || tags[k] == Tag::kColon) break;
      }
    }
    // Base form versus present tense.
    if (tags[i] == Tag::kVBP || tags[i] == Tag::kVB) {
      long j = back_over_adverbs(i);
      const Lowered lj_buf = j >= 0 ? Lower(words[j]) : Lowered();
      std::string_view lj = lj_buf;
      if (tags[i] == Tag::kVBP) {
        // After a modal, infinitival "to", "do"-support ("did n't know",
        // "did they take") or "let 's": the base form.
        long k = j;
        if (k >= 0 && (tags[k] == Tag::kPRP || IsNoun(tags[k]))) --k;  // a subject between
        while (k >= 0 && IsAdverbial(tags[k])) --k;
        const Lowered lk_buf = k >= 0 ? Lower(words[k]) : Lowered();
        std::string_view lk = lk_buf;
        if (j >= 0 && (tags[j] == Tag::kMD || tags[j] == Tag::kTO || IsDoForm(lj))) {
          tags[i] = Tag::kVB;
        } else if (k >= 0 && k != j && (tags[k] == Tag::kMD || IsDoForm(lk) || lk == "let")) {
          tags[i] = Tag::kVB;
        } else if (starts && !In(lw, {"do", "have", "are", "am", "'m", "'re"})) {
          tags[i] = Tag::kVB;  // imperative: "Remember ?"
        }
      } else if (j >= 0 && IsNominative(lj)) {
        // "we all know": a nominative subject makes it finite, unless a
        // modal or "do" comes before the subject ("did you know").
        long k = j - 1;
        while (k >= 0 && IsAdverbial(tags[k])) --k;
        const Lowered lk_buf = k >= 0 ? Lower(words[k]) : Lowered();
        std::string_view lk = lk_buf;
        if (k < 0 || !(tags[k] == Tag::kMD || IsDoForm(lk) || In(lk, {"let", "make", "help", "'s", "to"}))) {
          tags[i] = Tag::kVBP;
        }
      }
    }
    // "to" is TO only as the infinitive marker, IN as a preposition ("to
    // really go", "to \"make sure\"" are infinitives).
    if (tags[i] == Tag::kTO) {
      size_t j = i + 1;
      while (j < n && (tags[j] == Tag::kRB || tags[j] == Tag::kCC || tags[j] == Tag::kOpenQuote)) ++j;
      if (j >= n || tags[j] != Tag::kVB) tags[i] = Tag::kIN;
    }
  }
}

}  // namespace entente
