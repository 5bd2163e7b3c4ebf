#include "tag/tag_stage.h"

#include <vector>

#include "tag/hmm_tagger.h"
#include "tag/lemmatizer.h"
#include "tag/lingua_lexicon.h"
#include "tag/tagset.h"
#include "tag/word_shape.h"

namespace entente {

namespace {

// Sentences longer than this are tagged in chunks (bounded scratch space).
constexpr size_t kMaxSentenceTokens = 400;

// Conventions of the newer treebanks that the Lingua data predates: a bare
// "-" joining two words ("adult - learned", as tokenizers split compounds)
// is HYPH; "to" is TO only as the infinitive marker, IN as a preposition
// (the Penn Treebank tagged every "to" TO).
void ApplyConventions(std::span<const std::string_view> words, std::span<Tag> tags) {
  size_t n = words.size();
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && i + 1 < n && words[i] == "-" && HasAlnum(words[i - 1]) && HasAlnum(words[i + 1])) {
      tags[i] = Tag::kHYPH;
    }
    if (tags[i] == Tag::kTO) {
      size_t j = i + 1;
      while (j < n && (tags[j] == Tag::kRB || tags[j] == Tag::kCC)) ++j;  // "to really go"
      if (j >= n || tags[j] != Tag::kVB) tags[i] = Tag::kIN;
    }
  }
}

}  // namespace

TagStage::TagStage() = default;
TagStage::~TagStage() = default;

Result<std::unique_ptr<TagStage>> TagStage::Create(const std::string& data_dir, DiagnosticSink* sink) {
  auto stage = std::make_unique<TagStage>();
  auto lex = LinguaLexicon::Load(LinguaDir());
  if (!lex.ok()) return lex.status();
  stage->lexicon_ = std::move(lex).value();
  auto lem = Lemmatizer::Load(WordNetDir());
  if (!lem.ok()) return lem.status();
  stage->lemmatizer_ = std::move(lem).value();
  stage->hmm_ = std::make_unique<HmmTagger>(stage->lexicon_.get());
  return stage;
}

const char* TagStage::TaggerName() const { return "hmm"; }

void TagStage::TagWords(std::span<const std::string_view> words, std::span<std::string_view> tags) const {
  thread_local std::vector<Tag> out;
  out.resize(words.size());
  for (size_t start = 0; start < words.size(); start += kMaxSentenceTokens) {
    size_t n = std::min(kMaxSentenceTokens, words.size() - start);
    hmm_->Tag(words.subspan(start, n), std::span<Tag>(out).subspan(start, n));
  }
  ApplyConventions(words, out);
  for (size_t i = 0; i < words.size(); ++i) tags[i] = TagName(out[i]);
}

void TagStage::Run(AnalyzedDocument* doc) const {
  thread_local std::vector<std::string_view> words;
  thread_local std::vector<Tag> tags;
  for (const Sentence& s : doc->sentences) {
    if (s.first_token + static_cast<size_t>(s.token_count) > doc->tokens.size()) continue;
    Token* toks = doc->tokens.data() + s.first_token;
    words.clear();
    for (uint32_t i = 0; i < s.token_count; ++i) words.push_back(toks[i].text);
    tags.resize(words.size());
    for (size_t start = 0; start < words.size(); start += kMaxSentenceTokens) {
      size_t n = std::min(kMaxSentenceTokens, words.size() - start);
      hmm_->Tag(std::span<const std::string_view>(words).subspan(start, n),
                std::span<Tag>(tags).subspan(start, n));
    }
    ApplyConventions(words, tags);
    for (uint32_t i = 0; i < s.token_count; ++i) {
      toks[i].tag.assign(TagName(tags[i]));
      lemmatizer_->Lemmatize(toks[i].text, tags[i], &toks[i].lemma);
    }
  }
}

std::string TagStage::Dump(const AnalyzedDocument& doc) const {
  std::string out;
  std::string lower;
  for (const Sentence& s : doc.sentences) {
    if (s.first_token + static_cast<size_t>(s.token_count) > doc.tokens.size()) continue;
    for (uint32_t i = 0; i < s.token_count; ++i) {
      const Token& t = doc.tokens[s.first_token + i];
      if (i > 0) out += ' ';
      out += t.text;
      out += '/';
      out += t.tag;
      lower = t.text;
      for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      if (!t.lemma.empty() && t.lemma != lower) {
        out += ':';
        out += t.lemma;
      }
    }
    out += '\n';
  }
  return out;
}

}  // namespace entente
