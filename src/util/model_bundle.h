// model_bundle.h — one file holding the named parts of a trained model (the
// tagger's and the parser's weights, the label names, a description), so
// that parts trained together are always loaded together.
//
// Format (little-endian): magic "entente-bundle\0\0", u32 version, u32 part
// count, per part a u32 name length, the name, a u64 size and the bytes;
// then a u64 checksum of everything before it: XXH3-64 (xxHash, seed 0) in
// version 2, FNV-1a in version 1 (still read; byte-serial, it took a sixth
// of start-up over the 31 MB of shipped models). doc/formats/tagger.md.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "entente/status.h"
#include "util/file_bytes.h"

namespace entente {

class ModelBundle {
 public:
  static constexpr uint32_t kFormatVersion = 2;
  // The checksum a bundle of format `version` ends with (1: FNV-1a; 2 and
  // later: XXH3-64).
  static uint64_t Checksum(std::string_view bytes, uint32_t version);

  // NotFound if the file is absent; Corrupt (naming the file and the
  // reason) if it is damaged or truncated; Unsupported if its version is
  // newer than kFormatVersion. Versions 1 and 2 are read.
  static Result<ModelBundle> Load(const std::string& path);
  static Result<ModelBundle> Parse(std::string_view bytes, const std::string& name);

  void Put(const std::string& part, std::string bytes) {
    loaded_.erase(part);
    parts_[part] = std::move(bytes);
  }
  // The bytes of a part; Corrupt naming the file if it is missing.
  // Loaded parts are views into the bundle: valid while it lives.
  Result<std::string_view> Get(const std::string& part) const;
  bool Has(const std::string& part) const { return parts_.count(part) > 0 || loaded_.count(part) > 0; }
  const std::string& name() const { return name_; }

  // The bundle in format kFormatVersion (a loaded bundle of an older
  // version is re-written in the current one).
  std::string Serialize() const;
  Status Save(const std::string& path) const;

 private:
  // Checks the bytes in data_ and records where each part lies.
  Status Index(const std::string& name);

  std::string name_;
  std::map<std::string, std::string> parts_;  // parts put by a trainer
  FileBytes data_;                             // a loaded file's bytes ...
  std::map<std::string, std::pair<size_t, size_t>> loaded_;  // ... and each part's (offset, size) in them
};

}  // namespace entente
