#include "events/word_classes.h"

#include <charconv>
#include <unordered_map>

#include "util/file_bytes.h"
#include "util/lines.h"

namespace entente {

namespace {

// WordNet's lexicographer files by number (lexnames(5WN)): a format
// constant of the database, not a word list.
constexpr std::array<std::string_view, 45> kLexfiles = {
    "adj.all",          "adj.pert",          "adv.all",           "noun.Tops",       "noun.act",
    "noun.animal",      "noun.artifact",     "noun.attribute",    "noun.body",       "noun.cognition",
    "noun.communication", "noun.event",      "noun.feeling",      "noun.food",       "noun.group",
    "noun.location",    "noun.motive",       "noun.object",       "noun.person",     "noun.phenomenon",
    "noun.plant",       "noun.possession",   "noun.process",      "noun.quantity",   "noun.relation",
    "noun.shape",       "noun.state",        "noun.substance",    "noun.time",       "verb.body",
    "verb.change",      "verb.cognition",    "verb.communication", "verb.competition", "verb.consumption",
    "verb.contact",     "verb.creation",     "verb.emotion",      "verb.motion",     "verb.perception",
    "verb.possession",  "verb.social",       "verb.stative",      "verb.weather",    "adj.ppl"};

// Splits a line into its space-separated fields.
void Fields(std::string_view line, std::vector<std::string_view>* out) {
  out->clear();
  while (!line.empty()) {
    size_t sp = line.find(' ');
    if (sp != 0) out->push_back(line.substr(0, sp));
    if (sp == std::string_view::npos) break;
    line.remove_prefix(sp + 1);
  }
}

uint32_t Number(std::string_view s, int base = 10) {
  uint32_t v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v, base);
  return v;
}

// One synset as data.noun / data.verb give it.
struct RawSynset {
  bool found = false;  // false: no synset line at that offset
  uint8_t lexfile = 0xFF;
  std::string_view word;
  uint32_t hypernym = WordClasses::kNone;  // offset of its first hypernym
};

// The space-separated fields of one line, read one at a time: a synset's
// line is read only as far as its first hypernym, its gloss never.
class FieldCursor {
 public:
  explicit FieldCursor(std::string_view text) : rest_(text) {}
  // The next field; empty at the end of the line or at the gloss (" | ").
  std::string_view Next() {
    size_t i = 0;
    while (i < rest_.size() && rest_[i] == ' ') ++i;
    size_t j = i;
    while (j < rest_.size() && rest_[j] != ' ' && rest_[j] != '\n') ++j;
    std::string_view field = rest_.substr(i, j - i);
    bool last = j == rest_.size() || rest_[j] == '\n' || field == "|";
    rest_ = last ? std::string_view() : rest_.substr(j);
    return field == "|" ? std::string_view() : field;
  }

 private:
  std::string_view rest_;
};

// The first hypernym ("@", or "@i" of an instance) among a synset's
// `pointers` pointers (symbol offset pos source/target).
void ReadHypernym(FieldCursor* f, size_t pointers, RawSynset* s) {
  for (size_t k = 0; k < pointers; ++k) {
    std::string_view symbol = f->Next(), target = f->Next(), pos = f->Next();
    if (pos.empty()) return;
    if (symbol == "@" || symbol == "@i") {
      s->hypernym = Number(target);
      return;
    }
    f->Next();  // source/target
  }
}

// The synset at `offset` of a data file: WordNet's synset offsets are byte
// offsets into data.noun / data.verb (wndb(5WN)), so a synset is read where
// it stands and the file is never parsed whole. False when no synset line
// with that offset starts there.
// data: offset lexfile ss_type w_cnt (word lex_id)… p_cnt (symbol offset pos source/target)…
bool SynsetAt(std::string_view data, uint32_t offset, RawSynset* s) {
  if (offset >= data.size() || (offset > 0 && data[offset - 1] != '\n')) return false;
  FieldCursor f(data.substr(offset));
  std::string_view number = f.Next(), lexfile = f.Next(), type = f.Next(), words = f.Next();
  if (type.empty() || words.empty() || Number(number) != offset) return false;
  *s = RawSynset();
  s->found = true;
  s->lexfile = static_cast<uint8_t>(Number(lexfile));
  size_t n = Number(words, 16);
  for (size_t k = 0; k < 2 * n; ++k) {
    std::string_view field = f.Next();
    if (k == 0) s->word = field;
  }
  std::string_view pointers = f.Next();
  if (pointers.empty()) return false;
  ReadHypernym(&f, Number(pointers), s);
  return true;
}

// Calls fn with the fields of each index line whose lemma is one word (no
// '_': collocations are not looked up), splitting only those lines.
template <typename Fn>
void ForEachIndexLine(std::string_view text, Fn fn) {
  std::vector<std::string_view> fields;
  std::string_view line;
  while (NextLine(&text, &line)) {
    if (line.empty() || line.front() == ' ') continue;  // licence header
    if (line.substr(0, line.find(' ')).find('_') != std::string_view::npos) continue;
    Fields(line, &fields);
    fn(fields);
  }
}

}  // namespace

std::string_view WordClasses::LexfileName(uint8_t lexfile) {
  return lexfile < kLexfiles.size() ? kLexfiles[lexfile] : std::string_view();
}

Result<std::unique_ptr<const WordClasses>> WordClasses::Load(const std::string& dir) {
  auto wc = std::make_unique<WordClasses>();
  for (Pos pos : {Pos::kNoun, Pos::kVerb}) {
    if (Status st = wc->LoadPos(dir, pos); !st.ok()) return st;
  }
  return std::unique_ptr<const WordClasses>(std::move(wc));
}

Status WordClasses::LoadPos(const std::string& dir, Pos pos) {
  std::string_view suffix = pos == Pos::kNoun ? "noun" : "verb";
  FileBytes data_file, index_file;
  for (auto [name, file] : {std::pair{"/data.", &data_file}, std::pair{"/index.", &index_file}}) {
    std::string path = dir + name + std::string(suffix);
    if (!FileBytes::Open(path, file) || file->bytes().empty()) {
      return Status::NotFound("cannot read " + path +
                              " (install the Debian package wordnet-base, or set ENTENTE_WORDNET_DIR)");
    }
  }
  std::string_view data = data_file.bytes(), index = index_file.bytes();
  // The synsets read so far, by offset, with their ids once named (one map,
  // reserved for WordNet 3.0's 82,115 noun / 13,767 verb synsets).
  struct Cached {
    RawSynset synset;
    uint32_t id = kNone;
  };
  std::unordered_map<uint32_t, Cached> cache;
  cache.reserve(pos == Pos::kNoun ? 82115 : 13767);
  auto cached = [&](uint32_t offset) -> Cached& {
    auto [it, added] = cache.try_emplace(offset);
    if (added && !SynsetAt(data, offset, &it->second.synset)) it->second.synset.found = false;
    return it->second;
  };
  auto synset = [&](uint32_t offset) -> const RawSynset* {
    const RawSynset& s = cached(offset).synset;
    return s.found ? &s : nullptr;
  };
  index_[static_cast<int>(pos)].Reserve(pos == Pos::kNoun ? 58000 : 8800);
  auto id_of = [&](uint32_t offset) -> uint32_t {
    Cached& c = cached(offset);
    if (!c.synset.found) return kNone;
    if (c.id == kNone) {
      c.id = static_cast<uint32_t>(names_.size());
      names_.push_back(std::string(c.synset.word) + (pos == Pos::kNoun ? ".n" : ".v"));
    }
    return c.id;
  };
  // index: lemma pos synset_cnt p_cnt (symbol)… sense_cnt tagsense_cnt offset…
  ForEachIndexLine(index, [&](const std::vector<std::string_view>& f) {
    if (f.size() < 6) return;
    size_t senses = Number(f[2]);
    size_t first = 4 + Number(f[3]) + 2;
    if (senses == 0 || first >= f.size()) return;
    Classes c;
    for (size_t k = 0; k < 2 && k < senses && first + k < f.size(); ++k) {
      if (const RawSynset* s = synset(Number(f[first + k]))) c.lexfile[k] = s->lexfile;
    }
    uint32_t offset = Number(f[first]);
    c.synset = id_of(offset);
    for (int level = 0; level < kLevels; ++level) {
      const RawSynset* s = synset(offset);
      if (!s || s->hypernym == kNone) break;
      offset = s->hypernym;
      c.hypernyms[level] = id_of(offset);
    }
    index_[static_cast<int>(pos)].Insert(f[0], static_cast<uint32_t>(classes_.size()));
    classes_.push_back(c);
  });
  if (index_[static_cast<int>(pos)].size() == 0) return Status::Corrupt(dir + "/index." + std::string(suffix) + ": no lemmas");
  return Status::Ok();
}

const WordClasses::Classes* WordClasses::Find(std::string_view lemma, Pos pos) const {
  uint32_t k = index_[static_cast<int>(pos)].Find(lemma);
  return k == StringTable::kMissing ? nullptr : &classes_[k];
}

}  // namespace entente
