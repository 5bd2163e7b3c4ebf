// entente publish — documents in, onto the NATS JetStream work queue that
// `entente worker` processes take them from (doc/scale-out.md). Inputs are
// read exactly as by `code` and `ingest`, with the same diagnostics.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "entente/ingest.h"
#include "entente/queue.h"

namespace entente::cli {

namespace {

struct PublishArgs {
  std::vector<std::string> inputs;
  std::string date;
  QueueOptions queue;
};

int RunPublish(const PublishArgs& a) {
  StderrSink sink;
  auto publisher = Publisher::Open(a.queue);
  if (!publisher.ok()) {
    std::fprintf(stderr, "entente publish: %s\n", publisher.status().ToString().c_str());
    return kExitFatal;
  }
  IngestOptions iopts;
  iopts.default_date = a.date;
  auto stream = DocumentStream::Open(a.inputs.empty() ? std::vector<std::string>{"-"} : a.inputs,
                                     iopts, &sink);
  if (!stream.ok()) {
    std::fprintf(stderr, "entente publish: %s\n", stream.status().ToString().c_str());
    return kExitFatal;
  }
  uint64_t published = 0, duplicates = 0, too_large = 0;
  Document doc;
  while ((*stream)->Next(&doc)) {
    auto r = (*publisher)->Publish(doc);
    if (r.ok()) {
      ++(*r == PublishOutcome::kPublished ? published : duplicates);
    } else if (r.status().code() == StatusCode::kInvalidArgument) {
      sink.Report({Severity::kError, doc.source_file, doc.source_line, r.status().message()});
      ++too_large;
    } else {
      std::fprintf(stderr,
                   "entente publish: %s: %s (%llu published before; publishing again is safe: "
                   "copies are dropped by the stream, then by the store)\n",
                   doc.source_file.c_str(), r.status().ToString().c_str(),
                   static_cast<unsigned long long>(published));
      return kExitFatal;
    }
  }
  std::string queue;
  if (auto st = (*publisher)->State(); st.ok()) {
    queue = "; stream " + a.queue.stream + " holds " + std::to_string(st->stream_messages) +
            " documents, " + std::to_string(st->pending) + " not yet delivered";
  }
  std::fprintf(stderr, "entente publish: %llu documents published, %llu duplicates dropped%s\n",
               static_cast<unsigned long long>(published),
               static_cast<unsigned long long>(duplicates), queue.c_str());
  return (*stream)->records_skipped() + too_large > 0 ? kExitSkipped : kExitOk;
}

}  // namespace

Command AddPublish(CLI::App& root) {
  auto args = std::make_shared<PublishArgs>();
  CLI::App* app = root.add_subcommand(
      "publish",
      "Put documents on a NATS JetStream work queue for `entente worker`s on any\n"
      "number of machines (doc/scale-out.md). Inputs are read as by `code`. The\n"
      "document id is the message id: a document published again within the\n"
      "stream's duplicate window is dropped; later copies are dropped by the store.");
  app->add_option("inputs", args->inputs, "files, directories or - (default: stdin)");
  app->add_option("--date", args->date, "date (YYYY-MM-DD) for documents without one");
  AddQueueOptions(app, &args->queue, false);
  return {app, [args] { return RunPublish(*args); }};
}

}  // namespace entente::cli
