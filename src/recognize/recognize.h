// Recognizers: people, organisations, figures and dates in the article text, with RE2
// patterns in code and lexicons from data/. Each recognizer is immutable once built and
// thread-safe (RE2 objects and lexicon tables are only read).
//
//   Result<Recognizers> rec = Recognizers::Create(lexicons, grammar);
//   Items items;
//   rec->Run(doc.text, layout, meta, items);   // fills people, orgs, figures, dates
#ifndef HEARSAY_RECOGNIZE_RECOGNIZE_H_
#define HEARSAY_RECOGNIZE_RECOGNIZE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/lexicon.h"
#include "hearsay/items.h"
#include "hearsay/status.h"
#include "hearsay/text.h"

namespace hearsay {

class FigureRecognizer;
class DateRecognizer;
class OrgRecognizer;
class PersonRecognizer;
class NameLexicon;
class Grammar;

class Recognizers {
 public:
  // `grammar` must outlive the recognizers.
  static Result<Recognizers> Create(const Lexicons& lexicons, const Grammar& grammar);
  Recognizers(Recognizers&&) noexcept;
  Recognizers& operator=(Recognizers&&) noexcept;
  ~Recognizers();

  // Reads title, byline and publication date from the first lines; `reference_date`
  // (YYYY-MM-DD, may be "") is used when the text states no date of its own.
  Metadata ReadMetadata(std::string_view text, const Layout& layout, const std::string& reference_date) const;
  // Fills items.people, orgs, figures and dates, sorted by span. Boilerplate is skipped.
  void Run(std::string_view text, const Layout& layout, const Metadata& meta, Items& items) const;

  const FigureRecognizer& figures() const { return *figures_; }
  const DateRecognizer& dates() const { return *dates_; }
  const OrgRecognizer& orgs() const { return *orgs_; }
  const PersonRecognizer& people() const { return *people_; }
  const NameLexicon& names() const { return *names_; }

 private:
  Recognizers() = default;
  std::unique_ptr<NameLexicon> names_;  // before the recognizers that refer to it
  std::unique_ptr<FigureRecognizer> figures_;
  std::unique_ptr<DateRecognizer> dates_;
  std::unique_ptr<OrgRecognizer> orgs_;
  std::unique_ptr<PersonRecognizer> people_;
};

}  // namespace hearsay

#endif  // HEARSAY_RECOGNIZE_RECOGNIZE_H_
