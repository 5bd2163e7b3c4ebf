// built_in_pipeline.h — for fuzz targets: the pipeline over entente's
// built-in dictionaries (stages up to `last`), built once per process on
// the first call. Call it from LLVMFuzzerInitialize after pointing
// ENTENTE_DATA_DIR at the source tree's data/ (InitDataDir).
#pragma once

#include <cstdlib>
#include <memory>

#include "entente/pipeline.h"

namespace entente::fuzz {

inline void InitDataDir() { setenv("ENTENTE_DATA_DIR", ENTENTE_SOURCE_DIR "/data", 0); }

inline const Pipeline& BuiltInPipeline(Stage last = Stage::kCommitments) {
  static std::unique_ptr<Pipeline> p = [last] {
    NullSink sink;
    PipelineOptions o;
    o.last_stage = last;
    auto r = Pipeline::Create(o, &sink);
    if (!r.ok()) std::abort();
    return std::move(r).value();
  }();
  return *p;
}

}  // namespace entente::fuzz
