#include "parse/train/syntax_trainer.h"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <random>
#include <string_view>

#include "parse/dependency_model.h"
#include "parse/dependency_parser.h"
#include "parse/train/beam_trainer.h"
#include "parse/train/oracle.h"
#include "tag/treebank_tagger.h"
#include "util/linear_model.h"

namespace entente {

namespace {

// Fisher-Yates with a fixed generator: the same order on every platform.
void Shuffle(std::vector<size_t>* v, std::mt19937_64* rng) {
  for (size_t i = v->size(); i > 1; --i) {
    size_t j = static_cast<size_t>((*rng)() % i);
    std::swap((*v)[i - 1], (*v)[j]);
  }
}

struct TagData {
  std::vector<std::string_view> words;
  std::vector<int> xpos, upos;
};

std::vector<TagData> MakeTagData(const std::vector<ConlluSentence>& sents) {
  std::vector<TagData> out;
  for (const ConlluSentence& s : sents) {
    TagData d;
    for (const ConlluWord& w : s.words) {
      Tag t;
      if (!ParseTagName(w.xpos, &t)) t = Tag::kXX;
      d.words.push_back(w.form);
      d.xpos.push_back(TagIndex(t));
      d.upos.push_back(std::max(0, ParseUpos(w.upos)));
    }
    out.push_back(std::move(d));
  }
  return out;
}

struct TaggerModels {
  std::unique_ptr<LinearModel> xpos, upos, refine;  // refine: null unless trained
};

void PutTagger(const TaggerModels& m, ModelBundle* bundle) {
  bundle->Put("xpos", m.xpos->Serialize());
  bundle->Put("upos", m.upos->Serialize());
  if (m.refine) bundle->Put("refine", m.refine->Serialize());
}

void PutCommon(const SyntaxTrainInput& in, ModelBundle* bundle) {
  bundle->Put("about", in.description);
  if (!in.word_contexts.empty()) bundle->Put("word_contexts", in.word_contexts);
}

TagContext MakeContext(const FeatureExtractor& fx, const TagData& d, std::vector<TokenInfo>* toks,
                       std::vector<LetterCase>* cases) {
  fx.Analyze(d.words, toks);
  TagContext ctx{*toks, {}, AnalyzeCase(d.words, cases), fx.has_contexts()};
  ctx.cases = *cases;
  return ctx;
}

// One online XPOS pass over a sentence, learning as it goes: first-pass
// features if `first` is null, else the refine pass's over those tags.
// Leaves the predicted tags (the history the tagger sees at run time) in
// `pred`; returns how many were right.
size_t LearnXpos(PerceptronLearner* xl, const TagContext& ctx, const TagData& d, const int* first,
                 std::vector<int>* pred) {
  uint64_t f[kMaxTagFeatures];
  float scores[kNumTags];
  size_t right = 0;
  pred->assign(ctx.toks.size(), 0);
  for (size_t i = 0; i < ctx.toks.size(); ++i) {
    size_t n = first ? TreebankTagger::RefineFeatures(ctx, i, first, pred->data(), f)
                     : TreebankTagger::XposFeatures(ctx, i, pred->data(), f);
    std::fill(scores, scores + kNumTags, 0.0f);
    xl->Score(f, n, scores);
    int guess = ArgMax(scores, kNumTags);
    xl->Tick();
    if (guess != d.xpos[i]) {
      xl->Update(f, n, d.xpos[i], 1.0f);
      xl->Update(f, n, guess, -1.0f);
    }
    (*pred)[i] = guess;
    right += guess == d.xpos[i];
  }
  return right;
}

// Trains XPOS and UPOS on the sentences `subset` of `data`.
TaggerModels TrainTagger(const std::vector<TagData>& data, std::vector<size_t> subset,
                         const FeatureExtractor& fx, const SyntaxTrainOptions& o, bool verbose) {
  PerceptronLearner xl(kNumTags), ul(kNumUpos);
  std::mt19937_64 rng(o.seed);
  std::vector<TokenInfo> toks;
  std::vector<LetterCase> cases;
  std::vector<int> pred;
  uint64_t f[kMaxTagFeatures];
  bool allowed[kNumTags][kNumUpos] = {};
  for (int epoch = 1; epoch <= o.tagger_epochs; ++epoch) {
    Shuffle(&subset, &rng);
    size_t total = 0, right = 0;
    for (size_t si : subset) {
      const TagData& d = data[si];
      TagContext ctx = MakeContext(fx, d, &toks, &cases);
      right += LearnXpos(&xl, ctx, d, nullptr, &pred);
      total += toks.size();
      // UPOS learns from gold XPOS context.
      for (size_t i = 0; i < toks.size(); ++i) {
        allowed[d.xpos[i]][d.upos[i]] = true;
        size_t n = TreebankTagger::UposFeatures(toks, i, d.xpos.data(), f);
        float us[kNumUpos] = {};
        ul.Score(f, n, us);
        int best = -1;
        for (int u = 0; u < kNumUpos; ++u) {
          if (allowed[d.xpos[i]][u] && (best < 0 || us[u] > us[best])) best = u;
        }
        ul.Tick();
        if (best != d.upos[i]) {
          ul.Update(f, n, d.upos[i], 1.0f);
          if (best >= 0) ul.Update(f, n, best, -1.0f);
        }
      }
    }
    if (verbose) std::fprintf(stderr, "  tagger epoch %d: XPOS %.2f%% on train (online)\n", epoch, 100.0 * right / total);
  }
  TaggerModels m;
  m.xpos = xl.Average(o.prune, o.tagger_min_updates);
  auto rows = ul.AveragedRows(o.prune, o.tagger_min_updates);
  for (int x = 0; x < kNumTags; ++x) {
    std::vector<ClassWeight> mask;
    for (int u = 0; u < kNumUpos; ++u) {
      if (allowed[x][u]) mask.push_back({static_cast<uint16_t>(u), 1.0f});
    }
    if (!mask.empty()) rows.emplace_back(TreebankTagger::AllowedFeature(x), std::move(mask));
  }
  m.upos = LinearModel::Build(kNumUpos, std::move(rows));
  return m;
}

std::vector<ParseData> MakeParseData(const std::vector<ConlluSentence>& sents, const std::vector<std::vector<int>>& tags,
                                     const std::vector<std::string>& names) {
  std::vector<ParseData> out;
  std::vector<std::string_view> forms;
  std::vector<Tag> tg;
  for (size_t si = 0; si < sents.size(); ++si) {
    const ConlluSentence& s = sents[si];
    ParseData d;
    forms.clear();
    tg.clear();
    int n = static_cast<int>(s.words.size());
    for (int i = 0; i < n; ++i) {
      forms.push_back(s.words[i].form);
      tg.push_back(static_cast<Tag>(tags[si][i]));
      int h = s.words[i].head;
      d.head.push_back(h <= 0 ? n : h - 1);
      auto it = std::find(names.begin(), names.end(), s.words[i].deprel);
      d.label.push_back(static_cast<uint16_t>(it - names.begin()));
    }
    MakeParseWords(forms, tg, &d.words);
    out.push_back(std::move(d));
  }
  return out;
}

// Trains the refine pass (second XPOS pass) on the sentences `subset`,
// reading the first pass's tags `first` (jackknifed: as wrong as at run time).
std::unique_ptr<LinearModel> TrainRefiner(const std::vector<TagData>& data, std::vector<size_t> subset,
                                          const std::vector<std::vector<int>>& first, const FeatureExtractor& fx,
                                          const SyntaxTrainOptions& o, bool verbose) {
  PerceptronLearner xl(kNumTags);
  std::mt19937_64 rng(o.seed + 2);
  std::vector<TokenInfo> toks;
  std::vector<LetterCase> cases;
  std::vector<int> pred;
  for (int epoch = 1; epoch <= o.tagger_epochs; ++epoch) {
    Shuffle(&subset, &rng);
    size_t total = 0, right = 0;
    for (size_t si : subset) {
      TagContext ctx = MakeContext(fx, data[si], &toks, &cases);
      right += LearnXpos(&xl, ctx, data[si], first[si].data(), &pred);
      total += toks.size();
    }
    if (verbose) std::fprintf(stderr, "  refine epoch %d: XPOS %.2f%% on train (online)\n", epoch, 100.0 * right / total);
  }
  return xl.Average(o.prune, o.tagger_min_updates);
}

// The folds of a k-fold jackknife: fold f holds sentences i with i % k == f.
void Folds(size_t n, int k, int f, std::vector<size_t>* train, std::vector<size_t>* held) {
  train->clear();
  held->clear();
  for (size_t i = 0; i < n; ++i) (static_cast<int>(i % k) == f ? held : train)->push_back(i);
}

// Predicted first-pass XPOS for every training sentence, each fold tagged
// by a tagger trained on the other folds (gold tags without a jackknife).
std::vector<std::vector<int>> Jackknife(const std::vector<TagData>& data, const FeatureExtractor& fx,
                                        const SyntaxTrainOptions& o) {
  std::vector<std::vector<int>> out(data.size());
  if (o.jackknife < 2) {
    for (size_t i = 0; i < data.size(); ++i) out[i] = data[i].xpos;
    return out;
  }
  std::vector<size_t> train, held;
  for (int k = 0; k < o.jackknife; ++k) {
    Folds(data.size(), o.jackknife, k, &train, &held);
    if (o.verbose) std::fprintf(stderr, "jackknife fold %d of %d\n", k + 1, o.jackknife);
    TaggerModels m = TrainTagger(data, train, fx, o, false);
    TreebankTagger tagger(&fx, m.xpos.get(), m.upos.get());
    for (size_t i : held) {
      std::vector<Tag> xp(data[i].words.size());
      std::vector<uint8_t> up(data[i].words.size());
      tagger.Tag(data[i].words, xp, up);
      for (Tag t : xp) out[i].push_back(TagIndex(t));
    }
  }
  return out;
}

// The refine pass's tags for every training sentence, jackknifed over the
// same folds as `first` (whose fold f was tagged by a first pass that never
// saw it), for the parser's training data.
std::vector<std::vector<int>> JackknifeRefine(const std::vector<TagData>& data,
                                              const std::vector<std::vector<int>>& first,
                                              const FeatureExtractor& fx, const SyntaxTrainOptions& o) {
  if (o.jackknife < 2) return first;
  std::vector<std::vector<int>> out(data.size());
  std::vector<size_t> train, held;
  std::vector<TokenInfo> toks;
  std::vector<LetterCase> cases;
  for (int k = 0; k < o.jackknife; ++k) {
    Folds(data.size(), o.jackknife, k, &train, &held);
    if (o.verbose) std::fprintf(stderr, "refine jackknife fold %d of %d\n", k + 1, o.jackknife);
    std::unique_ptr<LinearModel> m = TrainRefiner(data, train, first, fx, o, false);
    for (size_t i : held) {
      TagContext ctx = MakeContext(fx, data[i], &toks, &cases);
      out[i].assign(toks.size(), 0);
      TreebankTagger::GreedyXpos(*m, ctx, first[i].data(), out[i].data());
    }
  }
  return out;
}

// OK if `bits` is 0 (sparse) or a dense table of that size is allowed.
Status CheckDenseBits(int bits, int classes) {
  if (bits == 0 || LinearModel::DenseFits(classes, bits)) return Status::Ok();
  return Status::InvalidArgument("no dense table of 2^" + std::to_string(bits) + " rows × " + std::to_string(classes) +
                                 " classes: " + std::to_string(LinearModel::kMinDenseBits) + " to " +
                                 std::to_string(LinearModel::kMaxDenseBits) + " bits, at most 2^26 weights");
}

// Greedy training with the dynamic oracle and exploration.
void TrainGreedyParser(const std::vector<ParseData>& data, int classes, const SyntaxTrainOptions& o,
                       PerceptronLearner* tl, PerceptronLearner* ll) {
  std::mt19937_64 rng(o.seed + 1);
  std::vector<size_t> order(data.size());
  std::iota(order.begin(), order.end(), 0);
  ArcHybridState s;
  uint64_t f[kMaxParseFeatures];
  std::vector<float> lscores(static_cast<size_t>(classes));
  for (int epoch = 1; epoch <= o.parser_epochs; ++epoch) {
    Shuffle(&order, &rng);
    size_t moves = 0, wrong = 0, arcs = 0, label_wrong = 0;
    for (size_t si : order) {
      const ParseData& d = data[si];
      s.Reset(d.words.size() - 1);
      while (!s.Terminal()) {
        int cost[kNumTransitions];
        Costs(s, d, cost);
        size_t nf = TransitionFeatures(s, d.words, f);
        float sc[kNumTransitions] = {};
        tl->Score(f, nf, sc);
        bool allowed[kNumTransitions];
        AllowedTransitions(s, d.words, allowed);
        int pred = -1, gold = -1, min_cost = 1 << 30;
        for (int t = 0; t < kNumTransitions; ++t) {
          if (allowed[t]) min_cost = std::min(min_cost, cost[t]);
        }
        for (int t = 0; t < kNumTransitions; ++t) {
          if (!allowed[t]) continue;
          if (pred < 0 || sc[t] > sc[pred]) pred = t;
          if (cost[t] == min_cost && (gold < 0 || sc[t] > sc[gold])) gold = t;
        }
        tl->Tick();
        ++moves;
        int next = gold;
        if (cost[pred] != min_cost) {
          ++wrong;
          tl->Update(f, nf, gold, 1.0f);
          tl->Update(f, nf, pred, -1.0f);
          if (epoch >= o.explore_from && std::uniform_real_distribution<double>(0, 1)(rng) < o.explore) next = pred;
        }
        int dep = s.S(0);
        int head = next == kLeft ? s.B(0) : next == kRight ? s.S(1) : -1;
        uint16_t label = 0;
        if (head >= 0) {
          size_t nl = LabelFeatures(s, d.words, head, dep, f);
          std::fill(lscores.begin(), lscores.end(), 0.0f);
          ll->Score(f, nl, lscores.data());
          label = static_cast<uint16_t>(ArgMax(lscores.data(), classes));
          if (d.head[dep] == head) {
            ll->Tick();
            ++arcs;
            if (label != d.label[dep]) {
              ++label_wrong;
              ll->Update(f, nl, d.label[dep], 1.0f);
              ll->Update(f, nl, label, -1.0f);
              label = d.label[dep];
            }
          }
        }
        s.Apply(next, label);
      }
    }
    if (o.verbose) {
      std::fprintf(stderr, "  parser epoch %d: %.2f%% moves wrong, %.2f%% labels wrong (online)\n", epoch,
                   100.0 * wrong / std::max<size_t>(1, moves), 100.0 * label_wrong / std::max<size_t>(1, arcs));
    }
  }
}

// Global training with a beam (parse/train/beam_trainer.h).
void TrainBeamParser(const std::vector<ParseData>& data, int classes, const SyntaxTrainOptions& o,
                     PerceptronLearner* tl, PerceptronLearner* ll) {
  std::mt19937_64 rng(o.seed + 1);
  std::vector<size_t> order(data.size());
  std::iota(order.begin(), order.end(), 0);
  BeamTrainScratch scratch;
  scratch.lscores.resize(static_cast<size_t>(classes));
  for (int epoch = 1; epoch <= o.parser_epochs; ++epoch) {
    Shuffle(&order, &rng);
    BeamTrainStats st;
    for (size_t si : order) LearnBeamSentence(data[si], o.beam, tl, ll, &scratch, &st);
    if (o.verbose) {
      std::fprintf(stderr, "  parser epoch %d (beam %d): %.2f%% sentences updated, %.2f%% labels wrong (online)\n",
                   epoch, o.beam, 100.0 * st.updates / std::max<size_t>(1, st.sentences),
                   100.0 * st.label_wrong / std::max<size_t>(1, st.arcs));
    }
  }
}

}  // namespace

Result<ModelBundle> TrainSyntax(const SyntaxTrainInput& in, const FeatureExtractor& fx, const SyntaxTrainOptions& o) {
  if (in.train.empty()) return Status::InvalidArgument("no training sentences");
  if (Status st = CheckDenseBits(o.transition_bits, kNumTransitions); !st.ok()) return st;
  if (o.beam < 1 || o.beam > kMaxBeamWidth) return Status::InvalidArgument("the beam width is 1 to 256");
  std::vector<TagData> tag_data = MakeTagData(in.train);
  if (o.verbose) std::fprintf(stderr, "tagger: %zu sentences\n", tag_data.size());
  std::vector<size_t> all(tag_data.size());
  std::iota(all.begin(), all.end(), 0);
  TaggerModels tagger = TrainTagger(tag_data, all, fx, o, o.verbose);
  std::vector<std::vector<int>> parser_tags = Jackknife(tag_data, fx, o);
  if (o.tagger_refine) {
    tagger.refine = TrainRefiner(tag_data, all, parser_tags, fx, o, o.verbose);
    if (o.parser_epochs > 0) parser_tags = JackknifeRefine(tag_data, parser_tags, fx, o);
  }
  if (o.parser_epochs == 0) {  // the tagger alone (for choosing its settings)
    ModelBundle bundle;
    PutTagger(tagger, &bundle);
    bundle.Put("transitions", LinearModel::Build(kNumTransitions, {})->Serialize());
    bundle.Put("labels", LinearModel::Build(1, {})->Serialize());
    bundle.Put("label_names", "dep\n");
    PutCommon(in, &bundle);
    return bundle;
  }

  // Relation names in order of first appearance.
  std::vector<std::string> names;
  for (const ConlluSentence& s : in.train) {
    for (const ConlluWord& w : s.words) {
      if (std::find(names.begin(), names.end(), w.deprel) == names.end()) names.push_back(w.deprel);
    }
  }
  if (Status st = CheckDenseBits(o.label_bits, static_cast<int>(names.size())); !st.ok()) return st;
  std::vector<ParseData> data = MakeParseData(in.train, parser_tags, names);

  PerceptronLearner tl(kNumTransitions, o.transition_bits), ll(static_cast<int>(names.size()), o.label_bits);
  if (o.beam > 1) {
    TrainBeamParser(data, static_cast<int>(names.size()), o, &tl, &ll);
  } else {
    TrainGreedyParser(data, static_cast<int>(names.size()), o, &tl, &ll);
  }
  ModelBundle bundle;
  PutTagger(tagger, &bundle);
  bundle.Put("transitions", tl.Average(o.prune, o.min_updates)->Serialize());
  bundle.Put("labels", ll.Average(o.prune, o.min_updates)->Serialize());
  std::string joined;
  for (const std::string& name : names) joined += name + "\n";
  bundle.Put("label_names", joined);
  if (o.beam > 1) bundle.Put("beam", BeamWidthPart(o.beam));
  PutCommon(in, &bundle);
  return bundle;
}

}  // namespace entente
