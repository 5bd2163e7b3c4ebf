#include "store/store_test_util.h"

#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#ifdef ENTENTE_TEST_WITH_PG
#include <libpq-fe.h>
#endif

namespace entente::testing {

namespace {

ActorMention Mention(const std::string& code, const std::string& text, size_t at,
                     uint32_t sentence) {
  ActorMention m;
  m.sentence = sentence;
  m.code = code;
  m.text = code;
  m.country = code.rfind("IGO", 0) == 0 ? "" : code.substr(0, 3);
  if (code.size() > 3 && !m.country.empty()) m.sectors.push_back(code.substr(3));
  size_t pos = text.find(code);
  if (pos != std::string::npos) {
    m.span = Span{static_cast<uint32_t>(at + pos), static_cast<uint32_t>(at + pos + code.size())};
  }
  return m;
}

}  // namespace

void AddFakeCommitment(AnalyzedDocument* doc, size_t event, const std::string& deadline_text,
                       const std::string& deadline_date) {
  const Event& e = doc->events.at(event);
  Commitment c;
  c.sentence = e.sentence;
  c.event = static_cast<int32_t>(event);
  c.promisers = e.sources;
  c.counterparts = e.targets;
  c.type = e.plover;
  c.cameo = e.cameo;
  c.cue = "pledged";
  c.action = "act";
  c.trigger = e.trigger;
  c.trigger_span = e.trigger_span;
  c.deadline.text = deadline_text;
  c.deadline.date = deadline_date;
  doc->commitments.push_back(std::move(c));
}

void SetFakeLocation(AnalyzedDocument* doc, size_t event, const std::string& text,
                     const std::string& country, const std::string& region,
                     const std::string& precision, const double* lat, const double* lon) {
  Event& e = doc->events.at(event);
  EventLocation& l = e.location;
  l = EventLocation();
  l.text = text;
  Span sent = doc->sentences.at(e.sentence).span;
  size_t pos = doc->doc.text.find(text, sent.begin);
  if (pos != std::string::npos && pos + text.size() <= sent.end) {
    l.span = Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + text.size())};
  }
  std::string folded;
  for (char c : text) folded += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  l.place_id = precision + ":" + country + ":" + folded;
  l.name = text;
  l.country = country;
  l.region = region;
  l.precision = precision;
  l.has_coords = lat && lon;
  if (l.has_coords) {
    l.lat = *lat;
    l.lon = *lon;
  }
}

AnalyzedDocument FakeDocument(const std::string& id, const std::string& date,
                              const std::vector<FakeEvent>& events) {
  AnalyzedDocument a;
  a.doc.id = id;
  a.doc.date = date;
  a.doc.title = "Story " + id;
  a.doc.url = "https://example.org/" + id;
  uint32_t index = 0;
  for (const FakeEvent& f : events) {
    // The document id makes every story's text distinct (same-content
    // documents are duplicates).
    std::string s =
        f.sentence.empty() ? f.source + " met " + f.target + " in story " + id + "." : f.sentence;
    if (!a.doc.text.empty()) a.doc.text += ' ';
    size_t at = a.doc.text.size();
    a.doc.text += s;
    Sentence sent;
    sent.span = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(a.doc.text.size())};
    a.sentences.push_back(sent);
    Event e;
    e.doc_id = id;
    e.sentence = index;
    e.date = date;
    e.sources.push_back(Mention(f.source, s, at, index));
    if (!f.target.empty()) e.targets.push_back(Mention(f.target, s, at, index));
    a.actors.insert(a.actors.end(), e.sources.begin(), e.sources.end());
    a.actors.insert(a.actors.end(), e.targets.begin(), e.targets.end());
    e.cameo = f.cameo;
    e.plover = !f.plover.empty() ? f.plover : f.quad <= 2 ? "COOPERATE" : "CONFLICT";
    e.quad = f.quad;
    e.goldstein = f.goldstein;
    // The trigger: the word after the source ("met" in the default sentence).
    size_t sp = s.find(' ');
    size_t sp2 = sp == std::string::npos ? sp : s.find(' ', sp + 1);
    if (sp2 != std::string::npos) {
      e.trigger = s.substr(sp + 1, sp2 - sp - 1);
      e.trigger_span = Span{static_cast<uint32_t>(at + sp + 1), static_cast<uint32_t>(at + sp2)};
    }
    e.modality = f.modality;
    e.negated = f.negated;
    a.events.push_back(std::move(e));
    ++index;
  }
  return a;
}

std::string FreshTestStoreLocation(const std::string& backend, const std::string& name,
                                   std::string* skip) {
  std::string location;
  if (backend == "sqlite") {
    auto dir = std::filesystem::temp_directory_path() /
               ("entente-store-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    auto path = dir / (name + ".db");
    for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + ext);
    location = path.string();
  } else {
#ifdef ENTENTE_TEST_WITH_PG
    // scripts/pg_test_server.sh writes the server's URL here (CTest fixture).
    std::ifstream in(std::string(ENTENTE_BINARY_DIR) + "/pg_test/url");
    std::string url;
    if (!in || !std::getline(in, url) || url.empty()) {
      *skip = "PostgreSQL test server not running (scripts/pg_test_server.sh did not start one)";
      return "";
    }
    // A private database per test, so tests run in parallel and start empty.
    std::string db = "t_" + name;
    for (char& c : db) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    PGconn* admin = PQconnectdb(url.c_str());
    if (PQstatus(admin) != CONNECTION_OK) {
      *skip = std::string("PostgreSQL test server unreachable: ") + PQerrorMessage(admin);
      PQfinish(admin);
      return "";
    }
    PQsetNoticeProcessor(admin, [](void*, const char*) {}, nullptr);
    for (std::string sql : {"DROP DATABASE IF EXISTS " + db, "CREATE DATABASE " + db}) {
      PGresult* r = PQexec(admin, sql.c_str());
      if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        ADD_FAILURE() << sql << ": " << PQresultErrorMessage(r);
        PQclear(r);
        PQfinish(admin);
        return "";
      }
      PQclear(r);
    }
    PQfinish(admin);
    // The URL ends with the database path: ".../postgres?host=…".
    size_t q = url.find('?');
    size_t slash = url.rfind('/', q);
    location = url.substr(0, slash + 1) + db + (q == std::string::npos ? "" : url.substr(q));
#else
    *skip = "built without PostgreSQL";
    return "";
#endif
  }
  return location;
}

std::unique_ptr<EventStore> OpenTestStore(const std::string& backend, const std::string& name,
                                          std::string* skip, StoreOptions options) {
  std::string location = FreshTestStoreLocation(backend, name, skip);
  if (location.empty()) return nullptr;
  auto store = EventStore::Open(location, options);
  if (!store.ok()) {
    ADD_FAILURE() << "cannot open " << location << ": " << store.status().ToString();
    return nullptr;
  }
  return std::move(store).value();
}

}  // namespace entente::testing
