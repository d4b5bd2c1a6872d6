// Dates: absolute ("May 28, 2024", "28 May 2024", "2024-05-28", "05/28/2024" only where
// unambiguous), partial ("May 2024", "in March", "last August"), years ("until 2030"),
// weekdays and relative dates ("on Tuesday", "last month", "three years ago"), decades
// and year ranges, resolved against a reference date (the article's own date, else
// --reference-date). Without one, "in March" is XXXX-03 and "last month" is unresolved.
// Immutable; thread-safe (RE2 is).
#ifndef HEARSAY_RECOGNIZE_DATES_H_
#define HEARSAY_RECOGNIZE_DATES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "hearsay/items.h"

namespace hearsay {

// A calendar date; y == 0 means none.
struct CivilDate {
  int y = 0, m = 0, d = 0;
  bool ok() const { return y > 0; }
  static CivilDate Parse(std::string_view iso);  // "2024-05-28..." or none
};

class DateRecognizer {
 public:
  DateRecognizer();
  ~DateRecognizer();
  DateRecognizer(const DateRecognizer&) = delete;
  DateRecognizer& operator=(const DateRecognizer&) = delete;

  // Appends the dates found in `span` of `text`, resolved against `reference`.
  void Find(std::string_view text, Span span, CivilDate reference, std::vector<DateMention>& out) const;
  std::vector<DateMention> FindAll(std::string_view text, std::string_view reference = "") const;
  // True when the pattern compiled (checked by a test).
  bool ok() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hearsay

#endif  // HEARSAY_RECOGNIZE_DATES_H_
