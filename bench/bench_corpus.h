// bench_corpus.h — reading the `text` field of every line of a JSON Lines
// corpus file, for the benchmarks that time a stage over ../shared/corpus.
#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

namespace entente::bench {

// Appends the `text` of every record of the JSON Lines file at `path` to
// *texts; lines without one, or an unreadable file, add nothing.
inline void LoadTexts(const std::string& path, std::vector<std::string>* texts) {
  simdjson::padded_string json;
  if (simdjson::padded_string::load(path).get(json)) return;
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document_stream stream;
  if (parser.iterate_many(json).get(stream)) return;
  for (auto doc : stream) {
    std::string_view text;
    if (doc["text"].get_string().get(text)) continue;
    texts->emplace_back(text);
  }
}

}  // namespace entente::bench
