// Scale-out over a NATS JetStream work queue (`entente publish`, `entente
// worker`) into PostgreSQL. Each test starts its own nats-server on a free
// loopback port with a fresh JetStream directory; PostgreSQL is the store
// tests' private server (CTest fixture pg_server). Checked:
//  - three workers store exactly what `entente ingest` stores from the same
//    corpus (same counts, same multiset of events), and publishing again
//    within the duplicate window adds nothing;
//  - a worker killed with SIGKILL mid-stream, then the NATS server
//    restarted under the surviving worker: every document stored exactly
//    once, nothing lost, nothing rejected, the stream empty;
//  - poison messages are recorded in `rejected` with their reason and do
//    not stop the fleet;
//  - a document its workers keep dying on is rejected after max-deliver
//    deliveries (and one more ack wait), and the rest is stored.
// Skips only when nats-server is not installed.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <nats/nats.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "entente/queue.h"
#include "entente/store.h"
#include "run_process.h"
#include "store/store_test_util.h"

namespace entente::reliability {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kDocs = 1200;
constexpr double kTimeout = 120;
// After a NATS restart nats-server 2.9 may hand out documents slowly (seen
// once in CI: about 4 documents/s per worker for two minutes); the
// kill-and-restart test is about losing nothing, so it waits longer there.
constexpr double kRecoveryTimeout = 360;

std::string FindNatsServer() {
  for (const char* p : {"/usr/bin/nats-server", "/usr/sbin/nats-server", "/usr/local/bin/nats-server"}) {
    if (::access(p, X_OK) == 0) return p;
  }
  return "";
}

int FreePort() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  ::close(fd);
  return ntohs(a.sin_port);
}

bool PortOpen(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  ::close(fd);
  return ok;
}

// A private nats-server with JetStream on 127.0.0.1.
class NatsServer {
 public:
  NatsServer(std::string binary, fs::path dir) : binary_(std::move(binary)), dir_(std::move(dir)) {
    port_ = FreePort();
  }
  ~NatsServer() { Stop(SIGKILL); }
  bool Start() {
    pid_ = StartProcess({binary_, "-a", "127.0.0.1", "-p", std::to_string(port_), "-js", "-sd",
                         (dir_ / "jetstream").string()},
                        (dir_ / "nats.out").string(), (dir_ / "nats.err").string());
    for (int i = 0; i < 200 && pid_ > 0; ++i) {
      if (PortOpen(port_)) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  }
  void Stop(int sig) {
    if (pid_ <= 0) return;
    ::kill(pid_, sig);
    WaitProcess(pid_, 30);
    pid_ = -1;
  }
  std::string url() const { return "nats://127.0.0.1:" + std::to_string(port_); }
  std::string log() const { return ReadFile((dir_ / "nats.err").string()); }

 private:
  std::string binary_;
  fs::path dir_;
  int port_ = 0;
  int pid_ = -1;
};

// Every stored report as one comparable line.
std::vector<std::string> EventMultiset(EventStore* store) {
  std::vector<std::string> out;
  EventQuery q;
  q.per_report = true;
  q.limit = 1000;
  for (;;) {
    auto page = store->Events(q);
    if (!page.ok()) {
      ADD_FAILURE() << page.status().ToString();
      break;
    }
    for (const StoredEvent& e : page->events) {
      out.push_back(e.doc_id + "|" + std::to_string(e.sentence_index) + "|" + e.source + "|" +
                    e.target + "|" + e.cameo + "|" + e.plover + "|" + e.modality + "|" +
                    std::to_string(e.negated) + "|" + e.trigger + "|" + e.source_text + "|" +
                    e.target_text);
    }
    if (page->next_cursor.empty()) break;
    q.cursor = page->next_cursor;
  }
  std::sort(out.begin(), out.end());
  return out;
}

struct Snapshot {
  StoreStats stats;
  std::vector<std::string> events;
};

Snapshot Read(const std::string& db) {
  StoreOptions o;
  o.read_only = true;
  auto s = EventStore::Open(db, o);
  if (!s.ok()) {
    ADD_FAILURE() << s.status().ToString();
    return {};
  }
  auto st = (*s)->Stats();
  return {st.ok() ? *st : StoreStats{}, EventMultiset(s->get())};
}

int64_t StoredDocuments(const std::string& db) {
  StoreOptions o;
  o.read_only = true;
  auto s = EventStore::Open(db, o);
  if (!s.ok()) return 0;
  auto st = (*s)->Stats();
  return st.ok() ? st->documents : 0;
}

// The store's `rejected` rows, one "key: reason (worker, attempts)" each.
std::vector<std::string> RejectedRows(const std::string& db) {
  StoreOptions o;
  o.read_only = true;
  auto s = EventStore::Open(db, o);
  if (!s.ok()) return {"cannot open the store: " + s.status().ToString()};
  auto rows = (*s)->Rejected(100);
  if (!rows.ok()) return {"cannot read rejected: " + rows.status().ToString()};
  std::vector<std::string> out;
  for (const auto& r : *rows) {
    out.push_back(r.key + ": " + r.reason + " (" + r.worker + ", " + std::to_string(r.attempts) +
                  " deliveries)");
  }
  return out;
}

void ExpectSameStore(const Snapshot& got, const Snapshot& want) {
  EXPECT_EQ(got.stats.documents, want.stats.documents);
  EXPECT_EQ(got.stats.sentences, want.stats.sentences);
  EXPECT_EQ(got.stats.events, want.stats.events);
  EXPECT_EQ(got.stats.clusters, want.stats.clusters);
  EXPECT_EQ(got.stats.actors, want.stats.actors);
  EXPECT_TRUE(got.events == want.events)
      << got.events.size() << " events vs " << want.events.size() << " from ingest";
}

class ScaleOutTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("entente_scaleout_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    corpus_ = (dir_ / "corpus.jsonl").string();
    std::ofstream(corpus_, std::ios::binary) << SyntheticCorpus(kDocs, "so", true);
  }
  static void TearDownTestSuite() { fs::remove_all(dir_); }

  void SetUp() override {
    nats_binary_ = FindNatsServer();
    if (nats_binary_.empty()) {
      GTEST_SKIP() << "nats-server is not installed (scripts/setup.sh installs it)";
    }
    ASSERT_TRUE(fs::exists(EntenteBinary())) << "no entente binary";
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    work_ = dir_ / name;
    fs::create_directories(work_);
    nats_ = std::make_unique<NatsServer>(nats_binary_, work_);
    ASSERT_TRUE(nats_->Start()) << "nats-server did not start: " << nats_->log();
  }

  // A failed test shows what its processes wrote to stderr (the tail).
  void TearDown() override {
    if (!HasFailure() || work_.empty()) return;
    for (const auto& f : fs::directory_iterator(work_)) {
      if (f.path().extension() != ".err") continue;
      std::string text = ReadFile(f.path().string());
      if (text.size() > 4000) text = "…" + text.substr(text.size() - 4000);
      std::printf("--- %s:\n%s\n", f.path().filename().c_str(), text.c_str());
    }
  }

  // A fresh PostgreSQL database; fails (never skips) without the server.
  std::string Database(const std::string& name) {
    std::string skip;
    std::string db = testing::FreshTestStoreLocation("postgresql", "so_" + name, &skip);
    if (db.empty()) {
      ADD_FAILURE() << "no PostgreSQL for the scale-out tests (run them through ctest, whose "
                       "fixture pg_server starts one): "
                    << skip;
    }
    return db;
  }

  // The store `entente ingest` makes of the corpus, computed once.
  const Snapshot& Reference() {
    static Snapshot ref = [this] {
      std::string db = Database("reference");
      int s = Run({EntenteBinary(), "ingest", "--db", db, "--threads", "2", corpus_}, "ingest");
      EXPECT_EQ(s, 0);
      return Read(db);
    }();
    return ref;
  }

  int Run(std::vector<std::string> argv, const std::string& tag) {
    std::string err = (work_ / (tag + ".err")).string();
    int pid = StartProcess(argv, (work_ / (tag + ".out")).string(), err);
    int s = WaitProcess(pid, kTimeout);
    last_err_ = ReadFile(err);
    return s;
  }

  std::vector<std::string> WorkerArgs(const std::string& db, bool until_empty) {
    std::vector<std::string> a = {EntenteBinary(), "worker", "--nats", nats_->url(), "--db", db,
                                  "--threads", "1", "--batch", "8", "--ack-wait", "5",
                                  "--progress", "10"};
    if (until_empty) a.push_back("--until-empty");
    return a;
  }
  int StartWorker(const std::string& db, const std::string& tag, bool until_empty = true) {
    return StartProcess(WorkerArgs(db, until_empty), (work_ / (tag + ".out")).string(),
                        (work_ / (tag + ".err")).string());
  }
  // Waits for a worker; expects exit status `want`.
  void ExpectWorkerExit(int pid, const std::string& tag, int want, double timeout = kTimeout) {
    int s = WaitProcess(pid, timeout);
    EXPECT_EQ(s, want) << tag << ": " << ReadFile((work_ / (tag + ".err")).string());
  }

  QueueState Queue() {
    QueueOptions q;
    q.url = nats_->url();
    auto p = Publisher::Open(q);
    if (!p.ok()) {
      ADD_FAILURE() << p.status().ToString();
      return {};
    }
    auto st = (*p)->State();
    EXPECT_TRUE(st.ok()) << st.status().ToString();
    return st.ok() ? *st : QueueState{};
  }

  static fs::path dir_;
  static std::string corpus_;
  std::string nats_binary_, last_err_;
  fs::path work_;
  std::unique_ptr<NatsServer> nats_;
};

fs::path ScaleOutTest::dir_;
std::string ScaleOutTest::corpus_;

TEST_F(ScaleOutTest, ThreeWorkersStoreWhatIngestStores) {
  const Snapshot& want = Reference();
  ASSERT_EQ(want.stats.documents, kDocs);
  ASSERT_GT(want.stats.events, kDocs / 2);
  std::string db = Database("three");
  ASSERT_FALSE(db.empty());

  ASSERT_EQ(Run({EntenteBinary(), "publish", "--nats", nats_->url(), corpus_}, "publish"), 0)
      << last_err_;
  EXPECT_NE(last_err_.find(std::to_string(kDocs) + " documents published"), std::string::npos)
      << last_err_;
  // Within the duplicate window the stream takes each id once.
  ASSERT_EQ(Run({EntenteBinary(), "publish", "--nats", nats_->url(), corpus_}, "again"), 0);
  EXPECT_NE(last_err_.find("0 documents published, " + std::to_string(kDocs) + " duplicates"),
            std::string::npos)
      << last_err_;
  EXPECT_EQ(Queue().stream_messages, static_cast<uint64_t>(kDocs));

  std::vector<int> pids;
  for (int i = 0; i < 3; ++i) pids.push_back(StartWorker(db, "worker" + std::to_string(i)));
  for (int i = 0; i < 3; ++i) ExpectWorkerExit(pids[i], "worker" + std::to_string(i), 0);

  // Each worker's last progress line says what it stored; together, all.
  uint64_t reported = 0;
  for (int i = 0; i < 3; ++i) {
    std::string err = ReadFile((work_ / ("worker" + std::to_string(i) + ".err")).string());
    unsigned long long stored = 0, pending = 1;
    long long unacked = 1;
    size_t at = err.find("entente worker: done: ");
    ASSERT_NE(at, std::string::npos) << err;
    ASSERT_EQ(std::sscanf(err.c_str() + at, "entente worker: done: %llu documents stored", &stored), 1)
        << err;
    size_t queue = err.find("queue: ", at);
    ASSERT_NE(queue, std::string::npos) << err;
    ASSERT_EQ(std::sscanf(err.c_str() + queue, "queue: %llu pending, %lld unacknowledged", &pending,
                          &unacked),
              2)
        << err;
    EXPECT_EQ(pending, 0u) << err;  // others may still hold their last documents
    reported += stored;
  }
  EXPECT_EQ(reported, static_cast<uint64_t>(kDocs));

  ExpectSameStore(Read(db), want);
  EXPECT_EQ(Queue().stream_messages, 0u);
}

TEST_F(ScaleOutTest, WorkerKilledAndNatsRestartedLoseNothing) {
  const Snapshot& want = Reference();
  std::string db = Database("killed");
  ASSERT_FALSE(db.empty());
  ASSERT_EQ(Run({EntenteBinary(), "publish", "--nats", nats_->url(), corpus_}, "publish"), 0)
      << last_err_;

  int victim = StartWorker(db, "victim", false);
  int survivor = StartWorker(db, "survivor");
  ASSERT_GT(victim, 0);
  // Kill the victim once the fleet has stored a few batches.
  auto deadline = Clock::now() + std::chrono::seconds(60);
  int64_t seen = 0;
  while (Clock::now() < deadline && (seen = StoredDocuments(db)) < 100) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ::kill(victim, SIGKILL);
  EXPECT_EQ(WaitProcess(victim, 30), 128 + SIGKILL);
  ASSERT_GE(seen, 100) << "nothing was stored in time";
  int64_t at_kill = StoredDocuments(db);
  if (at_kill >= kDocs) GTEST_SKIP() << "the fleet finished before the worker could be killed";

  // Restart NATS under the surviving worker; its client reconnects.
  nats_->Stop(SIGTERM);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  ASSERT_TRUE(nats_->Start()) << nats_->log();
  int late = StartWorker(db, "late");
  ExpectWorkerExit(survivor, "survivor", 0, kRecoveryTimeout);
  ExpectWorkerExit(late, "late", 0, kRecoveryTimeout);
  std::printf("[scale-out] killed a worker with %lld of %d documents stored, restarted NATS\n",
              static_cast<long long>(at_kill), kDocs);

  ExpectSameStore(Read(db), want);
  std::vector<std::string> rejected = RejectedRows(db);
  EXPECT_TRUE(rejected.empty()) << "a redelivered document was rejected:\n"
                                << ::testing::PrintToString(rejected);
  QueueState q = Queue();
  EXPECT_EQ(q.stream_messages, 0u);
  EXPECT_EQ(q.unacknowledged, 0);
}

// Publishes raw bytes as a message, as a foreign or broken producer might.
void PublishRaw(const std::string& url, const std::string& id, const std::string& body) {
  natsConnection* nc = nullptr;
  ASSERT_EQ(natsConnection_ConnectTo(&nc, url.c_str()), NATS_OK);
  jsCtx* js = nullptr;
  ASSERT_EQ(natsConnection_JetStream(&js, nc, nullptr), NATS_OK);
  jsPubOptions po;
  jsPubOptions_Init(&po);
  if (!id.empty()) po.MsgId = id.c_str();
  EXPECT_EQ(js_Publish(nullptr, js, QueueOptions().subject.c_str(), body.data(),
                       static_cast<int>(body.size()), &po, nullptr),
            NATS_OK);
  jsCtx_Destroy(js);
  natsConnection_Destroy(nc);
}

TEST_F(ScaleOutTest, PoisonDocumentsAreRecordedAndDoNotStopTheFleet) {
  std::string db = Database("poison");
  ASSERT_FALSE(db.empty());
  // The stream exists once `publish` has run; poison goes in between good documents.
  std::string half = (work_ / "half.jsonl").string();
  {
    std::ifstream in(corpus_);
    std::ofstream a(half);
    std::string line;
    for (int i = 0; i < 200 && std::getline(in, line); ++i) a << line << "\n";
  }
  ASSERT_EQ(Run({EntenteBinary(), "publish", "--nats", nats_->url(), half}, "publish"), 0);
  PublishRaw(nats_->url(), "bad-json", "{\"id\": \"bad-json\", \"text\": ");
  PublishRaw(nats_->url(), "", "{\"id\": \"no-text\", \"title\": \"x\"}");
  PublishRaw(nats_->url(), "binary", std::string("\x01\x00\xff\xfe", 4));
  PublishRaw(nats_->url(), "blank", "{\"id\": \"blank\", \"text\": \"   \"}");
  ASSERT_EQ(Run({EntenteBinary(), "publish", "--nats", nats_->url(), corpus_}, "publish2"), 0);

  int a = StartWorker(db, "a"), b = StartWorker(db, "b");
  int sa = WaitProcess(a, kTimeout), sb = WaitProcess(b, kTimeout);
  // 1 = some documents rejected; each worker may or may not have met one.
  EXPECT_TRUE((sa == 0 || sa == 1) && (sb == 0 || sb == 1) && (sa == 1 || sb == 1))
      << sa << " " << sb << ": " << ReadFile((work_ / "a.err").string());
  EXPECT_EQ(StoredDocuments(db), kDocs);

  StoreOptions o;
  o.read_only = true;
  auto store = EventStore::Open(db, o);
  ASSERT_TRUE(store.ok());
  auto rejected = (*store)->Rejected(100);
  ASSERT_TRUE(rejected.ok()) << rejected.status().ToString();
  std::map<std::string, std::string> reasons;
  for (const auto& r : *rejected) reasons[r.key] = r.reason;
  ASSERT_EQ(reasons.size(), 4u);
  EXPECT_NE(reasons["bad-json"].find("malformed JSON"), std::string::npos);
  EXPECT_NE(reasons["binary"].find("NUL byte"), std::string::npos);
  EXPECT_NE(reasons["blank"].find("empty document"), std::string::npos) << reasons["blank"];
  bool no_text = false;
  for (const auto& [key, reason] : reasons) {
    no_text |= key.rfind("seq:", 0) == 0 && reason.find("no \"text\"") != std::string::npos;
  }
  EXPECT_TRUE(no_text) << "the message without an id is recorded by its stream sequence";
  EXPECT_EQ(Queue().stream_messages, 0u);
}

// A document whose workers keep dying on it: the test itself plays the
// dying workers, taking the document from the shared consumer max-deliver
// times and never acknowledging it. The worker that gets it next gives it
// back once for an ack wait, then rejects it, and stores the rest.
TEST_F(ScaleOutTest, CrashingDocumentIsRejectedAfterMaxDeliver) {
  std::string db = Database("crash");
  ASSERT_FALSE(db.empty());
  QueueOptions q;
  q.url = nats_->url();
  {
    auto publisher = Publisher::Open(q);
    ASSERT_TRUE(publisher.ok()) << publisher.status().ToString();
    Document crasher;
    crasher.id = "crasher";
    crasher.text = "The minister met the ambassador in Paris on Monday.";
    ASSERT_TRUE((*publisher)->Publish(crasher).ok());
  }
  // The consumer the workers share, with a short ack wait.
  natsConnection* nc = nullptr;
  ASSERT_EQ(natsConnection_ConnectTo(&nc, q.url.c_str()), NATS_OK);
  jsCtx* js = nullptr;
  ASSERT_EQ(natsConnection_JetStream(&js, nc, nullptr), NATS_OK);
  jsConsumerConfig cc;
  jsConsumerConfig_Init(&cc);
  cc.Durable = q.consumer.c_str();
  cc.AckPolicy = js_AckExplicit;
  // As `entente worker --ack-wait 1` would create it.
  cc.AckWait = 1000000000;
  cc.MaxDeliver = -1;
  cc.MaxAckPending = q.max_ack_pending;
  cc.DeliverPolicy = js_DeliverAll;
  jsConsumerInfo* ci = nullptr;
  ASSERT_EQ(js_AddConsumer(&ci, js, q.stream.c_str(), &cc, nullptr, nullptr), NATS_OK);
  jsConsumerInfo_Destroy(ci);
  jsSubOptions so;
  jsSubOptions_Init(&so);
  so.Stream = q.stream.c_str();
  so.Consumer = q.consumer.c_str();
  natsSubscription* sub = nullptr;
  ASSERT_EQ(js_PullSubscribe(&sub, js, q.subject.c_str(), q.consumer.c_str(), nullptr, &so, nullptr),
            NATS_OK);
  for (int64_t i = 1; i <= q.max_deliver; ++i) {
    natsMsgList list{};
    ASSERT_EQ(natsSubscription_Fetch(&list, sub, 1, 5000, nullptr), NATS_OK) << "delivery " << i;
    natsMsgList_Destroy(&list);  // a worker that died: no acknowledgement
  }
  natsSubscription_Destroy(sub);
  jsCtx_Destroy(js);
  natsConnection_Destroy(nc);

  std::string part = (work_ / "part.jsonl").string();
  {
    std::ifstream in(corpus_);
    std::ofstream out(part);
    std::string line;
    for (int i = 0; i < 40 && std::getline(in, line); ++i) out << line << "\n";
  }
  ASSERT_EQ(Run({EntenteBinary(), "publish", "--nats", nats_->url(), part}, "publish"), 0);
  std::vector<std::string> args = WorkerArgs(db, true);
  auto ack_wait = std::find(args.begin(), args.end(), "--ack-wait");
  ASSERT_NE(ack_wait, args.end());
  *(ack_wait + 1) = "1";
  int worker = StartProcess(args, (work_ / "worker.out").string(), (work_ / "worker.err").string());
  ExpectWorkerExit(worker, "worker", 1);  // 1: a document was rejected
  EXPECT_EQ(StoredDocuments(db), 40);
  std::vector<std::string> rejected = RejectedRows(db);
  ASSERT_EQ(rejected.size(), 1u) << ::testing::PrintToString(rejected);
  // Delivered 5 times to the "dying" consumer, a 6th time (given back for
  // an ack wait), then rejected on the 7th (or later: see doc/scale-out.md).
  EXPECT_EQ(rejected[0].rfind("crasher: delivered ", 0), 0u) << rejected[0];
  EXPECT_NE(rejected[0].find("times without being acknowledged"), std::string::npos) << rejected[0];
  EXPECT_EQ(Queue().stream_messages, 0u);
}

}  // namespace
}  // namespace entente::reliability
