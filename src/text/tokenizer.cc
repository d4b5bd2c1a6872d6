#include "text/tokenizer.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <utility>

#include "base/utf8.h"

namespace hearsay {

struct Tokenizer::Breakers {
  UBreakIterator* word = nullptr;
  UBreakIterator* sentence = nullptr;
  ~Breakers() {
    ubrk_close(word);
    ubrk_close(sentence);
  }
};

namespace {

// Longer lines are paragraphs of running text, whatever their capitals.
constexpr uint32_t kMaxHeadlineBytes = 240;

// RAII for a UText over UTF-8 bytes; the text is not copied and must outlive it.
class Utf8Text {
 public:
  explicit Utf8Text(std::string_view s) {
    UErrorCode status = U_ZERO_ERROR;
    ut_ = utext_openUTF8(nullptr, s.data(), static_cast<int64_t>(s.size()), &status);
    if (U_FAILURE(status)) ut_ = nullptr;
  }
  ~Utf8Text() { utext_close(ut_); }
  Utf8Text(const Utf8Text&) = delete;
  Utf8Text& operator=(const Utf8Text&) = delete;
  UText* get() const { return ut_; }

 private:
  UText* ut_ = nullptr;
};

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == 0xA0 || u_isUWhiteSpace(static_cast<UChar32>(c)); }
bool IsLetterOrDigit(char32_t c) { return c != 0 && u_isalnum(static_cast<UChar32>(c)); }

bool IsDash(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2212; }

// Decides whether a quote-like character opens, closes, or is an apostrophe, from the
// characters around it and whether a quote of its family is open.
TokenKind ClassifyQuote(char32_t c, char32_t prev, char32_t next, bool single_open, bool double_open, bool& open) {
  const bool space_before = prev == 0 || IsSpace(prev) || prev == '(' || prev == '[' || IsDash(prev) || prev == 0x201C || prev == '"';
  const bool space_after = next == 0 || IsSpace(next) || (!IsLetterOrDigit(next) && next != 0x2018 && next != 0x201C);
  switch (c) {
    case 0x201C: case 0x00AB: case 0x201E: open = true; return TokenKind::kQuote;   // “ « „
    case 0x201D: case 0x00BB: open = false; return TokenKind::kQuote;                // ” »
    case 0x2018:                                                                    // ‘
      if (u_isdigit(static_cast<UChar32>(next))) return TokenKind::kApostrophe;    // ‘90s
      open = true;
      return TokenKind::kQuote;
    case '"':
      if (space_before && !space_after) { open = true; return TokenKind::kQuote; }
      if (!space_before && space_after) { open = false; return TokenKind::kQuote; }
      open = !double_open;
      return TokenKind::kQuote;
    case '\'': case 0x2019:                                                         // ' ’
      if (space_before && !space_after) {
        if (u_isdigit(static_cast<UChar32>(next))) return TokenKind::kApostrophe;  // '90s
        open = true;
        return TokenKind::kQuote;
      }
      if (!space_before && single_open) { open = false; return TokenKind::kQuote; }
      return TokenKind::kApostrophe;  // companies' , rock 'n' roll
    default:
      return TokenKind::kPunct;
  }
}

// The last byte of a General Punctuation character encoded E2 80 xx at line[i] (‘ ’ “ ”
// – — …), or 0.
inline unsigned char GeneralPunctuationAt(std::string_view line, size_t i) {
  if (i + 2 >= line.size() || static_cast<unsigned char>(line[i]) != 0xE2 || static_cast<unsigned char>(line[i + 1]) != 0x80) return 0;
  return static_cast<unsigned char>(line[i + 2]);
}

// A Latin-1 Supplement or Latin Extended-A character after NBSP (U+00A1-U+017F: "é",
// "ł", "£", "«") or a currency sign (U+20A0-U+20BF: "€", "₹") at line[i], with its byte
// length; else 0. The fast segmenters take these by their Unicode break properties.
inline char32_t LatinOrCurrencyAt(std::string_view line, size_t i, size_t& len) {
  const auto b = [&](size_t k) { return k < line.size() ? static_cast<unsigned char>(line[k]) : 0; };
  const unsigned char c = b(i);
  if (c >= 0xC2 && c <= 0xC5 && (b(i + 1) & 0xC0) == 0x80) {
    const char32_t cp = static_cast<char32_t>((c & 0x1F) << 6 | (b(i + 1) & 0x3F));
    if (cp < 0xA1) return 0;
    len = 2;
    return cp;
  }
  if (c == 0xE2 && b(i + 1) == 0x82 && b(i + 2) >= 0xA0 && b(i + 2) <= 0xBF) {
    len = 3;
    return static_cast<char32_t>(0x2080 | (b(i + 2) & 0x3F));
  }
  return 0;
}

// The break class of the Latin letter or sign at line[i] (LatinOrCurrencyAt) by its ICU
// property `prop`, through `classes` (property value, class), with its byte length in
// `len`; `unsupported` for any other character and for the pictographs (© ®), which ICU's
// word rules join into emoji sequences.
template <typename Class, size_t N>
Class LatinBreakClassAt(std::string_view line, size_t i, size_t& len, UProperty prop,
                        const std::pair<int32_t, Class> (&classes)[N], Class unsupported) {
  size_t n = 0;
  const char32_t cp = LatinOrCurrencyAt(line, i, n);
  if (cp == 0 || u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_EXTENDED_PICTOGRAPHIC)) return unsupported;
  const int32_t value = u_getIntPropertyValue(static_cast<UChar32>(cp), prop);
  for (const auto& [v, cls] : classes) {
    if (v == value) {
      len = n;
      return cls;
    }
  }
  return unsupported;
}

// Character classes of the word-break rules, for the characters FastWordSegments takes.
enum class WbClass : uint8_t { kLetter, kDigit, kMidNumLet, kMidNum, kSpace, kOther, kUnsupported };

// Classes of the ASCII bytes.
constexpr std::array<WbClass, 128> kAsciiWbClass = [] {
  std::array<WbClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    WbClass k = WbClass::kOther;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) k = WbClass::kLetter;
    else if (c >= '0' && c <= '9') k = WbClass::kDigit;
    else if (c == '.' || c == '\'') k = WbClass::kMidNumLet;
    else if (c == ',' || c == ';') k = WbClass::kMidNum;
    else if (c == ' ') k = WbClass::kSpace;  // WSegSpace; a tab is Other
    else if (c == '_' || c == '@') k = WbClass::kUnsupported;  // ExtendNumLet; ICU joins "@user": left to ICU
    t[static_cast<size_t>(c)] = k;
  }
  return t;
}();

// The class of the character at line[i] and its byte length.
inline WbClass WbClassAt(std::string_view line, size_t i, size_t& len) {
  const auto c = static_cast<unsigned char>(line[i]);
  len = 1;
  if (c < 0x80) return kAsciiWbClass[c];
  // ‘ ’ join words like an apostrophe; – — “ ” … stand alone.
  switch (GeneralPunctuationAt(line, i)) {
    case 0x98: case 0x99: len = 3; return WbClass::kMidNumLet;
    case 0x93: case 0x94: case 0x9C: case 0x9D: case 0xA6: len = 3; return WbClass::kOther;
    default: break;
  }
  // Any other value (a soft hyphen is Format, a middle dot MidLetter): left to ICU.
  static constexpr std::pair<int32_t, WbClass> kLatin[] = {{U_WB_ALETTER, WbClass::kLetter}, {U_WB_OTHER, WbClass::kOther}};
  return LatinBreakClassAt(line, i, len, UCHAR_WORD_BREAK, kLatin, WbClass::kUnsupported);
}

}  // namespace

bool FastWordSegments(std::string_view line, std::vector<WordSegment>& out) {
  size_t len = 0;
  for (size_t i = 0; i < line.size(); i += len) {
    if (WbClassAt(line, i, len) == WbClass::kUnsupported) return false;
  }
  auto word = [](WbClass c) { return c == WbClass::kLetter || c == WbClass::kDigit; };
  size_t i = 0;
  while (i < line.size()) {
    WbClass c = WbClassAt(line, i, len);
    const size_t b = i;
    i += len;
    if (c == WbClass::kSpace) {  // WB3d: a run of spaces is one segment
      while (i < line.size() && WbClassAt(line, i, len) == WbClass::kSpace) i += len;
      out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(i), 0});
      continue;
    }
    if (!word(c)) {
      out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(i), 0});
      continue;
    }
    WbClass last = c;
    while (i < line.size()) {
      const WbClass n = WbClassAt(line, i, len);
      if (word(n)) {  // WB5, WB8, WB9, WB10
        last = n;
        i += len;
        continue;
      }
      if (n != WbClass::kMidNumLet && n != WbClass::kMidNum) break;
      // WB6/7: letter (.|') letter; WB11/12: digit (.|'|,|;) digit.
      const size_t k = i + len;
      if (k >= line.size()) break;
      size_t klen = 0;
      const WbClass after = WbClassAt(line, k, klen);
      const bool joins = after == last && (last == WbClass::kDigit || n == WbClass::kMidNumLet);
      if (!joins) break;
      i = k + klen;
    }
    out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(i), last == WbClass::kLetter ? UBRK_WORD_LETTER : UBRK_WORD_NUMBER});
  }
  return true;
}

namespace {

// Sentence-break classes (UAX #29) of the characters FastSentenceEnds takes.
enum class SbClass : uint8_t { kUpper, kLower, kNumeric, kATerm, kSTerm, kClose, kSContinue, kSp, kOther, kUnsupported };

constexpr std::array<SbClass, 128> kAsciiSbClass = [] {
  std::array<SbClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    SbClass k = SbClass::kOther;
    if (c >= 'A' && c <= 'Z') k = SbClass::kUpper;
    else if (c >= 'a' && c <= 'z') k = SbClass::kLower;
    else if (c >= '0' && c <= '9') k = SbClass::kNumeric;
    else if (c == '.') k = SbClass::kATerm;
    else if (c == '!' || c == '?') k = SbClass::kSTerm;
    else if (c == '"' || c == '\'' || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}') k = SbClass::kClose;
    else if (c == ',' || c == '-' || c == ':') k = SbClass::kSContinue;  // not ';' in ICU 72 (Unicode 15)
    else if (c == ' ' || c == '\t' || c == '\v' || c == '\f') k = SbClass::kSp;
    else if (c == '\n' || c == '\r') k = SbClass::kUnsupported;  // not inside a line
    t[static_cast<size_t>(c)] = k;
  }
  return t;
}();

// The class of the character at line[i] and its byte length.
inline SbClass SbClassAt(std::string_view line, size_t i, size_t& len) {
  const auto c = static_cast<unsigned char>(line[i]);
  len = 1;
  if (c < 0x80) return kAsciiSbClass[c];
  // ‘ ’ “ ” close, – — continue, … is other.
  switch (GeneralPunctuationAt(line, i)) {
    case 0x98: case 0x99: case 0x9C: case 0x9D: len = 3; return SbClass::kClose;
    case 0x93: case 0x94: len = 3; return SbClass::kSContinue;
    case 0xA6: len = 3; return SbClass::kOther;
    default: break;
  }
  // Any other value (OLetter, Sp, Format, ...): left to ICU.
  static constexpr std::pair<int32_t, SbClass> kLatin[] = {
      {U_SB_UPPER, SbClass::kUpper}, {U_SB_LOWER, SbClass::kLower}, {U_SB_CLOSE, SbClass::kClose}, {U_SB_OTHER, SbClass::kOther}};
  return LatinBreakClassAt(line, i, len, UCHAR_SENTENCE_BREAK, kLatin, SbClass::kUnsupported);
}

bool IsTerminal(SbClass c) { return c == SbClass::kATerm || c == SbClass::kSTerm; }

}  // namespace

bool FastSentenceEnds(std::string_view line, std::vector<uint32_t>& ends) {
  size_t len = 0;
  for (size_t i = 0; i < line.size(); i += len) {
    if (SbClassAt(line, i, len) == SbClass::kUnsupported) return false;
  }
  SbClass prev = SbClass::kOther;
  for (size_t i = 0; i < line.size();) {
    const SbClass c = SbClassAt(line, i, len);
    const size_t j = i + len;
    if (!IsTerminal(c)) {
      prev = c;
      i = j;
      continue;
    }
    size_t k = j, klen = 0;
    bool joins = false;
    if (c == SbClass::kATerm && j < line.size()) {
      const SbClass n = SbClassAt(line, j, klen);
      // SB6 "3.5", SB7 "U.S"
      joins = n == SbClass::kNumeric || ((prev == SbClass::kUpper || prev == SbClass::kLower) && n == SbClass::kUpper);
    }
    if (!joins) {
      while (k < line.size() && SbClassAt(line, k, klen) == SbClass::kClose) k += klen;  // SB9
      while (k < line.size() && SbClassAt(line, k, klen) == SbClass::kSp) k += klen;     // SB10
      if (k >= line.size()) break;  // the line's end ends the sentence
      const SbClass n = SbClassAt(line, k, klen);
      joins = n == SbClass::kSContinue || IsTerminal(n);  // SB8a
      if (!joins && c == SbClass::kATerm) {
        // SB8: no break when a lower-case letter comes before any other letter or terminal.
        size_t m = k, mlen = 0;
        SbClass x = SbClass::kOther;
        while (m < line.size()) {
          x = SbClassAt(line, m, mlen);
          if (x == SbClass::kUpper || x == SbClass::kLower || IsTerminal(x)) break;
          m += mlen;
        }
        joins = m < line.size() && x == SbClass::kLower;
      }
      if (!joins) ends.push_back(static_cast<uint32_t>(k));  // SB11
    }
    prev = c;
    i = j;
  }
  if (!line.empty()) ends.push_back(static_cast<uint32_t>(line.size()));
  return true;
}

Tokenizer::Tokenizer() : breakers_(std::make_unique<Breakers>()) {}
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;
Tokenizer::~Tokenizer() = default;

Result<Tokenizer> Tokenizer::Create(const Lexicons& lexicons) {
  Tokenizer t;
  UErrorCode status = U_ZERO_ERROR;
  t.breakers_->word = ubrk_open(UBRK_WORD, "en_US", nullptr, 0, &status);
  if (U_FAILURE(status)) return Status::Internal(std::string("ICU word break iterator: ") + u_errorName(status));
  t.breakers_->sentence = ubrk_open(UBRK_SENTENCE, "en_US", nullptr, 0, &status);
  if (U_FAILURE(status)) return Status::Internal(std::string("ICU sentence break iterator: ") + u_errorName(status));
  for (const LexiconRow& row : lexicons.Rows("abbreviations.tsv")) {
    const std::string_view cls = row.size() > 1 ? row[1] : "other";
    t.abbreviations_[std::string(row[0])] = cls == "title" ? AbbrevClass::kTitle : cls == "corp" ? AbbrevClass::kCorp : AbbrevClass::kOther;
  }
  for (const LexiconRow& row : lexicons.Rows("sentence_starters.txt")) t.starters_.insert(std::string(row[0]));
  return t;
}

Tokenizer::AbbrevClass Tokenizer::Abbreviation(std::string_view w) const {
  auto it = abbreviations_.find(std::string(w));
  return it == abbreviations_.end() ? AbbrevClass::kNone : it->second;
}

bool Tokenizer::IsSentenceStarter(std::string_view word) const { return starters_.count(std::string(word)) > 0; }

Layout Tokenizer::Split(std::string_view text) {
  Layout layout;
  // Paragraphs: non-empty lines, trimmed.
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    size_t b = pos, e = nl;
    while (b < e && IsSpace(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b) {
      const char32_t c = PreviousCodePoint(text, e);
      if (!IsSpace(c)) break;
      size_t k = e - 1;
      while (k > b && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
      e = k;
    }
    if (b < e) layout.paragraphs.push_back({{static_cast<uint32_t>(b), static_cast<uint32_t>(e)}, 0, 0, false});
    pos = nl + 1;
  }
  Words(text, layout);
  Sentences(text, layout);
  return layout;
}

void Tokenizer::IcuWordSegments(std::string_view line, std::vector<WordSegment>& out) {
  Utf8Text ut(line);
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator* bi = breakers_->word;
  ubrk_setUText(bi, ut.get(), &status);
  if (U_FAILURE(status)) return;
  int32_t start = ubrk_first(bi);
  for (int32_t end = ubrk_next(bi); end != UBRK_DONE; start = end, end = ubrk_next(bi)) {
    out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end), ubrk_getRuleStatus(bi)});
  }
  static const UChar kNothing[1] = {0};
  ubrk_setText(bi, kNothing, 0, &status);  // drop the pointer into `line`
}

void Tokenizer::Words(std::string_view text, Layout& layout) {
  std::vector<Token>& tokens = layout.tokens;
  tokens.reserve(text.size() / 5);
  bool single_open = false, double_open = false;
  std::vector<WordSegment> segments;
  // Lines are segmented one by one: a line break always breaks words.
  for (const Paragraph& para : layout.paragraphs) {
    single_open = false;  // single quotes do not span paragraphs
    const std::string_view line = para.span.In(text);
    segments.clear();
    if (!FastWordSegments(line, segments)) IcuWordSegments(line, segments);
    uint32_t skip_to = 0;  // a segment already taken into the previous token
    for (const WordSegment& seg : segments) {
      const uint32_t b = para.span.begin + seg.begin, e = para.span.begin + seg.end;
      if (b < skip_to) continue;
      size_t i = b;
      const char32_t c = DecodeUtf8(text, i);
      if (IsSpace(c)) continue;
      const int32_t rule = seg.status;
      Token t;
      t.span = {b, e};
      if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) {
        t.kind = TokenKind::kNumber;
      } else if (rule >= UBRK_WORD_LETTER || IsLetterOrDigit(c)) {
        t.kind = TokenKind::kWord;
        t.capitalized = u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
        // Join hyphenated compounds written without spaces: co-founder, text-to-video.
        if (!tokens.empty() && tokens.back().kind == TokenKind::kDash && tokens.back().span.end == b &&
            tokens.back().span.size() == 1 && tokens.size() >= 2 &&
            (tokens[tokens.size() - 2].kind == TokenKind::kWord || tokens[tokens.size() - 2].kind == TokenKind::kNumber) &&
            tokens[tokens.size() - 2].span.end == tokens.back().span.begin) {
          tokens.pop_back();
          tokens.back().span.end = e;
          tokens.back().kind = TokenKind::kWord;  // "24-year-old", "co-founder"
          continue;
        }
      } else if (c == 0x2026) {
        t.kind = TokenKind::kEllipsis;
      } else if (c == '.' && e - b == 1 && tokens.size() >= 2 && tokens.back().kind == TokenKind::kPunct &&
                 tokens.back().span.end == b && text[b - 1] == '.' && tokens[tokens.size() - 2].kind == TokenKind::kPunct &&
                 tokens[tokens.size() - 2].span.end == b - 1 && text[b - 2] == '.') {
        tokens.pop_back();
        tokens.back().span.end = e;
        tokens.back().kind = TokenKind::kEllipsis;
        continue;
      } else if (IsDash(c)) {
        t.kind = TokenKind::kDash;
      } else if ((c == '\'' || c == '`') && e == b + 1 && e < para.span.end && text[e] == static_cast<char>(c)) {
        // Two apostrophes or two backticks are a double quote mark in wire and archive
        // text: ''Yes,'' he said; ``Yes,'' he said. The pair is one token.
        const char32_t prev = PreviousCodePoint(text, b);
        size_t k = e + 1;
        const char32_t next = k < text.size() ? DecodeUtf8(text, k) : 0;
        bool open = c == '`';
        if (c == '\'') {
          ClassifyQuote('"', prev, next, single_open, double_open, open);
        }
        t.kind = TokenKind::kQuote;
        t.open = open;
        t.span.end = e + 1;
        double_open = open;
        skip_to = e + 1;
      } else {
        const char32_t prev = PreviousCodePoint(text, b);
        size_t k = e;
        const char32_t next = k < text.size() ? DecodeUtf8(text, k) : 0;
        bool open = false;
        t.kind = ClassifyQuote(c, prev, next, single_open, double_open, open);
        if (t.kind == TokenKind::kQuote) {
          t.open = open;
          const bool is_single = c == '\'' || c == 0x2018 || c == 0x2019;
          (is_single ? single_open : double_open) = open;
        }
      }
      tokens.push_back(t);
    }
  }
}

bool Tokenizer::ShouldJoin(std::string_view text, Span left, Span right) const {
  // The last word of `left`, with its period.
  std::string_view l = left.In(text);
  if (l.empty() || l.back() != '.') return false;
  size_t k = l.size() - 1;
  while (k > 0 && !IsSpace(static_cast<unsigned char>(l[k - 1])) && l[k - 1] != '(' && l[k - 1] != '"') --k;
  const std::string_view word = l.substr(k);
  const AbbrevClass cls = Abbreviation(word);
  if (cls == AbbrevClass::kNone) {
    // A lone initial ("John F. Kennedy") does not end a sentence either.
    if (!(word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z')) return false;
  }
  if (cls == AbbrevClass::kTitle) return true;
  // The first word of `right`.
  std::string_view r = right.In(text);
  size_t n = 0;
  while (n < r.size() && !IsSpace(static_cast<unsigned char>(r[n])) && r[n] != ',' && r[n] != '.') ++n;
  const std::string_view next = r.substr(0, n);
  if (next.empty()) return true;
  const auto first = static_cast<unsigned char>(next[0]);
  if (first >= '0' && first <= '9') return true;   // No. 5, Jan. 15
  if (first >= 'a' && first <= 'z') return true;   // Co. and
  return !IsSentenceStarter(next);
}

void Tokenizer::IcuSentenceEnds(std::string_view line, std::vector<uint32_t>& ends) {
  Utf8Text ut(line);
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator* bi = breakers_->sentence;
  ubrk_setUText(bi, ut.get(), &status);
  if (U_FAILURE(status)) return;
  ubrk_first(bi);
  for (int32_t end = ubrk_next(bi); end != UBRK_DONE; end = ubrk_next(bi)) ends.push_back(static_cast<uint32_t>(end));
  static const UChar kNothing[1] = {0};
  ubrk_setText(bi, kNothing, 0, &status);  // drop the pointer into `line`
}

void Tokenizer::Sentences(std::string_view text, Layout& layout) {  // also marks title case
  std::vector<Sentence>& out = layout.sentences;
  std::vector<uint32_t> ends;
  // Lines are segmented one by one: a line break always ends a sentence.
  for (uint32_t para = 0; para < layout.paragraphs.size(); ++para) {
    const Span p = layout.paragraphs[para].span;
    const std::string_view line = p.In(text);
    ends.clear();
    if (!FastSentenceEnds(line, ends)) IcuSentenceEnds(line, ends);
    uint32_t b = p.begin;
    for (const uint32_t end : ends) {
      const uint32_t start = b;
      uint32_t e = p.begin + end;
      b = e;
      while (e > start && IsSpace(static_cast<unsigned char>(text[e - 1]))) --e;
      if (start >= e) continue;
      const Span s{start, e};
      if (!out.empty() && out.back().paragraph == para && ShouldJoin(text, out.back().span, s)) {
        out.back().span.end = e;
        continue;
      }
      out.push_back({s, 0, 0, para});
    }
  }
  // Tokens and paragraphs learn their sentences.
  size_t t = 0;
  for (uint32_t i = 0; i < out.size(); ++i) {
    Sentence& s = out[i];
    while (t < layout.tokens.size() && layout.tokens[t].span.begin < s.span.begin) ++t;
    s.first_token = static_cast<uint32_t>(t);
    while (t < layout.tokens.size() && layout.tokens[t].span.begin < s.span.end) ++t;
    s.last_token = static_cast<uint32_t>(t);
    for (uint32_t k = s.first_token; k < s.last_token; ++k) {
      if (layout.tokens[k].kind == TokenKind::kQuote || layout.tokens[k].kind == TokenKind::kPunct) continue;
      layout.tokens[k].sentence_initial = true;
      break;
    }
  }
  size_t s = 0;
  for (Paragraph& p : layout.paragraphs) {
    while (s < out.size() && out[s].span.begin < p.span.begin) ++s;
    p.first_sentence = static_cast<uint32_t>(s);
    while (s < out.size() && out[s].span.begin < p.span.end) ++s;
    p.last_sentence = static_cast<uint32_t>(s);
    // Title case: three or more longer words, three in four of them capitalized.
    if (p.first_sentence < p.last_sentence) {
      int longer = 0, capital = 0, lower = 0;
      for (uint32_t k = out[p.first_sentence].first_token; k < out[p.last_sentence - 1].last_token; ++k) {
        const Token& tk = layout.tokens[k];
        if (tk.kind != TokenKind::kWord) continue;
        // Lower-case words that title case leaves so: "Plan for the Town, and Its Critics".
        const std::string_view w = tk.span.In(text);
        if (!tk.capitalized && w.size() >= 3 && w != "the" && w != "and" && w != "for" && w != "but" && w != "nor" &&
            w != "with" && w != "from" && w != "into" && w != "over" && w != "than" && w != "via") {
          ++lower;
        }
        if (tk.span.size() <= 3) continue;
        ++longer;
        capital += tk.capitalized;
      }
      const char last = text[p.span.end - 1];
      const bool ends_sentence = last == '.' || last == '?' || last == '!' || last == '"' ||
                                 text.substr(p.span.end - std::min<uint32_t>(3, p.span.size()), 3) == "\xE2\x80\x9D";
      // A headline is a short line; one that ends with a full stop must be one sentence
      // with capitals on every word but the short ones ("Plan Is Dead, Lee Says.").
      const bool one_sentence = p.last_sentence - p.first_sentence == 1;
      p.title_case = p.span.size() <= kMaxHeadlineBytes && longer >= 3 &&
                     (ends_sentence ? one_sentence && lower == 0 : capital * 4 >= longer * 3);
    }
  }
}

}  // namespace hearsay
