// geonames_table.h — the city list of Debian's libgeonames (name, ISO 3166
// alpha-2 country, population), read for the actor dictionary at start-up.
// The library hands out one GVariant per city and decodes every field
// through a format string (and gettext for the name): 445 M instructions for
// 24,000 cities, more than half of the pipeline's start-up. Its data is one
// serialised GVariant array, `a(sssssssudd)`, registered as a GResource by
// the library itself; ReadGeonamesCities reads the three fields the matcher
// needs straight from that serialised form (the GVariant format is GLib's
// documented, stable serialisation), checking every offset, and falls back
// to the library's accessors if anything does not fit.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace entente::actors {

struct GeonamesCity {
  std::string_view name;     // English name (the library's untranslated name)
  std::string_view country;  // ISO 3166-1 alpha-2
  std::string_view state;    // the first-level division's English name ("Aleppo Governorate"), may be ""
  uint32_t population = 0;
  double lat = 0, lon = 0;   // WGS84 degrees
};

// The cities, in the library's order. The views stay valid for the lifetime
// of *table (the library's static data, or copies held by *table).
class GeonamesTable {
 public:
  // through_library: skip the serialised read (tests compare the two paths).
  explicit GeonamesTable(bool through_library = false);
  ~GeonamesTable();
  GeonamesTable(const GeonamesTable&) = delete;
  GeonamesTable& operator=(const GeonamesTable&) = delete;

  // Empty when built without libgeonames. `fast` says which path was taken.
  const std::vector<GeonamesCity>& cities() const { return cities_; }
  bool fast() const { return fast_; }

 private:
  bool ReadSerialised();
  void ReadThroughLibrary();

  std::vector<GeonamesCity> cities_;
  std::vector<std::string> owned_;  // fallback path: copies the views point into
  void* bytes_ = nullptr;           // GBytes* of the fast path
  bool fast_ = false;
};

}  // namespace entente::actors
