// data_dir.h — where entente finds its built-in dictionaries (data/).
#pragma once

#include <string>
#include <string_view>

#include "entente/status.h"

namespace entente {

// The directory holding the built-in dictionaries. Looked up in order:
// $ENTENTE_DATA_DIR; ../share/entente beside the running executable; the
// source tree's data/ recorded at build time. Returns "" if none exists.
std::string DataDir();

// Reads a whole file into `out`. Returns false (and leaves `out` empty) if
// the file cannot be read.
bool ReadFile(const std::string& path, std::string* out);

// Writes `bytes` to `path` (replacing it); an IoError naming the file if any
// write or the close fails.
Status WriteFile(const std::string& path, std::string_view bytes);

}  // namespace entente
