#include "hearsay/items.h"
#include "hearsay/status.h"

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

}  // namespace hearsay
