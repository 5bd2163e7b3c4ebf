// tagset.h — the Penn Treebank part-of-speech tag set as a small enum, with
// the names entente prints and the names the Lingua::EN::Tagger data uses.
#pragma once

#include <cstdint>
#include <string_view>

namespace entente {

// Penn Treebank tags, plus the additions of the newer treebanks (OntoNotes,
// EWT, GUM): HYPH, NFP, ADD, GW, XX, AFX. Values are dense (array indices).
enum class Tag : uint8_t {
  kCC, kCD, kDT, kEX, kFW, kIN, kJJ, kJJR, kJJS, kLS, kMD, kNN, kNNS, kNNP,
  kNNPS, kPDT, kPOS, kPRP, kPRPS, kRB, kRBR, kRBS, kRP, kSYM, kTO, kUH, kVB,
  kVBD, kVBG, kVBN, kVBP, kVBZ, kWDT, kWP, kWPS, kWRB, kDollar, kHash,
  kOpenQuote, kCloseQuote, kLRB, kRRB, kComma, kPeriod, kColon, kHYPH, kNFP,
  kADD, kGW, kXX, kAFX,
};
inline constexpr int kNumTags = static_cast<int>(Tag::kAFX) + 1;

inline constexpr int TagIndex(Tag t) { return static_cast<int>(t); }

// The Penn Treebank spelling: "NN", "PRP$", "-LRB-", ",", "``" ...
std::string_view TagName(Tag t);

// Parses a Penn Treebank tag name. False if unknown.
bool ParseTagName(std::string_view name, Tag* t);

// Parses a tag name of the Lingua::EN::Tagger data ("nn", "det", "ppc",
// "prps" ...). False if unknown.
bool ParseLinguaTagName(std::string_view name, Tag* t);

// Tag classes the lemmatizer and the parser care about.
inline bool IsVerbTag(Tag t) { return t >= Tag::kVB && t <= Tag::kVBZ; }
inline bool IsNounTag(Tag t) { return t >= Tag::kNN && t <= Tag::kNNPS; }

}  // namespace entente
