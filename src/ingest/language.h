// Is a document English? A cheap test: the share of its words that are the commonest
// English function words ("the", "of", "and", "said" ...), counted in lines of six words or
// more (lists of names say little), is about 40% in English news and under 10% in other
// languages written in Latin letters; text mostly in other scripts is not English. Reads
// at most the first 2,000 words. No state; thread-safe.
#ifndef HEARSAY_INGEST_LANGUAGE_H_
#define HEARSAY_INGEST_LANGUAGE_H_

#include <string_view>

namespace hearsay {

struct LanguageGuess {
  bool english = true;
  double share = 0;   // English function words / words read
  size_t words = 0;   // words read
};

// Texts of fewer than 20 words in Latin letters are taken as English (too short to tell).
LanguageGuess GuessEnglish(std::string_view text);

}  // namespace hearsay

#endif  // HEARSAY_INGEST_LANGUAGE_H_
