#include "output/items.h"


#include "output/json.h"

namespace hearsay {

namespace {

ItemRow BaseRow(const Document& doc, ItemKind kind, Span span) {
  ItemRow r;
  r.doc = doc.path;
  r.record = doc.record;
  r.kind = kind;
  const Span o = doc.Original(span);
  r.start = o.begin;
  r.end = o.end;
  r.text = std::string(span.In(doc.text));
  return r;
}

ItemRow Row(const Document& doc, const Claim& c) {
  ItemRow r = BaseRow(doc, ItemKind::kClaim, c.span());
  r.text = c.text;
  r.speaker = c.speaker;
  r.speaker_type = SpeakerTypeName(c.speaker_type);
  r.direct = c.direct;
  r.cue = c.cue;
  r.speaker_role = c.speaker_role;
  r.speaker_org = c.speaker_org;
  r.outlet = c.outlet;
  r.attribution = AttributionName(c.attribution);
  r.rule = c.rule;
  return r;
}

ItemRow Row(const Document& doc, const PersonMention& p) {
  ItemRow r = BaseRow(doc, ItemKind::kPerson, p.span);
  r.name = p.name;
  r.role = p.role;
  r.org = p.org;
  return r;
}

ItemRow Row(const Document& doc, const OrgMention& o) {
  ItemRow r = BaseRow(doc, ItemKind::kOrg, o.span);
  r.name = o.name;
  return r;
}

ItemRow Row(const Document& doc, const FigureMention& f) {
  ItemRow r = BaseRow(doc, ItemKind::kFigure, f.span);
  r.unit = f.unit;
  r.value = f.value;
  r.low = f.low;
  r.high = f.high;
  r.qualifier = f.qualifier;
  r.noun = f.noun;
  return r;
}

ItemRow Row(const Document& doc, const DateMention& d) {
  ItemRow r = BaseRow(doc, ItemKind::kDate, d.span);
  if (!d.value.empty()) r.date_value = d.value;
  return r;
}

}  // namespace

bool ItemRowBefore(const ItemRow& a, const ItemRow& b) {
  if (a.start != b.start) return a.start < b.start;
  if (a.kind != b.kind) return a.kind < b.kind;
  return a.end < b.end;
}

void ForEachItemRow(const Document& doc, const Items& items, const std::function<void(const ItemRow&)>& fn) {
  // A merge of the five lists, each already in text order, in ItemKind order so that ties
  // on the start go to the lower kind, as ItemRowBefore says. Each list's head offset is
  // mapped to the file once, when the head changes.
  size_t next[5] = {0, 0, 0, 0, 0};
  const size_t size[5] = {items.claims.size(), items.people.size(), items.orgs.size(), items.figures.size(),
                          items.dates.size()};
  uint32_t head[5] = {0, 0, 0, 0, 0};
  auto load = [&](int k) {
    if (next[k] >= size[k]) return;
    Span s;
    switch (k) {
      case 0: s = SpanOf(items.claims[next[0]]); break;
      case 1: s = SpanOf(items.people[next[1]]); break;
      case 2: s = SpanOf(items.orgs[next[2]]); break;
      case 3: s = SpanOf(items.figures[next[3]]); break;
      default: s = SpanOf(items.dates[next[4]]); break;
    }
    head[k] = doc.offsets.ToOriginal(s.begin);
  };
  for (int k = 0; k < 5; ++k) load(k);
  while (true) {
    int best = -1;
    for (int k = 0; k < 5; ++k) {
      if (next[k] < size[k] && (best < 0 || head[k] < head[best])) best = k;
    }
    if (best < 0) return;
    switch (best) {
      case 0: fn(Row(doc, items.claims[next[0]++])); break;
      case 1: fn(Row(doc, items.people[next[1]++])); break;
      case 2: fn(Row(doc, items.orgs[next[2]++])); break;
      case 3: fn(Row(doc, items.figures[next[3]++])); break;
      default: fn(Row(doc, items.dates[next[4]++])); break;
    }
    load(best);
  }
}

std::vector<ItemRow> ToItemRows(const Document& doc, const Items& items) {
  std::vector<ItemRow> rows;
  ForEachItemRow(doc, items, [&](const ItemRow& r) { rows.push_back(r); });
  return rows;
}

void AppendItemJsonl(const ItemRow& r, std::string& out) {
  {
    JsonObject o(out);
    o.Str("doc", r.doc).Str("kind", ItemKindName(r.kind)).Int("start", r.start).Int("end", r.end);
    if (!r.record.empty()) o.Str("record", r.record);
    switch (r.kind) {
      case ItemKind::kClaim:
        o.StrOrNull("speaker", r.speaker).Str("speaker_type", r.speaker_type).Str("text", r.text).Bool("direct", r.direct);
        o.StrOrNull("cue", r.cue);
        if (!r.speaker_role.empty()) o.Str("speaker_role", r.speaker_role);
        if (!r.speaker_org.empty()) o.Str("speaker_org", r.speaker_org);
        if (!r.outlet.empty()) o.Str("outlet", r.outlet);
        if (!r.attribution.empty()) o.Str("attribution", r.attribution);
        if (!r.rule.empty()) o.Str("rule", r.rule);
        break;
      case ItemKind::kPerson:
        o.Str("name", r.name).Str("text", r.text);
        if (!r.role.empty()) o.Str("role", r.role);
        if (!r.org.empty()) o.Str("org", r.org);
        break;
      case ItemKind::kOrg:
        o.Str("name", r.name).Str("text", r.text);
        break;
      case ItemKind::kFigure:
        o.Str("text", r.text).Str("unit", r.unit);
        if (r.low && r.high) {
          o.Num("low", *r.low).Num("high", *r.high);
        } else if (r.value) {
          o.Num("value", *r.value);
        }
        if (!r.qualifier.empty()) o.Str("qualifier", r.qualifier);
        if (!r.noun.empty()) o.Str("noun", r.noun);
        break;
      case ItemKind::kDate:
        o.Str("text", r.text);
        if (r.date_value) o.Str("value", *r.date_value); else o.Null("value");
        break;
    }
  }
  out += '\n';
}

}  // namespace hearsay
