// records.h — PETRARCH validation records (PETR.UnitTest.records.xml): one
// <Sentence date id category> per record with expected <EventCoding>s
// (sourcecode/targetcode/eventcode, or noevents="True", or error=…), the raw
// <Text> and a Penn-style <Parse> tree. Read with a small tolerant scanner
// (attributes with spaces around '=', either quote); malformed records are
// reported (file, line, reason) and skipped. `<Config option= value=>`
// elements between records set options for the records after them
// (comments are passed over).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "entente/diagnostics.h"

namespace entente::petrarch {

struct Coding {
  std::string source, target, code;
  bool operator==(const Coding& o) const = default;
  bool operator<(const Coding& o) const {
    return std::tie(source, target, code) < std::tie(o.source, o.target, o.code);
  }
};

struct Record {
  std::string id, category, date;  // date "YYYY-MM-DD"
  std::string text;                // whitespace collapsed
  std::string parse;               // the tree as written
  std::vector<Coding> expected;
  bool noevents = false;           // <EventCoding noevents="True">
  bool error = false;              // <EventCoding error=…>: PETRARCH expects no coding
  uint32_t line = 0;
  // <Config> options in force for this record, values lower-cased
  // ("require_dyad" → "false").
  std::map<std::string, std::string> config;
};

std::vector<Record> ParseRecords(const std::string& xml, const std::string& file, DiagnosticSink* sink);

// The (word, tag) pairs of a tree's preterminals "(TAG word)", in order.
std::vector<std::pair<std::string, std::string>> TreeTags(const std::string& tree);

}  // namespace entente::petrarch
