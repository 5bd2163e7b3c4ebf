// The store test suite, run against every backend (SQLite always,
// PostgreSQL when the CTest fixture started a test server).
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>
#include <thread>

#include "entente/store.h"
#include "store/sql.h"
#include "store/dates.h"
#include "store/store_impl.h"
#include "store/store_test_util.h"

namespace entente {
namespace {

using testing::FakeDocument;
using testing::FakeEvent;

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override { Reopen(); }
  void Reopen(StoreOptions options = {}) {
    store_.reset();  // PostgreSQL cannot drop a database that is in use
    std::string skip;
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : name) {
      if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    }
    location_ = testing::FreshTestStoreLocation(GetParam(), name, &skip);
    if (location_.empty() && !skip.empty()) GTEST_SKIP() << skip;
    ASSERT_FALSE(location_.empty());
    auto s = EventStore::Open(location_, options);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
  }
  StoreStats Stats() {
    auto s = store_->Stats();
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? *s : StoreStats{};
  }
  EventPage Events(EventQuery q) {
    auto p = store_->Events(q);
    EXPECT_TRUE(p.ok()) << p.status().ToString();
    return p.ok() ? *p : EventPage{};
  }
  WriteOutcome Write(const AnalyzedDocument& d) {
    auto r = store_->Write(d);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : WriteOutcome::kDuplicateId;
  }
  std::string location_;
  std::unique_ptr<EventStore> store_;
};

TEST_P(StoreTest, WritesDocumentSentencesActorsAndEvents) {
  auto doc = FakeDocument("d1", "2024-03-01",
                          {{"USAGOV", "IGOWSTNAT", "036", 1, 4.0},
                           {"RUSMIL", "UKR", "190", 4, -10.0}});
  EXPECT_EQ(Write(doc), WriteOutcome::kStored);
  StoreStats s = Stats();
  EXPECT_EQ(s.documents, 1);
  EXPECT_EQ(s.sentences, 2);
  EXPECT_EQ(s.events, 2);
  EXPECT_EQ(s.clusters, 2);
  EXPECT_EQ(s.actors, 4);
  auto has = store_->HasDocument("d1");
  ASSERT_TRUE(has.ok());
  EXPECT_TRUE(*has);
  EXPECT_FALSE(*store_->HasDocument("d2"));
}

TEST_P(StoreTest, SameIdOrSameContentChangesNothing) {
  auto doc = FakeDocument("d1", "2024-03-01", {{"USAGOV", "IGOWSTNAT", "036", 1, 4.0}});
  EXPECT_EQ(Write(doc), WriteOutcome::kStored);
  EXPECT_EQ(Write(doc), WriteOutcome::kDuplicateId);
  // Same text re-published under another id, with other whitespace.
  auto copy = doc;
  copy.doc.id = "d1-copy";
  copy.doc.text = "  " + doc.doc.text + "\n\n";
  EXPECT_EQ(Write(copy), WriteOutcome::kDuplicateContent);
  StoreStats s = Stats();
  EXPECT_EQ(s.documents, 1);
  EXPECT_EQ(s.events, 1);
  EXPECT_EQ(s.clusters, 1);
  EXPECT_EQ(Events({}).events.at(0).reports, 1);
}

TEST_P(StoreTest, RolledBackBatchLeavesNothingAndRerunResumes) {
  ASSERT_TRUE(store_->Begin().ok());
  Write(FakeDocument("a", "2024-01-01", {{"USAGOV", "CHNGOV", "040", 1, 1.0}}));
  Write(FakeDocument("b", "2024-01-02", {{"USAGOV", "CHNGOV", "040", 1, 1.0}}));
  ASSERT_TRUE(store_->Rollback().ok());
  EXPECT_EQ(Stats().documents, 0);
  EXPECT_EQ(Stats().clusters, 0);
  ASSERT_TRUE(store_->Begin().ok());
  Write(FakeDocument("a", "2024-01-01", {{"USAGOV", "CHNGOV", "040", 1, 1.0}}));
  ASSERT_TRUE(store_->Commit().ok());
  // The rerun of the whole input: "a" is skipped, "b" stored.
  ASSERT_TRUE(store_->Begin().ok());
  EXPECT_EQ(Write(FakeDocument("a", "2024-01-01", {{"USAGOV", "CHNGOV", "040", 1, 1.0}})),
            WriteOutcome::kDuplicateId);
  EXPECT_EQ(Write(FakeDocument("b", "2024-01-02", {{"USAGOV", "CHNGOV", "040", 1, 1.0}})),
            WriteOutcome::kStored);
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_EQ(Stats().documents, 2);
  EXPECT_EQ(Stats().events, 2);
  EXPECT_EQ(Stats().clusters, 1);  // one event, reported by both
}

TEST_P(StoreTest, ClustersReportsOfOneEventWithinTheWindow) {
  FakeEvent e{"USAGOV", "IGOWSTNAT", "036", 1, 4.0};
  FakeEvent other_code{"USAGOV", "IGOWSTNAT", "031", 1, 4.0};  // same root 03
  Write(FakeDocument("r1", "2024-03-01", {e}));
  Write(FakeDocument("r2", "2024-03-02", {other_code}));
  Write(FakeDocument("r3", "2024-03-03", {e, e}));           // twice in one story
  Write(FakeDocument("r4", "2024-03-08", {e}));              // outside the window
  FakeEvent intended = e;
  intended.modality = Modality::kIntended;
  Write(FakeDocument("r5", "2024-03-01", {intended}));       // a plan, not the deed
  FakeEvent negated = e;
  negated.negated = true;
  Write(FakeDocument("r6", "2024-03-01", {negated}));
  FakeEvent reversed{"IGOWSTNAT", "USAGOV", "036", 1, 4.0};
  Write(FakeDocument("r7", "2024-03-01", {reversed}));

  EXPECT_EQ(Stats().events, 8);
  EXPECT_EQ(Stats().clusters, 5);
  EventQuery q;
  q.source.code = "USA";
  q.target.code = "IGOWSTNAT";
  EventPage page = Events(q);
  ASSERT_EQ(page.events.size(), 4u);
  const StoredEvent* big = nullptr;
  for (const auto& ev : page.events) {
    if (ev.reports > 1) big = &ev;
  }
  ASSERT_NE(big, nullptr);
  EXPECT_EQ(big->reports, 4);
  EXPECT_EQ(big->documents, 3);
  EXPECT_EQ(big->doc_id, "r1");  // the first report stands for the cluster
  auto docs = store_->ClusterDocuments(big->cluster);
  ASSERT_TRUE(docs.ok());
  EXPECT_EQ(*docs, (std::vector<std::string>{"r1", "r2", "r3"}));
  q.per_report = true;
  EXPECT_EQ(Events(q).events.size(), 7u);
}

TEST_P(StoreTest, WindowZeroMergesOnlyTheSameDay) {
  StoreOptions window0;
  window0.dedup_window_days = 0;
  Reopen(window0);
  FakeEvent e{"USAGOV", "IGOWSTNAT", "036", 1, 4.0};
  Write(FakeDocument("a", "2024-03-01", {e}));
  Write(FakeDocument("b", "2024-03-01", {e}));
  Write(FakeDocument("c", "2024-03-02", {e}));
  EXPECT_EQ(Stats().clusters, 2);
}

TEST_P(StoreTest, DyadSidesMatchByPrefixOrCountry) {
  Write(FakeDocument("a", "2024-01-01", {{"USAGOV", "IGOWSTNAT", "040", 1, 1.0}}));
  Write(FakeDocument("b", "2024-01-02", {{"USAMIL", "IGOWSTNAT", "050", 1, 3.5}}));
  Write(FakeDocument("c", "2024-01-03", {{"IGOWSTNAT", "USAGOV", "040", 1, 1.0}}));
  Write(FakeDocument("d", "2024-01-04", {{"FRAGOV", "IGOWSTNAT", "040", 1, 1.0}}));
  EventQuery q;
  ASSERT_TRUE(ParseDyad("USA:IGOWSTNAT", &q).ok());
  EXPECT_EQ(Events(q).events.size(), 2u);
  q.undirected = true;
  EXPECT_EQ(Events(q).events.size(), 3u);
  EventQuery by_actor;
  by_actor.actor.code = "USA";
  EXPECT_EQ(Events(by_actor).events.size(), 3u);
  EventQuery typed;
  typed.type = "05";
  ASSERT_EQ(Events(typed).events.size(), 1u);
  EXPECT_EQ(Events(typed).events[0].source, "USAMIL");
  EventQuery dated;
  dated.from = "2024-01-02";
  dated.to = "2024-01-03";
  EXPECT_EQ(Events(dated).events.size(), 2u);
  EventQuery bad;
  EXPECT_FALSE(ParseDyad("usa:nato", &bad).ok());
  EXPECT_FALSE(ParseDyad("USA", &bad).ok());
  bad.from = "2024-13-45";
  EXPECT_EQ(store_->Events(bad).status().code(), StatusCode::kInvalidArgument);
}

TEST_P(StoreTest, PagesAreNewestFirstAndComplete) {
  ASSERT_TRUE(store_->Begin().ok());
  for (int i = 0; i < 23; ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "2024-02-%02d", 1 + i % 5);
    Write(FakeDocument("p" + std::to_string(i), date,
                       {{"USAGOV", "CHN" + std::to_string(i), "040", 1, 1.0}}));
  }
  ASSERT_TRUE(store_->Commit().ok());
  EventQuery q;
  q.limit = 5;
  std::set<std::string> seen;
  std::string last_date = "9999";
  int pages = 0;
  do {
    EventPage p = Events(q);
    for (const auto& e : p.events) {
      EXPECT_TRUE(seen.insert(e.doc_id).second) << e.doc_id;
      EXPECT_LE(e.date, last_date);
      last_date = e.date;
    }
    q.cursor = p.next_cursor;
    ++pages;
  } while (!q.cursor.empty() && pages < 10);
  EXPECT_EQ(seen.size(), 23u);
  EXPECT_EQ(pages, 5);
  q.cursor = "garbage";
  EXPECT_EQ(store_->Events(q).status().code(), StatusCode::kInvalidArgument);
}

TEST_P(StoreTest, EvidenceSpansAreRelativeToTheSentence) {
  auto doc = FakeDocument("d", "2024-01-01",
                          {{"RUSGOV", "UKRGOV", "190", 4, -10.0},
                           {"USAGOV", "IGOWSTNAT", "036", 1, 4.0,
                            "Officials said USAGOV praised IGOWSTNAT <script>alert(1)</script>"}});
  Write(doc);
  EventQuery q;
  q.source.code = "USAGOV";
  auto page = Events(q);
  ASSERT_EQ(page.events.size(), 1u);
  const StoredEvent& e = page.events[0];
  EXPECT_EQ(e.sentence, "Officials said USAGOV praised IGOWSTNAT <script>alert(1)</script>");
  EXPECT_EQ(e.sentence.substr(e.source_span.begin, e.source_span.size()), "USAGOV");
  EXPECT_EQ(e.sentence.substr(e.target_span.begin, e.target_span.size()), "IGOWSTNAT");
  EXPECT_EQ(e.sentence.substr(e.trigger_span.begin, e.trigger_span.size()), "said");
  EXPECT_EQ(e.sentence_index, 1u);
  EXPECT_EQ(e.title, "Story d");
  auto d = store_->GetDocument("d");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, doc.doc.text);
  EXPECT_EQ(d->url, "https://example.org/d");
  EXPECT_EQ(store_->GetDocument("nope").status().code(), StatusCode::kNotFound);
}

TEST_P(StoreTest, QuotesAndSqlInTextAreStoredVerbatim) {
  std::string evil = "O'Brien said \"x\"; DROP TABLE events; -- ";
  auto doc = FakeDocument("it's; DROP TABLE documents", "2024-01-01",
                          {{"USAGOV", "GBR", "040", 1, 1.0, evil}});
  EXPECT_EQ(Write(doc), WriteOutcome::kStored);
  auto page = Events({});
  ASSERT_EQ(page.events.size(), 1u);
  EXPECT_EQ(page.events[0].sentence, evil);
  EXPECT_EQ(page.events[0].doc_id, "it's; DROP TABLE documents");
}

TEST_P(StoreTest, DailyQuadsAndDyads) {
  Write(FakeDocument("a", "2024-01-01",
                     {{"USAGOV", "IGOWSTNAT", "040", 1, 1.0},
                      {"USAMIL", "IGOWSTNAT", "070", 2, 7.0},
                      {"USAGOV", "IGOWSTNAT", "111", 3, -2.0}}));
  Write(FakeDocument("b", "2024-01-02", {{"USAGOV", "IGOWSTNAT", "040", 1, 1.0}}));  // same event
  FakeEvent neg{"USAGOV", "IGOWSTNAT", "190", 4, -10.0};
  neg.negated = true;
  Write(FakeDocument("c", "2024-01-05", {neg}));
  EventQuery q;
  ASSERT_TRUE(ParseDyad("USA:IGOWSTNAT", &q).ok());
  auto daily = store_->DailyQuads(q);
  ASSERT_TRUE(daily.ok()) << daily.status().ToString();
  ASSERT_EQ(daily->size(), 3u);  // negated events are not counted
  EXPECT_EQ((*daily)[0].date, "2024-01-01");
  EXPECT_EQ((*daily)[0].quad, 1);
  EXPECT_EQ((*daily)[0].clusters, 1);
  EXPECT_EQ((*daily)[0].reports, 2);
  EXPECT_DOUBLE_EQ((*daily)[0].goldstein_clusters, 1.0);
  EXPECT_DOUBLE_EQ((*daily)[0].goldstein_reports, 2.0);
  EXPECT_EQ((*daily)[1].quad, 2);
  EXPECT_EQ((*daily)[2].quad, 3);
  auto vol = store_->DailyVolumes("", "");
  ASSERT_TRUE(vol.ok());
  ASSERT_EQ(vol->size(), 1u);
  EXPECT_EQ((*vol)[0].clusters, 3);
  EXPECT_EQ((*vol)[0].reports, 4);
  auto dyads = store_->Dyads(10);
  ASSERT_TRUE(dyads.ok());
  ASSERT_EQ(dyads->size(), 2u);
  EXPECT_EQ((*dyads)[0].source, "USAGOV");
  EXPECT_EQ((*dyads)[0].clusters, 2);
  EXPECT_EQ((*dyads)[0].reports, 3);
}

TEST_P(StoreTest, NetworkCountsDyadsByQuadUnderTheFilters) {
  Write(FakeDocument("a", "2024-01-01",
                     {{"USAGOV", "IGOWSTNAT", "040", 1, 1.0},
                      {"USAMIL", "IGOWSTNAT", "070", 2, 7.0},
                      {"USAGOV", "IGOWSTNAT", "111", 3, -2.0},
                      {"RUSGOV", "UKRGOV", "190", 4, -10.0}}));
  Write(FakeDocument("b", "2024-01-02", {{"USAGOV", "IGOWSTNAT", "040", 1, 1.0}}));  // same event
  Write(FakeDocument("c", "2024-03-01", {{"RUSGOV", "UKRGOV", "190", 4, -10.0}}));
  FakeEvent neg{"USAGOV", "IGOWSTNAT", "190", 4, -10.0};
  neg.negated = true;
  Write(FakeDocument("d", "2024-01-05", {neg}));
  EventQuery q;
  q.limit = 10;
  auto all = store_->Network(q);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  ASSERT_EQ(all->size(), 3u);
  // Ties on clusters are ordered by code: RUSGOV (2) before USAGOV (2).
  EXPECT_EQ((*all)[0].source, "RUSGOV");
  EXPECT_EQ((*all)[0].clusters, 2);
  EXPECT_EQ((*all)[0].quads[3], 2);
  EXPECT_DOUBLE_EQ((*all)[0].goldstein, -20.0);
  EXPECT_EQ((*all)[1].source, "USAGOV");
  EXPECT_EQ((*all)[1].clusters, 2);  // the negated attack is left out
  EXPECT_EQ((*all)[1].reports, 3);
  EXPECT_EQ((*all)[1].quads[0], 1);
  EXPECT_EQ((*all)[1].quads[2], 1);
  EXPECT_EQ((*all)[2].source, "USAMIL");
  q.from = "2024-02-01";
  auto late = store_->Network(q);
  ASSERT_TRUE(late.ok());
  ASSERT_EQ(late->size(), 1u);
  EXPECT_EQ((*late)[0].clusters, 1);
  q.from = "";
  q.type = "CONFLICT";  // the fake documents' PLOVER type of quads 3 and 4
  auto conflict = store_->Network(q);
  ASSERT_TRUE(conflict.ok());
  ASSERT_EQ(conflict->size(), 2u);
  EXPECT_EQ((*conflict)[0].source, "RUSGOV");
  EXPECT_EQ((*conflict)[1].clusters, 1);
  q.type = "05";  // no CAMEO 05 event
  EXPECT_TRUE(store_->Network(q)->empty());
  q.type = "04";
  q.limit = 1;
  auto consult = store_->Network(q);
  ASSERT_EQ(consult->size(), 1u);
  EXPECT_EQ((*consult)[0].source, "USAGOV");
  q.limit = 0;
  EXPECT_EQ(store_->Network(q).status().code(), StatusCode::kInvalidArgument);
}

TEST_P(StoreTest, EventsOfOneDocumentWithTheirSentenceOffsets) {
  auto a = FakeDocument("a", "2024-01-01",
                        {{"USAGOV", "IGOWSTNAT", "040", 1, 1.0}, {"RUSGOV", "UKRGOV", "190", 4, -10.0}});
  Write(a);
  Write(FakeDocument("b", "2024-01-01", {{"USAGOV", "IGOWSTNAT", "040", 1, 1.0}}));
  EventQuery q;
  q.doc_id = "b";
  q.per_report = true;
  auto b = Events(q);
  ASSERT_EQ(b.events.size(), 1u);  // a report of a's cluster, listed under b
  EXPECT_EQ(b.events[0].doc_id, "b");
  q.doc_id = "a";
  auto page = Events(q);
  ASSERT_EQ(page.events.size(), 2u);
  for (const StoredEvent& e : page.events) {
    EXPECT_EQ(a.doc.text.substr(e.sentence_begin, e.sentence.size()), e.sentence);
  }
  q.doc_id = "nope";
  EXPECT_TRUE(Events(q).events.empty());
}

// Dates before 1970 are dates: stored with negative day numbers, filtered,
// clustered across 1970-01-01, listed newest first with undated events last.
TEST_P(StoreTest, DatesBefore1970AreDates) {
  Write(FakeDocument("d1801", "1801-07-04", {{"FRAGOV", "GBRGOV", "111", 3, -2.0}}));
  Write(FakeDocument("d1950", "1950-03-01", {{"RUSMIL", "FINMIL", "190", 4, -10.0}}));
  Write(FakeDocument("d1969", "1969-12-31", {{"USAGOV", "CHNGOV", "040", 1, 1.0}}));
  Write(FakeDocument("d1970", "1970-01-01", {{"USAGOV", "CHNGOV", "040", 1, 1.0}}));  // same event
  Write(FakeDocument("undated", "", {{"USAGOV", "JPNGOV", "040", 1, 1.0}}));
  EventQuery all;
  all.per_report = true;
  auto page = Events(all);
  ASSERT_EQ(page.events.size(), 5u);
  std::vector<std::string> dates;
  for (const auto& e : page.events) dates.push_back(e.date);
  EXPECT_EQ(dates, (std::vector<std::string>{"1970-01-01", "1969-12-31", "1950-03-01",
                                             "1801-07-04", ""}));
  EXPECT_EQ(Stats().clusters, 4);  // 1969-12-31 and 1970-01-01 are one event (window 2 days)
  EventQuery q;
  q.from = "1800-01-01";
  q.to = "1969-12-31";
  page = Events(q);
  ASSERT_EQ(page.events.size(), 3u);
  EXPECT_EQ(page.events[2].doc_id, "d1801");
  q.from = "1950-03-01";
  q.to = "1950-03-01";
  ASSERT_TRUE(ParseDyad("RUS:FIN", &q).ok());
  auto daily = store_->DailyQuads(q);
  ASSERT_TRUE(daily.ok()) << daily.status().ToString();
  ASSERT_EQ(daily->size(), 1u);
  EXPECT_EQ((*daily)[0].date, "1950-03-01");
  EXPECT_EQ((*daily)[0].quad, 4);
  auto vol = store_->DailyVolumes("", "1969-12-31");
  ASSERT_TRUE(vol.ok());
  ASSERT_EQ(vol->size(), 3u);  // the undated event has no day
  EXPECT_EQ((*vol)[0].date, "1801-07-04");
}

TEST_P(StoreTest, ReportsItsBackend) {
  auto v0 = store_->DataVersion();
  ASSERT_TRUE(v0.ok());
  Write(FakeDocument("a", "2024-01-01", {{"USAGOV", "IGOWSTNAT", "040", 1, 1.0}}));
  EXPECT_GT(*store_->DataVersion(), *v0);
  EXPECT_EQ(Stats().events, 1);
  EXPECT_STREQ(store_->backend(), GetParam().c_str());
}

TEST_P(StoreTest, ConcurrentWritersMakeOneClusterPerEvent) {
  // Several workers store different stories reporting the same ten events at
  // once: each event must end up as one cluster, with every report counted.
  constexpr int kWorkers = 4, kDocs = 12, kBatch = 4;
  std::vector<std::thread> workers;
  std::atomic<int> failures{0};
  for (int w = 0; w < kWorkers; ++w) {
    workers.emplace_back([&, w] {
      auto s = EventStore::Open(location_);
      if (!s.ok()) {
        ++failures;
        return;
      }
      for (int d = 0; d < kDocs; ++d) {
        if (d % kBatch == 0 && !(*s)->Begin().ok()) ++failures;
        std::vector<FakeEvent> events;
        for (int e = 0; e < 10; ++e) {
          // Different orders per worker, to provoke lock-order conflicts.
          int k = (e * (w + 1) + d) % 10;
          events.push_back({"USAGOV", "ACT" + std::to_string(k), "040", 1, 1.0});
        }
        std::string id = "w" + std::to_string(w) + "d" + std::to_string(d);
        auto r = (*s)->Write(FakeDocument(id, "2024-05-01", events));
        if (!r.ok() || *r != WriteOutcome::kStored) ++failures;
        if (d % kBatch == kBatch - 1 && !(*s)->Commit().ok()) ++failures;
      }
    });
  }
  for (auto& t : workers) t.join();
  EXPECT_EQ(failures.load(), 0);
  StoreStats st = Stats();
  EXPECT_EQ(st.documents, kWorkers * kDocs);
  EXPECT_EQ(st.events, kWorkers * kDocs * 10);
  EXPECT_EQ(st.clusters, 10);
  auto dyads = store_->Dyads(100);
  ASSERT_TRUE(dyads.ok());
  for (const DyadCount& d : *dyads) EXPECT_EQ(d.reports, kWorkers * kDocs) << d.target;
}

TEST_P(StoreTest, CommitmentsAreStoredPerPairAndFiltered) {
  auto doc = FakeDocument("c1", "2021-02-16",
                          {{"DEUGOV", "IGOWSTNAT", "030", 1, 4.0, "DEUGOV pledged to IGOWSTNAT 2% it's 'x'.",
                            Modality::kIntended, false, "AGREE"},
                           {"USA", "", "030", 1, 4.0, "", Modality::kIntended, false, "AGREE"}});
  testing::AddFakeCommitment(&doc, 0, "by 2031", "2031");
  testing::AddFakeCommitment(&doc, 1, "next month", "2021-03");
  doc.commitments[0].counterparts.push_back(doc.commitments[0].counterparts[0]);
  doc.commitments[0].counterparts[1].code = "FRA";
  doc.commitments[0].counterparts[1].country = "FRA";
  EXPECT_EQ(Write(doc), WriteOutcome::kStored);
  EventQuery q;
  auto all = store_->Commitments(q);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  ASSERT_EQ(all->size(), 3u);  // DEU->NATO, DEU->FRA, USA->(none)
  q.actor.code = "DEU";
  auto deu = store_->Commitments(q);
  ASSERT_TRUE(deu.ok());
  ASSERT_EQ(deu->size(), 2u);
  const StoredCommitment& c = (*deu)[0].target == "FRA" ? (*deu)[1] : (*deu)[0];
  EXPECT_EQ(c.source, "DEUGOV");
  EXPECT_EQ(c.target, "IGOWSTNAT");
  EXPECT_EQ(c.plover, "AGREE");
  EXPECT_EQ(c.deadline_text, "by 2031");
  EXPECT_EQ(c.deadline, "2031");
  EXPECT_EQ(c.deadline_end, "2031-12-31");
  EXPECT_EQ(c.sentence, "DEUGOV pledged to IGOWSTNAT 2% it's 'x'.");
  EXPECT_EQ(c.date, "2021-02-16");
  q.actor.code = "USA";
  auto usa = store_->Commitments(q);
  ASSERT_TRUE(usa.ok());
  ASSERT_EQ(usa->size(), 1u);
  EXPECT_EQ((*usa)[0].deadline_end, "2021-03-31");
  EXPECT_EQ((*usa)[0].target, "");
  q.limit = 0;
  EXPECT_FALSE(store_->Commitments(q).ok());
}

// Older stores: a version-4 store (main's schema before confidences), a
// version-3 store (nor locations), a version-2 store (no commitments table
// either) and a version-1 store (neither the version-2 columns nor the
// `rejected` and commitments tables) are refused read-only and upgraded to
// the current version when opened for writing, keeping their events and
// taking commitments, locations and confidences from then on.
std::string DropLocations() {
  // SQLite drops no indexed column: the location indexes go first.
  std::string sql;
  for (const char* t : {"events", "clusters"}) {
    for (const char* c : {"country", "region"}) {
      sql += std::string("DROP INDEX ") + t + "_location_" + c + ";";
    }
  }
  for (const char* c : {"text", "begin", "end", "place", "name", "country", "region", "precision",
                        "lat", "lon", "dateline"}) {
    sql += std::string("ALTER TABLE events DROP COLUMN location_") + c + ";";
  }
  for (const char* c : {"event", "country", "region", "rank"}) {
    sql += std::string("ALTER TABLE clusters DROP COLUMN location_") + c + ";";
  }
  return sql;
}

void Downgrade(const std::string& location, int version) {
  bool pg = location.rfind("postgresql://", 0) == 0;
  auto conn = pg ? store::OpenPostgres(location) : store::OpenSqlite(location, false);
  ASSERT_TRUE(conn.ok()) << conn.status().ToString();
  std::string sql = "ALTER TABLE events DROP COLUMN confidence;";
  if (version <= 3) sql += DropLocations();
  if (version <= 2) sql += "DROP TABLE commitments;";
  if (version == 1) {
    sql += "DROP TABLE rejected; ALTER TABLE documents DROP COLUMN publisher;"
           "ALTER TABLE documents DROP COLUMN coded_by; ALTER TABLE events DROP COLUMN date_precision;";
  }
  sql += "UPDATE schema_version SET version = " + std::to_string(version);
  ASSERT_TRUE((*conn)->Exec(sql).ok());
}

TEST_P(StoreTest, OlderVersionsUpgradeWhenOpenedForWriting) {
  for (int version : {1, 2, 3, 4}) {
    SCOPED_TRACE("from version " + std::to_string(version));
    Reopen();
    Write(FakeDocument("old", "2020-01-01", {{"USA", "CAN", "036", 1, 1.0}}));
    auto old2 = FakeDocument("old2", "2020-01-02", {{"USA", "MEX", "036", 1, 1.0}});
    old2.events[0].confidence = 3.0;  // dropped with the column by Downgrade()
    Write(old2);
    store_.reset();
    Downgrade(location_, version);
    StoreOptions ro;
    ro.read_only = true;
    auto old = EventStore::Open(location_, ro);
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.status().code(), StatusCode::kUnsupported);
    EXPECT_NE(old.status().message().find("open it once for writing"), std::string::npos);
    auto s = EventStore::Open(location_);  // writable: migrates
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
    EXPECT_EQ(Stats().events, 2);
    auto c = store_->Commitments(EventQuery{});
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    EXPECT_TRUE(c->empty());
    auto promise = FakeDocument("new", "2021-01-10", {{"DEUGOV", "IGOWSTNAT", "030", 1, 4.0}});
    testing::AddFakeCommitment(&promise, 0, "by 2031", "2031");
    testing::SetFakeLocation(&promise, 0, "story", "BEL", "BE-BRU");
    promise.events[0].confidence = 1.5;
    Write(promise);
    // A report of an old (unlocated) cluster gives it its location.
    auto again = FakeDocument("again", "2020-01-02", {{"USA", "CAN", "036", 1, 1.0}});
    testing::SetFakeLocation(&again, 0, "story", "CAN", "CA-ON");
    Write(again);
    store_.reset();
    auto reader = EventStore::Open(location_, ro);
    ASSERT_TRUE(reader.ok()) << reader.status().ToString();
    auto after = (*reader)->Commitments(EventQuery{});
    ASSERT_TRUE(after.ok()) << after.status().ToString();
    ASSERT_EQ(after->size(), 1u);
    EXPECT_EQ((*after)[0].deadline_text, "by 2031");
    auto events = (*reader)->Events(EventQuery{});
    ASSERT_TRUE(events.ok()) << events.status().ToString();
    ASSERT_EQ(events->events.size(), 3u);  // "again" joined the cluster of "old"
    EXPECT_EQ(events->events[0].location.country, "BEL");
    EXPECT_EQ(events->events[1].doc_id, "old2");
    EXPECT_TRUE(events->events[1].location.empty());  // stored before: no location
    EXPECT_EQ(events->events[2].doc_id, "old");
    EXPECT_EQ(events->events[2].reports, 2);
    EXPECT_EQ(events->events[2].location.region, "CA-ON");
    EventQuery in_canada;
    in_canada.location_country = "CAN";
    EXPECT_EQ((*reader)->Events(in_canada)->events.size(), 1u);
    // Rows stored before version 5 have no confidence (NULL); new ones do.
    EXPECT_EQ(events->events[0].confidence, 1.5);
    EXPECT_EQ(events->events[1].confidence, std::nullopt);
    EventQuery sure;
    sure.min_confidence = 0;
    auto sure_events = (*reader)->Events(sure);
    ASSERT_TRUE(sure_events.ok()) << sure_events.status().ToString();
    ASSERT_EQ(sure_events->events.size(), 1u);
    EXPECT_EQ(sure_events->events[0].doc_id, "new");
  }
}

// Confidence: stored per report (NULL for a coder that scores nothing),
// read back per report and per cluster (its first report's), and filtered
// by EventQuery::min_confidence, inclusive, leaving out events without one.
TEST_P(StoreTest, ConfidenceRoundTripsAndFilters) {
  auto a = FakeDocument("a", "2024-05-01", {{"FRAGOV", "DEUGOV", "036", 1, 4.0},
                                            {"ITAGOV", "ESPGOV", "036", 1, 4.0},
                                            {"GBRGOV", "IRLGOV", "036", 1, 4.0}});
  a.events[0].confidence = 0.4;
  a.events[1].confidence = 2.25;  // events[2]: none, as the PETRARCH coder writes
  Write(a);
  // A later, surer report of the first event: the cluster keeps its first.
  auto b = FakeDocument("b", "2024-05-02", {{"FRAGOV", "DEUGOV", "036", 1, 4.0}});
  b.events[0].confidence = 5.0;
  Write(b);
  EventQuery reports;
  reports.per_report = true;
  std::map<std::string, std::optional<double>> by_pair;
  for (const StoredEvent& e : Events(reports).events) by_pair[e.doc_id + e.source] = e.confidence;
  ASSERT_EQ(by_pair.size(), 4u);
  EXPECT_EQ(by_pair["aFRAGOV"], 0.4);
  EXPECT_EQ(by_pair["aITAGOV"], 2.25);
  EXPECT_EQ(by_pair["aGBRGOV"], std::nullopt);
  EXPECT_EQ(by_pair["bFRAGOV"], 5.0);
  auto sources = [&](EventQuery q) {
    std::set<std::string> out;
    for (const StoredEvent& e : Events(q).events) out.insert(e.doc_id + e.source);
    return out;
  };
  EventQuery q;
  EXPECT_EQ(sources(q).size(), 3u);  // no filter: every cluster, with or without
  q.min_confidence = 0.4;
  EXPECT_EQ(sources(q), (std::set<std::string>{"aFRAGOV", "aITAGOV"}));
  q.min_confidence = 1.0;
  EXPECT_EQ(sources(q), (std::set<std::string>{"aITAGOV"}));
  q.min_confidence = -1e9;  // below every score: still only events with one
  EXPECT_EQ(sources(q), (std::set<std::string>{"aFRAGOV", "aITAGOV"}));
  reports.min_confidence = 1.0;
  EXPECT_EQ(sources(reports), (std::set<std::string>{"aITAGOV", "bFRAGOV"}));
  // It combines with the other filters, and pages as they do.
  reports.type = "036";
  reports.limit = 1;
  EventPage first = Events(reports);
  ASSERT_EQ(first.events.size(), 1u);
  EXPECT_EQ(first.events[0].doc_id, "b");
  reports.cursor = first.next_cursor;
  EventPage second = Events(reports);
  ASSERT_EQ(second.events.size(), 1u);
  EXPECT_EQ(second.events[0].source, "ITAGOV");
  EXPECT_TRUE(second.next_cursor.empty());
  q.min_confidence = std::numeric_limits<double>::quiet_NaN();
  auto bad = store_->Events(q);
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
}

// The aggregates (barometer days, network, places) keep the clusters whose
// first report is at least that sure, as Events() lists them; commitments,
// which have no confidence, refuse the filter.
TEST_P(StoreTest, AggregatesFilterByConfidence) {
  auto a = FakeDocument("a", "2024-05-01", {{"FRAGOV", "DEUGOV", "036", 1, 4.0},
                                            {"FRAGOV", "DEUGOV", "190", 4, -10.0},
                                            {"FRAGOV", "DEUGOV", "111", 3, -2.0}});
  a.events[0].confidence = 0.4;
  a.events[1].confidence = 2.25;  // events[2]: none
  Write(a);
  EventQuery q;
  q.source.code = "FRA";
  auto quads = [&](const EventQuery& query) {
    std::vector<int> out;
    auto days = store_->DailyQuads(query);
    EXPECT_TRUE(days.ok()) << days.status().ToString();
    if (days.ok()) for (const DailyQuad& d : *days) out.push_back(d.quad);
    return out;
  };
  EXPECT_EQ(quads(q), (std::vector<int>{1, 3, 4}));
  q.min_confidence = 0.4;
  EXPECT_EQ(quads(q), (std::vector<int>{1, 4}));
  q.min_confidence = 1.0;
  EXPECT_EQ(quads(q), (std::vector<int>{4}));
  q.limit = 10;
  auto edges = store_->Network(q);
  ASSERT_TRUE(edges.ok()) << edges.status().ToString();
  ASSERT_EQ(edges->size(), 1u);
  EXPECT_EQ((*edges)[0].clusters, 1);
  EXPECT_EQ((*edges)[0].quads[3], 1);
  EventQuery commitments;
  commitments.min_confidence = 0.0;
  EXPECT_EQ(store_->Commitments(commitments).status().code(), StatusCode::kInvalidArgument);
}

// Locations: each report keeps its own; a cluster shows (and is filtered
// by) the most precise one among its reports; Places() counts by place,
// region or country.
TEST_P(StoreTest, LocationsRoundTripFilterAndCount) {
  double lat = 36.2, lon = 37.16;
  auto first = FakeDocument("a", "2024-03-01", {{"TURMIL", "SYRREB", "190", 4, -10.0},
                                                {"USAGOV", "TURGOV", "111", 3, -2.0},
                                                {"RUSMIL", "SYRREB", "190", 4, -10.0}});
  testing::SetFakeLocation(&first, 0, "Syria", "SYR", "", "country");
  testing::SetFakeLocation(&first, 2, "northern \"Syria\" <b>", "SYR", "", "region");
  first.events[2].location.from_dateline = true;
  first.events[2].location.span = Span{};
  Write(first);
  // A later report of the first event names the city: the cluster takes it.
  auto second = FakeDocument("b", "2024-03-02", {{"TURMIL", "SYRREB", "190", 4, -10.0},
                                                 {"TURMIL", "SYRREB", "190", 4, -10.0}});
  testing::SetFakeLocation(&second, 0, "SYRREB", "SYR", "SY-02", "city", &lat, &lon);
  Write(second);

  EventQuery reports;
  reports.per_report = true;
  auto all = Events(reports).events;
  ASSERT_EQ(all.size(), 5u);
  const StoredEvent* city = nullptr;
  for (const auto& e : all) {
    if (e.location.precision == "city") city = &e;
  }
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(city->location.text, "SYRREB");
  EXPECT_EQ(city->location.place_id, "city:SYR:syrreb");
  EXPECT_EQ(city->location.region, "SY-02");
  EXPECT_TRUE(city->location.has_coords);
  EXPECT_DOUBLE_EQ(city->location.lat, 36.2);
  EXPECT_DOUBLE_EQ(city->location.lon, 37.16);
  EXPECT_FALSE(city->location.from_dateline);
  // The span is relative to the sentence, like the actors'.
  EXPECT_EQ(city->sentence.substr(city->location.span.begin, city->location.span.size()), "SYRREB");

  EventQuery clusters;
  auto page = Events(clusters).events;
  ASSERT_EQ(page.size(), 3u);
  std::map<std::string, const StoredEvent*> by_source;
  for (const auto& e : page) by_source[e.source] = &e;
  const StoredEvent& tur = *by_source.at("TURMIL");
  EXPECT_EQ(tur.reports, 3);
  EXPECT_EQ(tur.doc_id, "a");                  // the evidence is the first report's
  EXPECT_EQ(tur.location.precision, "city");   // the location the most precise one's
  EXPECT_EQ(tur.location.name, "SYRREB");
  EXPECT_TRUE(tur.location.span.empty());      // written in another report's sentence
  const StoredEvent& rus = *by_source.at("RUSMIL");
  EXPECT_EQ(rus.location.text, "northern \"Syria\" <b>");
  EXPECT_TRUE(rus.location.from_dateline);
  EXPECT_FALSE(rus.location.has_coords);
  EXPECT_TRUE(by_source.at("USAGOV")->location.empty());

  EventQuery q;
  q.location_country = "SYR";
  EXPECT_EQ(Events(q).events.size(), 2u);
  q.location_region = "SY-02";
  ASSERT_EQ(Events(q).events.size(), 1u);
  EXPECT_EQ(Events(q).events[0].source, "TURMIL");
  q.per_report = true;
  EXPECT_EQ(Events(q).events.size(), 1u);
  q.location_region = "";
  EXPECT_EQ(Events(q).events.size(), 3u);
  q.location_country = "IRQ";
  EXPECT_TRUE(Events(q).events.empty());
  q.location_country = "syria";
  EXPECT_EQ(store_->Events(q).status().code(), StatusCode::kInvalidArgument);
  q.location_country = "";
  q.location_region = "SY02";
  EXPECT_EQ(store_->Events(q).status().code(), StatusCode::kInvalidArgument);

  EventQuery pq;
  auto places = store_->Places(pq, PlaceLevel::kPlace);
  ASSERT_TRUE(places.ok()) << places.status().ToString();
  ASSERT_EQ(places->places.size(), 2u);
  EXPECT_EQ(places->unlocated_clusters, 1);
  EXPECT_EQ(places->unlocated_reports, 1);
  EXPECT_EQ(places->places[0].place_id, "city:SYR:syrreb");
  EXPECT_EQ(places->places[0].clusters, 1);
  EXPECT_EQ(places->places[0].reports, 3);
  EXPECT_TRUE(places->places[0].has_coords);
  auto by_country = store_->Places(pq, PlaceLevel::kCountry);
  ASSERT_TRUE(by_country.ok()) << by_country.status().ToString();
  ASSERT_EQ(by_country->places.size(), 1u);
  EXPECT_EQ(by_country->places[0].country, "SYR");
  EXPECT_EQ(by_country->places[0].clusters, 2);
  EXPECT_EQ(by_country->places[0].reports, 4);
  pq.per_report = true;
  auto by_region = store_->Places(pq, PlaceLevel::kRegion);
  ASSERT_TRUE(by_region.ok()) << by_region.status().ToString();
  ASSERT_EQ(by_region->places.size(), 2u);  // SY-02, and SYR with no region
  EXPECT_EQ(by_region->places[0].region, "");
  EXPECT_EQ(by_region->places[0].reports, 2);
  EXPECT_EQ(by_region->places[1].region, "SY-02");
  EXPECT_EQ(by_region->places[1].precision, "region");
  EXPECT_EQ(by_region->unlocated_reports, 2);
  ASSERT_TRUE(ParseDyad("RUS:", &pq).ok());
  auto rus_places = store_->Places(pq, PlaceLevel::kPlace);
  ASSERT_TRUE(rus_places.ok());
  ASSERT_EQ(rus_places->places.size(), 1u);
  EXPECT_EQ(rus_places->places[0].precision, "region");
  pq.limit = 0;
  EXPECT_FALSE(store_->Places(pq, PlaceLevel::kPlace).ok());
}

TEST(StoreLocationFilter, ChecksTheForms) {
  EXPECT_TRUE(CheckLocationFilter("", "").ok());
  EXPECT_TRUE(CheckLocationFilter("SYR", "SY-02").ok());
  EXPECT_TRUE(CheckLocationFilter("", "US-CA").ok());
  EXPECT_TRUE(CheckLocationFilter("", "GB-LND").ok());
  for (const char* bad : {"SY", "SYRI", "syr", "S1R", "SYR'"}) {
    EXPECT_EQ(CheckLocationFilter(bad, "").code(), StatusCode::kInvalidArgument) << bad;
  }
  for (const char* bad : {"SY", "SY-", "SY02", "sy-02", "SY-0222", "SY-0'"}) {
    EXPECT_EQ(CheckLocationFilter("", bad).code(), StatusCode::kInvalidArgument) << bad;
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

TEST(StoreDates, DayNumbersRoundTrip) {
  EXPECT_EQ(store::DayNumber("1970-01-01"), 0);
  EXPECT_EQ(store::DayNumber("2024-03-01"), 19783);
  EXPECT_EQ(store::DateOfDay(19783), "2024-03-01");
  EXPECT_EQ(store::DateOfDay(*store::DayNumber("2000-02-29")), "2000-02-29");
  EXPECT_EQ(store::DayNumber("2024-3-1"), std::nullopt);
  EXPECT_EQ(store::DayNumber(""), std::nullopt);
  EXPECT_EQ(store::DayNumber("0000-01-01"), std::nullopt);
  EXPECT_EQ(store::ContentHash("a  b\n"), store::ContentHash("a b"));
  EXPECT_NE(store::ContentHash("a b"), store::ContentHash("ab"));
}

// A version-2 store wrote -1 for an undated event's day; opened for
// writing it becomes the current version and -1 becomes kUndatedDay (-1 is now
// 1969-12-31, and a version-2 store never held a real day below 0).
TEST(StoreOpen, UpgradesVersion2UndatedDays) {
  auto path = std::filesystem::temp_directory_path() / "entente-store-v2.db";
  for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + ext);
  {
    auto s = EventStore::Open(path.string());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    ASSERT_TRUE((*s)->Write(FakeDocument("u", "", {{"USAGOV", "CHNGOV", "040", 1, 1.0}})).ok());
    ASSERT_TRUE((*s)->Write(FakeDocument("d", "2024-01-01", {{"USAGOV", "JPNGOV", "040", 1, 1.0}})).ok());
  }
  Downgrade(path.string(), 2);
  {
    auto conn = store::OpenSqlite(path.string(), false);
    ASSERT_TRUE(conn.ok());
    ASSERT_TRUE((*conn)->Exec("UPDATE events SET day = -1 WHERE date = '';"
                              "UPDATE clusters SET day = -1 WHERE date = '';").ok());
  }
  StoreOptions read_only;
  read_only.read_only = true;
  EXPECT_EQ(EventStore::Open(path.string(), read_only).status().code(), StatusCode::kUnsupported);
  auto s = EventStore::Open(path.string());
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EventQuery q;
  q.from = "1969-12-31";
  q.to = "1969-12-31";
  auto page = (*s)->Events(q);
  ASSERT_TRUE(page.ok());
  EXPECT_TRUE(page->events.empty());
  auto all = (*s)->Events({});
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->events.size(), 2u);
  EXPECT_EQ(all->events[1].doc_id, "u");  // undated: last
  auto conn = store::OpenSqlite(path.string(), true);
  ASSERT_TRUE(conn.ok());
  auto st = (*conn)->Prepare("SELECT MIN(day), (SELECT version FROM schema_version) FROM events");
  ASSERT_TRUE(st.ok());
  auto row = (*st)->Step();
  ASSERT_TRUE(row.ok() && *row);
  EXPECT_EQ((*st)->Int(0), store::kUndatedDay);
  EXPECT_EQ((*st)->Int(1), kStoreSchemaVersion);
}

TEST(StoreOpen, RejectsNewerSchemaAndNonStores) {
  std::string skip;
  auto path = std::filesystem::temp_directory_path() / "entente-store-newer.db";
  for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + ext);
  {
    auto s = EventStore::Open(path.string());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
  }
  {
    auto conn = store::OpenSqlite(path.string(), false);
    ASSERT_TRUE(conn.ok());
    ASSERT_TRUE((*conn)->Exec("UPDATE schema_version SET version = 99").ok());
  }
  auto s = EventStore::Open(path.string());
  EXPECT_EQ(s.status().code(), StatusCode::kUnsupported);
  StoreOptions read_only;
  read_only.read_only = true;
  auto missing = EventStore::Open(path.string() + ".missing", read_only);
  EXPECT_FALSE(missing.ok());
  EXPECT_FALSE(EventStore::Open("").ok());
}

}  // namespace
}  // namespace entente
