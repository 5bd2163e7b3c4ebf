// Event assembly over AnalyzedDocuments built by hand (tokens, clauses,
// actor mentions), so these tests pin the events stage alone: source and
// target roles, passive voice, negation, modality, folding of complements,
// compound actors and reported speech.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "events/event_stage.h"

namespace entente {
namespace {

// Builds a one-sentence document from "word/TAG[/lemma]" items.
class DocBuilder {
 public:
  explicit DocBuilder(const std::string& tagged) {
    std::istringstream in(tagged);
    std::string item;
    while (in >> item) {
      std::vector<std::string> f;
      std::string cur;
      for (char c : item) {
        if (c == '/') { f.push_back(cur); cur.clear(); } else { cur += c; }
      }
      f.push_back(cur);
      Token t;
      t.text = f[0];
      t.tag = f.size() > 1 ? f[1] : "NN";
      t.lemma = f.size() > 2 ? f[2] : Lower(f[0]);
      if (!doc_.doc.text.empty()) doc_.doc.text += ' ';
      t.span = {static_cast<uint32_t>(doc_.doc.text.size()),
                static_cast<uint32_t>(doc_.doc.text.size() + f[0].size())};
      doc_.doc.text += f[0];
      doc_.tokens.push_back(t);
    }
    doc_.doc.id = "t";
    Sentence s;
    s.span = {0, static_cast<uint32_t>(doc_.doc.text.size())};
    s.token_count = static_cast<uint32_t>(doc_.tokens.size());
    doc_.sentences.push_back(s);
  }
  static std::string Lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }
  static Phrase P(uint32_t b, uint32_t e, int head = -1) {
    Phrase p;
    p.begin = b;
    p.end = e;
    p.head = head < 0 ? e - 1 : static_cast<uint32_t>(head);
    return p;
  }
  DocBuilder& Actor(uint32_t b, uint32_t e, const std::string& code) {
    ActorMention m;
    m.begin = b;
    m.end = e;
    m.code = code;
    m.country = code.starts_with("---") || code.starts_with("IGO") ? "" : code.substr(0, 3);
    m.span = {doc_.tokens[b].span.begin, doc_.tokens[e - 1].span.end};
    m.text = doc_.doc.text.substr(m.span.begin, m.span.size());
    doc_.actors.push_back(m);
    return *this;
  }
  Clause& Add(uint32_t verb, ClauseLink link = ClauseLink::kMain, int parent = -1) {
    Clause c;
    c.verb = verb;
    c.lemma = doc_.tokens[verb].lemma;
    c.link = link;
    c.parent = parent;
    c.tense = Tense::kPast;
    doc_.clauses.push_back(c);
    return doc_.clauses.back();
  }
  AnalyzedDocument& doc() { return doc_; }

 private:
  AnalyzedDocument doc_;
};

const EventStage& Stage() {
  static std::unique_ptr<EventStage> stage = [] {
    NullSink sink;
    auto s = EventStage::Create(std::string(ENTENTE_SOURCE_DIR) + "/data", &sink);
    return s.ok() ? std::move(s).value() : nullptr;
  }();
  return *stage;
}

std::string Codes(const std::vector<ActorMention>& v) {
  std::string out;
  for (const auto& m : v) out += (out.empty() ? "" : "+") + m.code;
  return out.empty() ? "-" : out;
}

// "cameo plover source>target modality[ NEG]" per event, ';'-joined.
std::string Code(AnalyzedDocument& d) {
  Stage().Run(&d);
  std::string out;
  for (const Event& e : d.events) {
    if (!out.empty()) out += "; ";
    out += e.cameo + " " + e.plover + " " + Codes(e.sources) + ">" + Codes(e.targets) + " " +
           ModalityName(e.modality) + (e.negated ? " NEG" : "");
  }
  return out;
}

TEST(AssemblyTest, ParticleAndPrepositionDistinguishPullOut) {
  DocBuilder a("Russia/NNP pulled/VBD/pull out/RP troops/NNS/troop from/IN Syria/NNP");
  Clause& c = a.Actor(0, 1, "RUS").Actor(5, 6, "SYR").Add(1);
  c.particle = "out";
  c.subject = DocBuilder::P(0, 1);
  c.objects = {DocBuilder::P(3, 4)};
  c.preps = {{"from", DocBuilder::P(5, 6)}};
  EXPECT_EQ(Code(a.doc()), "087 RETREAT RUS>SYR done");

  DocBuilder b("Iran/NNP pulled/VBD/pull out/RP of/IN the/DT deal/NN with/IN France/NNP");
  Clause& d = b.Actor(0, 1, "IRN").Actor(7, 8, "FRA").Add(1);
  d.particle = "out";
  d.subject = DocBuilder::P(0, 1);
  d.preps = {{"of", DocBuilder::P(4, 6)}, {"with", DocBuilder::P(7, 8)}};
  EXPECT_EQ(Code(b.doc()), "127 REJECT IRN>FRA done");
}

TEST(AssemblyTest, CallForCallXAnYAndPhoneCall) {
  DocBuilder a("Germany/NNP called/VBD/call for/IN talks/NNS/talk with/IN Iran/NNP");
  Clause& c = a.Actor(0, 1, "DEU").Actor(5, 6, "IRN").Add(1);
  c.subject = DocBuilder::P(0, 1);
  c.preps = {{"for", DocBuilder::P(3, 4)}, {"with", DocBuilder::P(5, 6)}};
  EXPECT_EQ(Code(a.doc()), "020 REQUEST DEU>IRN done");

  DocBuilder b("Lisbon/NNP called/VBD/call Washington/NNP an/DT experiment/NN");
  Clause& d = b.Actor(0, 1, "PRT").Actor(2, 3, "USA").Add(1);
  d.subject = DocBuilder::P(0, 1);
  d.objects = {DocBuilder::P(2, 3), DocBuilder::P(3, 5)};
  EXPECT_EQ(Code(b.doc()), "111 ACCUSE PRT>USA done");

  DocBuilder e("Biden/NNP called/VBD/call Macron/NNP");
  Clause& f = e.Actor(0, 1, "USAGOV").Actor(2, 3, "FRAGOV").Add(1);
  f.subject = DocBuilder::P(0, 1);
  f.objects = {DocBuilder::P(2, 3)};
  EXPECT_EQ(Code(e.doc()), "041 CONSULT USAGOV>FRAGOV done");
}

TEST(AssemblyTest, PassiveTakesSourceFromAgent) {
  DocBuilder a("Kabul/NNP was/VBD/be attacked/VBN/attack by/IN Taliban/NNP fighters/NNS/fighter");
  Clause& c = a.Actor(0, 1, "AFG").Actor(4, 6, "AFGINS").Add(2);
  c.voice = Voice::kPassive;
  c.subject = DocBuilder::P(0, 1);
  c.agent = DocBuilder::P(4, 6);
  EXPECT_EQ(Code(a.doc()), "190 ASSAULT AFGINS>AFG done");
}

TEST(AssemblyTest, NegationIsKeptAndMarked) {
  DocBuilder a("Japan/NNP did/VBD/do not/RB criticize/VB China/NNP");
  Clause& c = a.Actor(0, 1, "JPN").Actor(4, 5, "CHN").Add(3);
  c.negated = true;
  c.subject = DocBuilder::P(0, 1);
  c.objects = {DocBuilder::P(4, 5)};
  EXPECT_EQ(Code(a.doc()), "111 ACCUSE JPN>CHN done NEG");
}

TEST(AssemblyTest, FutureCooperationIsAgreeFutureForceIsThreaten) {
  DocBuilder a("Japan/NNP will/MD visit/VB/visit Korea/NNP");
  Clause& c = a.Actor(0, 1, "JPN").Actor(3, 4, "KOR").Add(2);
  c.tense = Tense::kFuture;
  c.modality = "will";
  c.subject = DocBuilder::P(0, 1);
  c.objects = {DocBuilder::P(3, 4)};
  EXPECT_EQ(Code(a.doc()), "036 AGREE JPN>KOR intended");

  DocBuilder b("Iran/NNP will/MD attack/VB Iraq/NNP");
  Clause& d = b.Actor(0, 1, "IRN").Actor(3, 4, "IRQ").Add(2);
  d.tense = Tense::kFuture;
  d.modality = "will";
  d.subject = DocBuilder::P(0, 1);
  d.objects = {DocBuilder::P(3, 4)};
  EXPECT_EQ(Code(b.doc()), "1384 THREATEN IRN>IRQ intended");
}

TEST(AssemblyTest, ComplementIsFoldedIntoAgreeAndTargetComesFromIt) {
  // "Britain pledged to send aid to Sudan": one AGREE event, target Sudan.
  DocBuilder a("Britain/NNP pledged/VBD/pledge to/TO send/VB aid/NN to/TO Sudan/NNP");
  a.Actor(0, 1, "GBR").Actor(6, 7, "SDN");
  Clause& c = a.Add(1);
  c.subject = DocBuilder::P(0, 1);
  Clause& d = a.Add(3, ClauseLink::kInfinitive, 0);
  d.objects = {DocBuilder::P(4, 5)};
  d.preps = {{"to", DocBuilder::P(6, 7)}};
  EXPECT_EQ(Code(a.doc()), "033 AGREE GBR>SDN done");
}

TEST(AssemblyTest, CompoundActorsAreOneEventWithLists) {
  DocBuilder a("Jordan/NNP and/CC Britain/NNP agreed/VBD/agree");
  Clause& c = a.Actor(0, 1, "JOR").Actor(2, 3, "GBR").Add(3);
  c.subject = DocBuilder::P(0, 3);
  EXPECT_EQ(Code(a.doc()), "030 AGREE JOR+GBR>- done");
}

TEST(AssemblyTest, ReportedSpeechKeepsActorsAndCarriesAttribution) {
  DocBuilder a(
      "Anonymous/JJ/anonymous officials/NNS/official said/VBD/say Russia/NNP attacked/VBD/attack "
      "Ukraine/NNP");
  a.Actor(0, 2, "---GOV").Actor(3, 4, "RUS").Actor(5, 6, "UKR");
  Clause& m = a.Add(2);
  m.subject = DocBuilder::P(0, 2);
  Clause& c = a.Add(4, ClauseLink::kThat, 0);
  c.subject = DocBuilder::P(3, 4);
  c.objects = {DocBuilder::P(5, 6)};
  c.speaker = DocBuilder::P(0, 2);
  EXPECT_EQ(Code(a.doc()), "190 ASSAULT RUS>UKR done");
  ASSERT_EQ(a.doc().events.size(), 1u);
  EXPECT_EQ(a.doc().events[0].attribution.text, "Anonymous officials");
  EXPECT_TRUE(a.doc().events[0].attribution.anonymous);
}

TEST(AssemblyTest, SpeakerDemandWithMust) {
  // "Britain said Libya must hand over the suspects": Britain demands of Libya.
  DocBuilder a("Britain/NNP said/VBD/say Libya/NNP must/MD hand/VB over/RP suspects/NNS/suspect");
  a.Actor(0, 1, "GBR").Actor(2, 3, "LBY");
  Clause& m = a.Add(1);
  m.subject = DocBuilder::P(0, 1);
  Clause& c = a.Add(4, ClauseLink::kThat, 0);
  c.particle = "over";
  c.modality = "must";
  c.subject = DocBuilder::P(2, 3);
  c.objects = {DocBuilder::P(6, 7)};
  EXPECT_EQ(Code(a.doc()), "1053 REQUEST GBR>LBY done");
}

TEST(AssemblyTest, NoActorsNoEvent) {
  DocBuilder a("They/PRP met/VBD/meet");
  Clause& c = a.Add(1);
  c.subject = DocBuilder::P(0, 1);
  EXPECT_EQ(Code(a.doc()), "");
}

}  // namespace
}  // namespace entente
