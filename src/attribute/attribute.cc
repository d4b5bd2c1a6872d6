#include "attribute/attribute.h"

namespace hearsay {

Attributor::Attributor(const Lexicons&) {}
void Attributor::Run(std::string_view, const Layout&, Items&) const {}
const Cue* Attributor::FindCue(std::string_view) const { return nullptr; }

}  // namespace hearsay
