#include "output/table.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <numeric>

#include "base/utf8.h"

namespace hearsay {
namespace {

constexpr std::string_view kEllipsis = "…";

int CodePointWidth(char32_t c) {
  if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return 0;
  const auto u = static_cast<UChar32>(c);
  switch (u_charType(u)) {
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_FORMAT_CHAR:
      return 0;
    default:
      break;
  }
  const int ea = u_getIntPropertyValue(u, UCHAR_EAST_ASIAN_WIDTH);
  return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

struct Glyph {
  size_t begin, end;  // bytes
  int width;
};

std::vector<Glyph> Glyphs(std::string_view text) {
  std::vector<Glyph> out;
  size_t i = 0;
  while (i < text.size()) {
    const size_t b = i;
    const char32_t c = DecodeUtf8(text, i);
    out.push_back({b, i, CodePointWidth(c)});
  }
  return out;
}

void TrimRightSpaces(std::string& s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
}

}  // namespace

int DisplayWidth(std::string_view text) {
  int w = 0;
  size_t i = 0;
  while (i < text.size()) w += CodePointWidth(DecodeUtf8(text, i));
  return w;
}

std::string Truncate(std::string_view text, int width, Elide elide) {
  if (width <= 0) return "";
  if (DisplayWidth(text) <= width) return std::string(text);
  const std::vector<Glyph> glyphs = Glyphs(text);
  const int budget = width - 1;  // the ellipsis takes one column
  int used = 0;
  if (elide == Elide::kEnd) {
    size_t end = 0;
    for (const Glyph& g : glyphs) {
      if (used + g.width > budget) break;
      used += g.width;
      end = g.end;
    }
    std::string out(text.substr(0, end));
    TrimRightSpaces(out);
    out += kEllipsis;
    return out;
  }
  size_t begin = text.size();
  for (auto it = glyphs.rbegin(); it != glyphs.rend(); ++it) {
    if (used + it->width > budget) break;
    used += it->width;
    begin = it->begin;
  }
  // Combining marks belong to the character before them: do not start with one.
  while (begin < text.size()) {
    size_t i = begin;
    if (CodePointWidth(DecodeUtf8(text, i)) != 0) break;
    begin = i;
  }
  std::string_view kept = text.substr(begin);
  while (!kept.empty() && kept.front() == ' ') kept.remove_prefix(1);
  return std::string(kEllipsis) + std::string(kept);
}

std::string OneLine(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    out += c < 0x20 || c == 0x7F ? ' ' : ch;
  }
  return out;
}

std::string Wrap(std::string_view text, int width, std::string_view indent) {
  const int room = std::max(10, width - DisplayWidth(indent));
  const std::string flat = OneLine(text);
  std::vector<std::string_view> words;
  for (size_t p = 0; p < flat.size();) {
    while (p < flat.size() && flat[p] == ' ') ++p;
    size_t e = flat.find(' ', p);
    if (e == std::string::npos) e = flat.size();
    if (e > p) words.push_back(std::string_view(flat).substr(p, e - p));
    p = e;
  }
  std::string out;
  std::string line;
  int line_width = 0;
  auto flush = [&]() {
    if (line.empty()) return;
    out += indent;
    out += line;
    out += '\n';
    line.clear();
    line_width = 0;
  };
  for (std::string_view word : words) {
    int w = DisplayWidth(word);
    if (line_width > 0 && line_width + 1 + w > room) flush();
    while (w > room) {  // a word longer than a line: cut it at a character boundary
      flush();
      int used = 0;
      size_t cut = 0;
      for (const Glyph& g : Glyphs(word)) {
        if (used + g.width > room) break;
        used += g.width;
        cut = g.end;
      }
      if (cut == 0) cut = 1;
      line = std::string(word.substr(0, cut));
      line_width = used;
      flush();
      word.remove_prefix(cut);
      w = DisplayWidth(word);
    }
    if (word.empty()) continue;
    if (line_width > 0) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += w;
  }
  flush();
  return out;
}

std::string RenderTable(const std::vector<TableColumn>& columns, const std::vector<std::vector<std::string>>& rows,
                        const TableOptions& options) {
  const size_t n = columns.size();
  if (n == 0) return "";
  std::vector<std::vector<std::string>> cells;
  cells.reserve(rows.size());
  std::vector<int> natural(n), floor(n);
  for (size_t c = 0; c < n; ++c) {
    natural[c] = DisplayWidth(columns[c].header);
    floor[c] = std::max(columns[c].min_width, natural[c]);
  }
  for (const std::vector<std::string>& row : rows) {
    std::vector<std::string>& line = cells.emplace_back();
    for (size_t c = 0; c < n; ++c) {
      line.push_back(c < row.size() ? OneLine(row[c]) : std::string());
      natural[c] = std::max(natural[c], DisplayWidth(line.back()));
    }
  }
  std::vector<int> widths = natural;
  for (size_t c = 0; c < n; ++c) {
    floor[c] = columns[c].keep ? natural[c] : std::min(floor[c], natural[c]);
  }
  const int gaps = options.gap * static_cast<int>(n - 1);
  int excess = std::accumulate(widths.begin(), widths.end(), gaps) - options.width;
  auto shrink = [&](int pass) {  // 1: flexible columns, 0: the others, -1: all of them
    while (excess > 0) {
      // The widest column that may still shrink gives up one column at a time, so the
      // space is shared out evenly.
      int best = -1;
      for (size_t c = 0; c < n; ++c) {
        if ((pass >= 0 && columns[c].flex != (pass == 1)) || widths[c] <= floor[c]) continue;
        if (best < 0 || widths[c] > widths[static_cast<size_t>(best)]) best = static_cast<int>(c);
      }
      if (best < 0) return;
      --widths[static_cast<size_t>(best)];
      --excess;
    }
  };
  for (size_t c = 0; c < n && excess > 0; ++c) {
    const int cap = std::max(columns[c].max_width, floor[c]);
    if (columns[c].max_width <= 0 || widths[c] <= cap) continue;
    const int cut = std::min(excess, widths[c] - cap);
    widths[c] -= cut;
    excess -= cut;
  }
  shrink(1);
  shrink(0);
  if (excess > 0) {
    // Too narrow for the minimums: everything but the kept columns gives way.
    constexpr int kLast = 4;  // one character and the ellipsis still say something
    for (size_t c = 0; c < n; ++c) {
      if (!columns[c].keep) floor[c] = std::min(floor[c], kLast);
    }
    shrink(-1);
  }

  std::string out;
  auto emit = [&](const std::vector<std::string>& line, bool header) {
    std::string text;
    for (size_t c = 0; c < n; ++c) {
      if (c > 0) text.append(static_cast<size_t>(options.gap), ' ');
      const std::string cell = Truncate(line[c], widths[c], columns[c].elide);
      const auto pad = static_cast<size_t>(std::max(0, widths[c] - DisplayWidth(cell)));
      if (columns[c].align == Align::kRight) {
        text.append(pad, ' ');
        text += cell;
      } else {
        text += cell;
        if (c + 1 < n) text.append(pad, ' ');
      }
    }
    TrimRightSpaces(text);
    if (header && options.color) text = "\033[1m" + text + "\033[0m";
    out += text;
    out += '\n';
  };
  std::vector<std::string> header;
  for (const TableColumn& col : columns) header.push_back(col.header);
  emit(header, true);
  for (const std::vector<std::string>& line : cells) emit(line, false);
  return out;
}

}  // namespace hearsay
