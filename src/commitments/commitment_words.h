// commitment_words.h — the word lists of the commitments stage
// (data/commitments/commitment_words.txt): promise verbs, future
// auxiliaries, "ready to" adjectives, promise nouns, verbs of wanting
// (which make an act sought, not promised) and the words of quantities.
// Immutable after Load(); safe to share between threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "entente/diagnostics.h"
#include "entente/status.h"

namespace entente {

enum class CueKind : uint8_t {
  kNone, kVerb, kAux, kAdj, kNoun, kNot, kScale, kPercent, kCurrency, kLimit, kOath, kNegation, kSettle, kAccord, kBeTo,
  kOwnType, kHedge, kAffirm, kGive, kExchange, kWeakNoun,
  kCooperation, kForecast, kNoAct, kDeclare, kCondition, kSpeakerPronoun, kBinding, kProffer,
  kConceded, kAccept, kAccepted, kParty
};

class CommitmentWords {
 public:
  // Reads <data_dir>/commitments/commitment_words.txt; bad lines go to
  // `sink`; a missing file or a newer format version is an error.
  static Result<CommitmentWords> Load(const std::string& data_dir, DiagnosticSink* sink);
  static Result<CommitmentWords> Parse(std::string_view text, const std::string& file, DiagnosticSink* sink);

  // Is the lower-case lemma or word in the list of `kind`? (A word may be
  // in several: "pledge" is a verb and a noun.)
  bool Is(std::string_view word, CueKind kind) const;
  // In any list of promise words (verb, aux, adj or noun)?
  bool IsPromise(std::string_view word) const;
  // The least confidence (Event::confidence) a coder's event needs to be
  // read as a promise (the file's `min_event_confidence` line; none: every
  // event is read). Events with no confidence (other coders) are all read.
  double min_event_confidence() const { return min_event_confidence_; }

 private:
  std::unordered_map<std::string, uint64_t> kinds_;  // bit 1 << kind
  double min_event_confidence_ = -1e300;
};

}  // namespace entente
