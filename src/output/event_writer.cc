// EventWriter::Create and the format names; the writers themselves are in
// jsonl_writer.cc and tsv_writers.cc.
#include "entente/output.h"
#include "output/writers.h"

namespace entente {

bool ParseOutputFormat(const std::string& name, OutputFormat* format) {
  if (name == "jsonl") { *format = OutputFormat::kJsonl; return true; }
  if (name == "tsv") { *format = OutputFormat::kTsv; return true; }
  if (name == "gdelt") { *format = OutputFormat::kGdelt; return true; }
  if (name == "commitments") { *format = OutputFormat::kCommitments; return true; }
  if (name == "actors") { *format = OutputFormat::kActors; return true; }
  return false;
}

std::unique_ptr<EventWriter> EventWriter::Create(OutputFormat format, OutputOptions options) {
  switch (format) {
    case OutputFormat::kJsonl: return MakeJsonlWriter(options);
    case OutputFormat::kTsv: return MakeTsvWriter(options);
    case OutputFormat::kCommitments: return MakeCommitmentWriter(options);
    case OutputFormat::kGdelt: return MakeGdeltWriter(options);
    case OutputFormat::kActors: return MakeActorsWriter();
  }
  return MakeJsonlWriter(options);
}

}  // namespace entente
