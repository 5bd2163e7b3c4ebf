#include "entente/analysis.h"

namespace entente {

void AnalyzedDocument::Clear() {
  doc = Document();
  dateline = Span();
  dateline_tokens.clear();
  dateline_place = ActorMention();
  tokens.clear();
  sentences.clear();
  clauses.clear();
  actors.clear();
  events.clear();
  commitments.clear();
}

}  // namespace entente
