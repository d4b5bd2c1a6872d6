// Reading the ledger back: claims filtered by speaker, company, kind, words, date and
// document; the speakers and companies behind them; one claim with everything linked to
// it; and the rows `hearsay export` writes. Independent of the command line: the CLI
// builds a ClaimFilter from its flags, and tests build one by hand.
//
//   ClaimFilter filter;
//   filter.speaker = "Xu";                   // finds "Xu Bing"
//   filter.kind = ClaimKind::kQuote;
//   Result<std::vector<ClaimRow>> rows = FindClaims(ledger, filter);
//
// Every statement binds its parameters (user text is never SQL) and orders by a unique
// key, so the output is the same on every run. The ledger is only read. Functions are
// reentrant; a Ledger is not thread-safe, so use one per thread.
#ifndef HEARSAY_OUTPUT_QUERY_H_
#define HEARSAY_OUTPUT_QUERY_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hearsay/items.h"
#include "hearsay/status.h"
#include "ledger/ledger.h"
#include "output/items.h"

namespace hearsay {

// ---------------------------------------------------------------------------------------
// Claims

enum class ClaimKind { kAll, kQuote, kReported };

// Filters combine (AND). An empty string means "no filter".
struct ClaimFilter {
  // A speaker's name, compared as FoldName keys (case and accents do not matter): a claim
  // matches when its speaker key equals the folded query, or when the key's words include
  // all of the query's words ("Xu", "bing xu" and "XU BING" all find "Xu Bing").
  std::string speaker;
  // An organisation: claims by it (speaker of type org), by its people (speaker_org) and
  // claims that mention it (linked orgs). Compared as FoldName keys of the name as given
  // and of canonical_org(name); when the ledger has no organisation with those keys, any
  // organisation whose key holds all the query's words matches ("Biren" finds "Biren
  // Technology").
  std::string company;
  // Maps a name as a user writes it to the canonical organisation name
  // (OrgRecognizer::Canonical: "Huawei Technologies" -> "Huawei"). Used for `company` and
  // for organisations as speakers. Default: none (names are taken as written).
  std::function<std::string(std::string_view)> canonical_org;
  ClaimKind kind = ClaimKind::kAll;  // quote: direct quotes; reported: indirect speech
  // Attribution classes to keep ("belief", "evidence", ...); empty keeps all. Default: all.
  std::vector<std::string> attribution;
  // An SQLite FTS5 query over the claim text: words (all must occur), "a phrase",
  // prefix*, AND/OR/NOT, NEAR(...). Case and accents do not matter.
  std::string text;
  // ISO 8601 dates or prefixes (2024, 2024-05, 2024-05-28) compared with the article's
  // publication date: since keeps dates at or after it, until keeps dates whose prefix
  // is at or before it (until 2024-05 keeps all of May). Articles without a date are
  // dropped when either is given.
  std::string since, until;
  // A document path as stored, or its trailing path components ("001_x.txt",
  // "seeds/001_x.txt"), or the same file written as an absolute path.
  std::string doc;
  int64_t limit = 0;  // at most this many claims; 0: all. Default: 0.
};

// One claim as `query` prints it.
struct ClaimRow {
  int64_t id = 0;
  std::string date;  // the article's publication date, "" when it gives none
  std::string speaker, speaker_type, speaker_role, speaker_org, outlet, cue, text;
  std::string attribution;  // statement, belief, intention, directive, evaluation, evidence
  bool direct = false;
  std::string document;        // the path as stored
  int64_t line = 0, col = 0;   // 1-based, columns in characters
  int64_t start = 0, end = 0;  // byte offsets in the file on disk
};

// Calls `fn` for each matching claim in order: date (undated articles last), document
// path, start offset, id. Stops at the first error `fn` returns and passes it on.
// InvalidInput when the filter is malformed: a date that is not ISO 8601, an FTS query
// with a syntax error, a name with no letters or digits.
Status ForEachClaim(const Ledger& ledger, const ClaimFilter& filter, const std::function<Status(const ClaimRow&)>& fn);
Result<std::vector<ClaimRow>> FindClaims(const Ledger& ledger, const ClaimFilter& filter);

// True for YYYY, YYYY-MM, YYYY-MM-DD, optionally followed by Thh, Thh:mm or Thh:mm:ss.
bool IsIsoDatePrefix(std::string_view s);

// The columns of a claim in CSV, JSON and JSON Lines, in order.
const std::vector<std::string_view>& ClaimColumns();
// A claim's cells in ClaimColumns() order as text (direct is "true"/"false").
std::vector<std::string> ClaimCells(const ClaimRow& row);
// Appends the claim as one JSON object in ClaimColumns() order (absent text is null).
void AppendClaimJson(std::string& out, const ClaimRow& row);

// ---------------------------------------------------------------------------------------
// Speakers and companies

enum class EntitySort {
  kClaims,  // most claims first, ties by name
  kName,    // by name (folded: case and accents do not matter)
  kDate,    // by first date, undated last, ties by name
};

struct EntityQuery {
  EntitySort sort = EntitySort::kClaims;
  int64_t limit = 0;      // 0: all
  std::string type = "";  // speakers only: person, org, group or unknown; "" all
};

struct EntityRow {
  std::string kind;                      // "speaker" or "company"
  std::string key;                       // the FoldName key
  std::string name;                      // the name to show
  std::string type;                      // speakers: person/org/group/unknown; companies: the org type, or ""
  int64_t claims = 0;                    // speakers: claims by them; companies: by it, its people, or mentioning it
  int64_t documents = 0;                 // documents with those claims (companies: or a mention)
  int64_t mentions = 0;                  // companies: mentions in the text
  int64_t figures = 0;                   // figures linked to those claims
  std::string first_date, last_date;     // publication dates of those documents ("" none)
  std::vector<std::string> roles, orgs;  // speakers: distinct roles and organisations, sorted
};

// One row per named speaker (a claim speaker of any type).
Result<std::vector<EntityRow>> ListSpeakers(const Ledger& ledger, const EntityQuery& query);
// One row per organisation: mentioned (orgs), speaking (speaker type org), or employing a
// speaker (speaker_org).
Result<std::vector<EntityRow>> ListCompanies(const Ledger& ledger, const EntityQuery& query);

// ---------------------------------------------------------------------------------------
// One claim in full

struct LinkedItem {
  int64_t id = 0;
  ItemKind kind = ItemKind::kPerson;
  int64_t start = 0, end = 0;
  std::string text;                   // as written
  std::string name, role, org, type;  // people and organisations
  std::string unit, qualifier, noun;  // figures
  std::optional<double> value, low, high;
  std::optional<std::string> date_value;  // dates: nullopt when unresolved
};

struct ClaimDetail {
  ClaimRow claim;
  std::string title;     // the article's title
  std::string sentence;  // the sentence (or paragraph) the claim comes from
  int64_t sentence_start = 0, sentence_end = 0;
  // The sentence's paragraph with the one before and after, from the stored article text
  // ("" for documents stored before schema 6).
  std::string context;
  std::string url;       // the article's URL, when its file gave one
  std::vector<LinkedItem> people, orgs, figures, dates;  // each in text order
};

// The claim with id `id`, or nullopt when there is none.
Result<std::optional<ClaimDetail>> GetClaim(const Ledger& ledger, int64_t id);
// Which kind of item has id `id` (ids are unique across kinds), or nullopt.
Result<std::optional<ItemKind>> KindOfId(const Ledger& ledger, int64_t id);
// "10 times (times, 10)", "1-3 years (year, 1–3)": a figure for people to read.
std::string DescribeFigure(const LinkedItem& figure);

// ---------------------------------------------------------------------------------------
// Export

struct ExportRow {
  ClaimRow claim;
  std::vector<std::string> companies;  // linked organisation names, distinct, sorted
  std::vector<std::string> figures;    // linked figures as written, in text order
  std::vector<std::string> dates;      // linked dates' values (as written when unresolved)
};

// Every claim in ForEachClaim's order with what is linked to it.
Status ForEachExportRow(const Ledger& ledger, const std::function<Status(const ExportRow&)>& fn);
const std::vector<std::string_view>& ExportColumns();
std::vector<std::string> ExportCells(const ExportRow& row);  // lists joined with "; "

// Every item of the ledger in the item-contract form (CONTRACT.md), as `extract --jsonl`
// writes it: documents by path, then items by start offset, kind and end.
Status ForEachItem(const Ledger& ledger, const std::function<Status(const ItemRow&)>& fn);

// `export --summary`: speakers then companies, each by claims (descending) then name.
const std::vector<std::string_view>& SummaryColumns();
std::vector<std::string> SummaryCells(const EntityRow& row);
void AppendSummaryJson(std::string& out, const EntityRow& row);

// "a; b; c".
std::string JoinList(const std::vector<std::string>& items);

}  // namespace hearsay

#endif  // HEARSAY_OUTPUT_QUERY_H_
