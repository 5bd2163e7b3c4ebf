// entente petrarch-validate — runs PETRARCH's validation records through
// entente with PETRARCH dictionaries: each record's raw <Text> (not its parse
// tree) is coded and the (source, target, code) triples compared with the
// record's expected <EventCoding>s. Prints a line per failing record, a
// summary per category and `N passed, M failed`. --tags also measures the
// tagger against the trees' preterminal labels (silver tags), tagging the
// trees' own words. See doc/formats/petrarch.md.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "entente/pipeline.h"
#include "petrarch/loader.h"
#include "petrarch/records.h"
#include "tag/tag_stage.h"
#include "util/data_dir.h"

namespace entente::cli {

namespace {

struct ValidateArgs {
  std::string records;
  std::string dict;
  std::string data;
  bool tags = false;
  bool load_only = false;
  double min_pass = -1;
};

std::string Show(const std::set<petrarch::Coding>& s) {
  std::string out = "{";
  for (const auto& c : s) {
    if (out.size() > 1) out += ", ";
    out += c.source + " " + c.target + " " + c.code;
  }
  return out + "}";
}

// PTB escapes in trees back to the characters the tagger sees.
std::string Unescape(const std::string& w) {
  if (w == "-LRB-") return "(";
  if (w == "-RRB-") return ")";
  if (w == "``" || w == "''") return "\"";
  return w;
}

void MeasureTags(const std::vector<petrarch::Record>& records, const std::string& data_dir, StderrSink* sink) {
  auto stage = TagStage::Create(data_dir.empty() ? DataDir() : data_dir, sink);
  if (!stage.ok()) {
    std::fprintf(stderr, "entente petrarch-validate: %s\n", stage.status().ToString().c_str());
    return;
  }
  size_t total = 0, agree = 0;
  std::map<std::string, size_t> confusions;
  for (const auto& r : records) {
    auto tags = petrarch::TreeTags(r.parse);
    if (tags.empty()) continue;
    AnalyzedDocument doc;
    for (const auto& [word, tag] : tags) {
      Token t;
      t.text = Unescape(word);
      doc.tokens.push_back(std::move(t));
    }
    Sentence s;
    s.token_count = static_cast<uint32_t>(doc.tokens.size());
    doc.sentences.push_back(s);
    (*stage)->Run(&doc);
    for (size_t i = 0; i < tags.size(); ++i) {
      ++total;
      if (doc.tokens[i].tag == tags[i].second) ++agree;
      else ++confusions[tags[i].second + "->" + doc.tokens[i].tag];
    }
  }
  std::printf("tagger vs parse-tree tags: %zu/%zu tokens agree (%.2f%%)\n", agree, total,
              total ? 100.0 * static_cast<double>(agree) / static_cast<double>(total) : 0.0);
  std::vector<std::pair<size_t, std::string>> top;
  for (const auto& [k, n] : confusions) top.emplace_back(n, k);
  std::sort(top.rbegin(), top.rend());
  std::string line = "  most frequent (silver->entente):";
  for (size_t i = 0; i < top.size() && i < 10; ++i) line += " " + top[i].second + " " + std::to_string(top[i].first);
  std::printf("%s\n", line.c_str());
}

int RunValidate(const ValidateArgs& a) {
  StderrSink sink;
  auto t0 = std::chrono::steady_clock::now();
  petrarch::PetrarchDicts dicts;
  // Read once here for the statistics (problems are reported by the
  // pipeline's own reading below, so they are not printed twice).
  if (Status s = petrarch::ReadPetrarchDir(a.dict, &dicts, nullptr); !s.ok()) {
    std::fprintf(stderr, "entente petrarch-validate: %s\n", s.ToString().c_str());
    return kExitFatal;
  }
  auto t1 = std::chrono::steady_clock::now();
  PipelineOptions popts;
  popts.data_dir = a.data;
  popts.petrarch_dir = a.dict;
  auto pipeline = Pipeline::Create(popts, &sink);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "entente petrarch-validate: %s\n", pipeline.status().ToString().c_str());
    return kExitFatal;
  }
  auto t2 = std::chrono::steady_clock::now();
  const auto& st = dicts.stats;
  const auto& vs = dicts.verbs.stats();
  std::fprintf(stderr,
               "petrarch dictionaries: %zu files read in %.0f ms; pipeline built in %.0f ms\n"
               "  verbs: %zu blocks, %zu verb lines (%zu forms), %zu patterns, %zu synsets\n"
               "  actors: %zu entries, %zu phrases, %zu dated codes; agents: %zu entries, %zu phrases; "
               "discards: %zu; issues: %zu; problems reported: %zu\n",
               dicts.files.size(), std::chrono::duration<double, std::milli>(t1 - t0).count(),
               std::chrono::duration<double, std::milli>(t2 - t1).count(), vs.blocks, vs.verbs, vs.forms,
               vs.patterns, vs.synsets, st.actors, st.actor_names, st.dated_codes, st.agents, st.agent_names,
               st.discards, st.issues, st.problems + vs.problems);
  if (a.load_only) return kExitOk;

  std::string xml;
  if (!ReadFile(a.records, &xml)) {
    std::fprintf(stderr, "entente petrarch-validate: cannot read %s\n", a.records.c_str());
    return kExitFatal;
  }
  auto records = petrarch::ParseRecords(xml, a.records, &sink);
  // <Config> options the coder follows (require_dyad, new_actor_length)
  // select a pipeline built with them, once per combination.
  std::map<std::pair<bool, int>, std::unique_ptr<Pipeline>> configured;
  std::map<std::string, std::pair<size_t, size_t>> by_cat;  // category → (passed, total)
  size_t passed = 0, failed = 0;
  AnalyzedDocument out;
  for (const auto& r : records) {
    std::set<petrarch::Coding> want, got;
    if (!r.noevents && !r.error) want.insert(r.expected.begin(), r.expected.end());
    auto dyad = r.config.find("require_dyad");
    auto length = r.config.find("new_actor_length");
    std::pair<bool, int> key{dyad == r.config.end() || dyad->second != "false",
                             length == r.config.end() ? 0 : std::max(0, std::atoi(length->second.c_str()))};
    const Pipeline* coder = pipeline->get();
    if (key != std::pair<bool, int>{true, 0}) {
      auto& p = configured[key];
      if (!p) {
        PipelineOptions o = popts;
        o.petrarch_require_dyad = key.first;
        o.petrarch_new_actor_length = key.second;
        NullSink quiet;  // the same files: their problems were printed above
        auto created = Pipeline::Create(o, &quiet);
        if (!created.ok()) {
          std::fprintf(stderr, "entente petrarch-validate: %s\n", created.status().ToString().c_str());
          return kExitFatal;
        }
        p = std::move(created).value();
      }
      coder = p.get();
    }
    {
      Document doc;
      doc.id = r.id;
      doc.date = r.date;
      doc.text = r.text;
      coder->Analyze(doc, &out);
      for (const Event& e : out.events) {
        for (const auto& s : e.sources) {
          if (e.targets.empty()) got.insert({s.code, "---", e.cameo});  // PETRARCH's null actor
          for (const auto& t : e.targets) got.insert({s.code, t.code, e.cameo});
        }
      }
    }
    auto& cat = by_cat[r.category];
    ++cat.second;
    if (got == want) {
      ++passed;
      ++cat.first;
    } else {
      ++failed;
      std::printf("FAIL %s [%s]: expected %s got %s | %s\n", r.id.c_str(), r.category.c_str(),
                  Show(want).c_str(), Show(got).c_str(), r.text.c_str());
    }
  }
  for (const auto& [cat, n] : by_cat) std::printf("%-10s %zu/%zu passed\n", cat.c_str(), n.first, n.second);
  if (a.tags) MeasureTags(records, a.data, &sink);
  std::printf("%zu passed, %zu failed\n", passed, failed);
  if (a.min_pass >= 0 && !records.empty()) {
    double rate = 100.0 * static_cast<double>(passed) / static_cast<double>(records.size());
    if (rate < a.min_pass) {
      std::fprintf(stderr, "entente petrarch-validate: pass rate %.1f%% below --min-pass %.1f%%\n", rate, a.min_pass);
      return kExitSkipped;
    }
  }
  return kExitOk;
}

}  // namespace

Command AddPetrarchValidate(CLI::App& root) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* app = root.add_subcommand(
      "petrarch-validate",
      "Code PETRARCH validation records (XML) from their raw text with PETRARCH2\n"
      "dictionaries and compare with the expected codings: a line per failing\n"
      "record, a summary per category, then 'N passed, M failed'.");
  app->add_option("records", args->records, "validation records XML (PETR.UnitTest.records.xml)");
  app->add_option("--dict", args->dict, "PETRARCH dictionaries: DIR, DIR/FILE-PREFIX, or several joined by commas")->required();
  app->add_option("--data", args->data, "entente data directory (default: built-in)");
  app->add_flag("--tags", args->tags, "also compare the tagger with the trees' preterminal tags");
  app->add_flag("--load-only", args->load_only, "only read the dictionaries and report problems and times");
  app->add_option("--min-pass", args->min_pass, "exit 1 when the pass rate (%) is below this");
  return {app, [args] {
            if (args->records.empty() && !args->load_only) {
              std::fprintf(stderr, "entente petrarch-validate: a records file is required\n");
              return kExitFatal;
            }
            return RunValidate(*args);
          }};
}

}  // namespace entente::cli
