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

FakeEvent Promise(const std::string& src, const std::string& tgt, const std::string& plover) {
  return {src, tgt, "030", 1, 4.0, "", Modality::kIntended, false, plover};
}
FakeEvent Deed(const std::string& src, const std::string& tgt, const std::string& plover,
               bool negated = false) {
  return {src, tgt, "040", 2, 4.0, "", Modality::kDone, negated, plover};
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
                        {Promise("DEUGOV", "IGOWSTNAT", "AID"), Promise("USAGOV", "DEU", "RETREAT"),
                         Promise("FRAGOV", "MLI", "CONSULT"), Promise("ITAGOV", "LBY", "AID")});
  AddFakeCommitment(&d, 0, "by March", "2021-03");
  AddFakeCommitment(&d, 1, "within weeks", "2021-02-07");
  AddFakeCommitment(&d, 2, "by the end of January", "2021-01");
  AddFakeCommitment(&d, 3, "next year", "2022");
  Write(d);
  // Deeds: Germany gives the aid; the US sends troops instead; Italy meets
  // Libya (no answer to an aid promise); France does nothing.
  Write(FakeDocument("deeds", "2021-02-20",
                     {Deed("DEUMIL", "IGOWSTNAT", "AID"), Deed("USAMIL", "DEU", "MOBILIZE"),
                      Deed("ITAGOV", "LBY", "CONSULT"), Deed("DEUGOV", "RUS", "AID")}));
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
  auto d = FakeDocument("p", "2021-01-10", {Promise("GBRGOV", "IRL", "AID"), Promise("ESPGOV", "MAR", "RETREAT")});
  AddFakeCommitment(&d, 0);
  AddFakeCommitment(&d, 1);
  Write(d);
  Write(FakeDocument("q", "2021-01-12", {Deed("GBRGOV", "IRL", "REJECT"), Deed("ESPGOV", "MAR", "RETREAT", true)}));
  auto v = Follow("2021-02-01");
  EXPECT_EQ(By(v, "GBRGOV")->status, CommitmentStatus::kBroken);
  EXPECT_EQ(By(v, "ESPGOV")->status, CommitmentStatus::kBroken);
  EXPECT_NE(By(v, "ESPGOV")->links.at(0).rule.find("negated RETREAT"), std::string::npos);
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
