// coder_test.cc — the PETRARCH .verbs reader (verb_dict.h) and the PETRARCH
// coder (coder.h) on dictionaries and sentences written for these tests
// (invented countries and words in PETRARCH syntax; nothing is taken from
// PETRARCH's files). The coder runs inside the whole pipeline, so these
// also check that `--dict petrarch:DIR` is wired through.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <tuple>

#include "entente/pipeline.h"
#include "petrarch/verb_dict.h"

namespace entente::petrarch {
namespace {

using Kind = PatternElement::Kind;

const char kVerbs[] =
    "&TIEKINDS\n+TRADE\n+CULTURAL\n&ANYTIES\n+&TIEKINDS\n+CLOSER\n"
    "&NEGAUX\n+DID N'T\n+WILL NOT\n"
    "--- SEVER [161] ---\n"
    "SEVER\n"
    "- * NEW_&TIEKINDS_LINKS [162]\n"
    "- * BETTER &TIEKINDS LINKS [163]\n"
    "- &NEGAUX * [164]\n"
    "- INDICATED SHOULD * [165]\n"
    "- * [+++]\n"
    "--- RESCUE [066] ---\n"
    "RESCUE {RESCUED}\n"
    "- + * FROM $ [0661]\n"
    "--- VOYAGE [032:033] ---\n"
    "VOYAGE\n"
    "--- PARLEY [036] ---\n"
    "PARLEY\n"
    "- % HAVE * [030:030]\n"
    "- * WITH % [031]\n"
    "--- PUNISH [172] ---\n"
    "PUNISH\n"
    "--- FENCE [---] ---\n"
    "+FENCE_OFF {+FENCED_OFF} [1721]\n"
    "--- SHUN [---] ---\n"
    "SHUN\n"
    "- * PROPOSAL [111]\n";

const char kActors[] =
    "VALORIA_ [VAL]\n+VALORIAN_\n"
    "OSTRAVIA_ [OST]\n"
    "KELMAR_ [KEL]\n"
    "BRAVIK_ [BRV]\n"
    "TORVEN_ [TOR]\n";

const char kAgents[] = "SOLDIER_ [~MIL]\n+SOLDIERS_\n";

TEST(PetrarchVerbDict, FormsPatternsSynsetsAndProblems) {
  std::string text = std::string(kVerbs) + "- NO STAR HERE [010]\n- * NO CODE\n--- BROKEN ---\n- * &NOSUCH [010]\n";
  VerbDictionary d;
  CollectingSink sink;
  d.Read("stray line\n" + text, "t.verbs", &sink);
  // Regular forms are generated; explicit forms are added.
  for (const char* w : {"sever", "severs", "severed", "severing", "rescued", "voyaged", "parleys"}) {
    EXPECT_NE(d.Find(w), nullptr) << w;
  }
  // A multi-word verb: its verb word, with the particle after it.
  const auto* fenced = d.Find("fenced");
  ASSERT_NE(fenced, nullptr);
  EXPECT_EQ((*fenced)[0].after, std::vector<std::string>{"off"});
  EXPECT_EQ((*fenced)[0].code.code, "1721");
  // Patterns: words before the verb nearest first, `_` adjacency, markers.
  const VerbBlock& sever = d.block((*d.Find("sever"))[0].block);
  ASSERT_GE(sever.patterns.size(), 4u);
  const VerbPattern& p0 = sever.patterns[0];
  ASSERT_EQ(p0.after.size(), 3u);
  EXPECT_FALSE(p0.after[0].adjacent);
  EXPECT_EQ(p0.after[1].kind, Kind::kSynset);
  EXPECT_TRUE(p0.after[1].adjacent);
  EXPECT_TRUE(p0.after[2].adjacent);
  const VerbPattern& p3 = sever.patterns[3];
  ASSERT_EQ(p3.before.size(), 2u);
  EXPECT_EQ(p3.before[0].text, "should");
  EXPECT_EQ(p3.before[1].text, "indicated");
  const VerbBlock& rescue = d.block((*d.Find("rescue"))[0].block);
  EXPECT_EQ(rescue.patterns[0].before[0].kind, Kind::kTarget);
  EXPECT_EQ(rescue.patterns[0].after[1].kind, Kind::kSource);
  EXPECT_EQ(d.block((*d.Find("voyage"))[0].block).code.reverse, "033");
  // Nested synsets expand to word runs.
  const auto* any = d.Synset("&anyties");
  ASSERT_NE(any, nullptr);
  EXPECT_EQ(any->size(), 3u);
  ASSERT_NE(d.Synset("&negaux"), nullptr);
  EXPECT_EQ(d.Synset("&negaux")->at(0), (std::vector<std::string>{"did", "n't"}));
  // Every problem is reported with its line, and reading went on.
  std::set<std::string> reasons;
  for (const auto& diag : sink.diagnostics()) {
    EXPECT_EQ(diag.file, "t.verbs");
    EXPECT_GT(diag.line, 0u);
    reasons.insert(diag.reason);
  }
  auto has = [&](const std::string& part) {
    for (const auto& r : reasons) {
      if (r.find(part) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(has("outside a verb block"));
  EXPECT_TRUE(has("without '*'"));
  EXPECT_TRUE(has("without a [CODE]"));
  EXPECT_TRUE(has("unknown synset '&nosuch'"));
  EXPECT_TRUE(has("'+++' is not a CAMEO code"));
}

class PetrarchCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::filesystem::temp_directory_path() / ("entente_petr_coder_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "T.verbs.txt") << kVerbs;
    std::ofstream(dir_ / "T.actors.txt") << kActors;
    std::ofstream(dir_ / "T.agents.txt") << kAgents;
    PipelineOptions o;
    o.petrarch_dir = dir_.string();
    NullSink sink;
    auto p = Pipeline::Create(o, &sink);
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    pipeline_ = std::move(p).value().release();
  }
  static void TearDownTestSuite() {
    delete pipeline_;
    std::filesystem::remove_all(dir_);
  }

  // The (source, target, code) triples coded in `text`.
  static std::set<std::tuple<std::string, std::string, std::string>> Code(const std::string& text) {
    Document doc;
    doc.id = "t";
    doc.text = text;
    AnalyzedDocument out;
    pipeline_->Analyze(doc, &out);
    std::set<std::tuple<std::string, std::string, std::string>> got;
    for (const Event& e : out.events) {
      for (const auto& s : e.sources) {
        for (const auto& t : e.targets) got.insert({s.code, t.code, e.cameo});
      }
    }
    return got;
  }

  static inline std::filesystem::path dir_;
  static inline Pipeline* pipeline_ = nullptr;
};

using Triples = std::set<std::tuple<std::string, std::string, std::string>>;

TEST_F(PetrarchCoderTest, AdjacentAndLooseWordsAfterTheVerb) {
  EXPECT_EQ(Code("Valoria severed new trade links with Ostravia."), (Triples{{"VAL", "OST", "162"}}));
  // "_" needs adjacent words: "global" breaks NEW_&TIEKINDS_LINKS, the verb's code applies.
  EXPECT_EQ(Code("Valoria severed new global trade links with Ostravia."), (Triples{{"VAL", "OST", "161"}}));
  // Spaces allow words between: BETTER &TIEKINDS LINKS.
  EXPECT_EQ(Code("Valoria severed better and wider cultural links with Ostravia."),
            (Triples{{"VAL", "OST", "163"}}));
}

TEST_F(PetrarchCoderTest, WordsBeforeTheVerbAndPronounSubjects) {
  EXPECT_EQ(Code("Valoria didn't sever links with Ostravia."), (Triples{{"VAL", "OST", "164"}}));
  // "it" takes the nearest actor before it.
  EXPECT_EQ(Code("Valoria indicated it should sever links with Ostravia."), (Triples{{"VAL", "OST", "165"}}));
}

TEST_F(PetrarchCoderTest, MarkersBindSourceAndTarget) {
  // `+ * FROM $`: the target before the verb, the source after FROM.
  EXPECT_EQ(Code("Kelmar was rescued from Bravik on Monday."), (Triples{{"BRV", "KEL", "0661"}}));
}

TEST_F(PetrarchCoderTest, CodesBothWaysAndCompounds) {
  EXPECT_EQ(Code("Valoria voyaged to Torven on Monday."),
            (Triples{{"VAL", "TOR", "032"}, {"TOR", "VAL", "033"}}));
  // `% HAVE *`: each member of the compound against the others.
  EXPECT_EQ(Code("Valoria and Kelmar have parleyed for hours."),
            (Triples{{"VAL", "KEL", "030"}, {"KEL", "VAL", "030"}}));
  // `* WITH %` after a subject: the subject against each member.
  EXPECT_EQ(Code("Torven parleyed with Valoria and Kelmar."),
            (Triples{{"TOR", "VAL", "031"}, {"TOR", "KEL", "031"}}));
  // A list is one actor per member; an apposition is not a list.
  EXPECT_EQ(Code("Valoria, Kelmar and Bravik punished Torven."),
            (Triples{{"VAL", "TOR", "172"}, {"KEL", "TOR", "172"}, {"BRV", "TOR", "172"}}));
  EXPECT_EQ(Code("Valoria punished Torven, the neighbour of Kelmar."), (Triples{{"VAL", "TOR", "172"}}));
}

TEST_F(PetrarchCoderTest, PassivesParticlesAndUncodedVerbs) {
  EXPECT_EQ(Code("Torven was punished by Valoria."), (Triples{{"VAL", "TOR", "172"}}));
  EXPECT_EQ(Code("Valorian soldiers fenced off the road into Kelmar."), (Triples{{"VALMIL", "KEL", "1721"}}));
  // [---] verbs code nothing unless a pattern gives a code.
  EXPECT_TRUE(Code("Valoria shunned Kelmar.").empty());
  EXPECT_EQ(Code("Valoria shunned the proposal of Kelmar."), (Triples{{"VAL", "KEL", "111"}}));
  // A relative clause is not coded ("which punished Kelmar").
  EXPECT_EQ(Code("Torven, which punished Kelmar, voyaged to Valoria."),
            (Triples{{"TOR", "VAL", "032"}, {"VAL", "TOR", "033"}}));
  // No target, no event (PETRARCH's default).
  EXPECT_TRUE(Code("Valoria punished everyone.").empty());
}

TEST_F(PetrarchCoderTest, CoordinationReadFromTheParseAndParticiplesWithAnAgent) {
  // The members of a coordinated by-agent are one source, though the words
  // between them are no list fillers.
  EXPECT_EQ(Code("Kelmar was punished by Valoria and the island republic of Torven."),
            (Triples{{"VAL", "KEL", "172"}, {"TOR", "KEL", "172"}}));
  // A participle is not coded, by-agent or not.
  EXPECT_EQ(Code("After being punished by Valoria, Kelmar voyaged to Torven."),
            (Triples{{"KEL", "TOR", "032"}, {"TOR", "KEL", "033"}}));
}

TEST_F(PetrarchCoderTest, NewActorsNamedByTheirWords) {
  PipelineOptions o;
  o.petrarch_dir = dir_.string();
  o.petrarch_new_actor_length = 3;
  NullSink sink;
  auto p = Pipeline::Create(o, &sink);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  auto code = [&](const std::string& text) {
    Document doc;
    doc.id = "t";
    doc.text = text;
    AnalyzedDocument out;
    (*p)->Analyze(doc, &out);
    Triples got;
    for (const Event& e : out.events) got.insert({e.sources[0].code, e.targets[0].code, e.cameo});
    return got;
  };
  EXPECT_EQ(code("Chief Bramble Quix voyaged to Valoria."),
            (Triples{{"\"CHIEF BRAMBLE QUIX\"", "VAL", "032"}, {"VAL", "\"CHIEF BRAMBLE QUIX\"", "033"}}));
  EXPECT_EQ(code("Valoria voyaged to the Glimmer Hall."),
            (Triples{{"VAL", "\"THE GLIMMER HALL\"", "032"}, {"\"THE GLIMMER HALL\"", "VAL", "033"}}));
  // A pronoun is not a new actor.
  EXPECT_TRUE(code("It voyaged to the Glimmer Hall.").empty());
  // Longer than new_actor_length: no actor, no event.
  EXPECT_TRUE(code("The old Chief Bramble Quix voyaged to the great Glimmer Hall.").empty());
  // A member of a coordinated subject naming no known actor is one beside
  // the known member.
  EXPECT_EQ(code("The rebels and Torven voyaged to Valoria."),
            (Triples{{"TOR", "VAL", "032"}, {"VAL", "TOR", "033"}, {"\"THE REBELS\"", "VAL", "032"},
                     {"VAL", "\"THE REBELS\"", "033"}}));
  // Off by default.
  EXPECT_TRUE(Code("Chief Bramble Quix voyaged to Valoria.").empty());
}

TEST_F(PetrarchCoderTest, WithoutRequireDyadASourceAloneMakesAnEvent) {
  PipelineOptions o;
  o.petrarch_dir = dir_.string();
  o.petrarch_require_dyad = false;
  NullSink sink;
  auto p = Pipeline::Create(o, &sink);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  Document doc;
  doc.id = "t";
  doc.text = "Valoria punished everyone. Valoria punished Torven.";
  AnalyzedDocument out;
  (*p)->Analyze(doc, &out);
  ASSERT_EQ(out.events.size(), 2u);
  EXPECT_EQ(out.events[0].sources[0].code, "VAL");
  EXPECT_TRUE(out.events[0].targets.empty());
  EXPECT_EQ(out.events[0].cameo, "172");
  ASSERT_EQ(out.events[1].targets.size(), 1u);
  EXPECT_EQ(out.events[1].targets[0].code, "TOR");
  // A verb within the reach of one coded with a target makes no event of
  // its own without a target.
  doc.text = "Valoria voyaged to Torven a year after Kelmar punished everyone.";
  (*p)->Analyze(doc, &out);
  ASSERT_EQ(out.events.size(), 2u);
  EXPECT_EQ(out.events[0].cameo, "032");
  EXPECT_EQ(out.events[1].cameo, "033");
}

}  // namespace
}  // namespace entente::petrarch
