// pg_db.cc — the SQL layer over PostgreSQL (libpq): named server-side
// prepared statements, parameters sent as text and typed by the server.
#include <libpq-fe.h>

#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/sql.h"

namespace entente::store {

namespace {

class PgStatement : public Statement {
 public:
  PgStatement(PGconn* conn, std::string name, int nparams)
      : conn_(conn), name_(std::move(name)), params_(static_cast<size_t>(nparams)) {}
  ~PgStatement() override { Clear(); }

  void Reset() override {
    Clear();
    for (auto& p : params_) p.reset();
  }
  void BindText(int i, std::string_view v) override { Slot(i) = std::string(v); }
  void BindInt(int i, int64_t v) override { Slot(i) = std::to_string(v); }
  void BindDouble(int i, double v) override {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    Slot(i) = buf;
  }
  void BindNull(int i) override { Slot(i).reset(); }

  Result<bool> Step() override {
    if (!res_) {
      std::vector<const char*> values(params_.size());
      for (size_t i = 0; i < params_.size(); ++i) {
        values[i] = params_[i] ? params_[i]->c_str() : nullptr;
      }
      res_ = PQexecPrepared(conn_, name_.c_str(), static_cast<int>(values.size()),
                            values.data(), nullptr, nullptr, 0);
      ExecStatusType st = PQresultStatus(res_);
      if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
        std::string msg = PQresultErrorMessage(res_);
        Clear();
        while (!msg.empty() && msg.back() == '\n') msg.pop_back();
        return Status::IoError("postgresql: " + msg);
      }
      row_ = -1;
    }
    ++row_;
    return row_ < PQntuples(res_);
  }
  int64_t Int(int col) const override { return std::strtoll(Value(col), nullptr, 10); }
  double Double(int col) const override { return std::strtod(Value(col), nullptr); }
  std::string Text(int col) const override {
    return std::string(Value(col), static_cast<size_t>(PQgetlength(res_, row_, col)));
  }
  bool IsNull(int col) const override { return PQgetisnull(res_, row_, col) != 0; }

 private:
  std::optional<std::string>& Slot(int i) { return params_.at(static_cast<size_t>(i - 1)); }
  const char* Value(int col) const { return PQgetvalue(res_, row_, col); }
  void Clear() {
    if (res_) PQclear(res_);
    res_ = nullptr;
  }

  PGconn* conn_;
  std::string name_;
  std::vector<std::optional<std::string>> params_;
  PGresult* res_ = nullptr;
  int row_ = -1;
};

// The highest $N in `sql` (PQprepare needs the count when types are inferred).
int CountParams(const std::string& sql) {
  int n = 0;
  for (size_t i = 0; i + 1 < sql.size(); ++i) {
    if (sql[i] != '$') continue;
    int v = 0;
    size_t j = i + 1;
    while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9') v = v * 10 + (sql[j++] - '0');
    n = std::max(n, v);
  }
  return n;
}

class PgConnection : public Connection {
 public:
  explicit PgConnection(PGconn* conn) : conn_(conn) {}
  ~PgConnection() override {
    statements_.clear();
    PQfinish(conn_);
  }
  Dialect dialect() const override { return Dialect::kPostgres; }

  Status Exec(const std::string& sql) override {
    PGresult* r = PQexec(conn_, sql.c_str());
    ExecStatusType st = PQresultStatus(r);
    Status s;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
      std::string msg = PQresultErrorMessage(r);
      while (!msg.empty() && msg.back() == '\n') msg.pop_back();
      s = Status::IoError("postgresql: " + msg);
    }
    PQclear(r);
    return s;
  }

  Result<Statement*> Prepare(const std::string& sql) override {
    auto it = statements_.find(sql);
    if (it != statements_.end()) {
      it->second->Reset();
      return it->second.get();
    }
    std::string name = "entente_" + std::to_string(statements_.size());
    int nparams = CountParams(sql);
    PGresult* r = PQprepare(conn_, name.c_str(), sql.c_str(), nparams, nullptr);
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    std::string msg = ok ? "" : PQresultErrorMessage(r);
    PQclear(r);
    if (!ok) return Status::Internal("postgresql: cannot prepare: " + msg);
    auto owned = std::make_unique<PgStatement>(conn_, name, nparams);
    Statement* raw = owned.get();
    statements_.emplace(sql, std::move(owned));
    return raw;
  }

 private:
  PGconn* conn_;
  std::map<std::string, std::unique_ptr<PgStatement>> statements_;
};

}  // namespace

Result<std::unique_ptr<Connection>> OpenPostgres(const std::string& url) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string msg = PQerrorMessage(conn);
    PQfinish(conn);
    while (!msg.empty() && msg.back() == '\n') msg.pop_back();
    return Status::IoError("cannot connect to PostgreSQL: " + msg);
  }
  auto c = std::make_unique<PgConnection>(conn);
  // Notices (e.g. "relation already exists, skipping") must not reach stderr.
  PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);
  return std::unique_ptr<Connection>(std::move(c));
}

}  // namespace entente::store
