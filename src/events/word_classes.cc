#include "events/word_classes.h"

#include <charconv>
#include <unordered_map>

#include "util/data_dir.h"
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
  uint8_t lexfile = 0xFF;
  std::string_view word;
  uint32_t hypernym = WordClasses::kNone;  // offset of its first hypernym
};

template <typename Fn>
void ForEachDataLine(std::string_view text, Fn fn) {
  std::vector<std::string_view> fields;
  std::string_view line;
  while (NextLine(&text, &line)) {
    if (line.empty() || line.front() == ' ') continue;  // licence header
    line = line.substr(0, line.find(" | "));           // the gloss is not read
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
  std::string data, index;
  for (auto [name, text] : {std::pair{"/data.", &data}, std::pair{"/index.", &index}}) {
    std::string path = dir + name + std::string(suffix);
    if (!ReadFile(path, text) || text->empty()) {
      return Status::NotFound("cannot read " + path +
                              " (install the Debian package wordnet-base, or set ENTENTE_WORDNET_DIR)");
    }
  }
  // data: offset lexfile ss_type w_cnt (word lex_id)… p_cnt (symbol offset pos source/target)…
  std::unordered_map<uint32_t, RawSynset> synsets;
  synsets.reserve(pos == Pos::kNoun ? 82200 : 13800);  // WordNet 3.0's synset counts
  index_[static_cast<int>(pos)].Reserve(pos == Pos::kNoun ? 120000 : 11600);
  ForEachDataLine(data, [&](const std::vector<std::string_view>& f) {
    if (f.size() < 4) return;
    RawSynset s;
    s.lexfile = static_cast<uint8_t>(Number(f[1]));
    size_t words = Number(f[3], 16);
    size_t p = 4 + 2 * words;
    if (words > 0 && f.size() > 4) s.word = f[4];
    if (p >= f.size()) return;
    size_t pointers = Number(f[p]);
    for (size_t k = 0; k < pointers && p + 4 + 4 * k <= f.size(); ++k) {
      std::string_view sym = f[p + 1 + 4 * k];
      if (sym == "@" || sym == "@i") {
        s.hypernym = Number(f[p + 2 + 4 * k]);
        break;
      }
    }
    synsets.emplace(Number(f[0]), s);
  });
  std::unordered_map<uint32_t, uint32_t> ids;  // offset -> synset id
  auto id_of = [&](uint32_t offset) -> uint32_t {
    auto it = synsets.find(offset);
    if (it == synsets.end()) return kNone;
    auto [slot, added] = ids.emplace(offset, static_cast<uint32_t>(names_.size()));
    if (added) names_.push_back(std::string(it->second.word) + (pos == Pos::kNoun ? ".n" : ".v"));
    return slot->second;
  };
  // index: lemma pos synset_cnt p_cnt (symbol)… sense_cnt tagsense_cnt offset…
  ForEachDataLine(index, [&](const std::vector<std::string_view>& f) {
    if (f.size() < 6 || f[0].find('_') != std::string_view::npos) return;
    size_t senses = Number(f[2]);
    size_t first = 4 + Number(f[3]) + 2;
    if (senses == 0 || first >= f.size()) return;
    Classes c;
    for (size_t k = 0; k < 2 && k < senses && first + k < f.size(); ++k) {
      auto it = synsets.find(Number(f[first + k]));
      if (it != synsets.end()) c.lexfile[k] = it->second.lexfile;
    }
    uint32_t offset = Number(f[first]);
    c.synset = id_of(offset);
    for (int level = 0; level < kLevels; ++level) {
      auto it = synsets.find(offset);
      if (it == synsets.end() || it->second.hypernym == kNone) break;
      offset = it->second.hypernym;
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
