// test_models.h — for the events stage's unit tests only: the smallest
// learned-coder model set (every model empty, one CAMEO code) and its round
// trip through the model file's bytes.
#pragma once

#include "entente/status.h"
#include "events/learned_coder.h"

namespace entente::testing_support {

inline CoderModels TinyModels() {
  CoderModels m;
  m.detect = LinearModel::Build(2, {});
  m.pair = LinearModel::Build(2, {});
  m.trigger = LinearModel::Build(kNumTriggerClasses, {});
  m.cameo = LinearModel::Build(1, {});
  m.factuality = LinearModel::Build(kNumFactuality, {});
  m.argument = LinearModel::Build(kNumRoles, {});
  m.cameo_codes = {"010"};
  return m;
}

// The models written to bytes and read back.
inline Result<CoderModels> RoundTrip(const ModelBundle& b) {
  auto parsed = ModelBundle::Parse(b.Serialize(), "test.bin");
  if (!parsed.ok()) return parsed.status();
  return CoderModels::FromBundle(*parsed);
}

}  // namespace entente::testing_support
