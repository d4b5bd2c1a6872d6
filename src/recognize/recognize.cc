#include "recognize/recognize.h"

#include <algorithm>

#include "recognize/dates.h"
#include "recognize/figures.h"
#include "recognize/names.h"
#include "recognize/orgs.h"
#include "recognize/people.h"
#include "text/layout.h"

namespace hearsay {

Recognizers::Recognizers(Recognizers&&) noexcept = default;
Recognizers& Recognizers::operator=(Recognizers&&) noexcept = default;
Recognizers::~Recognizers() = default;

Result<Recognizers> Recognizers::Create(const Lexicons& lexicons, const Grammar& grammar) {
  Recognizers r;
  r.names_ = std::make_unique<NameLexicon>(lexicons);
  r.figures_ = std::make_unique<FigureRecognizer>(lexicons);
  r.dates_ = std::make_unique<DateRecognizer>();
  if (!r.dates_->ok()) return Status::Internal("date pattern did not compile");
  r.orgs_ = std::make_unique<OrgRecognizer>(lexicons, *r.names_);
  r.people_ = std::make_unique<PersonRecognizer>(*r.names_, grammar);
  return r;
}

Metadata Recognizers::ReadMetadata(std::string_view text, const Layout& layout, const std::string& reference_date) const {
  Metadata m;
  if (!layout.paragraphs.empty()) m.title = layout.paragraphs[0].span;
  // The header: the lines before the first paragraph of running text.
  const size_t header = std::min<size_t>(layout.paragraphs.size(), 8);
  for (size_t i = 1; i < header; ++i) {
    const Span s = layout.paragraphs[i].span;
    const std::string_view line = s.In(text);
    if (WordCount(line, 17) > 16) break;
    if (m.byline.empty() && line.size() > 3 && (line.substr(0, 3) == "By " || line.substr(0, 3) == "by ") && WordCount(line, 9) <= 8) {
      m.byline = std::string(line.substr(3));
      continue;
    }
    if (m.published.empty()) {
      std::vector<DateMention> found;
      dates_->Find(text, s, CivilDate{}, found);
      for (const DateMention& d : found) {
        if (d.value.size() >= 10 && d.value[0] != 'X') {
          m.published = d.value;
          m.published_span = d.span;
          break;
        }
      }
    }
  }
  m.reference = m.published.empty() ? reference_date : m.published.substr(0, 10);
  return m;
}

void Recognizers::Run(std::string_view text, const Layout& layout, const Metadata& meta, Items& items) const {
  const CivilDate ref = CivilDate::Parse(meta.reference);
  const CurrencyContext ctx = figures_->Context(text);
  std::vector<Span> taken;
  for (const Paragraph& p : layout.paragraphs) {
    if (p.boilerplate) continue;
    const size_t first = items.dates.size();
    dates_->Find(text, p.span, ref, items.dates);
    taken.clear();
    for (size_t i = first; i < items.dates.size(); ++i) taken.push_back(items.dates[i].span);
    figures_->Find(text, p.span, ctx, taken, items.figures);
  }
  orgs_->Find(text, layout, items.orgs);
  people_->Find(text, layout, items.orgs, items.people);
  auto by_span = [](const auto& a, const auto& b) { return a.span < b.span; };
  std::sort(items.people.begin(), items.people.end(), by_span);
  std::sort(items.orgs.begin(), items.orgs.end(), by_span);
}

}  // namespace hearsay
