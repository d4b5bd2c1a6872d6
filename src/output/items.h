// Items in the form of the item contract (../shared/eval/CONTRACT.md): one flat record
// per extracted item with offsets into the file on disk, written as JSON Lines with a
// fixed key order. `extract --jsonl` and `export --format jsonl` both write ItemRows, so
// the two outputs cannot drift apart.
#ifndef HEARSAY_OUTPUT_ITEMS_H_
#define HEARSAY_OUTPUT_ITEMS_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "hearsay/document.h"
#include "hearsay/items.h"

namespace hearsay {

struct ItemRow {
  std::string doc;
  std::string record;           // the record's key in a file of several articles, else ""
  ItemKind kind = ItemKind::kClaim;
  uint32_t start = 0, end = 0;  // in the file on disk
  std::string text;             // claim text or the mention as written
  // person / org
  std::string name, role, org;
  // claim
  std::string speaker, speaker_type, speaker_role, speaker_org, outlet, cue;
  std::string attribution;  // "statement", "belief", ...
  std::string rule;         // the rule that found the item ("" when not known)
  bool direct = false;
  // figure
  std::string unit, qualifier, noun;
  std::optional<double> value, low, high;
  // date: nullopt is JSON null (unresolved)
  std::optional<std::string> date_value;
};

// Document order, the one order every writer of items uses: start, then kind, then end
// (offsets in the file on disk).
bool ItemRowBefore(const ItemRow& a, const ItemRow& b);

// Calls `fn` with each item of one document in document order (ItemRowBefore), building
// one row at a time so that a huge document never holds all its rows.
void ForEachItemRow(const Document& doc, const Items& items, const std::function<void(const ItemRow&)>& fn);
// All items of one document, in the same order.
std::vector<ItemRow> ToItemRows(const Document& doc, const Items& items);
// Appends one JSON object and a newline.
void AppendItemJsonl(const ItemRow& row, std::string& out);

}  // namespace hearsay

#endif  // HEARSAY_OUTPUT_ITEMS_H_
