#include "ingest/gzip.h"

#define ZLIB_CONST
#include <zlib.h>

#include <fmt/format.h>

namespace hearsay {
namespace {

// Ends an inflate stream that inflateInit2 set up.
class InflateGuard {
 public:
  explicit InflateGuard(z_stream* z) : z_(z) {}
  InflateGuard(const InflateGuard&) = delete;
  InflateGuard& operator=(const InflateGuard&) = delete;
  ~InflateGuard() { inflateEnd(z_); }

 private:
  z_stream* z_;
};

}  // namespace

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1F && static_cast<unsigned char>(bytes[1]) == 0x8B;
}

Result<std::string> Gunzip(std::string_view bytes, uint64_t max_bytes) {
  z_stream stream{};
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) return Status::Internal("zlib: inflateInit2 failed");
  InflateGuard guard(&stream);
  z_stream* z = &stream;
  std::string out;
  char buf[1 << 16];
  size_t pos = 0;  // start of the current member
  z->next_in = reinterpret_cast<const Bytef*>(bytes.data());
  z->avail_in = static_cast<uInt>(bytes.size());
  while (true) {
    z->next_out = reinterpret_cast<Bytef*>(buf);
    z->avail_out = sizeof buf;
    const int rc = inflate(z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z->avail_out);
    if (out.size() > max_bytes) return Status::InvalidInput(fmt::format("inflates to more than {} MiB", max_bytes >> 20));
    if (rc == Z_STREAM_END) {
      const size_t consumed = bytes.size() - z->avail_in;
      if (z->avail_in == 0 || !IsGzip(bytes.substr(consumed))) return out;  // trailing bytes that are no member: ignored
      pos = consumed;
      inflateReset(z);
      continue;
    }
    if (rc == Z_OK) continue;
    if (rc == Z_BUF_ERROR && z->avail_in == 0) {
      return Status::Corrupt(fmt::format("truncated gzip member at offset {}", pos));
    }
    return Status::Corrupt(fmt::format("corrupt gzip member at offset {}: {}", pos, z->msg ? z->msg : "inflate failed"));
  }
}

}  // namespace hearsay
