// corpus.h — training-time input for the tagger trainer: the "text" fields of
// a JSON Lines news corpus, cut into sentences of tokens by a small
// Penn-Treebank-style tokenizer (clitics, punctuation, abbreviations, and
// optionally hyphenated compounds split as the newer treebanks do).
// Not used at run time: the pipeline's own text stage does that job there.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace entente {

// Appends the "text" field of every line of a JSON Lines file. False if the
// file cannot be read.
bool ReadJsonlTexts(const std::string& path, std::vector<std::string>* texts);

// Appends the sentences of `text`, each a list of tokens.
void SimpleTokenize(std::string_view text, bool split_hyphens,
                    std::vector<std::vector<std::string>>* sentences);

}  // namespace entente
