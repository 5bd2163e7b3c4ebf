// The canonical text dump of the parse stage (entente explain, golden
// tests). One block per clause:
//
//   [s0 c1] that parent=c0 marker=that
//     verb: withdraw@5 "withdrew" tense=past voice=active
//     subject: the troops [3,5) head=troops
//     pp from: Germany [6,7)
//     speaker: Trump [0,1)
//
// Phrases are shown as their original text with the token range [begin,end)
// (absolute token indices) and, when longer than one token, their head.
#include <string>

#include "parse/parse_stage.h"

namespace entente {

namespace {

const char* LinkName(ClauseLink l) {
  switch (l) {
    case ClauseLink::kMain: return "main";
    case ClauseLink::kInfinitive: return "infinitive";
    case ClauseLink::kThat: return "that";
    case ClauseLink::kRelative: return "relative";
    case ClauseLink::kCoordinated: return "coordinated";
    case ClauseLink::kAdverbial: return "adverbial";
    case ClauseLink::kNominal: return "nominal";
  }
  return "?";
}

const char* TenseName(Tense t) {
  switch (t) {
    case Tense::kNone: return "none";
    case Tense::kPresent: return "present";
    case Tense::kPast: return "past";
    case Tense::kFuture: return "future";
  }
  return "?";
}

std::string Text(const AnalyzedDocument& d, uint32_t b, uint32_t e) {
  if (b >= e || e > d.tokens.size()) return "";
  uint32_t sb = d.tokens[b].span.begin, se = d.tokens[e - 1].span.end;
  std::string out;
  if (se > sb && se <= d.doc.text.size()) {
    out = d.doc.text.substr(sb, se - sb);
  } else {
    for (uint32_t i = b; i < e; ++i) {
      if (i > b) out += ' ';
      out += d.tokens[i].text;
    }
  }
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

void AppendPhrase(const AnalyzedDocument& d, const Phrase& p, const std::string& label,
                  const std::string& indent, std::string* out) {
  *out += indent + label + ": " + Text(d, p.begin, p.end) + " [" + std::to_string(p.begin) + "," +
          std::to_string(p.end) + ")";
  if (p.end - p.begin > 1 && p.head < d.tokens.size()) *out += " head=" + d.tokens[p.head].text;
  *out += "\n";
  for (const Phrase& c : p.conjuncts) AppendPhrase(d, c, "conj", indent + "  ", out);
  for (const Phrase& a : p.appositions) AppendPhrase(d, a, "appos", indent + "  ", out);
}

}  // namespace

std::string ParseStage::Dump(const AnalyzedDocument& doc) const {
  std::string out;
  uint32_t sentence = 0xffffffff;
  int idx = 0;
  for (const Clause& c : doc.clauses) {
    if (c.sentence != sentence) {
      sentence = c.sentence;
      idx = 0;
    }
    out += "[s" + std::to_string(c.sentence) + " c" + std::to_string(idx++) + "] " + LinkName(c.link);
    if (c.parent >= 0) out += " parent=c" + std::to_string(c.parent);
    if (!c.marker.empty()) out += " marker=" + c.marker;
    out += "\n  verb: " + c.lemma;
    if (!c.particle.empty()) out += " " + c.particle;
    std::string surface = c.verb < doc.tokens.size() ? doc.tokens[c.verb].text : "?";
    out += "@" + std::to_string(c.verb) + " \"" + surface + "\"";
    if (c.link != ClauseLink::kNominal) {
      out += std::string(" tense=") + TenseName(c.tense);
      out += c.voice == Voice::kPassive ? " voice=passive" : " voice=active";
    }
    if (c.perfect) out += " perfect";
    if (c.progressive) out += " progressive";
    if (c.negated) out += " negated";
    if (!c.modality.empty()) out += " modality=" + c.modality;
    if (!c.auxiliaries.empty()) {
      out += " aux=";
      for (size_t i = 0; i < c.auxiliaries.size(); ++i) {
        if (i) out += ",";
        out += c.auxiliaries[i] < doc.tokens.size() ? doc.tokens[c.auxiliaries[i]].text : "?";
      }
    }
    out += "\n";
    if (!c.subject.empty()) AppendPhrase(doc, c.subject, "subject", "  ", &out);
    for (const Phrase& o : c.objects) AppendPhrase(doc, o, "object", "  ", &out);
    for (const PrepPhrase& p : c.preps) AppendPhrase(doc, p.object, "pp " + p.prep, "  ", &out);
    if (!c.agent.empty()) AppendPhrase(doc, c.agent, "agent", "  ", &out);
    if (!c.speaker.empty()) AppendPhrase(doc, c.speaker, "speaker", "  ", &out);
  }
  return out;
}

}  // namespace entente
