// fips_codes.h — the FIPS 10-4 codes GDELT writes in its geography columns
// (data/codes/fips10_4.txt): entente keeps ISO 3166 codes and converts
// only when it writes a GDELT row.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "entente/status.h"

namespace entente {

class FipsCodes {
 public:
  // Reads an "@format entente-fips 1" file: "ISO3 FIPS" lines. A malformed
  // line is an error naming the file and line.
  static Result<FipsCodes> Load(const std::string& path);
  // The table of the data directory, read once; empty (every code "") if
  // it cannot be read.
  static const FipsCodes& Shipped();

  // The FIPS 10-4 country code of an ISO 3166-1 alpha-3 code; "" if none.
  std::string_view Country(std::string_view iso3) const;
  // GDELT's ADM1Code for a place: the country's FIPS code for a country;
  // for a US place with an ISO 3166-2 region ("US-CA"), "US" and the state
  // ("USCA"), as GDELT writes US states; "" otherwise, when the ADM1 is
  // unknown (GDELT's other ADM1 codes are FIPS admin codes that entente has
  // no checked table for: libgeonames's admin1 codes are FIPS for some
  // countries only; doc/formats/events.md, "ADM1Code").
  std::string Adm1(std::string_view iso3, std::string_view precision, std::string_view region) const;
  size_t size() const { return by_iso3_.size(); }

 private:
  std::unordered_map<std::string, std::string> by_iso3_;
};

}  // namespace entente
