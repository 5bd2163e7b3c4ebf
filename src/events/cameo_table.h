// cameo_table.h — facts per CAMEO event code (quad class, Goldstein value,
// PLOVER type/mode/context), loaded from data/events/cameo_codes.tsv.
// Immutable after Load(); safe to share between threads.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "entente/diagnostics.h"
#include "entente/status.h"

namespace entente {

struct CameoFacts {
  std::string code;                  // "0874"
  int quad = 0;                      // GDELT root-based quad class
  double goldstein = 0.0;            // GDELT Goldstein value
  std::string plover;                // "" when PLOVER has no category (CAMEO 01)
  std::string mode;                  // PLOVER mode or ""
  std::vector<std::string> context;  // PLOVER contexts
  std::string name;                  // short CAMEO label
};

class CameoTable {
 public:
  // Parses the text of cameo_codes.tsv (`file` names it in diagnostics).
  // Bad rows are reported and skipped; an unknown format version is an error.
  static Result<CameoTable> Parse(const std::string& text, const std::string& file,
                                  DiagnosticSink* sink);
  // Reads and parses data_dir/events/cameo_codes.tsv ("" = built-in data).
  static Result<CameoTable> Load(const std::string& data_dir, DiagnosticSink* sink);
  // The facts for `code`, or nullptr if the code is unknown.
  const CameoFacts* Find(const std::string& code) const;
  size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, CameoFacts> codes_;
};

}  // namespace entente
