// sql.h — the small SQL layer the event store is written against, with one
// implementation per backend (sqlite_db.cc, pg_db.cc). Statements are always
// prepared and parameterised; text never reaches SQL any other way.
//
// Parameters are written PostgreSQL-style, $1, $2 …, in both dialects (SQLite
// accepts `$1` as a named parameter and binds it by name).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"

namespace entente::store {

enum class Dialect { kSqlite, kPostgres };

// A prepared statement owned by its Connection. Use: Reset(), Bind*(),
// then Step() until it returns false (or an error).
class Statement {
 public:
  virtual ~Statement() = default;
  // Clears bindings and any pending result.
  virtual void Reset() = 0;
  // `i` is 1-based, as in $1.
  virtual void BindText(int i, std::string_view value) = 0;
  virtual void BindInt(int i, int64_t value) = 0;
  virtual void BindDouble(int i, double value) = 0;
  virtual void BindNull(int i) = 0;
  // Executes on the first call; true while a row is available.
  virtual Result<bool> Step() = 0;
  // Columns of the current row, 0-based. NULL reads as 0 / "".
  virtual int64_t Int(int col) const = 0;
  virtual double Double(int col) const = 0;
  virtual std::string Text(int col) const = 0;
  virtual bool IsNull(int col) const = 0;
};

class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;
  // Runs SQL without parameters or results (DDL, BEGIN/COMMIT).
  virtual Status Exec(const std::string& sql) = 0;
  // Prepares `sql` once per connection and returns it reset; the statement
  // stays owned by (and valid as long as) the connection.
  virtual Result<Statement*> Prepare(const std::string& sql) = 0;
};

Result<std::unique_ptr<Connection>> OpenSqlite(const std::string& path, bool read_only);
// Returns kUnsupported when built without ENTENTE_WITH_POSTGRES.
Result<std::unique_ptr<Connection>> OpenPostgres(const std::string& url);

// Runs a statement that returns no rows (or ignores them).
Status Run(Statement* st);

// Steps `st` to its last row, appending `read(st)` for each row to `out`,
// then resets it.
template <typename T, typename Read>
Status CollectRows(Statement* st, std::vector<T>* out, Read read) {
  while (true) {
    auto row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    out->push_back(read(st));
  }
  st->Reset();
  return Status::Ok();
}

}  // namespace entente::store
