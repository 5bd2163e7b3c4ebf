// geonames_table.cc — see geonames_table.h. GVariant serialisation (GLib
// reference, "GVariant serialisation format"): a container's framing offsets
// are little-endian-sized integers of 1, 2, 4 or 8 bytes (the smallest that
// can hold the container's size) stored at its end. An array of variable-size
// elements ends with one offset per element (the end of each element); a
// tuple ends with one offset per variable-size member except the last, in
// reverse order. Strings are NUL-terminated; fixed-size members follow at
// their natural alignment.
#include "actors/geonames_table.h"

#include <cstring>

#ifdef ENTENTE_WITH_GEONAMES
#include <geonames.h>
#include <gio/gio.h>
#endif

namespace entente::actors {

namespace {

size_t OffsetSize(size_t container) {
  if (container == 0) return 0;
  if (container <= 0xFF) return 1;
  if (container <= 0xFFFF) return 2;
  if (container <= 0xFFFFFFFFu) return 4;
  return 8;
}

uint64_t ReadOffset(const unsigned char* p, size_t size) {
  uint64_t v = 0;
  for (size_t i = 0; i < size; ++i) v |= static_cast<uint64_t>(p[i]) << (8 * i);
  return v;
}

size_t Align(size_t x, size_t a) { return (x + a - 1) & ~(a - 1); }

// One `(sssssssudd)` element: fields 1 (English name), 3 (state name), 4 (country code), 7
// (population), 8 and 9 (latitude, longitude). False if the element is malformed.
bool ReadCity(const unsigned char* e, size_t size, GeonamesCity* city) {
  constexpr size_t kStrings = 7;
  size_t o = OffsetSize(size);
  if (size < kStrings * o) return false;
  size_t ends[kStrings];
  size_t start = 0;
  std::string_view fields[kStrings];
  for (size_t k = 0; k < kStrings; ++k) {
    ends[k] = ReadOffset(e + size - o * (k + 1), o);
    if (ends[k] <= start || ends[k] > size - kStrings * o || e[ends[k] - 1] != '\0') return false;
    fields[k] = std::string_view(reinterpret_cast<const char*>(e + start), ends[k] - 1 - start);
    start = ends[k];
  }
  size_t pop = Align(start, 4);
  if (pop + 4 > size - kStrings * o) return false;
  uint32_t population;
  std::memcpy(&population, e + pop, 4);
  if (fields[4].size() != 2 || fields[1].empty()) return false;  // not the table we know
  size_t lat = Align(pop + 4, 8);
  if (lat + 16 > size - kStrings * o) return false;
  city->name = fields[1];
  city->country = fields[4];
  city->state = fields[3];
  city->population = population;
  std::memcpy(&city->lat, e + lat, 8);
  std::memcpy(&city->lon, e + lat + 8, 8);
  return true;
}

}  // namespace

GeonamesTable::GeonamesTable(bool through_library) {
#ifdef ENTENTE_WITH_GEONAMES
  if (through_library || !ReadSerialised()) ReadThroughLibrary();
#else
  (void)through_library;
#endif
}

GeonamesTable::~GeonamesTable() {
#ifdef ENTENTE_WITH_GEONAMES
  if (bytes_) g_bytes_unref(static_cast<GBytes*>(bytes_));
#endif
}

bool GeonamesTable::ReadSerialised() {
#ifdef ENTENTE_WITH_GEONAMES
  // The path libgeonames 0.3 registers its data under (older releases used
  // /com/ubuntu/…); not found → the library's accessors.
  GBytes* bytes = g_resources_lookup_data("/com/lomiri/geonames/cities.compiled", G_RESOURCE_LOOKUP_FLAGS_NONE, nullptr);
  if (!bytes) return false;
  bytes_ = bytes;
  gsize total = 0;
  const auto* data = static_cast<const unsigned char*>(g_bytes_get_data(bytes, &total));
  size_t o = OffsetSize(total);
  if (!data || total < o || o == 0) return false;
  uint64_t table = ReadOffset(data + total - o, o);  // end of the last element = start of the offsets
  if (table > total || (total - table) % o != 0) return false;
  size_t n = (total - table) / o;
  std::vector<GeonamesCity> cities;
  cities.reserve(n);
  size_t start = 0;
  for (size_t i = 0; i < n; ++i) {
    uint64_t end = ReadOffset(data + table + i * o, o);
    start = Align(start, 8);  // the tuple's alignment (its doubles)
    if (end < start || end > table) return false;
    GeonamesCity c;
    if (!ReadCity(data + start, end - start, &c)) return false;
    cities.push_back(c);
    start = end;
  }
  if (n == 0) return false;
  cities_ = std::move(cities);
  fast_ = true;
  return true;
#else
  return false;
#endif
}

void GeonamesTable::ReadThroughLibrary() {
#ifdef ENTENTE_WITH_GEONAMES
  cities_.clear();
  int n = geonames_get_n_cities();
  if (n <= 0) return;
  owned_.reserve(3 * static_cast<size_t>(n));  // never reallocates: the views stay put
  cities_.reserve(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    ::GeonamesCity* city = geonames_get_city(i);
    if (!city) continue;
    const char* name = geonames_city_get_name(city);
    const char* cc = geonames_city_get_country_code(city);
    const char* state = geonames_city_get_state(city);
    if (name && cc) {
      owned_.emplace_back(name);
      std::string_view nv = owned_.back();
      owned_.emplace_back(cc);
      std::string_view cv = owned_.back();
      owned_.emplace_back(state ? state : "");
      cities_.push_back({nv, cv, owned_.back(), geonames_city_get_population(city),
                         geonames_city_get_latitude(city), geonames_city_get_longitude(city)});
    }
    geonames_city_free(city);
  }
#endif
}

}  // namespace entente::actors
