#include "entente/server.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

#include "serve/answer_cache.h"
#include "serve/listen_socket.h"
#include "serve/static_files.h"
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
    auto a = FakeDocument("a", "2024-01-05", {{"USAGOV", "IGOWSTNAT", "036", 1, 4.0},
                                              {"USAMIL", "IGOWSTNAT", "061", 2, 6.4}});
    testing::SetFakeLocation(&a, 1, "Belgium", "BEL", "", "country");
    a.events[1].confidence = 2.5;  // the other reports have none (as PETRARCH's)
    ASSERT_TRUE(store->Write(a).ok());
    ASSERT_TRUE(store->Write(FakeDocument("b", "2024-01-06",
                                          {{"USAGOV", "IGOWSTNAT", "036", 1, 4.0}})).ok());
    auto x = FakeDocument("x", "2024-02-01",
                          {{"RUSGOV", "UKRGOV", "112", 3, -2.0,
                            "RUSGOV accused UKRGOV <script>alert(1)</script> & \"more\" in Kharkiv"}});
    double lat = 49.98, lon = 36.25;
    testing::SetFakeLocation(&x, 0, "Kharkiv", "UKR", "UA-63", "city", &lat, &lon);
    x.events[0].location.name = "Kharkiv <img src=x onerror=alert(2)>";
    x.events[0].confidence = 0.75;
    ASSERT_TRUE(store->Write(x).ok());
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

TEST_F(ServerTest, EventsCarryTheirLocationAndFilterByIt) {
  ApiResponse r = Get("/api/events", {{"actor", "RUS"}});
  ASSERT_EQ(r.status, 200) << r.body;
  // The place's name comes back JSON-escaped; the span is into the sentence.
  EXPECT_NE(r.body.find("\"location\":{\"text\":\"Kharkiv\",\"place_id\":\"city:UKR:kharkiv\","
                        "\"name\":\"Kharkiv \\u003cimg src=x onerror=alert(2)\\u003e\","
                        "\"country\":\"UKR\",\"precision\":\"city\",\"region\":\"UA-63\","
                        "\"lat\":49.9800,\"lon\":36.2500,\"from_dateline\":false,\"span\":[60,67]}"),
            std::string::npos) << r.body;
  r = Get("/api/events", {{"location_country", "BEL"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"code\":\"USAMIL\""), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("\"code\":\"USAGOV\""), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("\"location\":{\"text\":\"Belgium\""), std::string::npos);
  EXPECT_NE(r.body.find("\"lat\":null,\"lon\":null"), std::string::npos) << r.body;
  r = Get("/api/events", {{"location_region", "UA-63"}, {"reports", "1"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"code\":\"RUSGOV\""), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("\"code\":\"USAMIL\""), std::string::npos) << r.body;
  r = Get("/api/events", {{"dyad", "USAGOV:"}});
  EXPECT_NE(r.body.find("\"location\":null"), std::string::npos) << r.body;
  // The barometer and the network take the same filter.
  r = Get("/api/network", {{"location_country", "UKR"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"source\":\"RUSGOV\""), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("\"source\":\"USAGOV\""), std::string::npos) << r.body;
  // Malformed filters: 400 with the form expected.
  for (auto [k, v] : {std::pair<const char*, const char*>{"location_country", "Syria"},
                      {"location_country", "SY"}, {"location_region", "SY02"},
                      {"location_region", "sy-02"}, {"location_region", "SY-02' OR 1=1"}}) {
    r = Get("/api/events", {{k, v}});
    EXPECT_EQ(r.status, 400) << k << "=" << v;
    EXPECT_NE(r.body.find("ISO 3166"), std::string::npos) << r.body;
  }
  EXPECT_EQ(Get("/api/barometer", {{"dyad", "USA:"}, {"location_country", "usa"}}).status, 400);
}

// Every event has a `confidence`, null when it has none; min_confidence
// keeps the events at least that sure and drops those without one.
TEST_F(ServerTest, EventsCarryTheirConfidenceAndFilterByIt) {
  ApiResponse r = Get("/api/events", {{"dyad", "USAMIL:"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"negated\":false,\"confidence\":2.5,"), std::string::npos) << r.body;
  r = Get("/api/events", {{"dyad", "USAGOV:"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"confidence\":null,"), std::string::npos) << r.body;
  auto count = [](const std::string& body) {
    size_t n = 0;
    for (size_t p = body.find("\"cluster\":"); p != std::string::npos; p = body.find("\"cluster\":", p + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count(Get("/api/events").body), 3u);
  r = Get("/api/events", {{"min_confidence", "0.75"}});  // inclusive
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(count(r.body), 2u) << r.body;
  EXPECT_EQ(r.body.find("\"code\":\"USAGOV\""), std::string::npos) << r.body;
  r = Get("/api/events", {{"min_confidence", "1e0"}, {"reports", "1"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(count(r.body), 1u) << r.body;
  EXPECT_NE(r.body.find("\"code\":\"USAMIL\""), std::string::npos) << r.body;
  // Below every score, events without a confidence are still left out.
  EXPECT_EQ(count(Get("/api/events", {{"min_confidence", "-100"}}).body), 2u);
  for (const char* bad : {"x", "nan", "inf", "1.5x", ""}) {
    r = Get("/api/events", {{"min_confidence", bad}});
    if (*bad == '\0') {
      EXPECT_EQ(r.status, 200) << r.body;  // empty: no filter
      continue;
    }
    EXPECT_EQ(r.status, 400) << bad << " " << r.body;
    EXPECT_NE(r.body.find("min_confidence"), std::string::npos) << r.body;
  }
  // The aggregates take it too (their events' first reports); commitments not.
  r = Get("/api/barometer", {{"dyad", "USA:"}, {"min_confidence", "1"}, {"modality", "all"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"verbal_coop\":0,\"material_coop\":1,"), std::string::npos) << r.body;
  r = Get("/api/network", {{"min_confidence", "0.75"}, {"modality", "all"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body.find("\"USAGOV\""), std::string::npos) << r.body;
  EXPECT_EQ(Get("/api/barometer", {{"dyad", "USA:"}, {"min_confidence", "nan"}}).status, 400);
  EXPECT_EQ(Get("/api/commitments", {{"min_confidence", "1"}}).status, 400);
}

TEST_F(ServerTest, PlacesCountEventsByPlaceRegionAndCountry) {
  ApiResponse r = Get("/api/places", {{"dyad", "RUS:UKR"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("{\"place_id\":\"city:UKR:kharkiv\",\"name\":\"Kharkiv "
                        "\\u003cimg src=x onerror=alert(2)\\u003e\",\"country\":\"UKR\","
                        "\"region\":\"UA-63\",\"precision\":\"city\",\"lat\":49.9800,"
                        "\"lon\":36.2500,\"events\":1,\"reports\":1}"),
            std::string::npos) << r.body;
  EXPECT_NE(r.body.find("\"unlocated\":{\"events\":0,\"reports\":0}"), std::string::npos);
  r = Get("/api/places", {{"actor", "USA"}, {"by", "country"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"places\":[{\"place_id\":\"\",\"name\":\"\",\"country\":\"BEL\","
                        "\"region\":\"\",\"precision\":\"country\""),
            std::string::npos) << r.body;
  // The consultation reported twice has no location: one event, two reports.
  EXPECT_NE(r.body.find("\"unlocated\":{\"events\":1,\"reports\":2}"), std::string::npos);
  r = Get("/api/places", {{"by", "region"}, {"location_country", "UKR"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"region\":\"UA-63\",\"precision\":\"region\""), std::string::npos);
  EXPECT_EQ(Get("/api/places", {{"by", "city"}}).status, 400);
  EXPECT_EQ(Get("/api/places", {{"dyad", "RUS:XYZ"}}).status, 400);
  EXPECT_EQ(Get("/api/places", {{"location_region", "X"}}).status, 400);
  EXPECT_EQ(Get("/api/places", {{"limit", "0"}}).status, 400);
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

TEST_F(ServerTest, NetworkOfDyadsByQuadUnderTheFilters) {
  ApiResponse r = Get("/api/network");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("{\"source\":\"RUSGOV\",\"target\":\"UKRGOV\",\"events\":1,\"reports\":1,"
                        "\"verbal_coop\":0,\"material_coop\":0,\"verbal_conflict\":1,"
                        "\"material_conflict\":0,\"goldstein_mean\":-2"),
            std::string::npos) << r.body;
  EXPECT_NE(r.body.find("\"modality\":\"done\""), std::string::npos) << r.body;
  r = Get("/api/network", {{"from", "2024-01-20"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body.find("USAGOV"), std::string::npos) << r.body;
  r = Get("/api/network", {{"type", "06"}, {"actor", "USA"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"source\":\"USAMIL\""), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("USAGOV"), std::string::npos) << r.body;
  for (auto params : std::vector<std::multimap<std::string, std::string>>{
           {{"dyad", "USA:RUS"}}, {{"limit", "0"}}, {{"type", "FOO"}}, {{"actor", "XYZ"}},
           {{"modality", "maybe"}}, {{"to", "2024-13-01"}}}) {
    r = Get("/api/network", params);
    EXPECT_EQ(r.status, 400) << params.begin()->first << " " << r.body;
    EXPECT_EQ(r.body.rfind("{\"error\":\"", 0), 0u) << r.body;
  }
}

TEST_F(ServerTest, EventsOfOneDocumentAndTheRouteList) {
  ApiResponse r = Get("/api/events", {{"doc", "a"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"sentence_begin\":0,"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("\"sentence_begin\":33,"), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("\"doc_id\":\"b\""), std::string::npos) << r.body;
  r = Get("/api/events", {{"doc", "b"}});
  EXPECT_NE(r.body.find("\"doc_id\":\"b\""), std::string::npos) << r.body;
  r = Get("/api");
  ASSERT_EQ(r.status, 200) << r.body;
  for (const char* want : {"{\"method\":\"GET\",\"path\":\"/api/network\"}",
                           "{\"method\":\"POST\",\"path\":\"/api/explain\"}",
                           "{\"method\":\"GET\",\"path\":\"/doc\"}"}) {
    EXPECT_NE(r.body.find(want), std::string::npos) << want << " " << r.body;
  }
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

// Sends raw bytes to the server on loopback and reads until it closes
// (or 10 s pass).
std::string RawExchange(int port, const std::string& request) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool connected = false;
  for (int i = 0; i < 100 && !connected; ++i) {
    connected = ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    if (!connected) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  std::string reply;
  if (connected) {
    ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
    timeval tv{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    char buf[4096];
    for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;) reply.append(buf, n);
  }
  ::close(fd);
  return reply;
}

int CountOf(const std::string& text, const std::string& what) {
  int n = 0;
  for (size_t p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
  return n;
}

class HttpTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    if (!server_) return;
    runner_ = std::thread([this] { server_->Run(); });
  }
  void TearDown() override {
    if (runner_.joinable()) {
      server_->Stop();
      runner_.join();
    }
  }
  std::string Send(const std::string& request) { return RawExchange(server_->port(), request); }
  std::thread runner_;
};

TEST_F(HttpTest, ServesJsonWithSecurityHeaders) {
  std::string r = Send("GET /api/barometer?dyad=USA:IGOWSTNAT&by=week HTTP/1.1\r\n"
                       "Host: 127.0.0.1\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(r.rfind("HTTP/1.1 200", 0), 0u) << r.substr(0, 300);
  EXPECT_NE(r.find("Content-Type: application/json"), std::string::npos) << r.substr(0, 300);
  EXPECT_NE(r.find("script-src 'self'"), std::string::npos);
  EXPECT_NE(r.find("Cache-Control: no-store"), std::string::npos);
  std::string bad = Send("GET /api/events?limit=5000 HTTP/1.1\r\nHost: localhost\r\n"
                         "Connection: close\r\n\r\n");
  EXPECT_EQ(bad.rfind("HTTP/1.1 400", 0), 0u) << bad;
  // A form-encoded body is the text to explain, not parameters.
  std::string post = Send("POST /api/explain?colour=red HTTP/1.1\r\nHost: localhost\r\n"
                          "Content-Type: application/x-www-form-urlencoded\r\n"
                          "Content-Length: 3\r\nConnection: close\r\n\r\na=b");
  EXPECT_EQ(post.rfind("HTTP/1.1 400", 0), 0u) << post;
  EXPECT_NE(post.find("unknown parameter 'colour'"), std::string::npos) << post;
}

// The value of a query parameter runs to the next '&': "id=zzz=1" is the id
// "zzz=1", not "1"; "+" is a space, as browsers encode it.
TEST_F(HttpTest, QueryValuesKeepTheirEqualsSigns) {
  std::string r = Send("GET /api/document?id=zzz=1 HTTP/1.1\r\nHost: localhost\r\n"
                       "Connection: close\r\n\r\n");
  EXPECT_NE(r.find("zzz=1"), std::string::npos) << r;
  r = Send("GET /api/events?dyad=---:IGOWSTNAT&limit=1 HTTP/1.1\r\nHost: localhost\r\n"
           "Connection: close\r\n\r\n");
  EXPECT_EQ(r.rfind("HTTP/1.1 200", 0), 0u) << r;
}

TEST_F(HttpTest, RangeIsIgnoredOnApiAnswers) {
  std::string ranges = "bytes=0-";
  for (int i = 0; i < 500; ++i) ranges += ",0-";
  std::string r = Send("GET /api/dyads HTTP/1.1\r\nHost: localhost\r\nRange: " + ranges +
                       "\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(r.rfind("HTTP/1.1 200", 0), 0u) << r.substr(0, 200);
  EXPECT_LT(r.size(), 4096u);
  EXPECT_EQ(r.find("multipart/byteranges"), std::string::npos);
}

TEST_F(HttpTest, PipelinedRequestsAreAllAnswered) {
  std::string one = "GET /api/dyads HTTP/1.1\r\nHost: localhost\r\n\r\n";
  std::string r = Send(one + one + one + "GET /api/dyads HTTP/1.1\r\nHost: localhost\r\n"
                       "Connection: close\r\n\r\n");
  EXPECT_EQ(CountOf(r, "HTTP/1.1 200"), 4) << r;
}

TEST_F(HttpTest, LimitsOnHeadersAndBodies) {
  std::string many = "GET /api/dyads HTTP/1.1\r\nHost: localhost\r\n";
  for (size_t i = 0; i <= kMaxRequestHeaders; ++i) many += "X-" + std::to_string(i) + ": 1\r\n";
  EXPECT_EQ(Send(many + "Connection: close\r\n\r\n").rfind("HTTP/1.1 431", 0), 0u);
  std::string huge = "GET /api/dyads HTTP/1.1\r\nHost: localhost\r\nX: " +
                     std::string(kMaxRequestHeadBytes, 'x') + "\r\n\r\n";
  std::string r = Send(huge);
  EXPECT_TRUE(r.empty() || r.rfind("HTTP/1.1 431", 0) == 0) << r.substr(0, 100);
  // A chunked body over the limit is refused as it arrives.
  std::string chunk(64 * 1024, 'a');
  std::string chunked = "POST /api/explain HTTP/1.1\r\nHost: localhost\r\n"
                        "Transfer-Encoding: chunked\r\n\r\n";
  for (int i = 0; i < 20; ++i) chunked += "10000\r\n" + chunk + "\r\n";
  r = Send(chunked + "0\r\n\r\n");
  EXPECT_TRUE(r.empty() || r.rfind("HTTP/1.1 413", 0) == 0) << r.substr(0, 100);
}

TEST_F(HttpTest, HostHeaderMustNameTheLoopback) {
  std::string r = Send("GET /api/dyads HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(r.rfind("HTTP/1.1 421", 0), 0u) << r;
  r = Send("GET /api/dyads HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(server_->port()) +
           "\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(r.rfind("HTTP/1.1 200", 0), 0u) << r;
}

TEST_F(ServerTest, RefusesAPortInUse) {
  ServerOptions o;
  o.db = db_;
  o.port = server_->port();
  auto second = Server::Create(o, &sink_);
  ASSERT_FALSE(second.ok());
  EXPECT_NE(second.status().message().find("in use"), std::string::npos)
      << second.status().ToString();
}

TEST_F(ServerTest, RefusesRemoteAddressesUnlessAllowed) {
  ServerOptions o;
  o.db = db_;
  o.host = "0.0.0.0";
  o.port = 0;
  auto s = Server::Create(o, &sink_);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("--allow-remote"), std::string::npos);
  o.allow_remote = true;
  EXPECT_TRUE(Server::Create(o, &sink_).ok());
}

TEST(StaticFiles, ContentTypeByExactExtension) {
  EXPECT_STREQ(serve::ContentTypeFor("/app.js"), "text/javascript; charset=utf-8");
  EXPECT_STREQ(serve::ContentTypeFor("/index.html"), "text/html; charset=utf-8");
  EXPECT_STREQ(serve::ContentTypeFor("/app.js%00.html.x"), "application/octet-stream");
  EXPECT_STREQ(serve::ContentTypeFor("/a.d/readme"), "application/octet-stream");
  serve::StaticFile f;
  EXPECT_FALSE(serve::OpenStatic("/etc", "/app.js%00.html", &f));
  EXPECT_FALSE(serve::OpenStatic("/etc", "/../etc/passwd", &f));
  EXPECT_FALSE(serve::OpenStatic("/", "/dev/zero", &f));  // not a regular file
}

TEST(HostCheck, LoopbackNamesOnly) {
  serve::ListenSocket s;
  s.port = 8080;
  s.loopback = true;
  EXPECT_TRUE(serve::HostAllowed("localhost:8080", "127.0.0.1", s));
  EXPECT_TRUE(serve::HostAllowed("127.0.0.1", "127.0.0.1", s));
  EXPECT_TRUE(serve::HostAllowed("[::1]:8080", "127.0.0.1", s));
  EXPECT_FALSE(serve::HostAllowed("127.evil.com", "127.0.0.1", s));
  EXPECT_FALSE(serve::HostAllowed("localhost:9999", "127.0.0.1", s));
  s.loopback = false;
  EXPECT_TRUE(serve::HostAllowed("news.example:8080", "news.example", s));
  EXPECT_FALSE(serve::HostAllowed("other.example", "news.example", s));
  s.wildcard = true;
  EXPECT_TRUE(serve::HostAllowed("anything", "0.0.0.0", s));
}

TEST(AnswerCache, BoundedByBytes) {
  serve::AnswerCache cache(1 << 20);
  ApiResponse big;
  big.body.assign(100 * 1024, 'x');
  for (int i = 0; i < 1000; ++i) cache.Put("k" + std::to_string(i), 1, big);
  EXPECT_LE(cache.bytes(), 1 << 20);
  EXPECT_GT(cache.entries(), 5u);
  EXPECT_TRUE(cache.Find("k999", 1).has_value());   // most recent stays
  EXPECT_FALSE(cache.Find("k0", 1).has_value());    // oldest left
  EXPECT_FALSE(cache.Find("k999", 2).has_value());  // the data changed
  ApiResponse huge;
  huge.body.assign(512 * 1024, 'y');  // over an eighth of the budget: never kept
  cache.Put("huge", 1, huge);
  EXPECT_FALSE(cache.Find("huge", 1).has_value());
}

TEST(HtmlEscape, EscapesMarkupAndQuotes) {
  EXPECT_EQ(HtmlEscape("<a href='x'>\"&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
}

}  // namespace
}  // namespace entente
