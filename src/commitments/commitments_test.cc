// commitments_test.cc — the deadline patterns and their resolution against
// the document's date, the word lists, and commitments built from a
// hand-made tree (no models needed).
#include <cstdio>
#include <tuple>

#include <gtest/gtest.h>
#include <simdjson.h>

#include "commitments/commitment_stage.h"
#include "commitments/commitment_words.h"
#include "commitments/deadline_rules.h"
#include "events/text_util.h"
#include "text/date_resolver.h"
#include "util/data_dir.h"

namespace entente {
namespace {

// The date resolver of the source tree's data (the pipeline's, in tests).
std::shared_ptr<const DateResolver> Dates() {
  static const std::shared_ptr<const DateResolver> dates = [] {
    auto d = DateResolver::Load(std::string(ENTENTE_SOURCE_DIR) + "/data/dates/en.txt");
    EXPECT_TRUE(d.ok()) << d.status().ToString();
    return std::shared_ptr<const DateResolver>(d.ok() ? std::move(d).value() : nullptr);
  }();
  return dates;
}

const DeadlineRules& Rules() {
  static const DeadlineRules* rules = [] {
    CollectingSink sink;
    auto r = DeadlineRules::Load(std::string(ENTENTE_SOURCE_DIR) + "/data", Dates(), &sink);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(sink.diagnostics().size(), 0u);
    return new DeadlineRules(std::move(r).value());
  }();
  return *rules;
}

std::string Resolve(const std::string& text, const std::string& date) {
  bool matched = false;
  std::string out = Rules().ResolveText(text, date, &matched);
  return matched ? out : "NO MATCH";
}

TEST(DeadlineRules, ExplicitDatesNeedNoDocumentDate) {
  EXPECT_EQ(Resolve("by 2031", ""), "2031");
  EXPECT_EQ(Resolve("by the end of 2016", ""), "2016");
  EXPECT_EQ(Resolve("in June 2002", ""), "2002-06");
  EXPECT_EQ(Resolve("by January 2012", ""), "2012-01");
  EXPECT_EQ(Resolve("by April 15, 2000", ""), "2000-04-15");
  EXPECT_EQ(Resolve("until November 2021", ""), "2021-11");
  EXPECT_EQ(Resolve("through to 2020", ""), "2020");
  EXPECT_EQ(Resolve("by mid-2025", ""), "2025");
}

TEST(DeadlineRules, RelativeDatesResolveAgainstTheDocumentDate) {
  // 2021-02-16 was a Tuesday.
  EXPECT_EQ(Resolve("next year", "2021-02-16"), "2022");
  EXPECT_EQ(Resolve("by the end of the year", "2021-02-16"), "2021");
  EXPECT_EQ(Resolve("by the end of next year", "2021-02-16"), "2022");
  EXPECT_EQ(Resolve("within days", "2021-02-16"), "2021-02-23");
  EXPECT_EQ(Resolve("within six months", "2021-02-16"), "2021-08-16");
  EXPECT_EQ(Resolve("within two weeks", "2021-02-16"), "2021-03-02");
  EXPECT_EQ(Resolve("next month", "2021-12-05"), "2022-01");
  EXPECT_EQ(Resolve("in November", "2021-02-16"), "2021-11");
  EXPECT_EQ(Resolve("in January", "2021-02-16"), "2022-01");
  EXPECT_EQ(Resolve("by December 31", "2021-02-16"), "2021-12-31");
  EXPECT_EQ(Resolve("on Thursday", "2021-02-16"), "2021-02-18");
  EXPECT_EQ(Resolve("on Tuesday", "2021-02-16"), "2021-02-23");
  EXPECT_EQ(Resolve("next week", "2021-02-16"), "2021-02-28");
  EXPECT_EQ(Resolve("tomorrow", "2021-02-28"), "2021-03-01");
  EXPECT_EQ(Resolve("over the next five years", "2021-02-16"), "2026-02-16");
  EXPECT_EQ(Resolve("next month on August 2 at 5 p.m. local time", "2019-07-28"), "2019-08-02");
}

TEST(DeadlineRules, SeasonsResolveToTheirLastMonth) {
  // A season stands for its last month (data/dates/en.txt): the next such
  // month not before the document's date.
  EXPECT_EQ(Resolve("by the summer", "2022-03-09"), "2022-08");
  EXPECT_EQ(Resolve("in the summer", "2022-09-30"), "2023-08");
  EXPECT_EQ(Resolve("before winter", "2022-03-09"), "2023-02");
  EXPECT_EQ(Resolve("during the winter", "2022-01-20"), "2022-02");
  EXPECT_EQ(Resolve("this autumn", "2022-03-09"), "2022-11");
  EXPECT_EQ(Resolve("by the end of the spring", "2022-03-09"), "2022-05");
  EXPECT_EQ(Resolve("in the late fall", "2022-03-09"), "2022-11");
  EXPECT_EQ(Resolve("in the spring of 2024", ""), "2024-05");
  EXPECT_EQ(Resolve("by summer 2030", "2022-03-09"), "2030-08");
  EXPECT_EQ(Resolve("in the summer", ""), "");  // stated, but relative to no date
  EXPECT_EQ(Resolve("in the summit", "2022-03-09"), "NO MATCH");
}

TEST(DeadlineRules, RelativeDatesWithoutADocumentDateStayUnresolved) {
  EXPECT_EQ(Resolve("next year", ""), "");
  EXPECT_EQ(Resolve("within days", ""), "");
  EXPECT_EQ(Resolve("in November", ""), "");
  EXPECT_EQ(Resolve("soon", "2021-02-16"), "");
  EXPECT_EQ(Resolve("with great care", "2021-02-16"), "NO MATCH");
}

TEST(DeadlineRules, BadLinesAreReportedAndSkipped) {
  CollectingSink sink;
  auto r = DeadlineRules::Parse("entente-deadlines 2\nyear\tby YEAR\nfortnight\tby YEAR\n@MONTH may=5\n",
                                "t.txt", Dates(), &sink);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->size(), 1u);
  ASSERT_EQ(sink.diagnostics().size(), 2u);
  EXPECT_EQ(sink.diagnostics()[0].line, 3u);
  EXPECT_EQ(DeadlineRules::Parse("entente-deadlines 1\n", "t.txt", Dates(), &sink).status().code(),
            StatusCode::kUnsupported);
  EXPECT_FALSE(DeadlineRules::Parse("entente-deadlines 2\nyear\tby YEAR\n", "t.txt", nullptr, &sink).ok());
}

TEST(CommitmentWords, ListsFromTheDataFile) {
  CollectingSink sink;
  auto w = CommitmentWords::Load(std::string(ENTENTE_SOURCE_DIR) + "/data", &sink);
  ASSERT_TRUE(w.ok()) << w.status().ToString();
  EXPECT_EQ(sink.diagnostics().size(), 0u);
  EXPECT_TRUE(w->Is("pledge", CueKind::kVerb));
  EXPECT_TRUE(w->Is("pledge", CueKind::kNoun));
  EXPECT_TRUE(w->Is("will", CueKind::kAux));
  EXPECT_TRUE(w->Is("commitment", CueKind::kNoun));
  EXPECT_TRUE(w->Is("want", CueKind::kNot));
  EXPECT_FALSE(w->IsPromise("want"));
  EXPECT_TRUE(w->Is("billion", CueKind::kScale));
  EXPECT_TRUE(w->Is("it", CueKind::kSpeakerPronoun));
  EXPECT_FALSE(w->Is("she", CueKind::kSpeakerPronoun));
  EXPECT_TRUE(w->Is("come", CueKind::kSettle));
  EXPECT_TRUE(w->Is("agree", CueKind::kBinding));
  EXPECT_TRUE(w->Is("offer", CueKind::kProffer));
  EXPECT_TRUE(w->Is("offer", CueKind::kNoun));
  EXPECT_TRUE(w->Is("demand", CueKind::kConceded));
  EXPECT_FALSE(w->Is("truce", CueKind::kConceded));
  EXPECT_TRUE(w->Is("accept", CueKind::kAccept));
  EXPECT_TRUE(w->Is("term", CueKind::kAccepted));
  EXPECT_FALSE(w->Is("demand", CueKind::kAccepted));
  EXPECT_TRUE(w->Is("invite", CueKind::kVerb));
  EXPECT_TRUE(w->Is("whether", CueKind::kCondition));
  EXPECT_FALSE(w->IsPromise("troops"));
}

TEST(CommitmentWords, TheLeastEventConfidenceIsASettingOfTheFile) {
  CollectingSink sink;
  auto none = CommitmentWords::Parse("entente-commitment-words 1\nverb\tpledge\n", "t.txt", &sink);
  ASSERT_TRUE(none.ok());
  EXPECT_LT(none->min_event_confidence(), -1e100);  // every event is read
  auto set = CommitmentWords::Parse("entente-commitment-words 1\nmin_event_confidence\t0.5\n", "t.txt", &sink);
  ASSERT_TRUE(set.ok());
  EXPECT_DOUBLE_EQ(set->min_event_confidence(), 0.5);
  EXPECT_TRUE(sink.diagnostics().empty());
  auto bad = CommitmentWords::Parse("entente-commitment-words 1\nmin_event_confidence\thigh\n", "t.txt", &sink);
  ASSERT_TRUE(bad.ok());
  EXPECT_LT(bad->min_event_confidence(), -1e100);
  EXPECT_EQ(sink.diagnostics().size(), 1u);
}

// A word of a sentence made by hand: text, lemma, UPOS, head, relation.
struct W { std::string text, lemma, upos; int head; std::string rel; };

// Appends `words` as one sentence to d (tokens with their tree, spans).
void AddSentence(AnalyzedDocument* d, const std::vector<W>& words) {
  uint32_t first = static_cast<uint32_t>(d->tokens.size()), begin = static_cast<uint32_t>(d->doc.text.size());
  for (const W& w : words) {
    Token t;
    t.span.begin = static_cast<uint32_t>(d->doc.text.size() + (d->doc.text.empty() ? 0 : 1));
    if (!d->doc.text.empty()) d->doc.text += ' ';
    d->doc.text += w.text;
    t.span.end = static_cast<uint32_t>(d->doc.text.size());
    t.text = w.text;
    t.lemma = w.lemma;
    t.upos = w.upos;
    t.head = w.head < 0 ? -1 : static_cast<int32_t>(first) + w.head;
    t.deprel = w.rel;
    t.kind = w.upos == "NUM" ? TokenKind::kNumber : TokenKind::kWord;
    d->tokens.push_back(t);
  }
  Sentence s;
  s.first_token = first;
  s.span = Span{begin, static_cast<uint32_t>(d->doc.text.size())};
  s.token_count = static_cast<uint32_t>(words.size());
  d->sentences.push_back(s);
}

// A one-token country mention on token `i`, added to d's actors.
ActorMention AddCountry(AnalyzedDocument* d, uint32_t i, const std::string& code) {
  ActorMention m;
  m.begin = i;
  m.end = i + 1;
  m.span = d->tokens[i].span;
  m.text = d->tokens[i].text;
  m.code = code;
  m.country = code;
  d->actors.push_back(m);
  return m;
}

// An event by `source` on token `trigger`, added to d's events.
void AddEvent(AnalyzedDocument* d, const ActorMention& source, uint32_t trigger,
              const std::string& plover, const std::string& cameo, Modality modality) {
  Event e;
  e.sources.push_back(source);
  e.plover = plover;
  e.cameo = cameo;
  e.modality = modality;
  e.trigger = d->tokens[trigger].text;
  e.trigger_span = d->tokens[trigger].span;
  d->events.push_back(e);
}

// "Lisbon pledged to meet the target of 2% by 2031 ." with its tree made by
// hand, an actor and an intended event on "meet".
AnalyzedDocument PledgeDocument(const std::string& date) {
  AnalyzedDocument d;
  d.doc.id = "t";
  d.doc.date = date;
  const std::vector<W> words = {{"Lisbon", "lisbon", "PROPN", 1, "nsubj"}, {"pledged", "pledge", "VERB", -1, "root"},
                     {"to", "to", "PART", 3, "mark"},          {"meet", "meet", "VERB", 1, "xcomp"},
                     {"the", "the", "DET", 5, "det"},          {"target", "target", "NOUN", 3, "obj"},
                     {"of", "of", "ADP", 8, "case"},           {"2", "2", "NUM", 8, "nummod"},
                     {"%", "%", "SYM", 5, "nmod"},             {"by", "by", "ADP", 10, "case"},
                     {"2031", "2031", "NUM", 3, "obl"},        {".", ".", "PUNCT", 1, "punct"}};
  AddSentence(&d, words);
  AddEvent(&d, AddCountry(&d, 0, "PRT"), 3, "AGREE", "030", Modality::kIntended);
  return d;
}

std::unique_ptr<CommitmentStage> Stage() {
  CollectingSink sink;
  auto s = CommitmentStage::Create(std::string(ENTENTE_SOURCE_DIR) + "/data", Dates(), &sink);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return std::move(s).value();
}

TEST(CommitmentStage, PledgeWithQuantityAndDeadline) {
  AnalyzedDocument d = PledgeDocument("2021-02-16");
  Stage()->Run(&d);
  ASSERT_EQ(d.commitments.size(), 1u) << DumpCommitments(d);
  const Commitment& c = d.commitments[0];
  EXPECT_EQ(c.promisers.at(0).code, "PRT");
  EXPECT_EQ(c.cue, "pledged");
  EXPECT_EQ(c.action, "meet");
  EXPECT_EQ(c.object, "the target of 2 %");
  EXPECT_EQ(c.quantity, "2 %");
  EXPECT_EQ(c.deadline.text, "by 2031");
  EXPECT_EQ(c.deadline.date, "2031");
}

// "Spain <cue> [not] to <act> the vessel ." with the promise coded as the
// event coder codes a vow: THREATEN, done, on the cue verb.
AnalyzedDocument VowDocument(const char* cue, const char* act, bool negated) {
  AnalyzedDocument d;
  d.doc.id = "v";
  d.doc.date = "2021-02-16";
  std::vector<W> words = {{"Spain", "spain", "PROPN", 1, "nsubj"}, {cue, cue, "VERB", -1, "root"}};
  if (negated) words.push_back({"not", "not", "PART", 4, "advmod"});
  int a = static_cast<int>(words.size()) + 1;  // the act's index
  words.push_back({"to", "to", "PART", a, "mark"});
  words.push_back({act, act, "VERB", 1, "xcomp"});
  words.push_back({"the", "the", "DET", a + 2, "det"});
  words.push_back({"vessel", "vessel", "NOUN", a, "obj"});
  words.push_back({".", ".", "PUNCT", 1, "punct"});
  AddSentence(&d, words);
  AddEvent(&d, AddCountry(&d, 0, "ESP"), 1, "THREATEN", "130", Modality::kDone);
  return d;
}

// The stage over the shipped data with the words file's least event
// confidence set to `least`.
std::unique_ptr<CommitmentStage> StageWithLeastConfidence(double least) {
  const std::string data = std::string(ENTENTE_SOURCE_DIR) + "/data";
  CollectingSink sink;
  std::string text;
  EXPECT_TRUE(ReadFile(data + "/commitments/commitment_words.txt", &text));
  text += "\nmin_event_confidence\t" + std::to_string(least) + "\n";
  auto words = CommitmentWords::Parse(text, "t.txt", &sink);
  auto deadlines = DeadlineRules::Load(data, Dates(), &sink);
  auto lexicon = Lexicon::Load(data + "/events/lexicon", &sink);
  auto cameo = CameoTable::Load(data, &sink);
  EXPECT_TRUE(words.ok() && deadlines.ok() && lexicon.ok() && cameo.ok());
  return std::make_unique<CommitmentStage>(std::move(words).value(), std::move(deadlines).value(),
                                           std::move(lexicon).value(), std::move(cameo).value());
}

// The coder's event is read only when its confidence reaches the setting; an
// event with no confidence (another coder's) always is.
TEST(CommitmentStage, ACodersEventBelowTheLeastConfidenceIsNotReadAsAPromise) {
  auto stage = StageWithLeastConfidence(2.0);
  auto from_event = [](const AnalyzedDocument& d) {
    for (const Commitment& c : d.commitments) {
      if (c.event == 0) return true;
    }
    return false;
  };
  AnalyzedDocument unsure = PledgeDocument("2021-02-16");
  unsure.events[0].confidence = 1.5;
  stage->Run(&unsure);
  EXPECT_FALSE(from_event(unsure)) << DumpCommitments(unsure);
  AnalyzedDocument sure = PledgeDocument("2021-02-16");
  sure.events[0].confidence = 2.5;
  stage->Run(&sure);
  EXPECT_TRUE(from_event(sure)) << DumpCommitments(sure);
  AnalyzedDocument unscored = PledgeDocument("2021-02-16");
  stage->Run(&unscored);
  EXPECT_TRUE(from_event(unscored)) << DumpCommitments(unscored);
  // A done vow (FromPromiseVerb) is held to the same setting.
  AnalyzedDocument vow = VowDocument("vow", "return", false);
  vow.events[0].confidence = 0.5;
  stage->Run(&vow);
  EXPECT_FALSE(from_event(vow)) << DumpCommitments(vow);
}

TEST(CommitmentStage, VowOfACooperativeActIsACommitmentWhateverItsEventType) {
  auto stage = Stage();
  AnalyzedDocument d = VowDocument("vow", "return", false);
  stage->Run(&d);
  ASSERT_EQ(d.commitments.size(), 1u) << DumpCommitments(d);
  const Commitment& c = d.commitments[0];
  EXPECT_EQ(c.promisers.at(0).code, "ESP");
  EXPECT_EQ(c.type, "RETREAT");  // "return … obj": CAMEO 084, the promised act's type
  EXPECT_EQ(c.action, "return");
  EXPECT_EQ(c.object, "the vessel");
  // A vow of a conflict act stays the coder's threat; a negated vow and an
  // order are no commitments.
  for (auto [cue, act, negated] : {std::tuple{"vow", "retaliate", false}, std::tuple{"vow", "return", true},
                                   std::tuple{"order", "return", false}}) {
    AnalyzedDocument other = VowDocument(cue, act, negated);
    stage->Run(&other);
    EXPECT_TRUE(other.commitments.empty()) << cue << " " << act << " " << negated << "\n" << DumpCommitments(other);
  }
}

// "Ministers welcomed Norway 's intention to host talks in the autumn ."
// with the infinitive hung on the main verb, as parsers often hang it.
TEST(CommitmentStage, APromiseNounTakesTheInfinitiveAfterItAsItsAct) {
  AnalyzedDocument d;
  d.doc.id = "n";
  d.doc.date = "2022-03-09";
  AddSentence(&d, {{"Ministers", "minister", "NOUN", 1, "nsubj"}, {"welcomed", "welcome", "VERB", -1, "root"},
                   {"Norway", "Norway", "PROPN", 4, "nmod:poss"},  {"'s", "'s", "PART", 2, "case"},
                   {"intention", "intention", "NOUN", 1, "obj"},   {"to", "to", "PART", 6, "mark"},
                   {"host", "host", "VERB", 1, "advcl"},           {"talks", "talk", "NOUN", 6, "obj"},
                   {"in", "in", "ADP", 10, "case"},                {"the", "the", "DET", 10, "det"},
                   {"autumn", "autumn", "NOUN", 6, "obl"},         {".", ".", "PUNCT", 1, "punct"}});
  AddCountry(&d, 2, "NOR");
  Stage()->Run(&d);
  ASSERT_EQ(d.commitments.size(), 1u) << DumpCommitments(d);
  const Commitment& c = d.commitments[0];
  EXPECT_EQ(c.cue, "intention");
  EXPECT_EQ(c.action, "host");
  EXPECT_EQ(c.object, "talks");
  EXPECT_EQ(c.deadline.text, "in the autumn");
  EXPECT_EQ(c.deadline.date, "2022-11");
}

// "Ghana reached a deal to reopen the border ." with an event on "reached"
// of the given factuality and type.
AnalyzedDocument DealDocument(Modality modality, const char* plover) {
  AnalyzedDocument d;
  d.doc.id = "g";
  d.doc.date = "2022-03-09";
  AddSentence(&d, {{"Ghana", "Ghana", "PROPN", 1, "nsubj"}, {"reached", "reach", "VERB", -1, "root"},
                   {"a", "a", "DET", 3, "det"},              {"deal", "deal", "NOUN", 1, "obj"},
                   {"to", "to", "PART", 5, "mark"},          {"reopen", "reopen", "VERB", 3, "acl"},
                   {"the", "the", "DET", 7, "det"},          {"border", "border", "NOUN", 5, "obj"},
                   {".", ".", "PUNCT", 1, "punct"}});
  AddEvent(&d, AddCountry(&d, 0, "GHA"), 1, plover, "", modality);
  return d;
}

TEST(CommitmentStage, AnAgreementReachedCommitsItsParties) {
  auto stage = Stage();
  for (Modality m : {Modality::kIntended, Modality::kDone}) {
    AnalyzedDocument d = DealDocument(m, m == Modality::kDone ? "COERCE" : "AGREE");
    stage->Run(&d);
    ASSERT_EQ(d.commitments.size(), 1u) << DumpCommitments(d);
    EXPECT_EQ(d.commitments[0].type, "AGREE");
    EXPECT_EQ(d.commitments[0].cue, "reached");
    EXPECT_EQ(d.commitments[0].action, "reopen");
    EXPECT_EQ(d.commitments[0].object, "the border");
  }
  AnalyzedDocument d = DealDocument(Modality::kDone, "COERCE");
  d.tokens[3].lemma = "conclusion";  // "reached a conclusion": no agreement
  stage->Run(&d);
  EXPECT_TRUE(d.commitments.empty()) << DumpCommitments(d);
}

TEST(CommitmentStage, NoPromiseWordNoCommitment) {
  AnalyzedDocument d = PledgeDocument("2021-02-16");
  d.tokens[1].lemma = "want";  // "Lisbon wanted to meet …": sought, not promised
  Stage()->Run(&d);
  EXPECT_TRUE(d.commitments.empty()) << DumpCommitments(d);
  d = PledgeDocument("2021-02-16");
  d.events[0].modality = Modality::kDone;
  Stage()->Run(&d);
  EXPECT_TRUE(d.commitments.empty());
}

// "Peru will <verb> a truce ." with an intended event on the verb, and
// "Chile will not sign until Peru <verb> the truce ." with an intended
// event of Peru on the verb of the "until" clause.
TEST(CommitmentStage, ASoughtOrConditionalActIsNoCommitment) {
  auto stage = Stage();
  for (const char* verb : {"offer", "seek"}) {
    AnalyzedDocument d;
    d.doc.id = "s";
    AddSentence(&d, {{"Peru", "Peru", "PROPN", 2, "nsubj"}, {"will", "will", "AUX", 2, "aux"},
                     {verb, verb, "VERB", -1, "root"},         {"a", "a", "DET", 4, "det"},
                     {"truce", "truce", "NOUN", 2, "obj"},     {".", ".", "PUNCT", 2, "punct"}});
    AddEvent(&d, AddCountry(&d, 0, "PER"), 2, "AGREE", "030", Modality::kIntended);
    stage->Run(&d);
    EXPECT_EQ(d.commitments.size(), std::string(verb) == "offer" ? 1u : 0u) << verb << "\n" << DumpCommitments(d);
  }
  for (const char* mark : {"until", "after"}) {
    AnalyzedDocument d;
    d.doc.id = "c";
    AddSentence(&d, {{"Chile", "Chile", "PROPN", 3, "nsubj"}, {"will", "will", "AUX", 3, "aux"},
                     {"not", "not", "PART", 3, "advmod"},       {"sign", "sign", "VERB", -1, "root"},
                     {mark, mark, "SCONJ", 6, "mark"},          {"Peru", "Peru", "PROPN", 6, "nsubj"},
                     {"accepts", "accept", "VERB", 3, "advcl"}, {"the", "the", "DET", 8, "det"},
                     {"truce", "truce", "NOUN", 6, "obj"},      {".", ".", "PUNCT", 3, "punct"}});
    AddCountry(&d, 0, "CHL");
    AddEvent(&d, AddCountry(&d, 5, "PER"), 6, "AGREE", "030", Modality::kIntended);
    stage->Run(&d);
    // "until Peru accepts": a condition; "after Peru accepts" is Peru's
    // acceptance reported as promised ("accept" is a promise verb).
    EXPECT_EQ(d.commitments.size(), std::string(mark) == "after" ? 1u : 0u) << mark << "\n" << DumpCommitments(d);
  }
}

// "Oslo [will] agree next week to send aid ." with an intended event on
// "agree": the deadline on a future promise word is the promise's; on a
// promise word without one it dates the agreeing, not the act.
TEST(CommitmentStage, AFuturePromiseWordIsDatedByItsDeadline) {
  auto stage = Stage();
  for (bool future : {true, false}) {
    AnalyzedDocument d;
    d.doc.id = "f";
    d.doc.date = "2023-09-04";
    int a = future ? 1 : 0;  // shift of the tokens after "will"
    std::vector<W> words = {{"Oslo", "Oslo", "PROPN", 1 + a, "nsubj"}};
    if (future) words.push_back({"will", "will", "AUX", 2, "aux"});
    words.insert(words.end(), {{"agree", "agree", "VERB", -1, "root"},        {"next", "next", "ADJ", 3 + a, "amod"},
                               {"week", "week", "NOUN", 1 + a, "obl:tmod"},     {"to", "to", "PART", 5 + a, "mark"},
                               {"send", "send", "VERB", 1 + a, "xcomp"},        {"aid", "aid", "NOUN", 5 + a, "obj"},
                               {".", ".", "PUNCT", 1 + a, "punct"}});
    AddSentence(&d, words);
    AddEvent(&d, AddCountry(&d, 0, "NOR"), 1 + a, "AGREE", "030", Modality::kIntended);
    stage->Run(&d);
    ASSERT_EQ(d.commitments.size(), 1u) << DumpCommitments(d);
    EXPECT_EQ(d.commitments[0].action, "send");
    EXPECT_EQ(d.commitments[0].deadline.text, future ? "next week" : "") << DumpCommitments(d);
  }
}

// "Aid will be provided by Norway .": no event; the passive act is typed
// through its subject (AID) and promised by its agent.
TEST(CommitmentStage, APromisedPassiveIsTypedThroughItsSubject) {
  AnalyzedDocument d;
  d.doc.id = "p";
  AddSentence(&d, {{"Aid", "aid", "NOUN", 3, "nsubj:pass"},     {"will", "will", "AUX", 3, "aux"},
                   {"be", "be", "AUX", 3, "aux:pass"},           {"provided", "provide", "VERB", -1, "root"},
                   {"by", "by", "ADP", 5, "case"},               {"Norway", "Norway", "PROPN", 3, "obl:agent"},
                   {".", ".", "PUNCT", 3, "punct"}});
  AddCountry(&d, 5, "NOR");
  Clause k;
  k.verb = 3;
  k.lemma = "provide";
  k.auxiliaries = {1, 2};
  k.tense = Tense::kFuture;
  k.voice = Voice::kPassive;
  k.subject = Phrase{0, 1, 0, {}, {}};
  k.agent = Phrase{5, 6, 5, {}, {}};
  d.clauses.push_back(k);
  Stage()->Run(&d);
  ASSERT_EQ(d.commitments.size(), 1u) << DumpCommitments(d);
  EXPECT_EQ(d.commitments[0].promisers.at(0).code, "NOR");
  EXPECT_EQ(d.commitments[0].act_type, "AID");
}

TEST(CommitmentStage, PastYearIsNotADeadline) {
  AnalyzedDocument d = PledgeDocument("2035-01-01");
  Stage()->Run(&d);
  ASSERT_EQ(d.commitments.size(), 1u);
  EXPECT_EQ(d.commitments[0].deadline.text, "");
}

TEST(CommitmentStage, OddTreesDoNotCrash) {
  AnalyzedDocument d = PledgeDocument("");
  for (Token& t : d.tokens) t.head = 1000;  // heads outside the sentence
  d.events[0].trigger_span = Span{999, 1000};
  Stage()->Run(&d);
  d = PledgeDocument("");
  for (Token& t : d.tokens) t.head = 1;  // every word hangs on "pledged", even itself
  Stage()->Run(&d);
  SUCCEED();
}

// "<Subject words> will <verb> the talks ." with its tree and its clause
// made by hand (the parse stage's output), a country on `actor_token`, and
// no event: the coder found nothing.
AnalyzedDocument WillDocument(const std::vector<W>& subject, const char* verb, uint32_t actor_token,
                              const std::string& code) {
  AnalyzedDocument d;
  d.doc.id = "w";
  d.doc.date = "2022-05-10";
  std::vector<W> words = subject;
  int v = static_cast<int>(words.size()) + 1;  // the verb's index
  words.push_back({"will", "will", "AUX", v, "aux"});
  words.push_back({verb, verb, "VERB", -1, "root"});
  words.push_back({"the", "the", "DET", v + 2, "det"});
  words.push_back({"talks", "talk", "NOUN", v, "obj"});
  words.push_back({".", ".", "PUNCT", v, "punct"});
  for (W& w : words) {
    if (&w - words.data() < static_cast<long>(subject.size()) && w.head < 0) w.head = v;
  }
  AddSentence(&d, words);
  AddCountry(&d, actor_token, code);
  Clause k;
  k.verb = static_cast<uint32_t>(v);
  k.lemma = verb;
  k.auxiliaries = {static_cast<uint32_t>(v - 1)};
  k.tense = Tense::kFuture;
  uint32_t head = 0;
  for (uint32_t i = 0; i < subject.size(); ++i) {
    if (words[i].rel == "nsubj") head = i;
  }
  k.subject = Phrase{0, static_cast<uint32_t>(subject.size()), head, {}, {}};
  k.objects.push_back(Phrase{static_cast<uint32_t>(v + 1), static_cast<uint32_t>(v + 3),
                             static_cast<uint32_t>(v + 2), {}, {}});
  d.clauses.push_back(k);
  return d;
}

TEST(CommitmentStage, AClauseWithAFutureAuxiliaryIsACommitmentWithoutAnEvent) {
  auto stage = Stage();
  // "Chile will host the talks .": an act the lexicon types CONSULT, promised
  // by the subject; an AGREE commitment.
  AnalyzedDocument d = WillDocument({{"Chile", "Chile", "PROPN", -1, "nsubj"}}, "host", 0, "CHL");
  stage->Run(&d);
  ASSERT_EQ(d.commitments.size(), 1u) << DumpCommitments(d);
  const Commitment& c = d.commitments[0];
  EXPECT_EQ(c.promisers.at(0).code, "CHL");
  EXPECT_EQ(c.type, "AGREE");
  EXPECT_EQ(c.cue, "will");
  EXPECT_EQ(c.action, "host");
  EXPECT_EQ(c.object, "the talks");
  EXPECT_EQ(c.event, -1);
  EXPECT_NE(c.why.find("clause with a future auxiliary"), std::string::npos) << c.why;
  // Received, not acted ("Chile will receive the talks"): no promise.
  d = WillDocument({{"Chile", "Chile", "PROPN", -1, "nsubj"}}, "receive", 0, "CHL");
  stage->Run(&d);
  EXPECT_TRUE(d.commitments.empty()) << DumpCommitments(d);
  // An untyped act ("will remain"): a forecast, no promise.
  d = WillDocument({{"Chile", "Chile", "PROPN", -1, "nsubj"}}, "remain", 0, "CHL");
  stage->Run(&d);
  EXPECT_TRUE(d.commitments.empty()) << DumpCommitments(d);
}

TEST(CommitmentStage, AClausePromisesOnlyForTheActorItsSubjectIs) {
  auto stage = Stage();
  // "Chile 's envoy will host the talks": the envoy is no coded actor, and
  // Chile only modifies the subject's head.
  AnalyzedDocument d = WillDocument({{"Chile", "Chile", "PROPN", 2, "nmod:poss"},
                                     {"'s", "'s", "PART", 0, "case"},
                                     {"envoy", "envoy", "NOUN", -1, "nsubj"}},
                                    "host", 0, "CHL");
  stage->Run(&d);
  EXPECT_TRUE(d.commitments.empty()) << DumpCommitments(d);
  // A conditional or hedged act is no promise: "… will probably host …".
  d = WillDocument({{"Chile", "Chile", "PROPN", -1, "nsubj"}}, "host", 0, "CHL");
  d.tokens[1].text = "probably";  // the auxiliary's slot, now an adverb under the verb
  d.tokens[1].deprel = "advmod";
  d.clauses[0].auxiliaries.clear();
  stage->Run(&d);
  EXPECT_TRUE(d.commitments.empty()) << DumpCommitments(d);
}

TEST(CommitmentStage, AMainClauseWithBeToIsAPlan) {
  auto stage = Stage();
  // "Chile is host the talks ." read as "Chile is to host the talks": the
  // parse stage marks the plan as the clause's modality, "is" its auxiliary.
  AnalyzedDocument d = WillDocument({{"Chile", "Chile", "PROPN", -1, "nsubj"}}, "host", 0, "CHL");
  d.tokens[1].text = "is";
  d.tokens[1].lemma = "be";
  d.clauses[0].tense = Tense::kPresent;
  d.clauses[0].modality = "plan";
  stage->Run(&d);
  ASSERT_EQ(d.commitments.size(), 1u) << DumpCommitments(d);
  EXPECT_EQ(d.commitments[0].cue, "is");
  EXPECT_EQ(d.commitments[0].type, "AGREE");
  EXPECT_NE(d.commitments[0].why.find("'be to'"), std::string::npos) << d.commitments[0].why;
  // Another auxiliary with the plan mark is no "be to": no promise.
  d.tokens[1].lemma = "have";
  stage->Run(&d);
  EXPECT_TRUE(d.commitments.empty()) << DumpCommitments(d);
}

// "Chile said <pronoun> will host the talks ." with its tree and clause
// made by hand, Chile the speaker of the reported clause, and no event.
AnalyzedDocument SaidWillDocument(const char* pronoun) {
  AnalyzedDocument d;
  d.doc.id = "p";
  d.doc.date = "2022-05-10";
  AddSentence(&d, {{"Chile", "Chile", "PROPN", 1, "nsubj"}, {"said", "say", "VERB", -1, "root"},
                   {pronoun, pronoun, "PRON", 4, "nsubj"}, {"will", "will", "AUX", 4, "aux"},
                   {"host", "host", "VERB", 1, "ccomp"}, {"the", "the", "DET", 6, "det"},
                   {"talks", "talk", "NOUN", 4, "obj"}, {".", ".", "PUNCT", 1, "punct"}});
  AddCountry(&d, 0, "CHL");
  Clause k;
  k.verb = 4;
  k.lemma = "host";
  k.auxiliaries = {3};
  k.tense = Tense::kFuture;
  k.link = ClauseLink::kThat;
  k.subject = Phrase{2, 3, 2, {}, {}};
  k.objects.push_back(Phrase{5, 7, 6, {}, {}});
  k.speaker = Phrase{0, 1, 0, {}, {}};
  d.clauses.push_back(k);
  return d;
}

TEST(CommitmentStage, AStatesPronounInReportedSpeechIsItsSpeaker) {
  auto stage = Stage();
  for (const char* pronoun : {"it", "they", "We"}) {
    AnalyzedDocument d = SaidWillDocument(pronoun);
    stage->Run(&d);
    ASSERT_EQ(d.commitments.size(), 1u) << pronoun << "\n" << DumpCommitments(d);
    EXPECT_EQ(d.commitments[0].promisers.at(0).code, "CHL");
    EXPECT_EQ(d.commitments[0].cue, "will");
    EXPECT_EQ(d.commitments[0].event, -1);
  }
  // A person's pronoun is someone else than the state that speaks.
  AnalyzedDocument d = SaidWillDocument("she");
  stage->Run(&d);
  EXPECT_TRUE(d.commitments.empty()) << DumpCommitments(d);
  // Not reported: the pronoun stands for no one known.
  d = SaidWillDocument("it");
  d.clauses[0].speaker = Phrase{};
  stage->Run(&d);
  EXPECT_TRUE(d.commitments.empty()) << DumpCommitments(d);
}

// A one-clause document made by hand, with no event: `words` the tokens and
// tree, Chile (token 0) the subject of the past-tense verb at token 1, whose
// lemma is `lemma`, and `object` its object.
AnalyzedDocument ChileClauseDocument(const std::vector<W>& words, const std::string& lemma, Phrase object) {
  AnalyzedDocument d;
  d.doc.id = lemma;
  d.doc.date = "2022-05-10";
  AddSentence(&d, words);
  AddCountry(&d, 0, "CHL");
  Clause k;
  k.verb = 1;
  k.lemma = lemma;
  k.tense = Tense::kPast;
  k.subject = Phrase{0, 1, 0, {}, {}};
  k.objects.push_back(object);
  d.clauses.push_back(k);
  return d;
}

// Expects `d` to hold one AGREE commitment by Chile with `cue` and returns it.
const Commitment* ExpectOneChileAgree(const AnalyzedDocument& d, const std::string& cue) {
  EXPECT_EQ(d.commitments.size(), 1u) << DumpCommitments(d);
  if (d.commitments.size() != 1) return nullptr;
  const Commitment& c = d.commitments[0];
  EXPECT_EQ(c.promisers.at(0).code, "CHL");
  EXPECT_EQ(c.type, "AGREE");
  EXPECT_EQ(c.cue, cue);
  return &c;
}

// "Chile reached a deal .": an agreement reached in a clause.
AnalyzedDocument ReachedDealDocument() {
  return ChileClauseDocument({{"Chile", "Chile", "PROPN", 1, "nsubj"}, {"reached", "reach", "VERB", -1, "root"},
                              {"a", "a", "DET", 3, "det"}, {"deal", "deal", "NOUN", 1, "obj"},
                              {".", ".", "PUNCT", 1, "punct"}},
                             "reach", Phrase{2, 4, 3, {}, {}});
}

TEST(CommitmentStage, AnAgreementReachedInAClauseNeedsNoEvent) {
  auto stage = Stage();
  AnalyzedDocument d = ReachedDealDocument();
  stage->Run(&d);
  const Commitment* c = ExpectOneChileAgree(d, "reached");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->event, -1);
  // Sought or hedged ("could reach a deal"), or not reached: no commitment.
  d = ReachedDealDocument();
  d.clauses[0].modality = "could";
  stage->Run(&d);
  EXPECT_TRUE(d.commitments.empty()) << DumpCommitments(d);
  d = ReachedDealDocument();
  d.clauses[0].negated = true;
  stage->Run(&d);
  EXPECT_TRUE(d.commitments.empty()) << DumpCommitments(d);
  d = ReachedDealDocument();
  d.tokens[3].lemma = "conclusion";  // "reached a conclusion"
  stage->Run(&d);
  EXPECT_TRUE(d.commitments.empty()) << DumpCommitments(d);
}

// "Chile accepted some of the terms .": an offer's terms accepted through a
// quantity.
AnalyzedDocument AcceptedTermsDocument() {
  return ChileClauseDocument({{"Chile", "Chile", "PROPN", 1, "nsubj"}, {"accepted", "accept", "VERB", -1, "root"},
                              {"some", "some", "DET", 1, "obj"}, {"of", "of", "ADP", 5, "case"},
                              {"the", "the", "DET", 5, "det"}, {"terms", "term", "NOUN", 2, "nmod"},
                              {".", ".", "PUNCT", 1, "punct"}},
                             "accept", Phrase{2, 6, 2, {}, {}});
}

TEST(CommitmentStage, AnOfferAcceptedCommitsTheAcceptor) {
  auto stage = Stage();
  AnalyzedDocument d = AcceptedTermsDocument();
  stage->Run(&d);
  ASSERT_NE(ExpectOneChileAgree(d, "accepted"), nullptr);
  // A bare participle ("instead accepting some of the terms") is no promise.
  d = AcceptedTermsDocument();
  d.tokens[1].text = "accepting";
  d.tokens[1].tag = "VBG";
  stage->Run(&d);
  EXPECT_TRUE(d.commitments.empty()) << DumpCommitments(d);
  // Nor something accepted that is no offer ("some of the refugees").
  d = AcceptedTermsDocument();
  d.tokens[5].lemma = "refugee";
  stage->Run(&d);
  EXPECT_TRUE(d.commitments.empty()) << DumpCommitments(d);
}

// "Chile <cue> to develop a currency ." with its tree and clauses made by
// hand and no event; "develop" is an act the event lexicon has no type for.
AnalyzedDocument AgreedToDocument(const char* cue, const char* cue_lemma) {
  AnalyzedDocument d;
  d.doc.id = "b";
  d.doc.date = "2022-05-10";
  AddSentence(&d, {{"Chile", "Chile", "PROPN", 1, "nsubj"}, {cue, cue_lemma, "VERB", -1, "root"},
                   {"to", "to", "PART", 3, "mark"}, {"develop", "develop", "VERB", 1, "xcomp"},
                   {"a", "a", "DET", 5, "det"}, {"currency", "currency", "NOUN", 3, "obj"},
                   {".", ".", "PUNCT", 1, "punct"}});
  AddCountry(&d, 0, "CHL");
  Clause main;
  main.verb = 1;
  main.lemma = cue_lemma;
  main.tense = Tense::kPast;
  main.subject = Phrase{0, 1, 0, {}, {}};
  d.clauses.push_back(main);
  Clause k;
  k.verb = 3;
  k.lemma = "develop";
  k.link = ClauseLink::kInfinitive;
  k.parent = 0;
  k.marker = "to";
  k.modality = cue_lemma;
  k.subject = Phrase{0, 1, 0, {}, {}};
  k.objects.push_back(Phrase{4, 6, 5, {}, {}});
  d.clauses.push_back(k);
  return d;
}

TEST(CommitmentStage, AgreeingToAnUntypedActIsACommitmentOtherPromiseWordsNeedATypedAct) {
  auto stage = Stage();
  AnalyzedDocument d = AgreedToDocument("agreed", "agree");
  stage->Run(&d);
  ASSERT_EQ(d.commitments.size(), 1u) << DumpCommitments(d);
  EXPECT_EQ(d.commitments[0].promisers.at(0).code, "CHL");
  EXPECT_EQ(d.commitments[0].type, "AGREE");
  EXPECT_EQ(d.commitments[0].cue, "agreed");
  EXPECT_EQ(d.commitments[0].action, "develop");
  EXPECT_EQ(d.commitments[0].event, -1);
  // "vowed to develop": a vow needs an act the lexicon types as cooperation
  // or a material act of its own ("vowed to pursue the conflict" is none).
  d = AgreedToDocument("vowed", "vow");
  stage->Run(&d);
  EXPECT_TRUE(d.commitments.empty()) << DumpCommitments(d);
}

// "Chile pledges <det> <owner> <noun> ." with the coder's target on the owner:
// what the promise word governs is what is given.
AnalyzedDocument PledgesObjectDocument(const char* owner, const char* owner_code) {
  AnalyzedDocument d;
  d.doc.id = "g";
  d.doc.date = "2022-05-10";
  AddSentence(&d, {{"Chile", "Chile", "PROPN", 1, "nsubj"}, {"pledges", "pledge", "VERB", -1, "root"},
                   {"more", "more", "ADJ", 3, "amod"}, {owner, owner, "NOUN", 1, "obj"},
                   {".", ".", "PUNCT", 1, "punct"}});
  AddEvent(&d, AddCountry(&d, 0, "CHL"), 1, "AGREE", "0356", Modality::kIntended);
  ActorMention target = AddCountry(&d, 3, owner_code);
  d.events[0].targets.push_back(target);
  return d;
}

TEST(CommitmentStage, ThePromisersOwnForcesPledgedAreNotItsCounterpart) {
  auto stage = Stage();
  // "Chile pledges more troops": Chile's own troops are what is promised.
  AnalyzedDocument d = PledgesObjectDocument("troops", "CHL");
  stage->Run(&d);
  ASSERT_EQ(d.commitments.size(), 1u) << DumpCommitments(d);
  EXPECT_TRUE(d.commitments[0].counterparts.empty()) << DumpCommitments(d);
  EXPECT_EQ(d.commitments[0].object, "more troops");
  // Another country inside what is pledged stays the counterpart.
  d = PledgesObjectDocument("Peruvians", "PER");
  stage->Run(&d);
  ASSERT_EQ(d.commitments.size(), 1u) << DumpCommitments(d);
  ASSERT_EQ(d.commitments[0].counterparts.size(), 1u) << DumpCommitments(d);
  EXPECT_EQ(d.commitments[0].counterparts[0].code, "PER");
}

// "<Subject> <verb> <Owner> <noun> ." : a promise noun with a compound owner,
// the object of `verb`.
AnalyzedDocument NounDocument(const char* verb, const char* noun) {
  AnalyzedDocument d;
  d.doc.id = "p";
  d.doc.date = "2022-05-10";
  AddSentence(&d, {{"Canada", "Canada", "PROPN", 1, "nsubj"}, {verb, verb, "VERB", -1, "root"},
                   {"Jamaica", "Jamaica", "PROPN", 3, "compound"}, {noun, noun, "NOUN", 1, "obj"},
                   {".", ".", "PUNCT", 1, "punct"}});
  AddCountry(&d, 0, "CAN");
  AddCountry(&d, 2, "JAM");
  return d;
}

TEST(CommitmentStage, APromiseNounIsACommitmentWhenGivenOrWelcomedNotWhenSought) {
  auto stage = Stage();
  // Given: the giver promises ("Canada gave Jamaica assurances").
  AnalyzedDocument d = NounDocument("give", "assurance");
  stage->Run(&d);
  ASSERT_EQ(d.commitments.size(), 1u) << DumpCommitments(d);
  EXPECT_EQ(d.commitments[0].promisers.at(0).code, "CAN");
  EXPECT_EQ(d.commitments[0].counterparts.at(0).code, "JAM");
  // Welcomed: the owner promises ("Canada welcomed the Jamaica pledge").
  d = NounDocument("welcome", "pledge");
  stage->Run(&d);
  ASSERT_EQ(d.commitments.size(), 1u) << DumpCommitments(d);
  EXPECT_EQ(d.commitments[0].promisers.at(0).code, "JAM");
  // Sought, or merely mentioned: no commitment.
  for (const char* verb : {"seek", "question"}) {
    d = NounDocument(verb, "pledge");
    stage->Run(&d);
    EXPECT_TRUE(d.commitments.empty()) << verb << "\n" << DumpCommitments(d);
  }
}

// "Canada did not give Jamaica assurances ." / "… did not welcome the
// Jamaica pledge .": a promise noun presented by a negated verb is not made.
TEST(CommitmentStage, APromiseNounUnderANegatedVerbIsNoCommitment) {
  auto stage = Stage();
  for (auto [verb, noun] : {std::pair{"give", "assurance"}, std::pair{"welcome", "pledge"}}) {
    AnalyzedDocument d;
    d.doc.id = "n";
    d.doc.date = "2022-05-10";
    AddSentence(&d, {{"Canada", "Canada", "PROPN", 3, "nsubj"}, {"did", "do", "AUX", 3, "aux"},
                     {"not", "not", "PART", 3, "advmod"}, {verb, verb, "VERB", -1, "root"},
                     {"Jamaica", "Jamaica", "PROPN", 5, "compound"}, {noun, noun, "NOUN", 3, "obj"},
                     {".", ".", "PUNCT", 3, "punct"}});
    AddCountry(&d, 0, "CAN");
    AddCountry(&d, 4, "JAM");
    stage->Run(&d);
    EXPECT_TRUE(d.commitments.empty()) << verb << "\n" << DumpCommitments(d);
  }
}

// "Peru agreed to the <noun> ." with an intended event on "agreed": a
// demand conceded or a view shared is no act promised; an accord is one.
TEST(CommitmentStage, AgreeingToDemandsIsNoCommitment) {
  auto stage = Stage();
  for (const char* noun : {"demands", "concessions", "truce"}) {
    std::string lemma(noun);
    if (lemma.back() == 's') lemma.pop_back();
    AnalyzedDocument d;
    d.doc.id = "a";
    AddSentence(&d, {{"Peru", "Peru", "PROPN", 1, "nsubj"}, {"agreed", "agree", "VERB", -1, "root"},
                     {"to", "to", "ADP", 4, "case"},          {"the", "the", "DET", 4, "det"},
                     {noun, lemma, "NOUN", 1, "obl"},         {".", ".", "PUNCT", 1, "punct"}});
    AddEvent(&d, AddCountry(&d, 0, "PER"), 1, "AGREE", "030", Modality::kIntended);
    stage->Run(&d);
    EXPECT_EQ(d.commitments.size(), lemma == "truce" ? 1u : 0u) << noun << "\n" << DumpCommitments(d);
  }
}

// "Peru was ready to <verb> talks ." with an intended event on "ready": a
// sought act ("ready to seek talks") is not promised.
TEST(CommitmentStage, ASoughtActUnderAPromiseWordIsNoCommitment) {
  auto stage = Stage();
  for (const char* verb : {"hold", "seek"}) {
    AnalyzedDocument d;
    d.doc.id = "r";
    AddSentence(&d, {{"Peru", "Peru", "PROPN", 2, "nsubj"}, {"was", "be", "AUX", 2, "cop"},
                     {"ready", "ready", "ADJ", -1, "root"},    {"to", "to", "PART", 4, "mark"},
                     {verb, verb, "VERB", 2, "xcomp"},          {"talks", "talk", "NOUN", 4, "obj"},
                     {".", ".", "PUNCT", 2, "punct"}});
    AddEvent(&d, AddCountry(&d, 0, "PER"), 2, "AGREE", "030", Modality::kIntended);
    stage->Run(&d);
    EXPECT_EQ(d.commitments.size(), std::string(verb) == "hold" ? 1u : 0u) << verb << "\n" << DumpCommitments(d);
  }
}

// "Chile announced a plan to host the talks ." with "plan" tagged as a
// verb: as the object of "announced" it is the promise noun; as the root
// verb ("Chile plan to host …") it is no noun.
TEST(CommitmentStage, AnObjectTaggedAsAVerbIsStillAPromiseNoun) {
  auto stage = Stage();
  for (bool object : {true, false}) {
    AnalyzedDocument d;
    d.doc.id = "m";
    AddSentence(&d, {{"Chile", "Chile", "PROPN", 1, "nsubj"},
                     {"announced", "announce", "VERB", -1, "root"},
                     {"a", "a", "DET", 3, "det"},
                     {"plan", "plan", "VERB", object ? 1 : -1, object ? "obj" : "root"},
                     {"to", "to", "PART", 5, "mark"},
                     {"host", "host", "VERB", 3, "xcomp"},
                     {"the", "the", "DET", 7, "det"},
                     {"talks", "talk", "NOUN", 5, "obj"},
                     {".", ".", "PUNCT", 1, "punct"}});
    AddCountry(&d, 0, "CHL");
    stage->Run(&d);
    ASSERT_EQ(d.commitments.size(), object ? 1u : 0u) << DumpCommitments(d);
    if (!object) continue;
    EXPECT_EQ(d.commitments[0].cue, "plan");
    EXPECT_EQ(d.commitments[0].action, "host");
    EXPECT_EQ(d.commitments[0].promisers.at(0).code, "CHL");
  }
}

// "Chile vowed on Monday to host the talks ." with no event: the parser
// read the infinitive as a purpose ("to"); hung on a verb of vowing with no
// object it is still the vow's act. On "announced" it stays a purpose.
TEST(CommitmentStage, AVowsInfinitiveReadAsAPurposeIsPromised) {
  auto stage = Stage();
  for (const char* verb : {"vow", "announce"}) {
    AnalyzedDocument d;
    d.doc.id = "v";
    d.doc.date = "2022-05-10";
    AddSentence(&d, {{"Chile", "Chile", "PROPN", 1, "nsubj"}, {verb, verb, "VERB", -1, "root"},
                     {"on", "on", "ADP", 3, "case"},           {"Monday", "Monday", "PROPN", 1, "obl"},
                     {"to", "to", "PART", 5, "mark"},          {"host", "host", "VERB", 1, "advcl"},
                     {"the", "the", "DET", 7, "det"},          {"talks", "talk", "NOUN", 5, "obj"},
                     {".", ".", "PUNCT", 1, "punct"}});
    AddCountry(&d, 0, "CHL");
    Clause main;
    main.verb = 1;
    main.lemma = verb;
    main.tense = Tense::kPast;
    main.subject = Phrase{0, 1, 0, {}, {}};
    Clause inf;
    inf.verb = 5;
    inf.lemma = "host";
    inf.link = ClauseLink::kInfinitive;
    inf.parent = 0;
    inf.modality = "to";
    inf.subject = main.subject;
    inf.objects.push_back(Phrase{6, 8, 7, {}, {}});
    d.clauses = {main, inf};
    stage->Run(&d);
    EXPECT_EQ(d.commitments.size(), std::string(verb) == "vow" ? 1u : 0u) << verb << "\n" << DumpCommitments(d);
  }
}

}  // namespace
}  // namespace entente

namespace entente {
namespace {

// Deadline resolution on the annotated corpus: every deadline the dev and
// test splits state, resolved from its text and the sentence's date, against
// the annotators' date (null when the sentence is undated and the deadline
// relative). The figure is printed and kept in doc/benchmarks.md.
TEST(DeadlineRules, ResolvesTheAnnotatedDeadlines) {
  int stated = 0, matched = 0, right = 0;
  std::string misses;
  for (const char* split : {"dev", "test"}) {
    std::string path = std::string(ENTENTE_SOURCE_DIR) + "/data/train/events/" + split + ".jsonl";
    std::string text;
    ASSERT_TRUE(ReadFile(path, &text)) << path;
    simdjson::dom::parser parser;
    for (std::string_view line : SplitLines(text)) {
      if (line.empty()) continue;
      simdjson::dom::element r;
      ASSERT_EQ(parser.parse(line).get(r), simdjson::SUCCESS);
      std::string_view date;
      if (r["date"].get(date) != simdjson::SUCCESS) date = "";
      simdjson::dom::array events;
      if (r["events"].get(events) != simdjson::SUCCESS) continue;
      for (simdjson::dom::element e : events) {
        std::string_view dl_text, dl_date;
        if (e["commitment"]["deadline"]["text"].get(dl_text) != simdjson::SUCCESS) continue;
        if (e["commitment"]["deadline"]["date"].get(dl_date) != simdjson::SUCCESS) dl_date = "";
        ++stated;
        bool m = false;
        std::string got = Rules().ResolveText(dl_text, std::string(date), &m);
        matched += m;
        if (got == dl_date) {
          ++right;
        } else {
          misses += "  '" + std::string(dl_text) + "' (" + std::string(date) + "): '" + got + "', gold '" +
                    std::string(dl_date) + "'\n";
        }
      }
    }
  }
  std::printf("[deadlines] %d stated in dev+test, %d match a pattern, %d resolved as annotated (%.1f%%)\n%s",
              stated, matched, right, stated ? 100.0 * right / stated : 0.0, misses.c_str());
  EXPECT_GE(stated, 30);
  EXPECT_GE(right, 0.9 * stated);
}

}  // namespace
}  // namespace entente
