// sqlite_db.cc — the SQL layer over SQLite: WAL journal, a busy timeout so
// readers and one writer share the file, statements cached per connection.
#include <sqlite3.h>

#include <map>
#include <string>
#include <vector>

#include "store/sql.h"

namespace entente::store {

namespace {

class SqliteStatement : public Statement {
 public:
  SqliteStatement(sqlite3* db, sqlite3_stmt* st) : db_(db), st_(st) {}
  ~SqliteStatement() override { sqlite3_finalize(st_); }

  void Reset() override {
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
  }
  void BindText(int i, std::string_view v) override {
    sqlite3_bind_text(st_, Index(i), v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void BindInt(int i, int64_t v) override { sqlite3_bind_int64(st_, Index(i), v); }
  void BindDouble(int i, double v) override { sqlite3_bind_double(st_, Index(i), v); }
  void BindNull(int i) override { sqlite3_bind_null(st_, Index(i)); }

  Result<bool> Step() override {
    int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    std::string msg = sqlite3_errmsg(db_);
    sqlite3_reset(st_);
    return Status::IoError("sqlite: " + msg);
  }
  int64_t Int(int col) const override { return sqlite3_column_int64(st_, col); }
  double Double(int col) const override { return sqlite3_column_double(st_, col); }
  std::string Text(int col) const override {
    const unsigned char* p = sqlite3_column_text(st_, col);
    if (!p) return "";
    return std::string(reinterpret_cast<const char*>(p),
                       static_cast<size_t>(sqlite3_column_bytes(st_, col)));
  }
  bool IsNull(int col) const override { return sqlite3_column_type(st_, col) == SQLITE_NULL; }

 private:
  // "$N" is a named parameter in SQLite; its index is its order of first
  // appearance, which need not be N.
  int Index(int i) {
    if (static_cast<size_t>(i) >= index_.size()) index_.resize(static_cast<size_t>(i) + 1, -1);
    int& idx = index_[static_cast<size_t>(i)];
    if (idx < 0) idx = sqlite3_bind_parameter_index(st_, ("$" + std::to_string(i)).c_str());
    return idx;
  }

  sqlite3* db_;
  sqlite3_stmt* st_;
  std::vector<int> index_;
};

class SqliteConnection : public Connection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override {
    statements_.clear();
    sqlite3_close(db_);
  }
  Dialect dialect() const override { return Dialect::kSqlite; }

  Status Exec(const std::string& sql) override {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : sqlite3_errmsg(db_);
      sqlite3_free(err);
      return Status::IoError("sqlite: " + msg);
    }
    return Status::Ok();
  }

  Result<Statement*> Prepare(const std::string& sql) override {
    auto it = statements_.find(sql);
    if (it != statements_.end()) {
      it->second->Reset();
      return it->second.get();
    }
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()),
                           SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK) {
      return Status::Internal(std::string("sqlite: cannot prepare: ") + sqlite3_errmsg(db_));
    }
    auto owned = std::make_unique<SqliteStatement>(db_, st);
    Statement* raw = owned.get();
    statements_.emplace(sql, std::move(owned));
    return raw;
  }

 private:
  sqlite3* db_;
  std::map<std::string, std::unique_ptr<SqliteStatement>> statements_;
};

}  // namespace

Result<std::unique_ptr<Connection>> OpenSqlite(const std::string& path, bool read_only) {
  sqlite3* db = nullptr;
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  flags |= SQLITE_OPEN_NOMUTEX;  // one connection per thread
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::IoError("cannot open " + path + ": " + msg);
  }
  // ":memory:", "" and URIs such as "file:x?mode=memory" open a database
  // that vanishes with the connection: a store there would keep nothing
  // (ingest once said "3 documents stored" and kept none).
  const char* file = sqlite3_db_filename(db, "main");
  if (!file || !*file) {
    sqlite3_close(db);
    return Status::InvalidArgument(path + " is an in-memory database, which keeps nothing: "
                                   "give a file name");
  }
  sqlite3_busy_timeout(db, 10000);
  auto conn = std::make_unique<SqliteConnection>(db);
  // WAL lets the server read while ingest writes; NORMAL sync is durable
  // at each checkpoint and safe against corruption in WAL mode.
  std::string pragmas = "PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536;";
  if (!read_only) pragmas += "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
  Status s = conn->Exec(pragmas);
  if (!s.ok()) return Status::IoError("cannot open " + path + ": " + s.message());
  return std::unique_ptr<Connection>(std::move(conn));
}

Status Run(Statement* st) {
  while (true) {
    auto r = st->Step();
    if (!r.ok()) return r.status();
    if (!*r) return Status::Ok();
  }
}

}  // namespace entente::store
