#include <algorithm>

#include "hearsay/document.h"

namespace hearsay {

void OffsetMap::Add(uint32_t norm, uint32_t orig) {
  const uint32_t predicted = anchors_.empty() ? norm : anchors_.back().orig + (norm - anchors_.back().norm);
  if (predicted == orig) return;  // the current shift already says so
  if (!anchors_.empty() && anchors_.back().norm == norm) {
    anchors_.back().orig = orig;
    return;
  }
  anchors_.push_back({norm, orig});
}

uint32_t OffsetMap::ToOriginal(uint32_t norm) const {
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), norm,
                             [](uint32_t v, const Anchor& a) { return v < a.norm; });
  if (it == anchors_.begin()) return norm;
  --it;
  return it->orig + (norm - it->norm);
}

void OffsetMap::AddShifted(const OffsetMap& earlier, uint32_t src, uint32_t src_end, uint32_t dest) {
  auto it = std::upper_bound(earlier.anchors_.begin(), earlier.anchors_.end(), src,
                             [](uint32_t v, const Anchor& a) { return v < a.norm; });
  for (; it != earlier.anchors_.end() && it->norm < src_end; ++it) Add(dest + (it->norm - src), it->orig);
}

}  // namespace hearsay
