#include "parse/dependency_model.h"

#include "util/lines.h"
#include "util/model_bundle.h"

namespace entente {

bool ParseBeamWidth(std::string_view text, int* width) {
  int w = 0;
  size_t i = 0;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9' && w <= kMaxBeamWidth; ++i) w = w * 10 + (text[i] - '0');
  if (i == 0 || w < 1 || w > kMaxBeamWidth) return false;
  for (; i < text.size(); ++i) {
    if (text[i] != '\n') return false;
  }
  *width = w;
  return true;
}

std::string BeamWidthPart(int width) { return std::to_string(width) + "\n"; }

Result<std::unique_ptr<DependencyModel>> DependencyModel::Load(const std::string& path) {
  auto bundle = ModelBundle::Load(path);
  if (!bundle.ok()) return bundle.status();
  return FromBundle(*bundle);
}

Result<std::unique_ptr<DependencyModel>> DependencyModel::FromBundle(const ModelBundle& b) {
  const ModelBundle* bundle = &b;
  const std::string& path = b.name();
  auto m = std::make_unique<DependencyModel>();
  for (auto [part, slot] : {std::pair{"transitions", &m->transitions_}, std::pair{"labels", &m->labels_}}) {
    auto bytes = bundle->Get(part);
    if (!bytes.ok()) return bytes.status();
    auto model = LinearModel::Parse(*bytes, path + " (" + part + ")", /*verify_checksum=*/false);
    if (!model.ok()) return model.status();
    *slot = std::move(model).value();
  }
  auto names_part = bundle->Get("label_names");
  if (!names_part.ok()) return names_part.status();
  std::vector<std::string> names;
  std::string_view rest = *names_part, name;
  while (NextLine(&rest, &name)) names.emplace_back(name);
  if (m->transitions_->classes() != kNumTransitions || names.empty() ||
      m->labels_->classes() != static_cast<int>(names.size())) {
    return Status::Corrupt(path + ": the parser's parts do not fit together");
  }
  int beam = 1;
  if (bundle->Has("beam")) {
    auto part = bundle->Get("beam");
    if (!part.ok()) return part.status();
    if (!ParseBeamWidth(*part, &beam)) return Status::Corrupt(path + ": the parser's beam width is not 1 to 256");
  }
  m->parser_ =
      std::make_unique<DependencyParser>(m->transitions_.get(), m->labels_.get(), std::move(names), beam);
  return m;
}

}  // namespace entente
