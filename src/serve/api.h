// api.h — the JSON API's handlers over a pool of store connections, one
// connection per concurrent request (a store connection is single-threaded).
#pragma once

#include <initializer_list>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "entente/codes.h"
#include "entente/diagnostics.h"
#include "entente/pipeline.h"
#include "entente/server.h"
#include "entente/store.h"
#include "serve/answer_cache.h"

namespace entente::json {
class Writer;
}

namespace entente::serve {

class Api {
 public:
  // `cache_bytes`: the answer cache's budget (0: no cache).
  Api(std::string db, std::string data_dir, int64_t cache_bytes, DiagnosticSink* sink)
      : db_(std::move(db)), data_dir_(std::move(data_dir)), cache_(cache_bytes), sink_(sink) {}

  // Opens the first connection, so a bad database fails at start-up.
  Status Init();
  ApiResponse Handle(const ApiRequest& request);

 private:
  // A connection borrowed from the pool for one request.
  class Lease {
   public:
    Lease(Api* api, std::unique_ptr<EventStore> store) : api_(api), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    ~Lease();
    EventStore* get() { return store_.get(); }

   private:
    Api* api_;
    std::unique_ptr<EventStore> store_;
  };
  Result<Lease> Acquire();

  struct Route;
  static const std::vector<Route>& Routes();
  ApiResponse RouteList(const ApiRequest& r);

  ApiResponse Events(const ApiRequest& r);
  ApiResponse Dyads(const ApiRequest& r);
  ApiResponse Network(const ApiRequest& r);
  ApiResponse BarometerApi(const ApiRequest& r);
  ApiResponse CommitmentsApi(const ApiRequest& r);  // commitments_api.cc
  ApiResponse PlacesApi(const ApiRequest& r);       // places_api.cc
  Result<StoredDocument> FetchDocument(const ApiRequest& r);
  ApiResponse DocumentApi(const ApiRequest& r);
  ApiResponse DocumentPage(const ApiRequest& r);
  ApiResponse Explain(const ApiRequest& r);
  ApiResponse Codes(const ApiRequest& r);
  // Runs `handler` unless an answer to the same request is cached for the
  // store's current data version.
  ApiResponse Cached(const ApiRequest& r, ApiResponse (Api::*handler)(const ApiRequest&));
  // The pipeline for /api/explain, built on first use.
  Result<const Pipeline*> GetPipeline();
  // The actor code namer for /api/codes (built-in dictionaries), built on first use.
  Result<const ActorNamer*> GetNamer();

  std::string db_, data_dir_;
  AnswerCache cache_;
  DiagnosticSink* sink_;
  std::mutex mu_;
  std::vector<std::unique_ptr<EventStore>> idle_;
  std::mutex pipeline_mu_;
  std::unique_ptr<Pipeline> pipeline_;
  Status pipeline_status_;
  std::mutex namer_mu_;
  std::unique_ptr<ActorNamer> namer_;
  Status namer_status_;
};

// {"error": message} with `status`.
ApiResponse Error(int status, const std::string& message);

// The fields a place shares wherever the API writes one: each (key, text)
// pair as a string, then "lat" and "lon" with four decimals (about 10 m, as
// the JSON Lines records write them), or null when not `has_coords`.
void WritePlaceFields(json::Writer* w,
                      std::initializer_list<std::pair<const char*, const std::string*>> strings,
                      bool has_coords, double lat, double lon);

// The HTTP status of a store error: 400 for a bad argument, 404, else 500.
int HttpStatus(const Status& s);

}  // namespace entente::serve
