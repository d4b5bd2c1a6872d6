#include "recognize/recognize.h"

namespace hearsay {

class FigureRecognizer {};
class DateRecognizer {};
class OrgRecognizer {};
class PersonRecognizer {};

Recognizers::Recognizers(Recognizers&&) noexcept = default;
Recognizers& Recognizers::operator=(Recognizers&&) noexcept = default;
Recognizers::~Recognizers() = default;

Result<Recognizers> Recognizers::Create(const Lexicons&) { return Recognizers(); }

Metadata Recognizers::ReadMetadata(std::string_view, const Layout& layout, const std::string& reference_date) const {
  Metadata m;
  if (!layout.paragraphs.empty()) m.title = layout.paragraphs[0].span;
  m.reference = reference_date;
  return m;
}

void Recognizers::Run(std::string_view, const Layout&, const Metadata&, Items&) const {}

}  // namespace hearsay
