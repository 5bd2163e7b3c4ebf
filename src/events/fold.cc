// The CAMEO codebook builds the 02 (appeal), 03 (intend), 10 (demand) and
// 13 (threaten) families from the act that is appealed for, intended,
// demanded or threatened. FoldCode encodes that correspondence.
#include <string>

#include "events/assembler.h"

namespace entente {

namespace {

// Children of the cooperative roots 04–08 → the matching 03x/02x/10x digit
// pattern: {root of act, code under 03, code under 02, code under 10}.
struct CoopFold {
  const char* child;
  const char* agree;
  const char* appeal;
  const char* demand;
};

constexpr CoopFold kCoop[] = {
    // Most specific first; the child code is matched as a prefix.
    {"061", "0311", "0211", "1011"}, {"062", "0312", "0212", "1012"},
    {"063", "0313", "0213", "1013"}, {"064", "0314", "0214", "1014"},
    {"071", "0331", "0231", "1031"}, {"072", "0332", "0232", "1032"},
    {"073", "0333", "0233", "1033"}, {"074", "0334", "0234", "1034"},
    {"081", "0351", "0251", "1051"}, {"082", "0352", "0252", "1052"},
    {"084", "0353", "0253", "1053"}, {"085", "0354", "0254", "1054"},
    {"086", "0355", "0255", "1055"}, {"087", "0356", "0256", "1056"},
    {"083", "034", "024", "104"},
    {"04", "036", "026", "106"},   {"05", "032", "022", "102"},
    {"06", "031", "021", "101"},   {"07", "033", "023", "103"},
    {"08", "035", "025", "105"},
    // Settling a dispute / mediation are 03x acts themselves.
    {"037", "037", "027", "107"},  {"038", "038", "028", "108"},
    {"039", "039", "028", "108"},
};

struct ThreatFold {
  const char* child;
  const char* threaten;
};

constexpr ThreatFold kThreat[] = {
    {"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"16", "131"},
    {"1721", "1321"}, {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"},
    {"171", "1384"}, {"172", "132"},  {"173", "137"},  {"175", "137"},
    {"14", "133"},
    {"17", "137"},   {"1383", "1383"}, {"191", "1381"}, {"192", "1382"},
    {"18", "138"},   {"19", "1384"},  {"20", "1385"},  {"15", "138"},
    {"12", "13"},    {"123", "134"},
};

bool StartsWith(const std::string& s, const char* prefix) {
  return s.rfind(prefix, 0) == 0;
}

}  // namespace

std::string FoldCode(const std::string& parent, const std::string& child) {
  if (child.empty() || parent.size() < 2) return "";
  std::string root = parent.substr(0, 2);
  if (root == "03" || root == "02" || root == "10") {
    for (const CoopFold& f : kCoop) {
      if (StartsWith(child, f.child)) {
        return root == "03" ? f.agree : root == "02" ? f.appeal : f.demand;
      }
    }
    // Appeals/demands for a ceasefire or an end to fighting settle a dispute.
    return "";
  }
  if (root == "13") {
    for (const ThreatFold& f : kThreat) {
      if (StartsWith(child, f.child)) return f.threaten == std::string("13") ? "130" : f.threaten;
    }
  }
  return "";
}

}  // namespace entente
