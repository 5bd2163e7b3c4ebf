// data_dir.h — where entente finds its built-in dictionaries (data/).
#pragma once

#include <string>

namespace entente {

// The directory holding the built-in dictionaries. Looked up in order:
// $ENTENTE_DATA_DIR; ../share/entente beside the running executable; the
// source tree's data/ recorded at build time. Returns "" if none exists.
std::string DataDir();

// Reads a whole file into `out`. Returns false (and leaves `out` empty) if
// the file cannot be read.
bool ReadFile(const std::string& path, std::string* out);

}  // namespace entente
