// The parse stage: per sentence, classify tokens, chunk, group noun phrases,
// build clauses, attribute reported speech, add nominalised events, and emit
// Clause records with absolute token indices.
#include "parse/parse_stage.h"

#include "parse/dependency_model.h"
#include "util/model_bundle.h"
#include "tag/conllu.h"
#include "tag/tag_stage.h"
#include "tag/tagset.h"
#include "util/data_dir.h"

#include <algorithm>

#include "parse/sentence_parse.h"
#include "tag/lemmatizer.h"

namespace entente {

namespace parse {

namespace {

Phrase ToPhrase(const SentenceView& s, const Scratch& sc, int16_t id, int depth) {
  Phrase p;
  if (id < 0) return p;
  const NounPhrase& np = sc.nps[id];
  p.begin = s.first + np.b;
  p.end = s.first + np.e;
  p.head = s.first + np.head;
  if (depth > 2) return p;
  if (np.conj_count > 0) {
    p.conjuncts.reserve(np.conj_count);
    for (uint16_t k = 0; k < np.conj_count; ++k) {
      p.conjuncts.push_back(ToPhrase(s, sc, static_cast<int16_t>(sc.conj_ids[np.conj_first + k]), depth + 1));
    }
  }
  if (np.appos >= 0) p.appositions.push_back(ToPhrase(s, sc, np.appos, depth + 1));
  return p;
}

}  // namespace

void EmitClauses(const SentenceView& s, const Scratch& sc, uint32_t sentence_index,
                 std::vector<Clause>* out) {
  const auto& cl = sc.clauses;
  const size_t n = cl.size();
  // Order by verb position; parents are renumbered accordingly.
  int16_t order[kMaxClausesPerSentence];
  int16_t rank[kMaxClausesPerSentence];
  for (size_t i = 0; i < n; ++i) order[i] = static_cast<int16_t>(i);
  std::stable_sort(order, order + n, [&](int16_t a, int16_t b) { return cl[a].verb < cl[b].verb; });
  for (size_t i = 0; i < n; ++i) rank[order[i]] = static_cast<int16_t>(i);
  for (size_t r = 0; r < n; ++r) {
    const WorkClause& w = cl[order[r]];
    Clause c;
    c.sentence = sentence_index;
    c.verb = s.first + w.verb;
    c.lemma = std::string(sc.tok[w.verb].lemma);
    c.link = w.link;
    c.parent = w.parent >= 0 ? rank[w.parent] : -1;
    c.marker = std::string(w.marker);
    c.negated = w.negated;
    c.modality = std::string(w.modality);
    c.tense = w.tense;
    if (w.vg >= 0) {
      const VerbGroup& vg = sc.vgs[w.vg];
      if (vg.particle >= 0) c.particle = std::string(sc.tok[vg.particle].lower);
      c.auxiliaries.reserve(vg.naux);
      for (uint8_t k = 0; k < vg.naux; ++k) c.auxiliaries.push_back(s.first + vg.aux[k]);
      c.voice = vg.voice;
      c.perfect = vg.perfect;
      c.progressive = vg.progressive;
    }
    c.subject = ToPhrase(s, sc, w.subject, 0);
    c.objects.reserve(w.obj_count);
    for (uint16_t k = 0; k < w.obj_count; ++k) c.objects.push_back(ToPhrase(s, sc, sc.objs[w.obj_first + k], 0));
    c.preps.reserve(w.pp_count);
    for (uint16_t k = 0; k < w.pp_count; ++k) {
      const PrepRef& p = sc.pps[w.pp_first + k];
      PrepRef pr = p;
      PrepPhrase pp;
      for (uint16_t t = pr.pb; t < pr.pe; ++t) {
        if (t > pr.pb) pp.prep += ' ';
        pp.prep += sc.tok[t].lower;
      }
      pp.object = ToPhrase(s, sc, pr.np, 0);
      c.preps.push_back(std::move(pp));
    }
    c.agent = ToPhrase(s, sc, w.agent, 0);
    c.speaker = ToPhrase(s, sc, w.speaker, 0);
    out->push_back(std::move(c));
  }
}

void ParseWindow(const SentenceView& s, uint32_t sentence_index, Scratch* sc,
                 std::vector<Clause>* out) {
  sc->Clear();
  if (s.n == 0) return;
  ClassifyTokens(s, sc);
  Chunk(s, sc);
  BuildUnits(s, sc);
  BuildClauses(s, sc);
  AssignSpeakers(s, sc);
  AddNominalClauses(s, sc);
  EmitClauses(s, *sc, sentence_index, out);
}

}  // namespace parse

ParseStage::ParseStage() = default;
ParseStage::~ParseStage() = default;

Result<std::unique_ptr<ParseStage>> ParseStage::Create(const std::string& data_dir, DiagnosticSink* sink,
                                                       const std::string& model_path) {
  auto bundle = ModelBundle::Load(model_path.empty() ? TagStage::DefaultModelPath(DataDir()) : model_path);
  if (!bundle.ok()) return bundle.status();
  return Create(data_dir, sink, *bundle);
}

Result<std::unique_ptr<ParseStage>> ParseStage::Create(const std::string& data_dir, DiagnosticSink* sink,
                                                       const ModelBundle& bundle) {
  auto stage = std::make_unique<ParseStage>();
  auto model = DependencyModel::FromBundle(bundle);
  if (!model.ok()) return model.status();
  stage->model_ = std::move(model).value();
  auto lem = Lemmatizer::Load(WordNetDir());
  if (lem.ok()) {
    stage->lemmatizer_ = std::move(lem).value();
  } else if (sink) {
    sink->Report({Severity::kWarning, WordNetDir(), 0,
                  "parse: " + lem.status().message() + "; tagger errors will not be repaired"});
  }
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
    uint32_t first = sent.first_token;
    uint32_t end = std::min(ntok, first + sent.token_count);
    ParseTree(doc, first, end);
    // Past kMaxTokens, the sentence is analysed in consecutive windows.
    size_t sentence_start = doc->clauses.size();
    for (uint32_t b = first; b < end; b += parse::kMaxTokens) {
      parse::SentenceView view;
      view.doc = doc;
      view.lemmatizer = lemmatizer_.get();
      view.first = b;
      view.n = static_cast<uint16_t>(std::min(end - b, parse::kMaxTokens));
      size_t before = doc->clauses.size();
      parse::ParseWindow(view, si, &scratch, &doc->clauses);
      // Parents are per sentence: shift those of a later window.
      int shift = static_cast<int>(before - sentence_start);
      for (size_t k = before; k < doc->clauses.size(); ++k) {
        if (doc->clauses[k].parent >= 0) doc->clauses[k].parent += shift;
      }
    }
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
