// corpus.h — training-time input for the tagger trainer: the "text" fields
// of a JSON Lines news corpus (the trainer then splits them with the
// pipeline's own text stage). Not used at run time.
#pragma once

#include <string>
#include <vector>

namespace entente {

// Appends the "text" field of every line of a JSON Lines file. False if the
// file cannot be read.
bool ReadJsonlTexts(const std::string& path, std::vector<std::string>* texts);

}  // namespace entente
