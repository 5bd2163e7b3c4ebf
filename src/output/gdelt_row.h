// gdelt_row.h — one row of the GDELT 2.0 event table (61 columns, no
// header), shared by the `code` writer (one story: one mention) and the
// store export (counts from the event's cluster). Columns entente does not
// know (tone, actor geography, DATEADDED) are empty; doc/formats/events.md.
#pragma once

#include <cstdint>
#include <string>

#include "entente/actor.h"
#include "entente/event.h"

namespace entente {

struct GdeltEvent {
  uint64_t global_id = 0;
  std::string date;  // "YYYY-MM-DD" or ""
  const ActorMention* source = nullptr;
  const ActorMention* target = nullptr;
  bool root = false;
  std::string cameo;
  int quad = 0;
  double goldstein = 0;
  int64_t mentions = 1, sources = 1, articles = 1;  // NumMentions, NumSources, NumArticles
  std::string url;
  const EventLocation* location = nullptr;  // where it happened (ActionGeo), if known
};

// A stable 63-bit GLOBALEVENTID from a text id.
uint64_t GdeltGlobalId(const std::string& id);
// The CAMEO known-group code of an organisation's actor code: the last
// three-letter block after IGO/NGO/IMG that is not a sector of the mention
// (IGOWSTNAT -> NAT, IGOUNOGOV -> UNO, NGOHRIAMN -> AMN); "" otherwise.
std::string KnownGroupCode(const ActorMention& m);
// "2021-02-16" -> "20210216".
std::string CompactDate(const std::string& date);
void AppendGdeltRow(const GdeltEvent& e, std::string* out);

}  // namespace entente
