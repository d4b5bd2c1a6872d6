#include "recognize/names.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>

#include "base/fold.h"
#include "base/utf8.h"

namespace hearsay {

NameLexicon::NameLexicon(const Lexicons& lex) {
  auto add = [&](std::string_view w, Class c) { classes_[w] |= c; };
  for (const LexiconRow& r : lex.Rows("given_names.txt")) add(r[0], kGiven);
  for (const LexiconRow& r : lex.Rows("surnames.txt")) add(r[0], kSurname);
  for (const LexiconRow& r : lex.Rows("nonnames.txt")) add(r[0], kNonName);
  for (const LexiconRow& r : lex.Rows("sentence_starters.txt")) add(r[0], kStarter);
  for (const LexiconRow& r : lex.Rows("groups.tsv")) {
    if (r[0].find(' ') == std::string_view::npos) add(AsciiLower(r[0]), kGroupWord);
  }
  for (const LexiconRow& r : lex.Rows("places.tsv")) {
    places_[r[0]] = r.size() > 1 ? std::string(r[1]) : "";
    add(r[0], kPlace);
    const size_t sp = r[0].find(' ');
    if (sp != std::string_view::npos) multiword_places_[r[0].substr(0, sp)].emplace_back(r[0]);
  }
  for (auto& [first, list] : multiword_places_.building()) {
    std::sort(list.begin(), list.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  }
  for (const LexiconRow& r : lex.Rows("roles.tsv")) {
    if (r.size() < 2) continue;
    if (r[1] == "title") {
      add(r[0], kTitle);
      continue;
    }
    const std::string lower = AsciiLower(r[0]);
    if (r[1] == "head") {
      max_head_words_ = std::max<size_t>(max_head_words_, 1 + std::count(lower.begin(), lower.end(), ' '));
      add(lower, kRoleHead);
    } else if (r[1] == "modifier") {
      add(lower, kRoleModifier);
    }
  }
  classes_.Freeze();
  places_.Freeze();
  multiword_places_.Freeze();
}

size_t NameLexicon::MultiWordPlaceAt(std::string_view text, size_t pos) const {
  size_t sp = pos;
  while (sp < text.size() && text[sp] != ' ') ++sp;
  const std::vector<std::string>* list = multiword_places_.Find(text.substr(pos, sp - pos));
  if (!list) return 0;
  for (const std::string& p : *list) {
    if (text.compare(pos, p.size(), p) != 0) continue;
    const size_t end = pos + p.size();
    if (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) continue;
    return p.size();
  }
  return 0;
}

const std::string* NameLexicon::PlaceType(std::string_view w) const {
  return places_.Find(w);
}

bool IsCapitalized(std::string_view w) {
  if (w.empty()) return false;
  const auto ascii_lower = [](char c) { return c >= 'a' && c <= 'z'; };
  if (w[0] >= 'A' && w[0] <= 'Z') return true;
  if (ascii_lower(w[0]) && (w.size() < 2 || ascii_lower(w[1])) && (w.size() < 3 || ascii_lower(w[2]))) return false;
  size_t i = 0;
  const char32_t c = DecodeUtf8(w, i);
  if (u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c))) return true;
  if (!u_islower(static_cast<UChar32>(c))) return false;
  // iiMedia, eBay, iPhone: a capital within the first three letters, then lower case.
  for (int k = 0; k < 2 && i < w.size(); ++k) {
    const char32_t d = DecodeUtf8(w, i);
    if (u_isupper(static_cast<UChar32>(d))) return i < w.size();
    if (!u_islower(static_cast<UChar32>(d))) return false;
  }
  return false;
}

bool IsAllCaps(std::string_view w) {
  int letters = 0;
  size_t i = 0;
  while (i < w.size()) {
    const char32_t c = DecodeUtf8(w, i);
    if (u_islower(static_cast<UChar32>(c))) return false;
    if (u_isupper(static_cast<UChar32>(c))) ++letters;
  }
  return letters >= 2;
}

std::string_view StripPossessive(std::string_view w, bool* possessive) {
  // 's, ’s, ' or ’ after at least one byte; byte tests, as this runs several times a token.
  const size_t n = w.size();
  auto curly_at = [&](size_t end) {  // ’ (E2 80 99) ends at byte `end`
    return end >= 3 && w[end - 3] == '\xE2' && w[end - 2] == '\x80' && w[end - 1] == '\x99';
  };
  size_t cut = 0;
  if (n > 2 && w[n - 1] == 's' && w[n - 2] == '\'') cut = 2;
  else if (n > 4 && w[n - 1] == 's' && curly_at(n - 1)) cut = 4;
  else if (n > 1 && w[n - 1] == '\'') cut = 1;
  else if (n > 3 && curly_at(n)) cut = 3;
  if (possessive) *possessive = cut > 0;
  return w.substr(0, n - cut);
}

}  // namespace hearsay
