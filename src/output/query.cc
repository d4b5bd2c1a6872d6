#include "output/query.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <system_error>
#include <utility>

#include "base/fold.h"
#include "output/json.h"

namespace hearsay {
namespace {

// True when every word of `words` is a whole word of `key` (space-separated). No
// allocation: it runs over every distinct name in the ledger.
bool HasAllWords(std::string_view key, const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    bool found = false;
    for (size_t p = key.find(w); p != std::string_view::npos && !found; p = key.find(w, p + 1)) {
      const size_t e = p + w.size();
      found = (p == 0 || key[p - 1] == ' ') && (e == key.size() || key[e] == ' ');
    }
    if (!found) return false;
  }
  return !words.empty();
}

// A list of strings bound as one parameter and read back with json_each(): the SQL text
// stays fixed whatever the number of values.
std::string JsonArray(const std::vector<std::string>& values) {
  std::string out = "[";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ',';
    AppendJsonString(out, values[i]);
  }
  out += ']';
  return out;
}

std::string Quoted(std::string_view s) { return fmt::format("\"{}\"", s); }

// Strips the "sqlite: " prefix Stmt::Step puts on messages: users see SQLite's own words.
std::string SqliteMessage(const Status& s) {
  std::string m = s.message();
  if (m.rfind("sqlite: ", 0) == 0) m.erase(0, 8);
  return m;
}

// Runs a prepared statement to the end, calling `row` for each row.
template <typename F>
Status EachRow(Stmt& st, F&& row) {
  Status s;
  while (st.Step(&s)) {
    if (Status r = row(); !r.ok()) {
      st.Reset();
      return r;
    }
  }
  st.Reset();
  return s;
}

std::string OptText(const Stmt& st, int col) { return st.IsNull(col) ? std::string() : st.Text(col); }
std::optional<double> OptDouble(const Stmt& st, int col) {
  return st.IsNull(col) ? std::nullopt : std::optional<double>(st.Double(col));
}

// Columns 0..kClaimSelectColumns-1 of every claim SELECT below (ReadClaim reads them).
constexpr int kClaimSelectColumns = 16;
constexpr std::string_view kClaimSelect =
    "SELECT c.id, d.published, c.speaker, c.speaker_type, c.speaker_role, c.speaker_org, c.outlet, c.direct, "
    "c.cue, c.text, d.path, c.line, c.col, c.start, c.end, c.attribution";

ClaimRow ReadClaim(const Stmt& st) {
  ClaimRow r;
  r.id = st.Int(0);
  r.date = OptText(st, 1);
  r.speaker = OptText(st, 2);
  r.speaker_type = OptText(st, 3);
  r.speaker_role = OptText(st, 4);
  r.speaker_org = OptText(st, 5);
  r.outlet = OptText(st, 6);
  r.direct = st.Int(7) != 0;
  r.cue = OptText(st, 8);
  r.text = OptText(st, 9);
  r.document = OptText(st, 10);
  r.line = st.Int(11);
  r.col = st.Int(12);
  r.start = st.Int(13);
  r.end = st.Int(14);
  r.attribution = OptText(st, 15);
  return r;
}

// The folded keys a name given on the command line stands for: the name itself, its
// canonical organisation name, and every distinct name in the entities table (each
// speaker, speaker's organisation and organisation mention, listed once) that has all of
// its words ("xu" finds "xu bing"). With `only_if_no_exact`, the word match is a fallback
// for when no entity has exactly the name (`--company Kunpeng`). `kind` "" means any.
Result<std::vector<std::string>> KeysFor(const Db& db, const ClaimFilter& f, std::string_view flag,
                                         const std::string& name, std::string_view kind, bool only_if_no_exact) {
  const std::string folded = FoldName(name);
  if (folded.empty()) return Status::InvalidInput(fmt::format("{} {}: no letters or digits to match", flag, Quoted(name)));
  std::set<std::string, std::less<>> wanted = {folded};
  if (f.canonical_org) {
    const std::string canonical = FoldName(f.canonical_org(name));
    if (!canonical.empty()) wanted.insert(canonical);
  }
  Result<Stmt> st = db.Prepare(kind.empty() ? "SELECT key FROM entities" : "SELECT key FROM entities WHERE kind = ?1");
  if (!st.ok()) return st.status();
  if (!kind.empty()) st->Bind(1, kind);
  const std::vector<std::string> words = SplitWords(folded);
  std::set<std::string> matched;
  bool exact = false;
  Status s = EachRow(*st, [&] {
    // A view of the row's text: this runs over every distinct name in the ledger.
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st->get(), 0));
    const std::string_view k = p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(st->get(), 0))) : "";
    if (wanted.find(k) != wanted.end()) exact = true;
    if (HasAllWords(k, words)) matched.insert(std::string(k));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!(only_if_no_exact && exact)) wanted.insert(matched.begin(), matched.end());
  return std::vector<std::string>(wanted.begin(), wanted.end());
}

std::vector<std::string> DocCandidates(const std::string& doc) {
  namespace fs = std::filesystem;
  std::set<std::string> out = {doc};
  const fs::path p(doc);
  out.insert(p.lexically_normal().string());
  std::error_code ec;
  const fs::path abs = fs::absolute(p, ec);
  if (!ec) {
    out.insert(abs.lexically_normal().string());
    const fs::path cwd = fs::current_path(ec);
    if (!ec) {
      const fs::path rel = abs.lexically_normal().lexically_relative(cwd);
      if (!rel.empty() && rel.native().rfind("..", 0) != 0) out.insert(rel.string());
    }
  }
  return std::vector<std::string>(out.begin(), out.end());
}

Status CheckFtsQuery(const Db& db, const std::string& text) {
  Result<Stmt> probe = db.Prepare("SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?1 ORDER BY rowid LIMIT 1");
  if (!probe.ok()) return probe.status();
  probe->Bind(1, text);
  Status s;
  probe->Step(&s);
  const int rc = sqlite3_errcode(db.get()) & 0xFF;
  probe->Reset();
  if (s.ok()) return s;
  // SQLITE_ERROR is what FTS5 reports for a query it cannot parse ("fts5: syntax error
  // near ...", "no such column: founder" for co-founder); anything else is the ledger's.
  if (rc == SQLITE_ERROR) {
    return Status::InvalidInput(
        fmt::format("--text {}: not a valid full-text query ({}). Use words, \"a phrase\", prefix*, AND, OR, NOT; "
                    "put words with punctuation in double quotes (\"co-founder\")",
                    Quoted(text), SqliteMessage(s)));
  }
  return s;
}

}  // namespace

bool IsIsoDatePrefix(std::string_view s) {
  auto digits = [&](size_t at, size_t n) {
    if (at + n > s.size()) return false;
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
    }
    return true;
  };
  auto two = [&](size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); };
  if (!digits(0, 4)) return false;
  if (s.size() == 4) return true;
  if (s[4] != '-' || !digits(5, 2) || two(5) < 1 || two(5) > 12) return false;
  if (s.size() == 7) return true;
  if (s[7] != '-' || !digits(8, 2) || two(8) < 1 || two(8) > 31) return false;
  if (s.size() == 10) return true;
  if (s[10] != 'T' || !digits(11, 2) || two(11) > 23) return false;
  if (s.size() == 13) return true;
  if (s[13] != ':' || !digits(14, 2) || two(14) > 59) return false;
  if (s.size() == 16) return true;
  return s.size() == 19 && s[16] == ':' && digits(17, 2) && two(17) <= 60;
}

Status ForEachClaim(const Ledger& ledger, const ClaimFilter& f, const std::function<Status(const ClaimRow&)>& fn) {
  const Db& db = ledger.db();
  for (const auto& [flag, value] :
       {std::pair<const char*, const std::string*>{"--since", &f.since}, {"--until", &f.until}}) {
    if (!value->empty() && !IsIsoDatePrefix(*value)) {
      return Status::InvalidInput(
          fmt::format("{} {}: expected an ISO 8601 date such as 2024, 2024-05 or 2024-05-28", flag, Quoted(*value)));
    }
  }
  if (f.limit < 0) return Status::InvalidInput("--limit must be 0 (no limit) or more");
  std::optional<std::string> speaker_keys, company_keys, docs, doc_suffix;
  if (!f.speaker.empty()) {
    Result<std::vector<std::string>> keys = KeysFor(db, f, "--speaker", f.speaker, "", false);
    if (!keys.ok()) return keys.status();
    speaker_keys = JsonArray(*keys);
  }
  if (!f.company.empty()) {
    Result<std::vector<std::string>> keys = KeysFor(db, f, "--company", f.company, "org", true);
    if (!keys.ok()) return keys.status();
    company_keys = JsonArray(*keys);
  }
  if (!f.text.empty()) {
    if (Status s = CheckFtsQuery(db, f.text); !s.ok()) return s;
  }
  if (!f.doc.empty()) {
    docs = JsonArray(DocCandidates(f.doc));
    std::string suffix = std::filesystem::path(f.doc).lexically_normal().string();
    while (suffix.rfind("./", 0) == 0) suffix.erase(0, 2);
    doc_suffix = suffix;
  }
  // Only the filters given become SQL, each in a form an index serves (speaker_key,
  // speaker_org_key, orgs.name_key, the FTS index), so a query on a ledger of millions of
  // claims reads only the rows it returns. The SQL text is fixed per combination of
  // filters; every value is bound.
  std::string where = "1";
  if (speaker_keys) where += " AND c.speaker_key IN (SELECT value FROM json_each(?1))";
  if (company_keys) {
    where += R"sql( AND c.id IN (
      SELECT id FROM claims WHERE speaker_org_key IN (SELECT value FROM json_each(?3))
      UNION SELECT id FROM claims WHERE speaker_type = 'org' AND speaker_key IN (SELECT value FROM json_each(?3))
      UNION SELECT claim_id FROM claim_links WHERE kind = 'org' AND item_id IN (
            SELECT id FROM orgs WHERE name_key IN (SELECT value FROM json_each(?3)))))sql";
  }
  if (f.kind != ClaimKind::kAll) where += " AND c.direct = ?4";
  if (!f.attribution.empty()) where += " AND c.attribution IN (SELECT value FROM json_each(?2))";
  if (!f.text.empty()) where += " AND c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?5)";
  if (!f.since.empty()) where += " AND d.published IS NOT NULL AND d.published >= ?6";
  if (!f.until.empty()) where += " AND d.published IS NOT NULL AND substr(d.published, 1, length(?7)) <= ?7";
  if (docs) {
    where += " AND (d.path IN (SELECT value FROM json_each(?8))"
             " OR (length(d.path) > length(?9) AND substr(d.path, length(d.path) - length(?9)) = '/' || ?9))";
  }
  const std::string sql = std::string(kClaimSelect) + "\nFROM claims c JOIN documents d ON d.id = c.doc_id\nWHERE " +
                          where + "\nORDER BY d.published IS NULL, d.published, d.path, c.start, c.id\nLIMIT ?10";
  Result<Stmt> st = db.Prepare(sql);
  if (!st.ok()) return st.status();
  auto bind_opt = [&](int i, const std::optional<std::string>& v) {
    if (v) st->Bind(i, *v);
  };
  bind_opt(1, speaker_keys);
  if (!f.attribution.empty()) st->Bind(2, JsonArray(f.attribution));
  bind_opt(3, company_keys);
  if (f.kind != ClaimKind::kAll) st->Bind(4, f.kind == ClaimKind::kQuote);
  if (!f.text.empty()) st->Bind(5, f.text);
  if (!f.since.empty()) st->Bind(6, f.since);
  if (!f.until.empty()) st->Bind(7, f.until);
  bind_opt(8, docs);
  bind_opt(9, doc_suffix);
  st->Bind(10, f.limit > 0 ? f.limit : int64_t{-1});
  return EachRow(*st, [&] { return fn(ReadClaim(*st)); });
}

Result<std::vector<ClaimRow>> FindClaims(const Ledger& ledger, const ClaimFilter& filter) {
  std::vector<ClaimRow> rows;
  Status s = ForEachClaim(ledger, filter, [&](const ClaimRow& r) {
    rows.push_back(r);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return rows;
}

const std::vector<std::string_view>& ClaimColumns() {
  static const std::vector<std::string_view> kColumns = {
      "id",     "date", "speaker", "speaker_type", "speaker_role", "speaker_org", "direct",
      "attribution", "cue", "text", "document", "line",         "col"};
  return kColumns;
}

std::vector<std::string> ClaimCells(const ClaimRow& r) {
  return {std::to_string(r.id), r.date,          r.speaker,   r.speaker_type,         r.speaker_role,
          r.speaker_org,        r.direct ? "true" : "false", r.attribution, r.cue, r.text, r.document,
          std::to_string(r.line), std::to_string(r.col)};
}

void AppendClaimJson(std::string& out, const ClaimRow& r) {
  JsonObject o(out);
  o.Int("id", r.id).StrOrNull("date", r.date).StrOrNull("speaker", r.speaker).Str("speaker_type", r.speaker_type);
  o.StrOrNull("speaker_role", r.speaker_role).StrOrNull("speaker_org", r.speaker_org).Bool("direct", r.direct);
  o.Str("attribution", r.attribution);
  o.StrOrNull("cue", r.cue).Str("text", r.text).Str("document", r.document).Int("line", r.line).Int("col", r.col);
}

// ---------------------------------------------------------------------------------------

namespace {

void SortEntities(std::vector<EntityRow>& rows, const EntityQuery& q) {
  // Rows arrive ordered by (key, type), which breaks every remaining tie.
  auto by_name = [](const EntityRow& a, const EntityRow& b) {
    if (a.key != b.key) return a.key < b.key;
    if (a.name != b.name) return a.name < b.name;
    return a.type < b.type;
  };
  switch (q.sort) {
    case EntitySort::kClaims:
      std::stable_sort(rows.begin(), rows.end(), [&](const EntityRow& a, const EntityRow& b) {
        if (a.claims != b.claims) return a.claims > b.claims;
        return by_name(a, b);
      });
      break;
    case EntitySort::kName:
      std::stable_sort(rows.begin(), rows.end(), by_name);
      break;
    case EntitySort::kDate:
      std::stable_sort(rows.begin(), rows.end(), [&](const EntityRow& a, const EntityRow& b) {
        if (a.first_date.empty() != b.first_date.empty()) return b.first_date.empty();
        if (a.first_date != b.first_date) return a.first_date < b.first_date;
        return by_name(a, b);
      });
      break;
  }
  if (q.limit > 0 && rows.size() > static_cast<size_t>(q.limit)) rows.resize(static_cast<size_t>(q.limit));
}

}  // namespace

Result<std::vector<EntityRow>> ListSpeakers(const Ledger& ledger, const EntityQuery& q) {
  const Db& db = ledger.db();
  Result<Stmt> st = db.Prepare(R"sql(
SELECT c.speaker_type, c.speaker_key, COALESCE(e.name, min(c.speaker)), count(*), count(DISTINCT c.doc_id),
       min(d.published), max(d.published),
       (SELECT count(*) FROM claims c2 JOIN claim_links l ON l.claim_id = c2.id
        WHERE c2.speaker_key = c.speaker_key AND c2.speaker_type = c.speaker_type AND l.kind = 'figure')
FROM claims c JOIN documents d ON d.id = c.doc_id
LEFT JOIN entities e ON e.kind = c.speaker_type AND e.key = c.speaker_key
WHERE c.speaker_key IS NOT NULL AND c.speaker_key <> '' AND (?1 IS NULL OR c.speaker_type = ?1)
GROUP BY c.speaker_type, c.speaker_key
ORDER BY c.speaker_key, c.speaker_type)sql");
  if (!st.ok()) return st.status();
  st->BindOrNull(1, q.type);
  std::vector<EntityRow> rows;
  std::map<std::pair<std::string, std::string>, size_t> index;  // (type, key) -> row
  Status s = EachRow(*st, [&] {
    EntityRow& r = rows.emplace_back();
    r.kind = "speaker";
    r.type = st->Text(0);
    r.key = st->Text(1);
    r.name = st->Text(2);
    r.claims = st->Int(3);
    r.documents = st->Int(4);
    r.first_date = OptText(*st, 5);
    r.last_date = OptText(*st, 6);
    r.figures = st->Int(7);
    index[{r.type, r.key}] = rows.size() - 1;
    return Status::Ok();
  });
  if (!s.ok()) return s;
  // Roles and organisations: distinct values, in order, attached to their speaker.
  struct Values {
    const char* sql;
    std::vector<std::string> EntityRow::*member;
  };
  const Values lists[] = {
      {"SELECT DISTINCT speaker_type, speaker_key, speaker_role FROM claims "
       "WHERE speaker_key IS NOT NULL AND speaker_role IS NOT NULL ORDER BY speaker_key, speaker_type, speaker_role",
       &EntityRow::roles},
      {"SELECT DISTINCT speaker_type, speaker_key, speaker_org FROM claims "
       "WHERE speaker_key IS NOT NULL AND speaker_org IS NOT NULL ORDER BY speaker_key, speaker_type, speaker_org",
       &EntityRow::orgs},
  };
  for (const Values& list : lists) {
    Result<Stmt> values = db.Prepare(list.sql);
    if (!values.ok()) return values.status();
    s = EachRow(*values, [&] {
      auto it = index.find({values->Text(0), values->Text(1)});
      if (it != index.end()) (rows[it->second].*list.member).push_back(values->Text(2));
      return Status::Ok();
    });
    if (!s.ok()) return s;
  }
  SortEntities(rows, q);
  return rows;
}

Result<std::vector<EntityRow>> ListCompanies(const Ledger& ledger, const EntityQuery& q) {
  Result<Stmt> st = ledger.db().Prepare(R"sql(
WITH rel(key, claim_id) AS (
  SELECT speaker_key, id FROM claims WHERE speaker_type = 'org' AND speaker_key IS NOT NULL AND speaker_key <> ''
  UNION SELECT speaker_org_key, id FROM claims WHERE speaker_org_key IS NOT NULL AND speaker_org_key <> ''
  UNION SELECT o.name_key, l.claim_id FROM claim_links l JOIN orgs o ON o.id = l.item_id WHERE l.kind = 'org'),
names(key, name) AS (
  SELECT name_key, name FROM orgs
  UNION SELECT speaker_key, speaker FROM claims WHERE speaker_type = 'org' AND speaker_key IS NOT NULL AND speaker_key <> ''
  UNION SELECT speaker_org_key, speaker_org FROM claims WHERE speaker_org_key IS NOT NULL AND speaker_org_key <> ''),
keys(key, name) AS (SELECT key, min(name) FROM names GROUP BY key),
docs(key, doc_id) AS (
  SELECT name_key, doc_id FROM orgs
  UNION SELECT r.key, c.doc_id FROM rel r JOIN claims c ON c.id = r.claim_id),
claim_counts(key, claims, figures) AS (
  SELECT r.key, count(*),
         sum((SELECT count(*) FROM claim_links f WHERE f.claim_id = r.claim_id AND f.kind = 'figure'))
  FROM rel r GROUP BY r.key),
doc_counts(key, documents, first, last) AS (
  SELECT x.key, count(*), min(d.published), max(d.published)
  FROM docs x JOIN documents d ON d.id = x.doc_id GROUP BY x.key),
mention_counts(key, mentions, type) AS (SELECT name_key, count(*), min(type) FROM orgs GROUP BY name_key)
SELECT k.key, COALESCE(e.name, k.name), m.type, COALESCE(cc.claims, 0), COALESCE(cc.figures, 0),
       COALESCE(dc.documents, 0), dc.first, dc.last, COALESCE(m.mentions, 0)
FROM keys k
LEFT JOIN entities e ON e.kind = 'org' AND e.key = k.key
LEFT JOIN claim_counts cc ON cc.key = k.key
LEFT JOIN doc_counts dc ON dc.key = k.key
LEFT JOIN mention_counts m ON m.key = k.key
ORDER BY k.key)sql");
  if (!st.ok()) return st.status();
  std::vector<EntityRow> rows;
  Status s = EachRow(*st, [&] {
    EntityRow& r = rows.emplace_back();
    r.kind = "company";
    r.key = st->Text(0);
    r.name = st->Text(1);
    r.type = OptText(*st, 2);
    r.claims = st->Int(3);
    r.figures = st->Int(4);
    r.documents = st->Int(5);
    r.first_date = OptText(*st, 6);
    r.last_date = OptText(*st, 7);
    r.mentions = st->Int(8);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  SortEntities(rows, q);
  return rows;
}

// ---------------------------------------------------------------------------------------

namespace {

// Items of `kind` linked to claim ?1, in text order.
Result<std::vector<LinkedItem>> Linked(const Db& db, int64_t claim_id, ItemKind kind) {
  std::string sql;
  switch (kind) {
    case ItemKind::kPerson:
      sql =
          "SELECT p.id, p.start, p.end, p.text, p.name, p.role, p.org FROM claim_links l JOIN people p ON p.id = "
          "l.item_id "
          "WHERE l.claim_id = ?1 AND l.kind = 'person' ORDER BY p.start, p.end, p.id";
      break;
    case ItemKind::kOrg:
      sql =
          "SELECT o.id, o.start, o.end, o.text, o.name, o.type FROM claim_links l JOIN orgs o ON o.id = l.item_id "
          "WHERE l.claim_id = ?1 AND l.kind = 'org' ORDER BY o.start, o.end, o.id";
      break;
    case ItemKind::kFigure:
      sql =
          "SELECT f.id, f.start, f.end, f.text, f.unit, f.value, f.low, f.high, f.qualifier, f.noun FROM claim_links l "
          "JOIN figures f ON f.id = l.item_id WHERE l.claim_id = ?1 AND l.kind = 'figure' ORDER BY f.start, f.end, "
          "f.id";
      break;
    case ItemKind::kDate:
      sql =
          "SELECT t.id, t.start, t.end, t.text, t.value FROM claim_links l JOIN dates t ON t.id = l.item_id "
          "WHERE l.claim_id = ?1 AND l.kind = 'date' ORDER BY t.start, t.end, t.id";
      break;
    case ItemKind::kClaim:
      return std::vector<LinkedItem>{};
  }
  Result<Stmt> st = db.Prepare(sql);
  if (!st.ok()) return st.status();
  st->Bind(1, claim_id);
  std::vector<LinkedItem> out;
  Status s = EachRow(*st, [&] {
    LinkedItem& it = out.emplace_back();
    it.id = st->Int(0);
    it.kind = kind;
    it.start = st->Int(1);
    it.end = st->Int(2);
    it.text = OptText(*st, 3);
    switch (kind) {
      case ItemKind::kPerson:
        it.name = OptText(*st, 4);
        it.role = OptText(*st, 5);
        it.org = OptText(*st, 6);
        break;
      case ItemKind::kOrg:
        it.name = OptText(*st, 4);
        it.type = OptText(*st, 5);
        break;
      case ItemKind::kFigure:
        it.unit = OptText(*st, 4);
        it.value = OptDouble(*st, 5);
        it.low = OptDouble(*st, 6);
        it.high = OptDouble(*st, 7);
        it.qualifier = OptText(*st, 8);
        it.noun = OptText(*st, 9);
        break;
      case ItemKind::kDate:
        if (!st->IsNull(4)) it.date_value = st->Text(4);
        break;
      case ItemKind::kClaim:
        break;
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

// The paragraph of the stored article text that holds `sentence`, with the paragraphs
// before and after it; "" when the text was not stored (a ledger from before schema 6).
std::string Context(const std::string& text, const std::string& sentence) {
  const size_t at = sentence.empty() ? std::string::npos : text.find(sentence);
  if (at == std::string::npos) return {};
  auto paragraph_start = [&](size_t i) {
    const size_t p = text.rfind("\n\n", i);
    return p == std::string::npos ? 0 : p + 2;
  };
  auto paragraph_end = [&](size_t i) {
    const size_t p = text.find("\n\n", i);
    return p == std::string::npos ? text.size() : p;
  };
  size_t begin = paragraph_start(at);
  if (begin >= 3) begin = paragraph_start(begin - 3);
  size_t end = paragraph_end(at + sentence.size());
  if (end + 2 < text.size()) end = paragraph_end(end + 2);
  std::string out = text.substr(begin, end - begin);
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

}  // namespace

Result<std::optional<ClaimDetail>> GetClaim(const Ledger& ledger, int64_t id) {
  const Db& db = ledger.db();
  Result<Stmt> st = db.Prepare(std::string(kClaimSelect) +
                               ", c.sentence, c.sentence_start, c.sentence_end, d.title, d.text, d.url "
                               "FROM claims c JOIN documents d ON d.id = c.doc_id WHERE c.id = ?1 ORDER BY c.id");
  if (!st.ok()) return st.status();
  st->Bind(1, id);
  std::optional<ClaimDetail> detail;
  Status s = EachRow(*st, [&] {
    detail.emplace();
    detail->claim = ReadClaim(*st);
    detail->sentence = OptText(*st, kClaimSelectColumns);
    detail->sentence_start = st->Int(kClaimSelectColumns + 1);
    detail->sentence_end = st->Int(kClaimSelectColumns + 2);
    detail->title = OptText(*st, kClaimSelectColumns + 3);
    detail->context = Context(OptText(*st, kClaimSelectColumns + 4), detail->sentence);
    detail->url = OptText(*st, kClaimSelectColumns + 5);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!detail) return detail;
  for (const auto& [kind, list] :
       {std::pair{ItemKind::kPerson, &detail->people}, std::pair{ItemKind::kOrg, &detail->orgs},
        std::pair{ItemKind::kFigure, &detail->figures}, std::pair{ItemKind::kDate, &detail->dates}}) {
    Result<std::vector<LinkedItem>> items = Linked(db, id, kind);
    if (!items.ok()) return items.status();
    *list = std::move(*items);
  }
  return detail;
}

Result<std::optional<ItemKind>> KindOfId(const Ledger& ledger, int64_t id) {
  Result<Stmt> st = ledger.db().Prepare(
      "SELECT 0 FROM claims WHERE id = ?1 UNION ALL SELECT 1 FROM people WHERE id = ?1 "
      "UNION ALL SELECT 2 FROM orgs WHERE id = ?1 UNION ALL SELECT 3 FROM figures WHERE id = ?1 "
      "UNION ALL SELECT 4 FROM dates WHERE id = ?1 ORDER BY 1");
  if (!st.ok()) return st.status();
  st->Bind(1, id);
  std::optional<ItemKind> kind;
  Status s = EachRow(*st, [&] {
    if (!kind) kind = static_cast<ItemKind>(st->Int(0));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return kind;
}

std::string DescribeFigure(const LinkedItem& f) {
  std::string out = f.text + " (" + f.unit;
  auto num = [&](double v) {
    std::string n;
    AppendJsonNumber(n, v);
    return n;
  };
  if (f.low && f.high) {
    out += ", " + num(*f.low) + "–" + num(*f.high);
  } else if (f.value) {
    out += ", " + num(*f.value);
  }
  if (!f.qualifier.empty()) out += ", " + f.qualifier;
  if (!f.noun.empty()) out += ", " + f.noun;
  out += ')';
  return out;
}

// ---------------------------------------------------------------------------------------

std::string JoinList(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += "; ";
    out += items[i];
  }
  return out;
}

Status ForEachExportRow(const Ledger& ledger, const std::function<Status(const ExportRow&)>& fn) {
  const Db& db = ledger.db();
  Result<Stmt> companies = db.Prepare(
      "SELECT DISTINCT o.name FROM claim_links l JOIN orgs o ON o.id = l.item_id WHERE l.claim_id = ?1 AND l.kind = "
      "'org' "
      "ORDER BY o.name");
  Result<Stmt> figures = db.Prepare(
      "SELECT f.text FROM claim_links l JOIN figures f ON f.id = l.item_id WHERE l.claim_id = ?1 AND l.kind = 'figure' "
      "ORDER BY f.start, f.end, f.id");
  Result<Stmt> dates = db.Prepare(
      "SELECT COALESCE(t.value, t.text) FROM claim_links l JOIN dates t ON t.id = l.item_id WHERE l.claim_id = ?1 "
      "AND l.kind = 'date' ORDER BY t.start, t.end, t.id");
  for (const Result<Stmt>* st : {&companies, &figures, &dates}) {
    if (!st->ok()) return st->status();
  }
  auto column = [](Stmt& st, int64_t id, std::vector<std::string>& out) {
    st.Bind(1, id);
    return EachRow(st, [&] {
      out.push_back(st.Text(0));
      return Status::Ok();
    });
  };
  ExportRow row;
  return ForEachClaim(ledger, ClaimFilter{}, [&](const ClaimRow& claim) {
    row.claim = claim;
    row.companies.clear();
    row.figures.clear();
    row.dates.clear();
    for (Status s : {column(*companies, claim.id, row.companies), column(*figures, claim.id, row.figures),
                     column(*dates, claim.id, row.dates)}) {
      if (!s.ok()) return s;
    }
    return fn(row);
  });
}

const std::vector<std::string_view>& ExportColumns() {
  static const std::vector<std::string_view> kColumns = {
      "id",   "date", "speaker",   "speaker_type", "speaker_role", "speaker_org", "direct",   "attribution",
      "cue",  "text", "companies", "figures",      "dates",        "document",    "start",    "end"};
  return kColumns;
}

std::vector<std::string> ExportCells(const ExportRow& row) {
  const ClaimRow& r = row.claim;
  return {std::to_string(r.id),
          r.date,
          r.speaker,
          r.speaker_type,
          r.speaker_role,
          r.speaker_org,
          r.direct ? "true" : "false",
          r.attribution,
          r.cue,
          r.text,
          JoinList(row.companies),
          JoinList(row.figures),
          JoinList(row.dates),
          r.document,
          std::to_string(r.start),
          std::to_string(r.end)};
}

Status ForEachItem(const Ledger& ledger, const std::function<Status(const ItemRow&)>& fn) {
  const Db& db = ledger.db();
  Result<Stmt> docs = db.Prepare("SELECT id, path FROM documents ORDER BY path");
  Result<Stmt> claims = db.Prepare(
      "SELECT start, end, text, speaker, speaker_type, direct, cue, speaker_role, speaker_org, outlet, attribution, rule "
      "FROM claims "
      "WHERE id >= ?1 AND id < ?2 ORDER BY start, end, id");
  Result<Stmt> people =
      db.Prepare("SELECT start, end, text, name, role, org FROM people WHERE id >= ?1 AND id < ?2 ORDER BY start, end, id");
  Result<Stmt> orgs = db.Prepare("SELECT start, end, text, name FROM orgs WHERE id >= ?1 AND id < ?2 ORDER BY start, end, id");
  Result<Stmt> figures = db.Prepare(
      "SELECT start, end, text, unit, value, low, high, qualifier, noun FROM figures WHERE id >= ?1 AND id < ?2 ORDER BY start, "
      "end, id");
  Result<Stmt> dates =
      db.Prepare("SELECT start, end, text, value FROM dates WHERE id >= ?1 AND id < ?2 ORDER BY start, end, id");
  for (const Result<Stmt>* st : {&docs, &claims, &people, &orgs, &figures, &dates}) {
    if (!st->ok()) return st->status();
  }
  std::vector<ItemRow> rows;
  std::string path;
  auto read = [&](Stmt& st, int64_t doc_id, ItemKind kind, auto&& fill) {
    st.Bind(1, FirstItemId(doc_id)).Bind(2, FirstItemId(doc_id + 1));  // the document's id range
    return EachRow(st, [&] {
      ItemRow& r = rows.emplace_back();
      r.doc = path;
      r.kind = kind;
      r.start = static_cast<uint32_t>(st.Int(0));
      r.end = static_cast<uint32_t>(st.Int(1));
      r.text = OptText(st, 2);
      fill(st, r);
      return Status::Ok();
    });
  };
  return EachRow(*docs, [&]() -> Status {
    const int64_t doc_id = docs->Int(0);
    path = docs->Text(1);
    rows.clear();
    const Status results[] = {
        read(*claims, doc_id, ItemKind::kClaim,
             [](const Stmt& st, ItemRow& r) {
               r.speaker = OptText(st, 3);
               r.speaker_type = OptText(st, 4);
               r.direct = st.Int(5) != 0;
               r.cue = OptText(st, 6);
               r.speaker_role = OptText(st, 7);
               r.speaker_org = OptText(st, 8);
               r.outlet = OptText(st, 9);
               r.attribution = OptText(st, 10);
               r.rule = OptText(st, 11);
             }),
        read(*people, doc_id, ItemKind::kPerson,
             [](const Stmt& st, ItemRow& r) {
               r.name = OptText(st, 3);
               r.role = OptText(st, 4);
               r.org = OptText(st, 5);
             }),
        read(*orgs, doc_id, ItemKind::kOrg, [](const Stmt& st, ItemRow& r) { r.name = OptText(st, 3); }),
        read(*figures, doc_id, ItemKind::kFigure,
             [](const Stmt& st, ItemRow& r) {
               r.unit = OptText(st, 3);
               r.value = OptDouble(st, 4);
               r.low = OptDouble(st, 5);
               r.high = OptDouble(st, 6);
               r.qualifier = OptText(st, 7);
               r.noun = OptText(st, 8);
             }),
        read(*dates, doc_id, ItemKind::kDate,
             [](const Stmt& st, ItemRow& r) {
               if (!st.IsNull(3)) r.date_value = st.Text(3);
             }),
    };
    for (const Status& s : results) {
      if (!s.ok()) return s;
    }
    // The order `extract --jsonl` writes.
    std::stable_sort(rows.begin(), rows.end(), ItemRowBefore);
    for (const ItemRow& r : rows) {
      if (Status s = fn(r); !s.ok()) return s;
    }
    return Status::Ok();
  });
}

const std::vector<std::string_view>& SummaryColumns() {
  static const std::vector<std::string_view> kColumns = {"kind",       "name",      "claims", "documents",
                                                         "first_date", "last_date", "figures"};
  return kColumns;
}

std::vector<std::string> SummaryCells(const EntityRow& r) {
  return {r.kind,       r.name,      std::to_string(r.claims), std::to_string(r.documents),
          r.first_date, r.last_date, std::to_string(r.figures)};
}

void AppendSummaryJson(std::string& out, const EntityRow& r) {
  JsonObject o(out);
  o.Str("kind", r.kind).Str("name", r.name).Int("claims", r.claims).Int("documents", r.documents);
  o.StrOrNull("first_date", r.first_date).StrOrNull("last_date", r.last_date).Int("figures", r.figures);
}

}  // namespace hearsay
