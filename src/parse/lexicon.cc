// The word lists behind WordFlags(). Kept small and grammatical: what a
// word does to the clause around it, not what event it denotes.
#include "parse/lexicon.h"

#include <string>
#include <utility>
#include <vector>

namespace entente::parse {

namespace {

struct Entry {
  const char* words;  // space-separated
  uint32_t flags;
};

constexpr Entry kEntries[] = {
    {"say tell announce add state claim declare insist note argue explain stress "
     "confirm deny write assert tweet reply respond acknowledge admit report warn "
     "allege comment remark emphasize emphasise reiterate maintain suggest predict "
     "vow pledge promise threaten testify concede complain urge reveal disclose "
     "recall indicate signal caution post",
     kSay | kBridge},
    {"think believe know hope expect fear feel agree decide conclude find show "
     "mean realize realise understand accept recognize recognise hear learn see "
     "ensure demand estimate assume guess doubt worry reckon prove imply",
     kBridge},
    {"plan intend agree pledge threaten expect want hope seek aim try attempt "
     "promise vow decide offer prepare propose wish vote move need plot scramble "
     "struggle push press ask demand request prefer choose volunteer consider "
     "mean undertake resolve strive hesitate arrange schedule appear seem tend "
     "claim pretend order urge call tell force allow invite encourage persuade "
     "pressure authorize authorise instruct require permit enable advise compel "
     "oblige warn help lobby appeal prompt mandate convince commit "
     "decision bid effort intention attempt ability right readiness willingness "
     "proposal agreement deal order call demand request threat pledge promise offer "
     "plan",
     kModalMatrix},
    {"begin start continue resume manage proceed keep go get come",
     kAspectual},
    {"refuse fail decline neglect cease stop avoid reject forget",
     kNegMatrix},
    {"ask urge tell order force allow invite encourage persuade press pressure "
     "authorize authorise instruct request require permit enable advise compel "
     "oblige help want expect call warn lead lobby prompt push mandate convince "
     "need get",
     kObjControl},
    {"tell inform assure warn remind notify advise convince persuade promise",
     kTellLike},
    {"likely unlikely ready able due set poised willing eager keen prepared "
     "determined expected scheduled supposed certain sure free reluctant "
     "bound slated",
     kModalAdj},
    {"unable unwilling", kModalAdj | kNegAdj},
    {"if unless when whenever after before because while although though since "
     "until till once whereas as lest",
     kSubordinator},
    {"that whether", kComplementizer},
    {"who whom which whose where", kRelPronoun},
    {"not n't never", kNegation},
    {"be have do get", kAuxiliary},
    {"will shall 'll", kFuture},
    {"out up down off back away", kParticle},
    {"about around nearly approximately roughly almost some over under up "
     "more less fewer least most only just",
     kQuantifier},
    {"today tonight yesterday tomorrow week month year day night morning evening "
     "afternoon weekend monday tuesday wednesday thursday friday saturday sunday "
     "january february march april june july august september october november "
     "december spring summer autumn winter decade hour home jan feb apr jun jul "
     "aug sep sept oct nov dec",
     kTime},
    {"next last this every each all early late earlier later", kTimeModifier},
    {"official leader representative diplomat member minister delegate delegation "
     "envoy counterpart soldier troop force lawmaker politician people citizen "
     "resident expert negotiator spokesman spokeswoman spokesperson president head "
     "chief ambassador officer commander authority analyst activist journalist "
     "source lawyer worker militant fighter rebel protester refugee civilian "
     "student ministry government embassy mission staff",
     kPersonNoun},
    {"official leader representative diplomat member minister delegate delegation "
     "envoy counterpart lawmaker politician expert negotiator spokesman spokeswoman "
     "spokesperson president head chief ambassador officer commander authority "
     "analyst activist journalist lawyer",
     kOfficialNoun},
    {"give send offer grant hand sell lend show promise award pay owe bring tell "
     "deny allow teach supply provide",
     kDitransitive},
    {"help let make have see hear watch", kBareInfGovernor},
    {"according because ahead instead out due prior such along together apart away "
     "close next up as rather on in with",
     kMultiwordStart},
    {"accuse blame suspect charge praise thank criticise criticize condemn commend "
     "credit fault punish sanction congratulate warn",
     kAccuseLike},
    {"prevent bar ban stop prohibit deter block keep discourage dissuade restrain",
     kPreventLike},
    {"withdrawal pullout pull-out talk meeting visit attack invasion sanction "
     "agreement deal summit negotiation strike airstrike air-strike protest arrest "
     "killing bombing deployment ceasefire cease-fire accord treaty pact "
     "cooperation aid assistance criticism condemnation threat demand request "
     "offer proposal investigation war clash fighting assault raid shelling siege "
     "blockade embargo boycott expulsion release occupation annexation "
     "intervention election recognition rejection refusal decision announcement "
     "warning accusation allegation dispute crackdown execution detention "
     "abduction kidnapping assassination evacuation departure arrival return "
     "exercise drill reduction increase cut buildup build-up dialogue "
     "consultation conference mediation appeal apology endorsement veto ban "
     "restriction suspension resumption delivery sale purchase transfer "
     "shipment exchange partnership alliance battle offensive incursion "
     "bombardment launch call support commitment pledge promise plea "
     "deportation seizure capture surrender retreat deal-making imposition "
     "lifting easing expansion enlargement accession admission entry "
     "membership trip tour meeting conversation phone-call discussion debate "
     "agreement memorandum settlement truce armistice handover hand-over "
     "takeover coup uprising rebellion insurgency riot demonstration march "
     "rally strike walkout",
     kEventNoun},
};

// Open addressing over FNV-1a hashes: one probe for most words, no
// allocation at lookup time.
class Table {
 public:
  Table() {
    std::vector<std::pair<std::string, uint32_t>> words;
    for (const Entry& e : kEntries) {
      std::string_view s(e.words);
      size_t i = 0;
      while (i < s.size()) {
        size_t j = s.find(' ', i);
        if (j == std::string_view::npos) j = s.size();
        if (j > i) words.emplace_back(std::string(s.substr(i, j - i)), e.flags);
        i = j + 1;
      }
    }
    size_t cap = 1;
    while (cap < words.size() * 4) cap <<= 1;
    mask_ = cap - 1;
    slots_.resize(cap);
    for (auto& [w, f] : words) {
      size_t h = Hash(w) & mask_;
      while (!slots_[h].word.empty() && slots_[h].word != w) h = (h + 1) & mask_;
      slots_[h].word = w;
      slots_[h].flags |= f;
    }
  }
  uint32_t Get(std::string_view w) const {
    if (w.empty() || w.size() > 24) return 0;
    size_t h = Hash(w) & mask_;
    while (!slots_[h].word.empty()) {
      if (slots_[h].word == w) return slots_[h].flags;
      h = (h + 1) & mask_;
    }
    return 0;
  }

 private:
  static size_t Hash(std::string_view s) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return static_cast<size_t>(h ^ (h >> 29));
  }
  struct Slot {
    std::string word;
    uint32_t flags = 0;
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

}  // namespace

uint32_t WordFlags(std::string_view lower) {
  static const Table table;
  return table.Get(lower);
}

}  // namespace entente::parse
