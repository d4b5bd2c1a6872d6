// Tables for people: columns sized to the terminal, long cells cut with an ellipsis "…",
// numbers right-aligned, a bold header when colour is on. Widths are display columns:
// one per code point, two for East Asian wide and fullwidth characters (ICU's
// UCHAR_EAST_ASIAN_WIDTH), none for combining marks and format characters.
//
//   std::vector<TableColumn> cols = {{"id", Align::kRight}, {"text", Align::kLeft, /*flex=*/true}};
//   std::string out = RenderTable(cols, rows, {.width = TerminalWidth(), .color = ColorEnabled()});
//
// Pure functions of their arguments; thread-safe.
#ifndef HEARSAY_OUTPUT_TABLE_H_
#define HEARSAY_OUTPUT_TABLE_H_

#include <string>
#include <string_view>
#include <vector>

namespace hearsay {

// Display width of UTF-8 text in terminal columns (invalid bytes count one each).
int DisplayWidth(std::string_view text);

// Where a cell that is too wide loses its characters.
enum class Elide {
  kEnd,    // "China's domestic AI chip…"
  kStart,  // "…seeds/001_d5406c92878d47b6.txt:23" (paths: the file name matters most)
};

// `text` cut to at most `width` columns, with "…" where characters were dropped. A wide
// character that would straddle the limit is dropped too (the result may be one column
// narrower than `width`). width <= 0 gives "".
std::string Truncate(std::string_view text, int width, Elide elide = Elide::kEnd);

// Line breaks, tabs and other control characters become spaces: a table cell is one line.
std::string OneLine(std::string_view text);

// Word-wraps `text` to lines of at most `width` columns (words longer than a line are
// cut), each line prefixed with `indent` (whose width counts toward `width`), each ending
// in '\n'. Runs of spaces between words collapse to one.
std::string Wrap(std::string_view text, int width, std::string_view indent = "");

enum class Align { kLeft, kRight };

struct TableColumn {
  std::string header;
  Align align = Align::kLeft;
  bool flex = false;  // gives up width first when the table is too wide
  Elide elide = Elide::kEnd;
  int min_width = 6;  // never cut narrower than this (or the header)
  int max_width = 0;  // when the table is too wide, first cut down to this (0: none)
  bool keep = false;  // never cut (ids people copy)
};

struct TableOptions {
  int width = 100;     // total columns available; the table fits when it can
  bool color = false;  // ANSI bold header
  int gap = 2;         // spaces between columns
};

// Renders a header line and one line per row (each row has one cell per column). Cells
// are made one line (OneLine) and cut to fit: columns above their max_width shrink to it
// first, then flexible columns, then the widest others down to their minimum; on a
// terminal too narrow even for that, the widest columns not marked `keep` go on down to
// a few columns each. No trailing spaces.
std::string RenderTable(const std::vector<TableColumn>& columns, const std::vector<std::vector<std::string>>& rows,
                        const TableOptions& options);

}  // namespace hearsay

#endif  // HEARSAY_OUTPUT_TABLE_H_
