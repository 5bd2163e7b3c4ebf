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
// The text of sentence `index`, "" if unknown.
std::string SentenceAt(const AnalyzedDocument& doc, uint32_t index);

std::unique_ptr<EventWriter> MakeCommitmentWriter(OutputOptions options);

// JSON pieces the writers share.
void JsonKey(const char* k, std::string* out);
void JsonStringOrNull(const std::string& s, std::string* out);
void JsonActor(const ActorMention& m, std::string* out);
void JsonActorList(const std::vector<ActorMention>& v, std::string* out);
void JsonSpan(Span s, std::string* out);
// "entente":…,"model":…,"dictionaries":… — the provenance stamp's fields
// (doc/formats/events.md), without braces.
void JsonProvenance(const Provenance& p, std::string* out);
// {"promisers":[codes],"counterparts":[codes],"type","cue","action",
// "object","quantity","deadline":{"text","date"}|null}: the `commitment`
// field of an event record (the annotation guide's, with more).
void JsonCommitmentTerms(const Commitment& c, std::string* out);

}  // namespace entente
