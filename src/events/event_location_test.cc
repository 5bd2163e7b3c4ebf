// event_location_test.cc — the event locator: it picks the place its
// weights score highest when that passes the margin, nothing otherwise; its
// model file survives a save and load and a damaged one is refused; its
// training learns a separable toy set and the margin falls between the
// right and the wrong places.
#include "events/event_location.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "events/train/locator_trainer.h"
#include "util/data_dir.h"

namespace entente {
namespace {

Token Word(const std::string& text, const std::string& lemma, int32_t head, const std::string& rel, uint32_t at) {
  Token t;
  t.text = text;
  t.lemma = lemma;
  t.head = head;
  t.deprel = rel;
  t.kind = TokenKind::kWord;
  t.span = {at, at + static_cast<uint32_t>(text.size())};
  return t;
}

ActorMention Place(uint32_t token, const std::string& country, const std::string& precision, bool location) {
  ActorMention m;
  m.begin = m.place_begin = token;
  m.end = m.place_end = token + 1;
  m.code = m.country = country;
  m.place_id = precision + ":" + country;
  m.precision = precision;
  m.location = location;
  return m;
}

// "Turkey shelled villages in Afrin": Turkey (an actor, the source) and
// Afrin (a place named as where).
AnalyzedDocument Shelling() {
  AnalyzedDocument d;
  d.doc.text = "Turkey shelled villages in Afrin";
  d.tokens = {Word("Turkey", "Turkey", 1, "nsubj", 0), Word("shelled", "shell", -1, "root", 7),
              Word("villages", "village", 1, "obj", 15), Word("in", "in", 4, "case", 24),
              Word("Afrin", "Afrin", 1, "obl", 27)};
  Sentence s;
  s.first_token = 0;
  s.token_count = 5;
  d.sentences = {s};
  d.actors = {Place(0, "TUR", "country", false), Place(4, "SYR", "city", true)};
  d.actors[0].span = d.tokens[0].span;
  d.actors[1].span = d.tokens[4].span;
  d.actors[0].text = "Turkey";
  d.actors[1].text = "Afrin";
  return d;
}

uint64_t Hash(std::string_view templ, std::string_view a) {
  FeatureSet f;
  f.Add(templ, a);
  return f.hashes()[0];
}

// Weights that like a place named as where and dislike the event's own actors.
EventLocator LikesLocations(float margin) {
  auto w = LinearModel::Build(1, {{Hash("l.role", "location"), {{0, 2.0f}}}, {Hash("l.role", "argument"), {{0, -3.0f}}}});
  return EventLocator(std::move(w), margin, "test");
}

Event Shelled(const AnalyzedDocument& d) {
  Event e;
  e.plover = "ASSAULT";
  e.trigger_span = d.tokens[1].span;
  e.sources = {d.actors[0]};
  return e;
}

TEST(EventLocatorTest, PicksThePlaceItScoresHighest) {
  AnalyzedDocument d = Shelling();
  d.events = {Shelled(d)};
  LikesLocations(0).LocateAll(&d);
  const EventLocation& l = d.events[0].location;
  EXPECT_EQ(l.text, "Afrin");
  EXPECT_EQ(l.country, "SYR");
  EXPECT_EQ(l.precision, "city");
}

TEST(EventLocatorTest, NoPlaceBelowTheMargin) {
  AnalyzedDocument d = Shelling();
  d.events = {Shelled(d)};
  d.events[0].location.text = "stale";
  LikesLocations(2.5f).LocateAll(&d);
  EXPECT_TRUE(d.events[0].location.empty());
}

// The same place as the event's target ("shelled Afrin") reads as one of
// its actors, which these weights score below the margin.
TEST(EventLocatorTest, AnEventsOwnActorIsNotWhereItHappened) {
  AnalyzedDocument d = Shelling();
  Event e = Shelled(d);
  e.targets = {d.actors[1]};
  d.events = {e};
  LikesLocations(0).LocateAll(&d);
  EXPECT_TRUE(d.events[0].location.empty());
}

// The dateline rule: an event whose sentence names no place takes the
// dateline's place, marked from_dateline; one the sentence locates keeps its
// place; one whose actors are all of another country is left unlocated.
TEST(DatelineLocationTest, UnlocatedEventsTakeTheDatelinePlace) {
  AnalyzedDocument d = Shelling();
  d.doc.text += " KABUL";  // where the dateline's text would be
  ActorMention& kabul = d.dateline_place;
  kabul = Place(0, "AFG", "city", true);
  kabul.span = {33, 38};
  kabul.place_id = "city:AFG:kabul";
  kabul.region = "AF-KAB";
  Event quiet;                                  // no actor, no place in its sentence
  Event located = Shelled(d);                   // located by its sentence
  located.location.text = "Afrin";
  Event abroad = Shelled(d);                    // Turkey acts: elsewhere
  Event local = Shelled(d);
  local.sources[0].country = "AFG";             // an Afghan actor
  d.events = {quiet, located, abroad, local};
  EXPECT_EQ(LocateFromDateline(&d), 2);
  EXPECT_EQ(d.events[0].location.place_id, "city:AFG:kabul");
  EXPECT_EQ(d.events[0].location.country, "AFG");
  EXPECT_EQ(d.events[0].location.region, "AF-KAB");
  EXPECT_EQ(d.events[0].location.text, "KABUL");
  EXPECT_TRUE(d.events[0].location.from_dateline);
  EXPECT_EQ(d.events[1].location.text, "Afrin");
  EXPECT_FALSE(d.events[1].location.from_dateline);
  EXPECT_TRUE(d.events[2].location.empty());
  EXPECT_TRUE(d.events[3].location.from_dateline);
}

TEST(DatelineLocationTest, NoDatelinePlaceLocatesNothing) {
  AnalyzedDocument d = Shelling();
  d.events = {Event()};
  EXPECT_EQ(LocateFromDateline(&d), 0);
  EXPECT_TRUE(d.events[0].location.empty());
}

TEST(EventLocatorTest, ModelFileSurvivesSaveAndLoad) {
  std::string path = testing::TempDir() + "/locator.model";
  ASSERT_TRUE(WriteFile(path, LikesLocations(-1.25f).Serialize()).ok());
  auto back = EventLocator::Load(path);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ((*back)->margin(), -1.25f);
  std::vector<float> s = (*back)->Score({{Hash("l.role", "location")}, {Hash("l.role", "argument")}});
  EXPECT_EQ(s, (std::vector<float>{2.0f, -3.0f}));
}

TEST(EventLocatorTest, DamagedModelFileIsRefusedNamingIt) {
  std::string path = testing::TempDir() + "/locator_damaged.model";
  std::string bytes = LikesLocations(0).Serialize();
  ASSERT_TRUE(WriteFile(path, bytes.substr(0, bytes.size() / 2)).ok());
  auto back = EventLocator::Load(path);
  ASSERT_FALSE(back.ok());
  EXPECT_NE(back.status().ToString().find("locator_damaged.model"), std::string::npos);
}

// Toy examples: feature 1 marks the gold place, feature 2 a wrong one; one
// event in three has no place, only a wrong candidate.
std::vector<LocatorExample> Toy() {
  std::vector<LocatorExample> out;
  for (int i = 0; i < 30; ++i) {
    LocatorExample x;
    bool placed = i % 3 != 0;
    if (placed) {
      x.gold.text = "Afrin";
      x.candidates.push_back({1, 7});
      x.right.push_back(1);
      x.same_country.push_back(1);
      x.same_place.push_back(1);
      x.texts.push_back("Afrin");
    }
    x.candidates.push_back({2, 7});
    x.right.push_back(0);
    x.same_country.push_back(0);
    x.same_place.push_back(0);
    x.texts.push_back("Syria");
    out.push_back(std::move(x));
  }
  return out;
}

TEST(LocatorTrainerTest, LearnsASeparableToySetAndItsMargin) {
  std::vector<LocatorExample> toy = Toy();
  auto w = TrainLocatorWeights(toy, LocatorTrainOptions());
  float margin = ChooseLocatorMargin(*w, toy, 1.0);
  EventLocator locator(std::move(w), margin, "toy");
  std::vector<float> s = locator.Score({{1, 7}, {2, 7}});
  EXPECT_GT(s[0], margin);
  EXPECT_LT(s[1], margin);
  LocatorScore score = ScoreLocator(locator, toy);
  EXPECT_EQ(score.with, 20u);
  EXPECT_EQ(score.place, 20u);
  EXPECT_EQ(score.extra, 0u);
  EXPECT_DOUBLE_EQ(score.PlaceF1(), 1.0);
}

// Out-of-fold scores: each toy example is scored once, by a model that did
// not see its document (ids "doc<i>-0": one document each), and the margin
// chosen on them separates the toy set as well.
TEST(LocatorTrainerTest, OutOfFoldScoresCoverEachExampleOnce) {
  std::vector<LocatorExample> toy = Toy();
  for (size_t i = 0; i < toy.size(); ++i) toy[i].id = "doc" + std::to_string(i) + "-0";
  MarginEvidence e;
  AddOutOfFoldScores(toy, LocatorTrainOptions(), 5, &e);
  EXPECT_EQ(e.with, 20u);
  EXPECT_EQ(e.best.size(), toy.size());
  auto w = TrainLocatorWeights(toy, LocatorTrainOptions());
  float margin = ChooseMargin(e, 1.0);
  EventLocator locator(std::move(w), margin, "toy");
  LocatorScore score = ScoreLocator(locator, toy);
  EXPECT_EQ(score.place, 20u);
  EXPECT_EQ(score.extra, 0u);
  MarginEvidence none;
  AddOutOfFoldScores(toy, LocatorTrainOptions(), 1, &none);  // fewer than 2 folds: nothing
  EXPECT_TRUE(none.best.empty());
}

// A dependent territory: the actor's code is the sovereign's, the location's
// country the territory's own (its place id).
TEST(EventLocatorTest, ATerritoryIsLocatedInItsOwnCountry) {
  AnalyzedDocument d = Shelling();
  ActorMention& m = d.actors[1];
  m.code = m.country = "FRA";
  m.place_id = "country:NCL";
  m.precision = "country";
  EventLocation l;
  FillLocation(d, m, &l);
  EXPECT_EQ(l.country, "NCL");
  m.place_id = "city:SYR:afrin";
  FillLocation(d, m, &l);
  EXPECT_EQ(l.country, "SYR");
}

// "Turkey shelled villages in Afrin" with the actor Turkey resolved as a
// second mention of Afrin's place: both mentions name the gold place.
TEST(LocatorTrainerTest, AnotherMentionOfTheGoldPlaceIsTheGoldPlace) {
  AnalyzedDocument d = Shelling();
  d.actors[0].place_id = d.actors[1].place_id;
  d.actors[0].country = d.actors[0].code = "SYR";
  d.actors[0].precision = "city";
  GoldSentence s;
  s.id = "toy";
  s.text = d.doc.text;
  GoldEvent e;
  e.type = "ASSAULT";
  e.factuality = "done";
  e.trigger_begin = d.tokens[1].span.begin;
  e.trigger_end = d.tokens[1].span.end;
  e.location = {"Afrin", "SYR", "city", d.tokens[4].span.begin, d.tokens[4].span.end};
  s.events = {e};
  std::vector<LocatorExample> out;
  LocatorExamples(s, d, &out);
  ASSERT_EQ(out.size(), 1u);
  ASSERT_EQ(out[0].same_place.size(), 2u);
  EXPECT_EQ(out[0].same_place[0], 1);
  EXPECT_EQ(out[0].same_place[1], 1);
  EXPECT_EQ(out[0].right[0], 1);
  // A place elsewhere is not the gold place however it is named.
  d.actors[0].place_id = "country:TUR";
  out.clear();
  LocatorExamples(s, d, &out);
  EXPECT_EQ(out[0].same_place[0], 0);
  EXPECT_EQ(out[0].same_place[1], 1);
}

// The place under the trigger's own phrase and one in another clause get
// different scope features.
TEST(EventLocatorTest, ScopeTellsTheTriggersPhraseFromAnotherClause) {
  AnalyzedDocument d = Shelling();
  SentenceGraph g;
  g.Build(d, 0);
  FeatureSet under, other;
  LocationFeatures(g, 1, "ASSAULT", 1, {}, 0, &under);
  d.tokens[4].head = 2;
  d.tokens[4].deprel = "acl:relcl";  // as if "villages [where …] Afrin"
  g.Build(d, 0);
  LocationFeatures(g, 1, "ASSAULT", 1, {}, 0, &other);
  auto has = [](const FeatureSet& f, std::string_view value) {
    uint64_t h = Hash("l.scope", value);
    return std::find(f.hashes().begin(), f.hashes().end(), h) != f.hashes().end();
  };
  EXPECT_TRUE(has(under, "under"));
  EXPECT_TRUE(has(other, "under+clause"));
  EXPECT_FALSE(has(other, "under"));
}

}  // namespace
}  // namespace entente
