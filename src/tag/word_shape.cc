#include "tag/word_shape.h"

namespace entente {

void LookupForm(std::string_view word, std::string* out) {
  out->clear();
  for (size_t i = 0; i < word.size();) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(word[i + 2]);
      const char* rep = nullptr;
      switch (d) {
        case 0x98: rep = "`"; break;    // ‘
        case 0x99: rep = "'"; break;    // ’
        case 0x9C: rep = "``"; break;   // “
        case 0x9D: rep = "''"; break;   // ”
        case 0x93: rep = "--"; break;   // –
        case 0x94: rep = "--"; break;   // —
        case 0xA6: rep = "..."; break;  // …
        default: break;
      }
      if (rep) {
        out->append(rep);
        i += 3;
        continue;
      }
    }
    out->push_back(static_cast<char>(c));
    ++i;
  }
}

bool HasAlnum(std::string_view w) {
  for (char c : w) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  }
  return false;
}

}  // namespace entente
