#include "tag/tag_stage.h"

#include <vector>

#include "tag/lemmatizer.h"
#include "tag/lingua_lexicon.h"
#include "tag/treebank_tagger.h"
#include "util/data_dir.h"
#include "util/linear_model.h"
#include "util/model_bundle.h"
#include "tag/tagset.h"
#include "tag/word_shape.h"

namespace entente {

namespace {

// Sentences longer than this are tagged in chunks (bounded scratch space).
constexpr size_t kMaxSentenceTokens = 400;

// Running text says what a bare token list cannot: a straight quote
// touching the word after it opens, one touching the word before it closes;
// a "-" with a space beside it is a dash, not a hyphen. Tokens that do not
// come from a text (no byte spans: `entente tag --tokenized`) keep the tags
// the word list gave them.
void ApplySpacing(const Token* toks, std::span<Tag> tags) {
  size_t n = tags.size();
  for (size_t i = 0; i < n; ++i) {
    if (toks[i].span.empty()) continue;
    bool space_after = i + 1 >= n || toks[i + 1].space_before;
    if (toks[i].text == "\"") {
      if (toks[i].space_before && !space_after) tags[i] = Tag::kOpenQuote;
      else if (!toks[i].space_before && space_after && i > 0) tags[i] = Tag::kCloseQuote;
    } else if (toks[i].text == "-" && i > 0 && i + 1 < n) {
      if (toks[i].space_before || space_after) {
        if (tags[i] == Tag::kHYPH) tags[i] = Tag::kColon;
      } else if (HasAlnum(toks[i - 1].text) && HasAlnum(toks[i + 1].text)) {
        tags[i] = Tag::kHYPH;
      }
    }
  }
}

}  // namespace

TagStage::TagStage() = default;
TagStage::~TagStage() = default;

Result<std::unique_ptr<TagStage>> TagStage::Create(const std::string& data_dir, DiagnosticSink* sink,
                                                   const std::string& model_path) {
  auto bundle = ModelBundle::Load(model_path.empty() ? DefaultModelPath(DataDir()) : model_path);
  if (!bundle.ok()) return bundle.status();  // missing or damaged: an error naming the file
  return Create(data_dir, sink, *bundle);
}

Result<std::unique_ptr<TagStage>> TagStage::Create(const std::string& data_dir, DiagnosticSink* sink,
                                                   const ModelBundle& bundle) {
  auto stage = std::make_unique<TagStage>();
  if (Status st = stage->LoadLexicons(); !st.ok()) return st;
  // "refine", the second XPOS pass, is optional (models trained with one pass).
  for (auto [part, slot] : {std::pair{"xpos", &stage->xpos_model_}, std::pair{"upos", &stage->upos_model_},
                            std::pair{"refine", &stage->refine_model_}}) {
    if (slot == &stage->refine_model_ && !bundle.Has(part)) continue;
    auto bytes = bundle.Get(part);
    if (!bytes.ok()) return bytes.status();
    auto m = LinearModel::Parse(*bytes, bundle.name() + " (" + part + ")", /*verify_checksum=*/false);
    if (!m.ok()) return m.status();
    *slot = std::move(m).value();
  }
  if (bundle.Has("word_contexts")) {  // the distributional table the tagger was trained with
    auto text = bundle.Get("word_contexts");
    if (!text.ok()) return text.status();
    auto ctx = WordContexts::Parse(*text, bundle.name() + " (word_contexts)");
    if (!ctx.ok()) return ctx.status();
    stage->contexts_ = std::move(ctx).value();
    stage->features_->set_contexts(stage->contexts_.get());
  }
  stage->treebank_ = std::make_unique<TreebankTagger>(stage->features_.get(), stage->xpos_model_.get(),
                                                      stage->upos_model_.get(), stage->refine_model_.get());
  return stage;
}

Status TagStage::LoadLexicons() {
  auto lex = LinguaLexicon::Load(LinguaDir());
  if (!lex.ok()) return lex.status();
  lexicon_ = std::move(lex).value();
  auto lem = Lemmatizer::Load(WordNetDir());
  if (!lem.ok()) return lem.status();
  lemmatizer_ = std::move(lem).value();
  features_ = std::make_unique<FeatureExtractor>(lexicon_.get(), lemmatizer_.get());
  return Status::Ok();
}

std::string TagStage::DefaultModelPath(const std::string& data_dir) { return data_dir + "/syntax/en_ewt.model"; }

const char* TagStage::TaggerName() const { return "treebank"; }

void TagStage::TagSentence(std::span<const std::string_view> words, std::span<Tag> tags,
                           std::span<uint8_t> upos) const {
  for (size_t start = 0; start < words.size(); start += kMaxSentenceTokens) {
    size_t n = std::min(kMaxSentenceTokens, words.size() - start);
    treebank_->Tag(words.subspan(start, n), tags.subspan(start, n), upos.subspan(start, n));
  }
}

void TagStage::TagWords(std::span<const std::string_view> words, std::span<Tag> xpos, std::span<uint8_t> upos) const {
  TagSentence(words, xpos, upos);
}

void TagStage::TagWords(std::span<const std::string_view> words, std::span<std::string_view> tags) const {
  thread_local std::vector<Tag> out;
  thread_local std::vector<uint8_t> upos;
  out.resize(words.size());
  upos.assign(words.size(), 0);
  TagSentence(words, out, upos);
  for (size_t i = 0; i < words.size(); ++i) tags[i] = TagName(out[i]);
}

void TagStage::Run(AnalyzedDocument* doc) const {
  thread_local std::vector<std::string_view> words;
  thread_local std::vector<Tag> tags;
  thread_local std::vector<uint8_t> upos;
  for (const Sentence& s : doc->sentences) {
    if (s.first_token + static_cast<size_t>(s.token_count) > doc->tokens.size()) continue;
    Token* toks = doc->tokens.data() + s.first_token;
    words.clear();
    for (uint32_t i = 0; i < s.token_count; ++i) words.push_back(toks[i].text);
    tags.resize(words.size());
    upos.assign(words.size(), 0);
    TagSentence(words, tags, upos);
    ApplySpacing(toks, tags);
    for (uint32_t i = 0; i < s.token_count; ++i) {
      toks[i].tag.assign(TagName(tags[i]));
      toks[i].upos.assign(UposName(upos[i]));
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
      LowerAsciiInPlace(&lower);
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
