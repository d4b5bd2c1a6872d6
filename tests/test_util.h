// Helpers for tests: temporary folders, running the built binary, reading files.
#ifndef HEARSAY_TESTS_TEST_UTIL_H_
#define HEARSAY_TESTS_TEST_UTIL_H_

#include <string>
#include <vector>

namespace hearsay {
class Extractor;
}

namespace hearsay::testing {

// The extraction pipeline over the embedded lexicons, built once per test binary (tests
// run one at a time within a binary, so sharing it is safe).
Extractor& SharedExtractor();

// A fresh folder under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string Write(const std::string& name, const std::string& contents) const;  // returns the full path

 private:
  std::string path_;
};

struct RunResult {
  int exit_code = -1;
  std::string out, err;
};
// Runs `args` (argv[0] is the program) with optional stdin text and extra environment
// ("K=V"), in `cwd` when given. Captures stdout and stderr.
RunResult Run(const std::vector<std::string>& args, const std::string& stdin_text = "",
              const std::vector<std::string>& env = {}, const std::string& cwd = "");
// Runs the built hearsay binary.
RunResult Hearsay(const std::vector<std::string>& args, const std::string& stdin_text = "",
                  const std::vector<std::string>& env = {}, const std::string& cwd = "");

// Runs the sqlite3 shell on `db` and returns what it prints; a failure fails the test.
std::string Sqlite(const std::string& db, const std::string& sql);

std::string ReadFile(const std::string& path);
// `data` as one gzip member (zlib), for the readers of .gz files and WARC.gz.
std::string GzipMember(const std::string& data);
std::vector<std::string> Lines(const std::string& text);
std::string SourceDir();
std::string SeedsDir();  // ../shared/corpus/seeds when present, else data/articles

}  // namespace hearsay::testing

#endif  // HEARSAY_TESTS_TEST_UTIL_H_
