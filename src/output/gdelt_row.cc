// gdelt_row.cc — the GDELT 2.0 event row (gdelt_row.h).
#include "output/gdelt_row.h"

#include <algorithm>

#include <fmt/format.h>

#include "output/fips_codes.h"
#include "output/json_util.h"

namespace entente {

uint64_t GdeltGlobalId(const std::string& id) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : id) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h >> 1;
}

std::string CompactDate(const std::string& date) {
  std::string out;
  for (char c : date) {
    if (c != '-') out.push_back(c);
  }
  return out;
}

std::string KnownGroupCode(const ActorMention& m) {
  const std::string& c = m.code;
  if (c.size() < 6 || !(c.starts_with("IGO") || c.starts_with("NGO") || c.starts_with("IMG"))) {
    return "";
  }
  for (size_t end = c.size() - c.size() % 3; end >= 6; end -= 3) {
    std::string block = c.substr(end - 3, 3);
    if (std::find(m.sectors.begin(), m.sectors.end(), block) == m.sectors.end()) return block;
  }
  return "";
}

namespace {

void ActionGeo(const EventLocation* l, std::string* out) {
  if (!l || l->empty()) {
    *out += "0\t\t\t\t\t\t\t\t";
    return;
  }
  bool us = l->country == "USA";
  int type = l->precision == "country" ? 1 : l->precision == "city" ? (us ? 3 : 4) : (us ? 2 : 5);
  std::string name = l->name.empty() ? l->text : l->name;
  // GDELT's geography speaks FIPS 10-4, not ISO (data/codes/fips10_4.txt).
  const FipsCodes& fips = FipsCodes::Shipped();
  *out += fmt::format("{}\t{}\t{}\t{}\t\t{}\t{}\t{}\t", type, TsvField(name), fips.Country(l->country),
                      fips.Adm1(l->country, l->precision, l->region),
                      l->has_coords ? fmt::format("{:.4f}", l->lat) : "",
                      l->has_coords ? fmt::format("{:.4f}", l->lon) : "", l->place_id);
}

void Actor(const ActorMention& m, std::string* out) {
  std::string country = m.country.size() == 3 ? m.country : "";
  // Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2, Type1..3
  // (Religion2 is the finer code under Religion1 in GDELT; entente keeps one).
  *out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t", m.code, TsvField(m.name.empty() ? m.text : m.name),
                      country, KnownGroupCode(m), m.ethnic, m.religion);
  for (size_t k = 0; k < 3; ++k) {
    *out += '\t';
    if (k < m.sectors.size()) *out += m.sectors[k];
  }
  *out += '\t';
}

}  // namespace

void AppendGdeltRow(const GdeltEvent& e, std::string* out) {
  static const ActorMention kNone;
  std::string day = CompactDate(e.date);
  *out += fmt::format("{}\t", e.global_id);
  // A library caller's date may be anything ("2021-ab-16" once aborted the
  // process through std::stoi): only eight digits are a date.
  if (day.size() == 8 && day.find_first_not_of("0123456789") == std::string::npos) {
    auto digits = [&](size_t at, size_t n) {
      int v = 0;
      for (size_t k = at; k < at + n; ++k) v = v * 10 + (day[k] - '0');
      return v;
    };
    int year = digits(0, 4), month = digits(4, 2), mday = digits(6, 2);
    *out += fmt::format("{}\t{:04d}{:02d}\t{:04d}\t{:.4f}\t", day, year, month, year,
                        year + (month * 30 + mday) / 365.0);
  } else {
    *out += "\t\t\t\t";
  }
  Actor(e.source ? *e.source : kNone, out);
  Actor(e.target ? *e.target : kNone, out);
  std::string_view cameo = e.cameo;
  *out += fmt::format("{}\t{}\t{}\t{}\t{}\t{:.1f}\t{}\t{}\t{}\t\t", e.root ? 1 : 0, cameo,
                      cameo.substr(0, std::min<size_t>(3, cameo.size())), cameo.substr(0, 2),
                      e.quad, e.goldstein, e.mentions, e.sources, e.articles);
  // Actor1Geo, Actor2Geo: 2 x 8 fields, type 0 = unknown; ActionGeo: where
  // the event happened (Type, FullName, CountryCode, ADM1Code, ADM2Code,
  // Lat, Long, FeatureID).
  for (int g = 0; g < 2; ++g) *out += "0\t\t\t\t\t\t\t\t";
  ActionGeo(e.location, out);
  *out += fmt::format("\t{}\n", TsvField(e.url));
}

}  // namespace entente
