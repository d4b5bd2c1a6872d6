// gzip: inflates a whole .gz file, every member of a multi-member stream (as `cat a.gz
// b.gz` makes, and as WARC files are written: one member per record). zlib. Thread-safe.
#ifndef HEARSAY_INGEST_GZIP_H_
#define HEARSAY_INGEST_GZIP_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "hearsay/status.h"

namespace hearsay {

// True when `bytes` starts with the gzip magic number.
bool IsGzip(std::string_view bytes);

// Inflates every member. Errors name the member's offset in the file: a corrupt or
// truncated member, or more than `max_bytes` of output (offsets are 32-bit).
Result<std::string> Gunzip(std::string_view bytes, uint64_t max_bytes = uint64_t{1} << 30);

// A member that could not be inflated: where it starts and why.
struct GunzipProblem {
  size_t offset;
  Status status;
};

// Inflates member by member; a member that fails is left out and reported, and reading
// goes on at the next gzip header after it (a WARC's records are one member each).
std::string GunzipLenient(std::string_view bytes, std::vector<GunzipProblem>& problems,
                          uint64_t max_bytes = uint64_t{1} << 30);

}  // namespace hearsay

#endif  // HEARSAY_INGEST_GZIP_H_
