#include "events/word_classes.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
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

// Lines longer than this are not read (WordNet 3.0's longest is ~30 KB).
constexpr size_t kMaxLine = 1 << 20;

// The line of file `fd` that starts at byte `offset`, without its newline,
// read with pread(2) (no file position: safe from several threads). False
// when no line starts there (past the end, or not just after a newline).
bool LineAt(int fd, uint32_t offset, std::string* line) {
  line->clear();
  off_t at = offset > 0 ? static_cast<off_t>(offset) - 1 : 0;
  bool started = false;
  char chunk[1024];
  while (line->size() < kMaxLine) {
    ssize_t n = ::pread(fd, chunk, sizeof chunk, at);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    std::string_view got(chunk, static_cast<size_t>(n));
    if (!started && offset > 0) {
      if (got.front() != '\n') return false;
      got.remove_prefix(1);
    }
    started = true;
    at += n;
    size_t nl = got.find('\n');
    line->append(got.substr(0, nl));
    if (nl != std::string_view::npos) break;
  }
  return started;
}

// The synset on `line`, the line at byte `offset` of data.noun / data.verb:
// WordNet's synset offsets are byte offsets into the data file (wndb(5WN)),
// so a synset is read where it stands and the file is never read whole.
// False when the line is not that synset's.
// data: offset lexfile ss_type w_cnt (word lex_id)… p_cnt (symbol offset pos source/target)…
bool SynsetLine(std::string_view line, uint32_t offset, RawSynset* s) {
  FieldCursor f(line);
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

// The synset at `offset` of the data file `fd`; `buf` holds its line (s->word
// points into it).
bool SynsetAt(int fd, uint32_t offset, std::string* buf, RawSynset* s) {
  return LineAt(fd, offset, buf) && SynsetLine(*buf, offset, s);
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

WordClasses::FileHandle::~FileHandle() {
  if (fd >= 0) ::close(fd);
}

Status WordClasses::LoadPos(const std::string& dir, Pos pos) {
  std::string suffix = pos == Pos::kNoun ? "noun" : "verb";
  PosTables& t = tables_[static_cast<int>(pos)];
  auto missing = [&](const std::string& path) {
    return Status::NotFound("cannot read " + path +
                            " (install the Debian package wordnet-base, or set ENTENTE_WORDNET_DIR)");
  };
  // Both files stay open and are read a line at a time (pread), not mapped:
  // a mapping's touched pages would stay in the process's memory.
  for (auto [name, file] : {std::pair{"/data.", &t.data}, std::pair{"/index.", &t.index}}) {
    std::string path = dir + name + suffix;
    file->fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (file->fd < 0 || ::fstat(file->fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size == 0) return missing(path);
  }
  // The index is mapped once to list its lemmas, then released.
  FileBytes index;
  if (!FileBytes::Open(dir + "/index." + suffix, &index)) return missing(dir + "/index." + suffix);
  // WordNet 3.0: 57,506 one-word nouns, 8,722 verbs.
  t.lemmas.Reserve(pos == Pos::kNoun ? 58000 : 8800);
  t.lines.reserve(pos == Pos::kNoun ? 58000 : 8800);
  ForEachIndexLemma(index.bytes(), [&](std::string_view lemma, uint32_t offset) {
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
  std::string text, buf;
  if (!LineAt(t.index.fd, line, &text)) return false;
  std::vector<std::string_view> f;
  Fields(text, &f);
  if (f.size() < 6) return false;
  size_t senses = Number(f[2]);
  size_t first = 4 + Number(f[3]) + 2;
  if (senses == 0 || first >= f.size()) return false;
  int data = t.data.fd;
  uint32_t pos_bit = pos == Pos::kVerb ? kVerbSynset : 0;
  RawSynset s;
  Classes c;
  if (senses > 1 && first + 1 < f.size() && SynsetAt(data, Number(f[first + 1]), &buf, &s)) {
    c.lexfile[1] = s.lexfile;
  }
  uint32_t offset = Number(f[first]);
  bool found = SynsetAt(data, offset, &buf, &s);
  if (found) c.lexfile[0] = s.lexfile;
  if (found) c.synset = offset | pos_bit;
  for (int level = 0; level < kLevels && found && s.hypernym != kNone; ++level) {
    offset = s.hypernym;
    found = SynsetAt(data, offset, &buf, &s);
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

std::vector<uint32_t> WordClasses::ReadChains(Pos pos, uint32_t line) const {
  const PosTables& t = tables_[static_cast<int>(pos)];
  std::vector<uint32_t> out;
  std::string text, buf;
  if (!LineAt(t.index.fd, line, &text)) return out;
  std::vector<std::string_view> f;
  Fields(text, &f);
  if (f.size() < 6) return out;
  size_t senses = Number(f[2]);
  size_t first = 4 + Number(f[3]) + 2;
  uint32_t pos_bit = pos == Pos::kVerb ? kVerbSynset : 0;
  for (size_t k = 0; k < senses && k < static_cast<size_t>(kChainSenses) && first + k < f.size(); ++k) {
    uint32_t offset = Number(f[first + k]);
    RawSynset s;
    for (int level = 0; level < kMaxChain && SynsetAt(t.data.fd, offset, &buf, &s); ++level) {
      out.push_back(offset | pos_bit);
      if (s.hypernym == kNone || s.hypernym == offset) break;
      offset = s.hypernym;
    }
  }
  return out;
}

std::vector<uint32_t> WordClasses::Ancestors(std::string_view lemma, Pos pos) const {
  const PosTables& t = tables_[static_cast<int>(pos)];
  uint32_t k = t.lemmas.Find(lemma);
  if (k == StringTable::kMissing) return {};
  uint64_t key = (static_cast<uint64_t>(pos) << 32) | k;
  {
    std::shared_lock lock(chains_mu_);
    if (auto it = chains_.find(key); it != chains_.end()) return it->second;
  }
  std::vector<uint32_t> chains = ReadChains(pos, t.lines[k]);  // read outside the lock
  std::unique_lock lock(chains_mu_);
  return chains_.emplace(key, std::move(chains)).first->second;
}

std::string WordClasses::SynsetName(uint32_t synset) const {
  if (synset == kNone) return "";
  Pos pos = (synset & kVerbSynset) ? Pos::kVerb : Pos::kNoun;
  RawSynset s;
  std::string buf;
  if (!SynsetAt(tables_[static_cast<int>(pos)].data.fd, synset & ~kVerbSynset, &buf, &s)) return "";
  return std::string(s.word) + (pos == Pos::kNoun ? ".n" : ".v");
}

}  // namespace entente
