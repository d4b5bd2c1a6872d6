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

// Inflates the member that starts at bytes[pos] onto `out`; `end` is set past it.
Status InflateMember(std::string_view bytes, size_t pos, uint64_t max_bytes, std::string& out, size_t& end) {
  z_stream z{};
  if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) return Status::Internal("zlib: inflateInit2 failed");
  InflateGuard guard(&z);
  z.next_in = reinterpret_cast<const Bytef*>(bytes.data() + pos);
  z.avail_in = static_cast<uInt>(bytes.size() - pos);
  char buf[1 << 16];
  while (true) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    const int rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
    if (out.size() > max_bytes) return Status::InvalidInput(fmt::format("inflates to more than {} MiB", max_bytes >> 20));
    if (rc == Z_STREAM_END) {
      end = bytes.size() - z.avail_in;
      return Status::Ok();
    }
    if (rc == Z_OK) continue;
    if (rc == Z_BUF_ERROR && z.avail_in == 0) return Status::Corrupt(fmt::format("truncated gzip member at offset {}", pos));
    return Status::Corrupt(fmt::format("corrupt gzip member at offset {}: {}", pos, z.msg ? z.msg : "inflate failed"));
  }
}

}  // namespace

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1F && static_cast<unsigned char>(bytes[1]) == 0x8B;
}

Result<std::string> Gunzip(std::string_view bytes, uint64_t max_bytes) {
  std::string out;
  for (size_t pos = 0; pos < bytes.size() && IsGzip(bytes.substr(pos));) {  // trailing bytes that are no member: ignored
    size_t end = pos;
    if (Status s = InflateMember(bytes, pos, max_bytes, out, end); !s.ok()) return s;
    pos = end;
  }
  return out;
}

std::string GunzipLenient(std::string_view bytes, std::vector<GunzipProblem>& problems, uint64_t max_bytes) {
  std::string out;
  size_t pos = 0;
  while (pos < bytes.size()) {
    if (!IsGzip(bytes.substr(pos))) {
      problems.push_back({pos, Status::Corrupt(fmt::format("{} bytes at offset {} are no gzip member", bytes.size() - pos, pos))});
      break;
    }
    size_t end = pos;
    const size_t before = out.size();
    if (Status s = InflateMember(bytes, pos, max_bytes, out, end); !s.ok()) {
      problems.push_back({pos, s});
      out.resize(before);  // half a member is no record
      if (s.code() != Status::Code::kCorrupt) break;
      // Go on at the next member: the next gzip magic and deflate method byte.
      const size_t next = bytes.find("\x1F\x8B\x08", pos + 1);
      if (next == std::string_view::npos) break;
      pos = next;
      continue;
    }
    pos = end;
  }
  return out;
}

}  // namespace hearsay
