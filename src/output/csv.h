// CSV text per RFC 4180: UTF-8, a header row, CRLF line ends, fields quoted when they
// hold a comma, a double quote, CR or LF, with inner quotes doubled.
//
// Cells that a spreadsheet would run as a formula (they start with = + - @, a tab or a
// CR) are defused with a leading single quote, so opening an export cannot execute
// anything: "=SUM(A1)" is written as "'=SUM(A1)". The quote is data: a reader that
// wants the original strips one leading ' from cells that then start with one of those.
//
//   std::string out;
//   AppendCsvRow(out, {"id", "text"});
//   AppendCsvRow(out, {"1", "compute is, they say, \"a commodity\""});
#ifndef HEARSAY_OUTPUT_CSV_H_
#define HEARSAY_OUTPUT_CSV_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace hearsay {

// The line end every CSV writer uses (RFC 4180).
inline constexpr std::string_view kCsvLineEnd = "\r\n";

// Appends one field, defused and quoted as needed (no separator).
void AppendCsvField(std::string& out, std::string_view field);
// Appends a whole row: fields separated by commas, then kCsvLineEnd.
void AppendCsvRow(std::string& out, const std::vector<std::string_view>& fields);
void AppendCsvRow(std::string& out, std::initializer_list<std::string_view> fields);

// True when a spreadsheet would read `field` as a formula (it starts with = + - @, a
// tab or a CR).
bool IsFormulaLike(std::string_view field);

}  // namespace hearsay

#endif  // HEARSAY_OUTPUT_CSV_H_
