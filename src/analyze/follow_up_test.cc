// follow_up_test.cc — commitments held against later deeds in a store:
// kept, broken, overdue, pending, with the rule of every link (both
// backends; PostgreSQL cases skip without the test server).
#include "entente/follow_up.h"

#include <cctype>

#include <gtest/gtest.h>

#include "store/store_test_util.h"

namespace entente {
namespace {

using testing::AddFakeCommitment;
using testing::FakeDocument;
using testing::FakeEvent;

// Sentences name the source first and the trigger second (FakeDocument).
FakeEvent Promise(const std::string& src, const std::string& tgt, const std::string& plover,
                  const std::string& sentence = "") {
  return {src, tgt, "030", 1, 4.0, sentence, Modality::kIntended, false, plover};
}
FakeEvent Deed(const std::string& src, const std::string& tgt, const std::string& plover, bool negated = false,
               const std::string& sentence = "") {
  return {src, tgt, "040", 2, 4.0, sentence, Modality::kDone, negated, plover};
}

const FollowUpRules& Rules() {
  static const FollowUpRules* rules = [] {
    auto r = FollowUpRules::Load(std::string(ENTENTE_SOURCE_DIR) + "/data");
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return new FollowUpRules(std::move(r).value());
  }();
  return *rules;
}

TEST(FollowUpRules, Relations) {
  EXPECT_EQ(Rules().Relation("RETREAT", "RETREAT", false), 1);
  EXPECT_EQ(Rules().Relation("RETREAT", "RETREAT", true), -1);
  EXPECT_EQ(Rules().Relation("RETREAT", "MOBILIZE", false), -1);
  EXPECT_EQ(Rules().Relation("AID", "REJECT", false), -1);  // "*" rule
  EXPECT_EQ(Rules().Relation("CONSULT", "ACCUSE", false), 0);
  EXPECT_FALSE(FollowUpRules::Parse("entente-follow-up 1\nAID\tkeeps\tAID\n", "f.txt").ok());
  EXPECT_FALSE(FollowUpRules::Parse("entente-follow-up 9\n", "f.txt").ok());
}

TEST(ObjectClasses, WordsAndPhrasesNameTheirClasses) {
  auto oc = ObjectClasses::Parse(
      "entente-objects 1\n# a comment\nsoldiers\tsoldier, soldiers, boots on the ground\n"
      "money\tfunds, pledge\nvows\tpledge\n",
      "o.txt");
  ASSERT_TRUE(oc.ok()) << oc.status().ToString();
  auto found = oc->Find("The ministry's FUNDS paid for boots on the ground and two soldiers.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].object, "money");
  EXPECT_EQ(found[0].words, "funds");
  EXPECT_EQ(found[1].object, "soldiers");
  EXPECT_EQ(found[1].words, "boots on the ground");
  EXPECT_EQ(oc->Find("a pledge").size(), 2u);  // a word of two classes names both
  EXPECT_TRUE(oc->Find("boots on the lawn").empty());
  EXPECT_FALSE(ObjectClasses::Parse("entente-objects 1\nmoney funds\n", "o.txt").ok());
  EXPECT_FALSE(ObjectClasses::Parse("entente-objects 1\nmoney\tfunds, , cash\n", "o.txt").ok());
  EXPECT_FALSE(ObjectClasses::Parse("soldiers\tsoldier\n", "o.txt").ok());
}

TEST(ObjectClasses, TheShippedClassesLoad) {
  const ObjectClasses& oc = Rules().objects();
  auto troops = oc.Find("pledged to send 300 more soldiers");
  ASSERT_FALSE(troops.empty());
  EXPECT_EQ(troops[0].object, "troops");
  EXPECT_TRUE(oc.Find("the weather was mild").empty());
}

class FollowUpTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    std::string skip, name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : name) {
      if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    }
    store_ = testing::OpenTestStore(GetParam(), name, &skip);
    if (!store_ && !skip.empty()) GTEST_SKIP() << skip;
    ASSERT_TRUE(store_);
  }
  void Write(const AnalyzedDocument& d) {
    auto r = store_->Write(d);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
  }
  std::vector<CommitmentRecord> Follow(const std::string& as_of, const std::string& actor = "") {
    EventQuery q;
    q.actor.code = actor;
    FollowUpOptions o;
    o.as_of = as_of;
    auto r = FollowUpCommitments(store_.get(), q, Rules(), o);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : std::vector<CommitmentRecord>{};
  }
  static const CommitmentRecord* By(const std::vector<CommitmentRecord>& v, const std::string& source) {
    for (const CommitmentRecord& r : v) {
      if (r.commitment.source == source) return &r;
    }
    return nullptr;
  }
  std::unique_ptr<EventStore> store_;
};

TEST_P(FollowUpTest, KeptBrokenOverduePending) {
  // 2021-01-10: four promises.
  auto d = FakeDocument("promises", "2021-01-10",
                        {Promise("DEUGOV", "IGOWSTNAT", "AID", "DEUGOV pledged medical aid to IGOWSTNAT."),
                         Promise("USAGOV", "DEU", "RETREAT", "USAGOV pledged to withdraw its troops from DEU."),
                         Promise("FRAGOV", "MLI", "CONSULT", "FRAGOV pledged talks with MLI."),
                         Promise("ITAGOV", "LBY", "AID", "ITAGOV pledged food aid to LBY.")});
  AddFakeCommitment(&d, 0, "by March", "2021-03");
  AddFakeCommitment(&d, 1, "within weeks", "2021-02-07");
  AddFakeCommitment(&d, 2, "by the end of January", "2021-01");
  AddFakeCommitment(&d, 3, "next year", "2022");
  // What is promised: aid, a troop withdrawal, talks, aid.
  const char* objects[][2] = {{"deliver", "medical aid"}, {"withdraw", "its troops"}, {"hold", "talks"},
                              {"send", "food aid"}};
  for (size_t i = 0; i < 4; ++i) {
    d.commitments[i].action = objects[i][0];
    d.commitments[i].object = objects[i][1];
  }
  Write(d);
  // Deeds: Germany gives the aid; the US sends troops instead; Italy meets
  // Libya (a meeting is no answer to an aid promise); France does nothing.
  Write(FakeDocument("deeds", "2021-02-20",
                     {Deed("DEUMIL", "IGOWSTNAT", "AID", false, "DEUMIL delivered medical aid to IGOWSTNAT."),
                      Deed("USAMIL", "DEU", "MOBILIZE", false, "USAMIL deployed more troops to DEU."),
                      Deed("ITAGOV", "LBY", "CONSULT", false, "ITAGOV met LBY in Rome."),
                      Deed("DEUGOV", "RUS", "AID", false, "DEUGOV delivered aid to RUS.")}));
  auto v = Follow("2021-06-01");
  ASSERT_EQ(v.size(), 4u);
  const CommitmentRecord* deu = By(v, "DEUGOV");
  ASSERT_TRUE(deu);
  EXPECT_EQ(deu->status, CommitmentStatus::kKept) << deu->explanation;
  ASSERT_EQ(deu->links.size(), 1u);  // the aid to Russia is to another counterpart
  EXPECT_TRUE(deu->links[0].fulfils);
  EXPECT_EQ(deu->links[0].event.doc_id, "deeds");
  EXPECT_NE(deu->links[0].rule.find("fulfils a promised AID"), std::string::npos);
  const CommitmentRecord* usa = By(v, "USAGOV");
  ASSERT_TRUE(usa);
  EXPECT_EQ(usa->status, CommitmentStatus::kBroken) << usa->explanation;
  EXPECT_FALSE(usa->links.at(0).fulfils);
  EXPECT_EQ(By(v, "FRAGOV")->status, CommitmentStatus::kOverdue) << By(v, "FRAGOV")->explanation;
  EXPECT_EQ(By(v, "ITAGOV")->status, CommitmentStatus::kPending) << By(v, "ITAGOV")->explanation;
  EXPECT_DOUBLE_EQ(PromisesKeptRatio(v), 1.0 / 3.0);
  // Judged before the deeds: Germany's and France's deadlines not yet passed.
  auto early = Follow("2021-01-20");
  EXPECT_EQ(By(early, "DEUGOV")->status, CommitmentStatus::kPending);
  EXPECT_EQ(By(early, "USAGOV")->status, CommitmentStatus::kPending);
  EXPECT_EQ(By(early, "FRAGOV")->status, CommitmentStatus::kPending);
  EXPECT_EQ(Follow("2021-06-01", "USA").size(), 1u);
  // Filters by status, and the formats carry the evidence.
  EventQuery q;
  FollowUpOptions o;
  o.as_of = "2021-06-01";
  o.statuses = {CommitmentStatus::kBroken};
  auto broken = FollowUpCommitments(store_.get(), q, Rules(), o);
  ASSERT_TRUE(broken.ok());
  ASSERT_EQ(broken->size(), 1u);
  std::string json = CommitmentsJson(v, "2021-06-01");
  EXPECT_NE(json.find("\"status\":\"overdue\""), std::string::npos);
  EXPECT_NE(json.find("\"relation\":\"contradicts\""), std::string::npos);
  EXPECT_NE(CommitmentsTable(v).find("promises kept: 0.33"), std::string::npos);
  EXPECT_NE(CommitmentsCsv(v).find("overdue"), std::string::npos);
}

TEST_P(FollowUpTest, RefusalAndNegatedDeedBreak) {
  auto d = FakeDocument("p", "2021-01-10",
                        {Promise("GBRGOV", "IRL", "AID", "GBRGOV pledged aid to IRL."),
                         Promise("ESPGOV", "MAR", "RETREAT", "ESPGOV pledged to withdraw troops from MAR.")});
  AddFakeCommitment(&d, 0);
  AddFakeCommitment(&d, 1);
  Write(d);
  Write(FakeDocument("q", "2021-01-12",
                     {Deed("GBRGOV", "IRL", "REJECT", false, "GBRGOV refused aid to IRL."),
                      Deed("ESPGOV", "MAR", "RETREAT", true, "ESPGOV withdrew no troops from MAR.")}));
  auto v = Follow("2021-02-01");
  EXPECT_EQ(By(v, "GBRGOV")->status, CommitmentStatus::kBroken);
  EXPECT_EQ(By(v, "ESPGOV")->status, CommitmentStatus::kBroken);
  EXPECT_NE(By(v, "ESPGOV")->links.at(0).rule.find("negated RETREAT"), std::string::npos);
}

TEST_P(FollowUpTest, TheDeedMustBeAboutThePromisedObject) {
  // Norway promises soldiers to Latvia; later it holds talks with Latvia on
  // fishing quotas (same counterpart, no troops), then deploys a battalion.
  auto d = FakeDocument("vow", "2021-03-01",
                        {Promise("NORGOV", "LVA", "MOBILIZE", "NORGOV pledged to send 200 more soldiers to LVA.")});
  AddFakeCommitment(&d, 0);
  d.commitments[0].action = "send";
  d.commitments[0].object = "200 more soldiers";
  Write(d);
  Write(FakeDocument("quotas", "2021-03-05",
                     {{"NORGOV", "LVA", "040", 2, 4.0, "NORGOV mobilized inspectors over fishing quotas with LVA.",
                       Modality::kDone, false, "MOBILIZE"}}));
  Write(FakeDocument("troops", "2021-04-02",
                     {{"NORGOV", "LVA", "040", 2, 4.0, "NORGOV deployed a battalion of engineers to LVA.",
                       Modality::kDone, false, "MOBILIZE"}}));
  auto v = Follow("2021-06-01");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].status, CommitmentStatus::kKept) << v[0].explanation;
  ASSERT_EQ(v[0].links.size(), 1u);
  const FollowUpLink& l = v[0].links[0];
  EXPECT_EQ(l.event.doc_id, "troops");
  EXPECT_EQ(l.object, "troops");
  EXPECT_EQ(l.promised_words, "soldiers");
  EXPECT_EQ(l.deed_words, "deployed");
  EXPECT_NE(l.rule.find("on troops ('deployed' for 'soldiers')"), std::string::npos) << l.rule;
  EXPECT_NE(CommitmentsJson(v, "2021-06-01").find("\"object\":{\"class\":\"troops\""), std::string::npos);
}

TEST_P(FollowUpTest, APromiseNamingNoObjectIsLinkedToNothing) {
  // "Chile agreed to some of them": no class, no head word; a later
  // agreement of Chile's with Peru does not keep it.
  auto d = FakeDocument("vague", "2021-03-01",
                        {Promise("CHLGOV", "PER", "AGREE", "CHLGOV agreed to some of them.")});
  AddFakeCommitment(&d, 0);
  d.commitments[0].object = "some of them";
  Write(d);
  Write(FakeDocument("later", "2021-04-01",
                     {Deed("CHLGOV", "PER", "AGREE", false, "CHLGOV signed a fishing accord with PER.")}));
  auto v = Follow("2021-06-01");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].status, CommitmentStatus::kPending);
  EXPECT_TRUE(v[0].links.empty());
  EXPECT_NE(v[0].explanation.find("names no object"), std::string::npos) << v[0].explanation;
}

TEST_P(FollowUpTest, BadAsOfIsAnError) {
  EventQuery q;
  FollowUpOptions o;
  o.as_of = "June";
  EXPECT_FALSE(FollowUpCommitments(store_.get(), q, Rules(), o).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, FollowUpTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace entente
