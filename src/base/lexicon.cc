#include "base/lexicon.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace hearsay {

struct EmbeddedFile { std::string_view name; std::string_view data; };
extern const EmbeddedFile kEmbeddedFiles[];
extern const std::size_t kEmbeddedFileCount;

void Lexicons::AddFile(const std::string& name, std::string_view contents) {
  std::vector<LexiconRow>& rows = rows_[name];
  sources_[name].append(contents);
  size_t pos = 0;
  while (pos < contents.size()) {
    size_t nl = contents.find('\n', pos);
    if (nl == std::string_view::npos) nl = contents.size();
    std::string_view line = contents.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    LexiconRow row;
    size_t start = 0;
    while (true) {
      const size_t tab = line.find('\t', start);
      row.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (row[0].empty()) continue;
    rows.push_back(std::move(row));
  }
}

Result<Lexicons> Lexicons::Load(const std::string& data_dir) {
  Lexicons lex;
  for (size_t i = 0; i < kEmbeddedFileCount; ++i) {
    lex.AddFile(std::string(kEmbeddedFiles[i].name), kEmbeddedFiles[i].data);
  }
  if (data_dir.empty()) return lex;
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(data_dir, ec)) return Status::NotFound(data_dir + ": --data-dir is not a folder");
  std::vector<fs::path> files;
  for (fs::directory_iterator it(data_dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string ext = it->path().extension().string();
    if (it->is_regular_file() && (ext == ".tsv" || ext == ".txt")) files.push_back(it->path());
  }
  if (ec) return Status::IoError(data_dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  for (const fs::path& p : files) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    if (!in.good() && !in.eof()) return Status::IoError(p.string() + ": cannot read lexicon");
    lex.owned_.push_back(std::make_unique<std::string>(ss.str()));
    lex.AddFile(p.filename().string(), *lex.owned_.back());
  }
  return lex;
}

Lexicons Lexicons::FromFiles(const std::vector<std::pair<std::string, std::string>>& files) {
  Lexicons lex;
  for (const auto& [name, contents] : files) {
    lex.owned_.push_back(std::make_unique<std::string>(contents));
    lex.AddFile(name, *lex.owned_.back());
  }
  return lex;
}

const std::vector<LexiconRow>& Lexicons::Rows(std::string_view name) const {
  static const std::vector<LexiconRow> kEmpty;
  auto it = rows_.find(name);
  return it == rows_.end() ? kEmpty : it->second;
}

std::vector<std::pair<std::string, std::string_view>> Lexicons::Sources() const {
  std::vector<std::pair<std::string, std::string_view>> out;
  for (const auto& [name, data] : sources_) out.emplace_back(name, data);
  return out;
}

}  // namespace hearsay
