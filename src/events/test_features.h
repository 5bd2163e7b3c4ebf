// test_features.h — for the events stage's unit tests only: whether a
// feature set holds a feature, and WordNet's classes loaded once per test
// binary (nullptr when WordNet is not installed, so a test can skip).
#pragma once

#include <algorithm>
#include <memory>
#include <string>

#include "events/coder_features.h"
#include "events/word_classes.h"
#include "tag/lemmatizer.h"

namespace entente::testing_support {

inline bool HasFeature(const FeatureSet& f, const std::string& name) {
  return std::find(f.names().begin(), f.names().end(), name) != f.names().end();
}

inline const WordClasses* SharedWordClasses() {
  static std::shared_ptr<const WordClasses> classes = [] {
    auto loaded = WordClasses::Load(WordNetDir());
    return loaded.ok() ? std::shared_ptr<const WordClasses>(std::move(loaded).value()) : nullptr;
  }();
  return classes.get();
}

}  // namespace entente::testing_support
