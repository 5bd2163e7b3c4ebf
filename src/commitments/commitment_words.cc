// commitment_words.cc — reading the promise word lists (commitment_words.h).
#include "commitments/commitment_words.h"

#include <cmath>
#include <cstdlib>
#include <optional>

#include "commitments/word_util.h"
#include "events/text_util.h"
#include "util/data_dir.h"

namespace entente {

namespace {
constexpr std::string_view kFormat = "entente-commitment-words 1";

CueKind KindNamed(std::string_view s) {
  if (s == "verb") return CueKind::kVerb;
  if (s == "aux") return CueKind::kAux;
  if (s == "adj") return CueKind::kAdj;
  if (s == "noun") return CueKind::kNoun;
  if (s == "not") return CueKind::kNot;
  if (s == "scale") return CueKind::kScale;
  if (s == "percent") return CueKind::kPercent;
  if (s == "currency") return CueKind::kCurrency;
  if (s == "limit") return CueKind::kLimit;
  if (s == "oath") return CueKind::kOath;
  if (s == "negation") return CueKind::kNegation;
  if (s == "settle") return CueKind::kSettle;
  if (s == "accord") return CueKind::kAccord;
  if (s == "be_to") return CueKind::kBeTo;
  if (s == "own_type") return CueKind::kOwnType;
  if (s == "hedge") return CueKind::kHedge;
  if (s == "affirm") return CueKind::kAffirm;
  if (s == "give") return CueKind::kGive;
  if (s == "exchange") return CueKind::kExchange;
  if (s == "weak_noun") return CueKind::kWeakNoun;
  if (s == "cooperation") return CueKind::kCooperation;
  if (s == "forecast") return CueKind::kForecast;
  if (s == "no_act") return CueKind::kNoAct;
  if (s == "declare") return CueKind::kDeclare;
  if (s == "condition") return CueKind::kCondition;
  if (s == "speaker_pronoun") return CueKind::kSpeakerPronoun;
  if (s == "binding") return CueKind::kBinding;
  if (s == "proffer") return CueKind::kProffer;
  if (s == "conceded") return CueKind::kConceded;
  if (s == "accept") return CueKind::kAccept;
  if (s == "accepted") return CueKind::kAccepted;
  if (s == "party") return CueKind::kParty;
  return CueKind::kNone;
}

// The number of a setting line ("0.5"), or nullopt.
std::optional<double> SettingValue(std::string_view s) {
  std::string v(Trim(s));
  if (v.empty()) return std::nullopt;
  char* end = nullptr;
  double d = std::strtod(v.c_str(), &end);
  if (end != v.c_str() + v.size() || !std::isfinite(d)) return std::nullopt;
  return d;
}
}  // namespace

Result<CommitmentWords> CommitmentWords::Load(const std::string& data_dir, DiagnosticSink* sink) {
  std::string path = (data_dir.empty() ? DataDir() : data_dir) + "/commitments/commitment_words.txt";
  std::string text;
  if (!ReadFile(path, &text)) return Status::NotFound("cannot read " + path);
  return Parse(text, path, sink);
}

Result<CommitmentWords> CommitmentWords::Parse(std::string_view text, const std::string& file,
                                               DiagnosticSink* sink) {
  CommitmentWords words;
  Status s = ForEachDataLine(text, file, kFormat, [&](uint64_t line_no, std::string_view line) {
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() == 2 && Trim(f[0]) == "min_event_confidence") {
      std::optional<double> v = SettingValue(f[1]);
      if (v) words.min_event_confidence_ = *v;
      else if (sink) sink->Report({Severity::kWarning, file, line_no, "min_event_confidence needs a number"});
      return;
    }
    CueKind k = f.size() == 2 ? KindNamed(Trim(f[0])) : CueKind::kNone;
    if (k == CueKind::kNone || Trim(f[1]).empty()) {
      if (sink) sink->Report({Severity::kWarning, file, line_no, "expected KIND<TAB>word with a known KIND"});
      return;
    }
    words.kinds_[std::string(Trim(f[1]))] |= uint64_t{1} << static_cast<int>(k);
  });
  if (!s.ok()) return s;
  return words;
}

bool CommitmentWords::Is(std::string_view word, CueKind kind) const {
  auto it = kinds_.find(std::string(word));
  return it != kinds_.end() && (it->second & (uint64_t{1} << static_cast<int>(kind))) != 0;
}

bool CommitmentWords::IsPromise(std::string_view word) const {
  return Is(word, CueKind::kVerb) || Is(word, CueKind::kAux) || Is(word, CueKind::kAdj) ||
         Is(word, CueKind::kNoun);
}

}  // namespace entente
