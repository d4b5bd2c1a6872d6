#include "hearsay/items.h"
#include "hearsay/status.h"

#include <iterator>

namespace hearsay {

const char* ItemKindName(ItemKind kind) {
  switch (kind) {
    case ItemKind::kClaim: return "claim";
    case ItemKind::kPerson: return "person";
    case ItemKind::kOrg: return "org";
    case ItemKind::kFigure: return "figure";
    case ItemKind::kDate: return "date";
  }
  return "?";
}

const char* SpeakerTypeName(SpeakerType type) {
  switch (type) {
    case SpeakerType::kPerson: return "person";
    case SpeakerType::kOrg: return "org";
    case SpeakerType::kGroup: return "group";
    case SpeakerType::kUnknown: return "unknown";
  }
  return "unknown";
}

namespace {
constexpr const char* kAttributionNames[] = {"statement", "belief", "intention", "directive", "evaluation", "evidence"};
}  // namespace

const char* AttributionName(Attribution a) {
  const auto i = static_cast<size_t>(a);
  return i < std::size(kAttributionNames) ? kAttributionNames[i] : "statement";
}

std::optional<Attribution> ParseAttribution(std::string_view name) {
  for (size_t i = 0; i < std::size(kAttributionNames); ++i) {
    if (name == kAttributionNames[i]) return static_cast<Attribution>(i);
  }
  return std::nullopt;
}

}  // namespace hearsay
