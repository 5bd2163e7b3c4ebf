#include "parse/dependency_model.h"

#include "util/lines.h"
#include "util/model_bundle.h"

namespace entente {

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
  m->parser_ = std::make_unique<DependencyParser>(m->transitions_.get(), m->labels_.get(), std::move(names));
  return m;
}

}  // namespace entente
