// Hash and equality that let unordered containers keyed by std::string be searched with a
// std::string_view (C++20 heterogeneous lookup), so hot paths look words up without
// building a std::string for every token.
#ifndef HEARSAY_BASE_HASH_H_
#define HEARSAY_BASE_HASH_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace hearsay {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return XXH3_64bits(s.data(), s.size()); }
};

using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

}  // namespace hearsay

#endif  // HEARSAY_BASE_HASH_H_
