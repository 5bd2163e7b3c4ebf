// The parse stage: per sentence, the dependency tree, then the clauses read
// from it (clause_tree.h), emitted with absolute token indices.
#include "parse/parse_stage.h"

#include <algorithm>

#include "parse/clause_tree.h"
#include "parse/clause_words.h"
#include "parse/dependency_model.h"
#include "tag/conllu.h"
#include "tag/tag_stage.h"
#include "tag/tagset.h"
#include "util/data_dir.h"
#include "util/model_bundle.h"

namespace entente {

ParseStage::ParseStage() = default;
ParseStage::~ParseStage() = default;

Result<std::unique_ptr<ParseStage>> ParseStage::Create(const std::string& data_dir, DiagnosticSink* sink,
                                                       const std::string& model_path) {
  auto bundle = ModelBundle::Load(model_path.empty() ? TagStage::DefaultModelPath(DataDir()) : model_path);
  if (!bundle.ok()) return bundle.status();
  return Create(data_dir, sink, *bundle);
}

Result<std::unique_ptr<ParseStage>> ParseStage::Create(const std::string& data_dir, DiagnosticSink* /*sink*/,
                                                       const ModelBundle& bundle) {
  auto stage = std::make_unique<ParseStage>();
  auto model = DependencyModel::FromBundle(bundle);
  if (!model.ok()) return model.status();
  stage->model_ = std::move(model).value();
  auto words = parse::ClauseWords::Load(parse::ClauseWords::DefaultPath(data_dir.empty() ? DataDir() : data_dir));
  if (!words.ok()) return words.status();
  stage->words_ = std::make_unique<parse::ClauseWords>(std::move(words).value());
  return stage;
}

void ParseStage::Run(AnalyzedDocument* doc) const {
  // Per-thread scratch: the stage is const and shared; buffers are reused
  // from sentence to sentence and document to document.
  thread_local parse::Scratch scratch;
  doc->clauses.clear();
  const uint32_t ntok = static_cast<uint32_t>(doc->tokens.size());
  for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
    const Sentence& sent = doc->sentences[si];
    if (sent.boilerplate) continue;
    uint32_t first = std::min(ntok, sent.first_token);
    uint32_t end = std::min(ntok, first + sent.token_count);
    if (end <= first) continue;
    ParseTree(doc, first, end);
    parse::SentenceClauses(*doc, *words_, first, end, si, &scratch, &doc->clauses);
  }
}

void ParseStage::ParseTree(AnalyzedDocument* doc, uint32_t first, uint32_t end) const {
  thread_local std::vector<std::string_view> forms;
  thread_local std::vector<Tag> tags;
  thread_local std::vector<ParseWord> words;
  thread_local DependencyTree tree;
  forms.clear();
  tags.clear();
  for (uint32_t i = first; i < end; ++i) {
    const Token& t = doc->tokens[i];
    Tag tag;
    if (!ParseTagName(t.tag, &tag)) tag = Tag::kXX;
    forms.push_back(t.text);
    tags.push_back(tag);
  }
  MakeParseWords(forms, tags, &words);
  model_->parser().Parse(words, &tree);
  const auto& names = model_->parser().label_names();
  for (uint32_t i = first; i < end; ++i) {
    Token& t = doc->tokens[i];
    int32_t h = tree.head[i - first];
    t.head = h < 0 ? -1 : static_cast<int32_t>(first) + h;
    t.deprel = h < 0 ? "root" : names[tree.label[i - first]];
  }
}

std::string ParseStage::DumpTree(const AnalyzedDocument& doc) const {
  std::string out;
  for (const Sentence& s : doc.sentences) {
    if (s.boilerplate) continue;
    ConlluSentence c;
    uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(doc.tokens.size()), s.first_token + s.token_count);
    for (uint32_t i = s.first_token; i < end; ++i) {
      const Token& t = doc.tokens[i];
      ConlluWord w;
      w.form = t.text;
      w.lemma = t.lemma;
      w.upos = t.upos;
      w.xpos = t.tag;
      w.head = t.head < 0 ? 0 : t.head - static_cast<int32_t>(s.first_token) + 1;
      w.deprel = t.deprel;
      c.words.push_back(std::move(w));
    }
    AppendConllu(c, &out);
  }
  return out;
}

}  // namespace entente
