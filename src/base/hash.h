// Hashing of strings for the lexicons.
//
// StringMap and StringSet: unordered containers keyed by std::string that can be searched
// with a std::string_view (C++20 heterogeneous lookup), for building and for the few
// tables that change while running.
//
// FrozenStringMap and FrozenStringSet: the read-only form the recognizers look words up
// in, once or more per token. Open addressing over one array of 16-byte slots that keep
// each key's hash and length, so a miss (most lookups) reads one slot and no string.
#ifndef HEARSAY_BASE_HASH_H_
#define HEARSAY_BASE_HASH_H_

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace hearsay {

inline uint64_t HashString(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return HashString(s); }
};

using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

// Filled like a StringMap (operator[], insert), then Freeze() builds the table; lookups
// come after Freeze().
template <typename V>
class FrozenStringMap {
 public:
  V& operator[](std::string_view key) { return building_[std::string(key)]; }
  StringMap<V>& building() { return building_; }
  void Freeze() {
    entries_.clear();
    entries_.reserve(building_.size());
    while (!building_.empty()) {
      auto node = building_.extract(building_.begin());
      entries_.emplace_back(std::move(node.key()), std::move(node.mapped()));
    }
    slots_.assign(std::bit_ceil(std::max<size_t>(1, entries_.size() * 2)), Slot{});  // at most half full
    mask_ = slots_.size() - 1;
    for (size_t n = 0; n < entries_.size(); ++n) {
      const uint64_t h = HashString(entries_[n].first);
      size_t i = h & mask_;
      while (slots_[i].size != kEmpty) i = (i + 1) & mask_;
      slots_[i] = {h, static_cast<uint32_t>(n), static_cast<uint32_t>(entries_[n].first.size())};
    }
  }

  // The value of `key`, or nullptr.
  const V* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const uint64_t h = HashString(key);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.size == kEmpty) return nullptr;
      if (s.hash == h && s.size == key.size()) {
        const std::pair<std::string, V>& e = entries_[s.index];
        if (std::memcmp(e.first.data(), key.data(), key.size()) == 0) return &e.second;
      }
    }
  }
  size_t count(std::string_view key) const { return Find(key) ? 1 : 0; }
  size_t size() const { return entries_.size(); }
  // Every (key, value), in the order of the StringMap it was built in.
  const std::vector<std::pair<std::string, V>>& entries() const { return entries_; }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;  // no key is 4 GiB long
  struct Slot {
    uint64_t hash = 0;
    uint32_t index = 0;
    uint32_t size = kEmpty;
  };
  StringMap<V> building_;
  std::vector<std::pair<std::string, V>> entries_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

// A FrozenStringMap for a small value read for every token (a word's class bits): the
// slot holds the value itself and no key is compared, only the key's 64-bit hash and
// length, so a lookup reads one 16-byte slot and no string. Two words of one length
// whose hashes are equal would share a value; with XXH3 over a few tens of thousands of
// words the chance is about 1e-11 for the whole table, which buys one cache miss a token
// instead of two. Filled like a StringMap, then Freeze().
class FrozenHashedMap32 {
 public:
  uint32_t& operator[](std::string_view key) {
    auto it = building_.find(key);
    return it != building_.end() ? it->second : building_[std::string(key)];
  }
  void Freeze() {
    slots_.assign(std::bit_ceil(std::max<size_t>(1, building_.size() * 2)), Slot{});
    mask_ = slots_.size() - 1;
    for (const auto& [key, value] : building_) {
      const uint64_t h = HashString(key);
      size_t i = h & mask_;
      while (slots_[i].size != kEmpty) i = (i + 1) & mask_;
      slots_[i] = {h, value, static_cast<uint32_t>(key.size())};
    }
    building_.clear();
  }
  // The value of `key`, or nullptr.
  const uint32_t* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const uint64_t h = HashString(key);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.size == kEmpty) return nullptr;
      if (s.hash == h && s.size == key.size()) return &s.value;
    }
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint64_t hash = 0;
    uint32_t value = 0;
    uint32_t size = kEmpty;
  };
  StringMap<uint32_t> building_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

class FrozenStringSet : public FrozenStringMap<bool> {
 public:
  void insert(std::string_view key) { (*this)[key] = true; }
};

}  // namespace hearsay

#endif  // HEARSAY_BASE_HASH_H_
