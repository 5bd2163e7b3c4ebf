// commitments_api_test.cc — GET /api/commitments through Server::Handle
// (no sockets): filters, statuses, the kept ratio, bad parameters, and
// text escaped in the JSON.
#include <gtest/gtest.h>

#include <filesystem>

#include "entente/server.h"
#include "store/store_test_util.h"

namespace entente {
namespace {

using testing::FakeDocument;
using testing::FakeEvent;

class CommitmentsApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string skip;
    auto store = testing::OpenTestStore("sqlite", "commitments_api", &skip);
    ASSERT_NE(store, nullptr);
    FakeEvent promise{"DEUGOV", "IGOWSTNAT", "030", 1, 4.0, "DEUGOV pledged <b>aid</b> to IGOWSTNAT.",
                      Modality::kIntended, false, "AID"};
    FakeEvent other{"FRAGOV", "MLI", "030", 1, 4.0, "", Modality::kIntended, false, "RETREAT"};
    auto d = FakeDocument("p", "2021-01-10", {promise, other});
    testing::AddFakeCommitment(&d, 0, "by March", "2021-03");
    testing::AddFakeCommitment(&d, 1, "by June", "2021-06");
    d.commitments[0].object = "aid";  // what the deed must be about (codebook, "Follow-up")
    ASSERT_TRUE(store->Write(d).ok());
    FakeEvent deed{"DEUMIL", "IGOWSTNAT", "070", 2, 7.0, "DEUMIL delivered aid to IGOWSTNAT.", Modality::kDone,
                   false, "AID"};
    ASSERT_TRUE(store->Write(FakeDocument("q", "2021-02-01", {deed})).ok());
    db_ = (std::filesystem::temp_directory_path() /
           ("entente-store-test-" + std::to_string(::getpid())) / "commitments_api.db").string();
    ServerOptions o;
    o.db = db_;
    o.port = 0;
    o.threads = 1;
    auto s = Server::Create(o, &sink_);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    server_ = std::move(s).value();
  }
  ApiResponse Get(std::multimap<std::string, std::string> params) {
    return server_->Handle({"GET", "/api/commitments", std::move(params), "", ""});
  }
  NullSink sink_;
  std::string db_;
  std::unique_ptr<Server> server_;
};

TEST_F(CommitmentsApiTest, StatusesRatioAndEvidence) {
  ApiResponse r = Get({{"as_of", "2021-12-31"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"kept_ratio\":0.5"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("\"kept\":1"), std::string::npos);
  EXPECT_NE(r.body.find("\"overdue\":1"), std::string::npos);
  EXPECT_NE(r.body.find("\"relation\":\"fulfils\""), std::string::npos);
  EXPECT_EQ(r.body.find("<b>"), std::string::npos);  // escaped in JSON
  ApiResponse deu = Get({{"actor", "DEU"}, {"as_of", "2021-12-31"}, {"status", "kept"}});
  ASSERT_EQ(deu.status, 200);
  EXPECT_NE(deu.body.find("\"promiser\":\"DEUGOV\""), std::string::npos);
  EXPECT_EQ(deu.body.find("FRAGOV"), std::string::npos);
  ApiResponse dyad = Get({{"dyad", "FRA:MLI"}, {"as_of", "2021-12-31"}, {"status", "kept"}});
  EXPECT_NE(dyad.body.find("\"commitments\":[]"), std::string::npos) << dyad.body;
}

// Answers are cached like the aggregates; a later deed written to the store
// changes the data version, so the next answer is judged anew. Without
// as_of the key holds today's date.
TEST_F(CommitmentsApiTest, CachedAnswersFollowNewWrites) {
  std::multimap<std::string, std::string> q = {{"as_of", "2021-12-31"}, {"dyad", "FRA:MLI"}};
  ApiResponse before = Get(q);
  ASSERT_EQ(before.status, 200) << before.body;
  EXPECT_NE(before.body.find("\"overdue\":1"), std::string::npos) << before.body;
  EXPECT_EQ(Get(q).body, before.body);
  {
    auto store = EventStore::Open(db_);
    ASSERT_TRUE(store.ok());
    FakeEvent deed{"FRAMIL", "MLI", "087", 4, -5.0, "", Modality::kDone, false, "RETREAT"};
    ASSERT_TRUE((*store)->Write(FakeDocument("r", "2021-05-02", {deed})).ok());
  }
  ApiResponse after = Get(q);
  ASSERT_EQ(after.status, 200);
  EXPECT_NE(after.body.find("\"kept\":1"), std::string::npos) << after.body;
  ApiResponse today = Get({{"dyad", "FRA:MLI"}});
  ASSERT_EQ(today.status, 200);
  EXPECT_EQ(today.body.find("\"as_of\":\"2021-12-31\""), std::string::npos);
}

TEST_F(CommitmentsApiTest, BadParametersAre400) {
  EXPECT_EQ(Get({{"status", "forgotten"}}).status, 400);
  EXPECT_EQ(Get({{"as_of", "soon"}}).status, 400);
  EXPECT_EQ(Get({{"limit", "0"}}).status, 400);
  EXPECT_EQ(Get({{"actor", "usa'--"}}).status, 400);
  EXPECT_EQ(Get({{"actor", "XYZ"}}).status, 400);  // no such actor: near codes suggested
  EXPECT_EQ(Get({{"limit", "5"}, {"limit", "6"}}).status, 400);
  EXPECT_EQ(Get({{"colour", "red"}}).status, 400);
  EXPECT_EQ(server_->Handle({"POST", "/api/commitments", {}, "", ""}).status, 405);
}

}  // namespace
}  // namespace entente
