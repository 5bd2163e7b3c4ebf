// dependency_model.h — the parser's part of the syntax model bundle: the
// transition and label weights and the relation names, loaded together.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "entente/status.h"
#include "parse/dependency_parser.h"
#include "util/linear_model.h"
#include "util/model_bundle.h"

namespace entente {

// The part "beam" holds the width the transition model was trained for
// (decimal, one line); a bundle without it is greedy (width 1).
inline constexpr int kMaxBeamWidth = 256;
// True and *width set if `text` is such a part.
bool ParseBeamWidth(std::string_view text, int* width);
std::string BeamWidthPart(int width);

class DependencyModel {
 public:
  // Reads the parts "transitions", "labels", "label_names" and (if there) "beam" of the bundle
  // at `path`. NotFound if the file is absent, Corrupt (naming it) if damaged.
  static Result<std::unique_ptr<DependencyModel>> Load(const std::string& path);
  // The same from a bundle already read (the pipeline reads it once).
  static Result<std::unique_ptr<DependencyModel>> FromBundle(const ModelBundle& bundle);

  const DependencyParser& parser() const { return *parser_; }

 private:
  std::unique_ptr<LinearModel> transitions_, labels_;
  std::unique_ptr<DependencyParser> parser_;
};

}  // namespace entente
