// pg_none.cc — the PostgreSQL backend when built without
// ENTENTE_WITH_POSTGRES: opening a postgresql:// URL is reported as such.
#include "store/sql.h"

namespace entente::store {

Result<std::unique_ptr<Connection>> OpenPostgres(const std::string&) {
  return Status::Unsupported("this build has no PostgreSQL support (ENTENTE_WITH_POSTGRES=OFF)");
}

}  // namespace entente::store
