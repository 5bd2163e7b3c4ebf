// fips_codes.cc — ISO 3166-1 alpha-3 to FIPS 10-4 (fips_codes.h).
#include "output/fips_codes.h"

#include <sstream>

#include "util/data_dir.h"

namespace entente {

namespace {

constexpr std::string_view kHeader = "@format entente-fips 1";

bool IsUpper(std::string_view s) {
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return !s.empty();
}

}  // namespace

Result<FipsCodes> FipsCodes::Load(const std::string& path) {
  std::string bytes;
  if (!ReadFile(path, &bytes)) return Status::IoError(path + ": cannot read the FIPS code table");
  FipsCodes codes;
  std::istringstream in(bytes);
  std::string line;
  bool header = false;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::string where = path + ":" + std::to_string(n) + ": ";
    if (!header) {
      if (line != kHeader) return Status::Corrupt(where + "expected '" + std::string(kHeader) + "'");
      header = true;
      continue;
    }
    if (line.size() != 6 || line[3] != ' ' || !IsUpper(line.substr(0, 3)) || !IsUpper(line.substr(4))) {
      return Status::Corrupt(where + "expected an ISO 3166-1 alpha-3 code, a space and a FIPS 10-4 code");
    }
    if (!codes.by_iso3_.emplace(line.substr(0, 3), line.substr(4)).second) {
      return Status::Corrupt(where + "code " + line.substr(0, 3) + " listed twice");
    }
  }
  if (!header) return Status::Corrupt(path + ": empty FIPS code table");
  return codes;
}

const FipsCodes& FipsCodes::Shipped() {
  static const FipsCodes shipped = [] {
    Result<FipsCodes> r = Load(DataDir() + "/codes/fips10_4.txt");
    return r.ok() ? std::move(*r) : FipsCodes();
  }();
  return shipped;
}

std::string_view FipsCodes::Country(std::string_view iso3) const {
  auto it = by_iso3_.find(std::string(iso3));
  return it == by_iso3_.end() ? std::string_view() : std::string_view(it->second);
}

std::string FipsCodes::Adm1(std::string_view iso3, std::string_view precision,
                            std::string_view region) const {
  std::string_view country = Country(iso3);
  if (country.empty()) return "";
  if (precision == "country") return std::string(country);
  if (iso3 == "USA" && region.size() == 5 && region.substr(0, 3) == "US-") {
    return "US" + std::string(region.substr(3));
  }
  return "";
}

}  // namespace entente
