// Lexicons: the TSV and word-list files of data/, embedded into the binary at build time,
// plus a user's own files from --data-dir, which add rows (and, as later rows, override
// earlier ones with the same key).
//
//   Result<Lexicons> lex = Lexicons::Load(options.data_dir);
//   for (const auto& row : lex->Rows("units.tsv")) Use(row[0], row[1]);
//
// Immutable after Load; thread-safe to read. Move-only (rows point into owned buffers).
#ifndef HEARSAY_BASE_LEXICON_H_
#define HEARSAY_BASE_LEXICON_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "hearsay/status.h"

namespace hearsay {

using LexiconRow = std::vector<std::string_view>;

class Lexicons {
 public:
  // data_dir "" loads the embedded files only. Files in data_dir with the same name as an
  // embedded one are appended to it; other *.tsv and *.txt files are added as they are.
  static Result<Lexicons> Load(const std::string& data_dir);
  // Builds lexicons from in-memory files, for tests: {name, contents}.
  static Lexicons FromFiles(const std::vector<std::pair<std::string, std::string>>& files);

  Lexicons(Lexicons&&) = default;
  Lexicons& operator=(Lexicons&&) = default;
  Lexicons(const Lexicons&) = delete;
  Lexicons& operator=(const Lexicons&) = delete;

  // Non-comment, non-blank lines of `name`, split on tabs; empty when there is no such file.
  const std::vector<LexiconRow>& Rows(std::string_view name) const;
  // File name -> the bytes it was built from, in name order (hashed into the ledger).
  std::vector<std::pair<std::string, std::string_view>> Sources() const;

 private:
  Lexicons() = default;
  void AddFile(const std::string& name, std::string_view contents);
  std::vector<std::unique_ptr<std::string>> owned_;
  std::map<std::string, std::vector<LexiconRow>, std::less<>> rows_;
  std::map<std::string, std::string, std::less<>> sources_;
};

}  // namespace hearsay

#endif  // HEARSAY_BASE_LEXICON_H_
