#include "text/layout.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "base/hash.h"

namespace hearsay {

std::string LowerLine(std::string_view line) {
  std::string out(line.size(), '\0');  // never longer than the line
  size_t n = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '\xE2' && (line.compare(i, 3, "\xE2\x80\x99") == 0 || line.compare(i, 3, "\xE2\x80\x98") == 0)) {
      out[n++] = '\'';
      i += 2;
      continue;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c == ' ' || c == '\t') && (n == 0 || out[n - 1] == ' ')) continue;
    out[n++] = c == '\t' ? ' ' : c;
  }
  while (n > 0 && out[n - 1] == ' ') --n;
  out.resize(n);
  return out;
}

size_t WordCount(std::string_view line, size_t limit) {
  size_t n = 0;
  bool in = false;
  for (size_t i = 0; i < line.size() && n < limit; ++i) {
    const bool sp = line[i] == ' ' || line[i] == '\t';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

BoilerplateRules::BoilerplateRules(const Lexicons& lexicons) {
  for (const LexiconRow& row : lexicons.Rows("boilerplate.tsv")) {
    std::string phrase = LowerLine(row[0]);
    if (row.size() > 1 && row[1] == "section") section_phrases_.push_back(std::move(phrase));
    else if (!phrase.empty()) line_phrases_.push_back(std::move(phrase));
  }
  for (uint32_t i = 0; i < line_phrases_.size(); ++i) {
    phrases_by_first_byte_[static_cast<unsigned char>(line_phrases_[i][0])].push_back(i);
  }
}

bool BoilerplateRules::HasLinePhrase(const std::string& lower, size_t words) const {
  auto word_char = [&](size_t i) { return std::isalnum(static_cast<unsigned char>(lower[i])) != 0; };
  for (size_t at = 0; at < lower.size(); ++at) {
    if (at > 0 && word_char(at - 1)) continue;  // the phrase must start a word ("log in", not "catalog in")
    for (uint32_t k : phrases_by_first_byte_[static_cast<unsigned char>(lower[at])]) {
      const std::string& ph = line_phrases_[k];
      if (lower.compare(at, ph.size(), ph) != 0) continue;
      // ... and end one, and make up most of the line: short phrases ("share", "home")
      // only when little else is there.
      const size_t end = at + ph.size();
      const bool right = end >= lower.size() || !word_char(end) || !std::isalnum(static_cast<unsigned char>(ph.back()));
      const size_t ph_words = WordCount(ph);
      if (right && (ph_words >= 3 || words <= ph_words + 1)) return true;
    }
  }
  return false;
}

namespace {

bool EndsSentence(std::string_view line) {
  while (!line.empty()) {
    const char c = line.back();
    if (c == '.' || c == '?' || c == '!' || c == ':' || c == ';') return true;
    // Closing quotes and brackets after the stop: ." .” .)
    if (c == '"' || c == ')' || c == '\'') { line.remove_suffix(1); continue; }
    if (line.size() >= 3 && (line.substr(line.size() - 3) == "\xE2\x80\x9D" || line.substr(line.size() - 3) == "\xE2\x80\x99")) {
      line.remove_suffix(3);
      continue;
    }
    if (line.size() >= 3 && line.substr(line.size() - 3) == "\xE2\x80\xA6") return true;
    return false;
  }
  return false;
}

bool IsCaption(const std::string& lower, size_t words) {
  // "Illustration photo.", "Tyler Durden's Photo", "(Photo: AFP)", "File photo by ..."
  if (words > 8) return false;
  std::string_view l = lower;
  while (!l.empty() && (l.back() == '.' || l.back() == ')')) l.remove_suffix(1);
  for (std::string_view end : {" photo", "'s photo", " photograph", " image", " file photo", " picture"}) {
    if (l.size() >= end.size() && l.substr(l.size() - end.size()) == end) return true;
  }
  for (std::string_view start : {"photo:", "photo by", "(photo", "image:", "picture:", "credit:", "file photo", "illustration"}) {
    if (l.substr(0, start.size()) == start) return true;
  }
  return false;
}

}  // namespace

void BoilerplateRules::Mark(std::string_view text, Layout& layout) const {
  std::vector<Paragraph>& paras = layout.paragraphs;
  // Lines seen so far, by the hash of their lower case (a hash that matches is checked
  // against the line itself).
  std::unordered_multimap<uint64_t, size_t> seen;
  auto seen_before = [&](const std::string& lower, size_t i) {
    const uint64_t h = HashString(lower);
    auto [first, last] = seen.equal_range(h);
    for (auto it = first; it != last; ++it) {
      if (LowerLine(paras[it->second].span.In(text)) == lower) return true;
    }
    seen.emplace(h, i);
    return false;
  };
  bool rest = false;  // after a "Most Read" style heading, everything is furniture
  for (size_t i = 0; i < paras.size(); ++i) {
    Paragraph& p = paras[i];
    const std::string lower = LowerLine(p.span.In(text));
    const size_t words = WordCount(lower, 16);  // all the rules need
    if (i == 0) {
      seen_before(lower, i);
      continue;
    }
    if (rest) {
      p.boilerplate = true;
      continue;
    }
    std::string_view bare = lower;
    while (!bare.empty() && (bare.back() == ':' || bare.back() == '.' || bare.back() == ' ')) bare.remove_suffix(1);
    if (words <= 6 && std::find(section_phrases_.begin(), section_phrases_.end(), bare) != section_phrases_.end()) {
      rest = true;
      p.boilerplate = true;
      continue;
    }
    if (words <= 15 && HasLinePhrase(lower, words)) p.boilerplate = true;
    if (IsCaption(lower, words)) {
      p.boilerplate = true;
      // A short unpunctuated line right before a caption is the image's file name or title.
      if (i > 1 && !paras[i - 1].boilerplate) {
        const std::string_view prev = paras[i - 1].span.In(text);
        if (WordCount(prev, 5) <= 4 && !EndsSentence(prev)) paras[i - 1].boilerplate = true;
      }
    }
    if (p.boilerplate) continue;
    // "By" alone, "Tags:", a lone separator: lines with no letters worth reading.
    if (words <= 1 && (bare == "by" || bare == "tags" || bare.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos)) {
      p.boilerplate = true;
      continue;
    }
    // A headline repeated later on the page (a teaser or a related-story link).
    if (words >= 3 && seen_before(lower, i)) p.boilerplate = true;
  }
}

}  // namespace hearsay
