#include "events/word_classes.h"

#include <charconv>
#include <thread>

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

// Calls fn(lemma, offset of its line) for each index line whose lemma is one
// word (no '_': collocations are not looked up).
template <typename Fn>
void ForEachIndexLemma(std::string_view text, Fn fn) {
  const std::string_view all = text;
  std::string_view line;
  while (NextLine(&text, &line)) {
    if (line.empty() || line.front() == ' ') continue;  // licence header
    std::string_view lemma = line.substr(0, line.find(' '));
    if (lemma.find('_') != std::string_view::npos) continue;
    fn(lemma, static_cast<uint32_t>(line.data() - all.data()));
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
  std::string suffix = pos == Pos::kNoun ? "noun" : "verb";
  PosTables& t = tables_[static_cast<int>(pos)];
  for (auto [name, file] : {std::pair{"/data.", &t.data}, std::pair{"/index.", &t.index}}) {
    std::string path = dir + name + suffix;
    if (!FileBytes::Open(path, file) || file->bytes().empty()) {
      return Status::NotFound("cannot read " + path +
                              " (install the Debian package wordnet-base, or set ENTENTE_WORDNET_DIR)");
    }
  }
  // WordNet 3.0: 57,506 one-word nouns, 8,722 verbs.
  t.lemmas.Reserve(pos == Pos::kNoun ? 58000 : 8800);
  t.lines.reserve(pos == Pos::kNoun ? 58000 : 8800);
  ForEachIndexLemma(t.index.bytes(), [&](std::string_view lemma, uint32_t offset) {
    uint32_t k = static_cast<uint32_t>(t.lines.size());
    if (t.lemmas.Insert(lemma, k) == k) t.lines.push_back(offset);
  });
  if (t.lines.empty()) return Status::Corrupt(dir + "/index." + suffix + ": no lemmas");
  t.slots = std::make_unique<Slot[]>(t.lines.size());
  return Status::Ok();
}

// index: lemma pos synset_cnt p_cnt (symbol)… sense_cnt tagsense_cnt offset…
bool WordClasses::Read(Pos pos, uint32_t line, Classes* out) const {
  const PosTables& t = tables_[static_cast<int>(pos)];
  std::string_view text = t.index.bytes().substr(line);
  text = text.substr(0, text.find('\n'));
  std::vector<std::string_view> f;
  Fields(text, &f);
  if (f.size() < 6) return false;
  size_t senses = Number(f[2]);
  size_t first = 4 + Number(f[3]) + 2;
  if (senses == 0 || first >= f.size()) return false;
  std::string_view data = t.data.bytes();
  uint32_t pos_bit = pos == Pos::kVerb ? kVerbSynset : 0;
  RawSynset s;
  Classes c;
  for (size_t k = 0; k < 2 && k < senses && first + k < f.size(); ++k) {
    if (SynsetAt(data, Number(f[first + k]), &s)) c.lexfile[k] = s.lexfile;
  }
  uint32_t offset = Number(f[first]);
  bool found = SynsetAt(data, offset, &s);
  if (found) c.synset = offset | pos_bit;
  for (int level = 0; level < kLevels && found && s.hypernym != kNone; ++level) {
    offset = s.hypernym;
    found = SynsetAt(data, offset, &s);
    if (found) c.hypernyms[level] = offset | pos_bit;
  }
  *out = c;
  return true;
}

void WordClasses::Fill(Pos pos, uint32_t k) const {
  const PosTables& t = tables_[static_cast<int>(pos)];
  Slot& slot = t.slots[k];
  uint8_t expected = kEmpty;
  if (slot.state.compare_exchange_strong(expected, kFilling, std::memory_order_acquire)) {
    bool ok = Read(pos, t.lines[k], &slot.classes);
    slot.state.store(ok ? kReady : kAbsent, std::memory_order_release);
    return;
  }
  // Another thread is reading this lemma's few lines: a short wait.
  while (slot.state.load(std::memory_order_acquire) == kFilling) std::this_thread::yield();
}

const WordClasses::Classes* WordClasses::Find(std::string_view lemma, Pos pos) const {
  const PosTables& t = tables_[static_cast<int>(pos)];
  uint32_t k = t.lemmas.Find(lemma);
  if (k == StringTable::kMissing) return nullptr;
  const Slot& slot = t.slots[k];
  uint8_t state = slot.state.load(std::memory_order_acquire);
  if (state == kEmpty || state == kFilling) {
    Fill(pos, k);
    state = slot.state.load(std::memory_order_acquire);
  }
  return state == kReady ? &slot.classes : nullptr;
}

std::string WordClasses::SynsetName(uint32_t synset) const {
  if (synset == kNone) return "";
  Pos pos = (synset & kVerbSynset) ? Pos::kVerb : Pos::kNoun;
  RawSynset s;
  if (!SynsetAt(tables_[static_cast<int>(pos)].data.bytes(), synset & ~kVerbSynset, &s)) return "";
  return std::string(s.word) + (pos == Pos::kNoun ? ".n" : ".v");
}

}  // namespace entente
