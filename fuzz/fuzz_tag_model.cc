// fuzz_tag_model.cc — the tagger model loader (PerceptronModel::Load, the
// binary format written by entente_tag_train). The loader reads a path, so
// each input is written to a private temporary file first. A model that
// loads is then used to score a few feature hashes.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "tag/perceptron_tagger.h"
#include "tag/tagset.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = [] {
    char tmpl[] = "/tmp/entente-fuzz-model-XXXXXX";
    int fd = mkstemp(tmpl);
    if (fd >= 0) close(fd);
    return std::string(tmpl);
  }();
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  auto m = entente::PerceptronModel::Load(path);
  if (m.ok()) {
    float scores[entente::kNumTags] = {};
    for (uint64_t h : {0ull, 1ull, 0x9e3779b97f4a7c15ull}) (*m)->Accumulate(h, scores);
  }
  return 0;
}
