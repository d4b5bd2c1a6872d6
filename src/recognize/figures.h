// Figures: percentages, money (ISO 4217, full value), multipliers, ranges, durations,
// measures (data/units.tsv) and counts of a noun, with qualifiers ("about", "up to").
// Not figures: product and model codes (A100, Ascend 910B, 5G), years, times, phone
// numbers, bare numbers with nothing counted. Immutable; thread-safe.
//
//   FigureRecognizer figures(lexicons);
//   for (const FigureMention& f : figures.FindAll("HK$4.35 billion ($840 million)")) ...
#ifndef HEARSAY_RECOGNIZE_FIGURES_H_
#define HEARSAY_RECOGNIZE_FIGURES_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/hash.h"
#include "base/lexicon.h"
#include "hearsay/items.h"

namespace hearsay {

// Which currency an ambiguous symbol means in one document.
struct CurrencyContext {
  std::string dollar = "USD";  // a bare "$"
  std::string yen = "JPY";     // a bare "¥"
};

class FigureRecognizer {
 public:
  explicit FigureRecognizer(const Lexicons& lexicons);

  // What a bare $ and ¥ mean in `doc_text`: another dollar when the text names one and no
  // US dollar; yuan when the text speaks of yuan or renminbi.
  CurrencyContext Context(std::string_view doc_text) const;
  // Appends the figures found in `span` of `text`, skipping any that overlap `taken`
  // (sorted spans already claimed by dates).
  void Find(std::string_view text, Span span, const CurrencyContext& ctx, const std::vector<Span>& taken,
            std::vector<FigureMention>& out) const;
  // All figures in a standalone text (tests, fuzzers).
  std::vector<FigureMention> FindAll(std::string_view text) const;

 private:
  struct Surface {
    std::string text;
    std::string unit;  // ISO code or unit name
  };
  // Surfaces bucketed by first byte, longest first within a bucket: a lookup compares
  // only the few surfaces that can start at a position.
  struct SurfaceIndex {
    std::vector<Surface> by_byte[256];
    void Add(Surface s) { by_byte[static_cast<unsigned char>(s.text[0])].push_back(std::move(s)); }
    void Sort();
    const std::vector<Surface>& At(char c) const { return by_byte[static_cast<unsigned char>(c)]; }
  };
  struct Parsed;
  bool ParseAt(std::string_view text, size_t pos, size_t limit, const CurrencyContext& ctx, Parsed& out) const;
  size_t MatchPrefix(std::string_view text, size_t pos, size_t limit, const CurrencyContext& ctx, std::string& code) const;
  size_t MatchList(const SurfaceIndex& list, std::string_view text, size_t pos, size_t limit, std::string& unit) const;
  double MatchScale(std::string_view text, size_t pos, size_t limit, bool attached, size_t& end) const;

  SurfaceIndex prefixes_;         // currency symbols before the number
  SurfaceIndex suffix_currency_;  // currency names after the number
  SurfaceIndex units_;            // measure and duration surfaces
  FrozenStringMap<double> scales_;
  FrozenStringSet count_stop_;  // words after a number that are not counted nouns
};

}  // namespace hearsay

#endif  // HEARSAY_RECOGNIZE_FIGURES_H_
