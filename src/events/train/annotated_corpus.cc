#include "events/train/annotated_corpus.h"

#include <simdjson.h>

#include "util/data_dir.h"
#include "util/lines.h"

namespace entente {

namespace {

// Byte offset of each code point of `s` (plus the end).
std::vector<uint32_t> CodePointOffsets(const std::string& s) {
  std::vector<uint32_t> out;
  for (uint32_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(i);
  }
  out.push_back(static_cast<uint32_t>(s.size()));
  return out;
}

// A [start, end) code-point span into byte offsets. An absent span is fine
// (0, 0); a malformed one is not.
bool ReadSpan(simdjson::simdjson_result<simdjson::dom::element> field, const std::vector<uint32_t>& cp, uint32_t* b,
          uint32_t* e) {
  simdjson::dom::element v;
  if (field.get(v)) return true;
  simdjson::dom::array a;
  if (v.get(a) || a.size() != 2) return false;
  int64_t x, y;
  if (a.at(0).get(x) || a.at(1).get(y) || x < 0 || y < x || static_cast<size_t>(y) >= cp.size()) return false;
  *b = cp[x];
  *e = cp[y];
  return true;
}

bool Actors(simdjson::dom::element ev, const char* role, const std::vector<uint32_t>& cp,
            std::vector<GoldActor>* out) {
  simdjson::dom::array arr;
  if (ev[role].get(arr)) return true;  // absent: none
  for (simdjson::dom::element a : arr) {
    GoldActor g;
    std::string_view code;
    if (a["code"].get(code) || !ReadSpan(a["span"], cp, &g.begin, &g.end)) return false;
    g.code = std::string(code);
    out->push_back(std::move(g));
  }
  return true;
}

bool Location(simdjson::dom::element ev, const std::vector<uint32_t>& cp, GoldLocation* out) {
  simdjson::dom::element loc;
  if (ev["location"].get(loc) || loc.is_null()) return true;  // absent: none
  std::string_view text, country, precision;
  if (loc["text"].get(text) || !ReadSpan(loc["span"], cp, &out->begin, &out->end)) return false;
  if (loc["country"].get(country)) country = "";
  if (loc["precision"].get(precision)) precision = "";
  bool dateline = false;
  if (!loc["from_dateline"].get(dateline)) out->from_dateline = dateline;
  out->text = std::string(text);
  out->country = std::string(country);
  out->precision = std::string(precision);
  return true;
}

bool Events(simdjson::dom::element rec, const char* key, const std::vector<uint32_t>& cp,
            std::vector<GoldEvent>* out) {
  simdjson::dom::array arr;
  if (rec[key].get(arr)) return true;
  for (simdjson::dom::element ev : arr) {
    GoldEvent g;
    std::string_view type, cameo, fact;
    if (ev["type"].get(type)) return false;
    if (ev["factuality"].get(fact)) fact = "done";
    if (ev["cameo"].get(cameo)) cameo = "";
    if (!ReadSpan(ev["trigger_span"], cp, &g.trigger_begin, &g.trigger_end)) return false;
    bool opt = false;
    if (!ev["optional"].get(opt)) g.optional = opt;
    g.type = std::string(type);
    g.cameo = std::string(cameo);
    g.factuality = std::string(fact);
    if (!Actors(ev, "source", cp, &g.sources) || !Actors(ev, "target", cp, &g.targets)) return false;
    if (!Location(ev, cp, &g.location)) return false;
    out->push_back(std::move(g));
  }
  return true;
}

}  // namespace

bool ReadAnnotatedCorpus(const std::string& path, DiagnosticSink* sink, std::vector<GoldSentence>* out) {
  std::string text;
  if (!ReadFile(path, &text)) {
    if (sink) sink->Report({Severity::kError, path, 0, "cannot read the corpus file"});
    return false;
  }
  simdjson::dom::parser parser;
  uint64_t lineno = 0;
  std::string_view rest = text, raw;
  while (NextLine(&rest, &raw)) {
    std::string line(raw);
    ++lineno;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    simdjson::dom::element rec;
    GoldSentence s;
    std::string_view id, body, split, source;
    bool ok = !parser.parse(line).get(rec) && !rec["id"].get(id) && !rec["text"].get(body);
    if (ok) {
      s.id = std::string(id);
      s.text = std::string(body);
      std::string_view date;
      if (!rec["date"].get(date)) s.date = std::string(date);
      if (!rec["split"].get(split)) s.split = std::string(split);
      if (!rec["source"].get(source)) s.source = std::string(source);
      std::string_view doc_id;
      if (!rec["doc_id"].get(doc_id)) s.doc_id = std::string(doc_id);
      std::vector<uint32_t> cp = CodePointOffsets(s.text);
      ok = Events(rec, "events", cp, &s.events) && Events(rec, "nonfactual_events", cp, &s.events);
    }
    if (!ok) {
      if (sink) sink->Report({Severity::kError, path, lineno, "not a corpus record (see data/train/README.md); skipped"});
      continue;
    }
    out->push_back(std::move(s));
  }
  return true;
}

const std::string& DocumentOf(const GoldSentence& s) { return s.doc_id.empty() ? s.id : s.doc_id; }

std::vector<std::pair<size_t, size_t>> DocumentRuns(const std::vector<GoldSentence>& gold) {
  std::vector<std::pair<size_t, size_t>> runs;
  for (size_t i = 0; i < gold.size(); ++i) {
    if (i == 0 || DocumentOf(gold[i]) != DocumentOf(gold[i - 1])) runs.emplace_back(i, i);
    runs.back().second = i + 1;
  }
  return runs;
}

int GoldTriggerToken(const AnalyzedDocument& a, const GoldEvent& g, uint32_t* sentence) {
  for (uint32_t s = 0; s < a.sentences.size(); ++s) {
    const Sentence& sent = a.sentences[s];
    int best = -1, best_depth = 1 << 30;
    for (uint32_t i = sent.first_token; i < sent.first_token + sent.token_count && i < a.tokens.size(); ++i) {
      const entente::Span& sp = a.tokens[i].span;
      if (!(sp.begin < g.trigger_end && g.trigger_begin < sp.end)) continue;
      int d = 0;
      for (int32_t h = a.tokens[i].head; h >= 0 && d < 512; h = a.tokens[h].head) ++d;
      if (d < best_depth) best = static_cast<int>(i), best_depth = d;
    }
    if (best >= 0) {
      *sentence = s;
      return best;
    }
  }
  return -1;
}

}  // namespace entente
