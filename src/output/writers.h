// writers.h — the concrete event writers behind EventWriter::Create, and
// helpers they share.
#pragma once

#include <memory>
#include <string>

#include "entente/output.h"

namespace entente {

std::unique_ptr<EventWriter> MakeJsonlWriter(OutputOptions options);
std::unique_ptr<EventWriter> MakeTsvWriter(OutputOptions options);
std::unique_ptr<EventWriter> MakeGdeltWriter(OutputOptions options);
std::unique_ptr<EventWriter> MakeActorsWriter();

// "doc:sent:index" — the event's id within the run.
std::string EventId(const Event& e, size_t index);
// The text of the event's sentence, "" if unknown.
std::string SentenceText(const AnalyzedDocument& doc, const Event& e);

}  // namespace entente
