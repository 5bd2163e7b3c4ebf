// schema.h — the store's tables and their version (doc/formats/store.md).
#pragma once

#include <string>

#include "entente/status.h"
#include "store/sql.h"

namespace entente::store {

// The CREATE statements for one dialect (idempotent: IF NOT EXISTS).
std::string SchemaSql(Dialect dialect);

// Creates missing tables (unless read-only) and checks the stored schema
// version: a newer version than this build knows is kUnsupported.
Status EnsureSchema(Connection* c, bool read_only);

}  // namespace entente::store
