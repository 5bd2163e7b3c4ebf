#include "entente/server.h"

#include <httplib.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "store/store_test_util.h"

namespace entente {
namespace {

using testing::FakeDocument;

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string skip;
    auto store = testing::OpenTestStore("sqlite", "server", &skip);
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->Write(FakeDocument("a", "2024-01-05",
                                          {{"USAGOV", "IGOWSTNAT", "036", 1, 4.0},
                                           {"USAMIL", "IGOWSTNAT", "061", 2, 6.4}})).ok());
    ASSERT_TRUE(store->Write(FakeDocument("b", "2024-01-06",
                                          {{"USAGOV", "IGOWSTNAT", "036", 1, 4.0}})).ok());
    ASSERT_TRUE(store->Write(FakeDocument(
        "x", "2024-02-01",
        {{"RUSGOV", "UKRGOV", "112", 3, -2.0,
          "RUSGOV accused UKRGOV <script>alert(1)</script> & \"more\""}})).ok());
    db_ = (std::filesystem::temp_directory_path() /
           ("entente-store-test-" + std::to_string(::getpid())) / "server.db").string();
    ServerOptions o;
    o.db = db_;
    o.port = 0;
    o.threads = 2;
    auto s = Server::Create(o, &sink_);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    server_ = std::move(s).value();
  }
  ApiResponse Get(const std::string& path, std::multimap<std::string, std::string> params = {}) {
    return server_->Handle({"GET", path, std::move(params), "", ""});
  }

  NullSink sink_;
  std::string db_;
  std::unique_ptr<Server> server_;
};

TEST_F(ServerTest, EventsWithFiltersAndEvidence) {
  ApiResponse r = Get("/api/events", {{"dyad", "USA:IGOWSTNAT"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.content_type, "application/json");
  // Two events: the consultation reported twice, and the material one.
  EXPECT_NE(r.body.find("\"reports\":2,\"documents\":2,\"reported_by\":[\"a\",\"b\"]"),
            std::string::npos) << r.body;
  EXPECT_NE(r.body.find("\"source\":{\"code\":\"USAMIL\",\"text\":\"USAMIL\",\"span\":[0,6]}"),
            std::string::npos) << r.body;
  r = Get("/api/events", {{"actor", "RUS"}});
  ASSERT_EQ(r.status, 200);
  // Stored text comes back JSON-escaped, never as markup.
  EXPECT_NE(r.body.find("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\\"more\\\""),
            std::string::npos) << r.body;
  r = Get("/api/events", {{"limit", "1"}});
  EXPECT_NE(r.body.find("\"next_cursor\":\""), std::string::npos) << r.body;
}

TEST_F(ServerTest, CodesNameTheStoredActorsAndListTheTypes) {
  ApiResponse r = Get("/api/codes");
  ASSERT_EQ(r.status, 200) << r.body;
  for (const char* want : {"{\"code\":\"IGOWSTNAT\",\"name\":\"NATO\",\"mentions\":",
                           "{\"code\":\"USA\",\"name\":\"United States\",\"mentions\":",
                           "{\"code\":\"USAMIL\",\"name\":\"United States: military\",",
                           "{\"code\":\"AGREE\",\"name\":\"PLOVER\"}",
                           "{\"code\":\"042\",\"name\":\"Make a visit\"}"}) {
    EXPECT_NE(r.body.find(want), std::string::npos) << want << " in " << r.body;
  }
  EXPECT_EQ(Get("/api/codes", {{"limit", "5"}}).status, 400);
  // Events carry what the dashboard shows beside the evidence.
  r = Get("/api/events", {{"dyad", "RUS:UKR"}});
  ASSERT_EQ(r.status, 200) << r.body;
  for (const char* key : {"\"why\":", "\"attribution\":", "\"date_precision\":",
                          "\"published\":\"2024-02-01\"", "\"publisher\":"}) {
    EXPECT_NE(r.body.find(key), std::string::npos) << key << " in " << r.body;
  }
}

TEST_F(ServerTest, BadParametersAre400WithJsonError) {
  for (auto params : std::vector<std::multimap<std::string, std::string>>{
           {{"dyad", "USA"}}, {{"limit", "0"}}, {{"limit", "x"}}, {{"from", "yesterday"}},
           {{"colour", "red"}}, {{"dyad", "USA:X"}, {"dyad", "USA:Y"}}, {{"cursor", "zz"}},
           {{"type", "'; DROP TABLE events; --"}}, {{"undirected", "maybe"}}}) {
    ApiResponse r = Get("/api/events", params);
    EXPECT_EQ(r.status, 400) << params.begin()->first << " " << r.body;
    EXPECT_EQ(r.body.rfind("{\"error\":\"", 0), 0u) << r.body;
  }
  EXPECT_EQ(Get("/api/barometer").status, 400);
  EXPECT_EQ(Get("/api/barometer", {{"dyad", "USA:IGOWSTNAT"}, {"by", "decade"}}).status, 400);
  // Unknown codes are 400s that say what is wrong, not empty answers.
  for (auto params : std::vector<std::multimap<std::string, std::string>>{
           {{"dyad", "TUR:XYZ"}}, {{"dyad", "USA:IGOWSTNAT"}, {"type", "FOO"}},
           {{"dyad", "USA:IGOWSTNAT"}, {"modality", "maybe"}}}) {
    for (const char* path : {"/api/events", "/api/barometer"}) {
      ApiResponse r = Get(path, params);
      EXPECT_EQ(r.status, 400) << path << " " << r.body;
      EXPECT_NE(r.body.find("\"error\":\"unknown"), std::string::npos) << path << " " << r.body;
    }
  }
  EXPECT_EQ(Get("/api/nothing").status, 404);
  EXPECT_EQ(Get("/api/document", {{"id", "missing"}}).status, 404);
  EXPECT_EQ(server_->Handle({"POST", "/api/events", {}, "", ""}).status, 405);
  EXPECT_EQ(server_->Handle({"POST", "/api/explain", {}, "", ""}).status, 400);
}

TEST_F(ServerTest, ExplainTakesAJsonBodyOrText) {
  ApiResponse r = server_->Handle({"POST", "/api/explain", {}, "{\"text\": \"NATO met Russia.\", \"date\": \"2024-01-05\"}",
                                   "application/json"});
  ASSERT_EQ(r.status, 200) << r.body;
  // The JSON was decoded: the text coded is the sentence, not the braces.
  EXPECT_EQ(r.body.find("{\\\"text\\\""), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("NATO met Russia."), std::string::npos) << r.body;
  for (const char* bad : {"{\"text\": 3}", "[1]", "{\"text\": \"x\", \"when\": 1}", "{nope", "{}"}) {
    r = server_->Handle({"POST", "/api/explain", {}, bad, "application/json; charset=utf-8"});
    EXPECT_EQ(r.status, 400) << bad << " " << r.body;
  }
  r = server_->Handle({"POST", "/api/explain", {}, "{\"text\": 3}", "text/plain"});
  EXPECT_EQ(r.status, 200) << r.body;  // plain text that happens to look like JSON
}

TEST_F(ServerTest, ModalityFilterAndQuarterPeriods) {
  ApiResponse r = Get("/api/events", {{"dyad", "USA:IGOWSTNAT"}, {"modality", "intended"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"events\":[]"), std::string::npos) << r.body;
  r = Get("/api/barometer", {{"dyad", "USA:IGOWSTNAT"}, {"by", "quarter"}, {"from", "2023-12-01"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"period\":\"2023-10-01\",\"verbal_coop\":0"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("\"balance\":null"), std::string::npos) << r.body;
}

TEST_F(ServerTest, DyadsBarometerAndDocument) {
  ApiResponse r = Get("/api/dyads");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("{\"source\":\"USAGOV\",\"target\":\"IGOWSTNAT\",\"events\":1,\"reports\":2}"),
            std::string::npos) << r.body;
  r = Get("/api/barometer", {{"dyad", "USA:IGOWSTNAT"}, {"by", "month"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"period\":\"2024-01-01\",\"verbal_coop\":1,\"material_coop\":1"),
            std::string::npos) << r.body;
  r = Get("/doc", {{"id", "x"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body.find("<script>"), std::string::npos);
  EXPECT_NE(r.body.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;"),
            std::string::npos) << r.body;
}

TEST_F(ServerTest, CachedAggregatesFollowNewWrites) {
  std::multimap<std::string, std::string> q = {{"dyad", "USA:IGOWSTNAT"}, {"by", "month"}};
  ApiResponse before = Get("/api/barometer", q);
  ASSERT_EQ(before.status, 200);
  EXPECT_EQ(Get("/api/barometer", q).body, before.body);  // served again, unchanged
  auto store = EventStore::Open(db_);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Write(FakeDocument("c", "2024-03-09",
                                           {{"USAGOV", "IGOWSTNAT", "190", 4, -10.0}})).ok());
  ApiResponse after = Get("/api/barometer", q);
  ASSERT_EQ(after.status, 200);
  EXPECT_NE(after.body, before.body);
  EXPECT_NE(after.body.find("\"period\":\"2024-03-01\""), std::string::npos) << after.body;
}

TEST_F(ServerTest, ServesOverHttpOnLoopback) {
  std::thread t([this] { server_->Run(); });
  httplib::Client c("127.0.0.1", server_->port());
  c.set_tcp_nodelay(true);
  // The listener starts on the other thread: retry briefly.
  auto res = c.Get("/api/barometer?dyad=USA:IGOWSTNAT&by=week");
  for (int i = 0; i < 50 && !res; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    res = c.Get("/api/barometer?dyad=USA:IGOWSTNAT&by=week");
  }
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  EXPECT_NE(res->get_header_value("Content-Security-Policy").find("script-src 'self'"),
            std::string::npos);
  auto bad = c.Get("/api/events?limit=5000");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  // A form-encoded body is the text to explain, not parameters: the answer
  // is about the (unknown) URL parameter only.
  auto post = c.Post("/api/explain?colour=red", "a=b", "application/x-www-form-urlencoded");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 400);
  EXPECT_NE(post->body.find("unknown parameter 'colour'"), std::string::npos) << post->body;
  server_->Stop();
  t.join();
}

TEST(HtmlEscape, EscapesMarkupAndQuotes) {
  EXPECT_EQ(HtmlEscape("<a href='x'>\"&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
}

}  // namespace
}  // namespace entente
