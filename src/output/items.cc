#include "output/items.h"

#include <algorithm>

#include "output/json.h"

namespace hearsay {

std::vector<ItemRow> ToItemRows(const Document& doc, const Items& items) {
  std::vector<ItemRow> rows;
  rows.reserve(items.claims.size() + items.people.size() + items.orgs.size() + items.figures.size() + items.dates.size());
  auto add = [&](ItemKind kind, Span span) -> ItemRow& {
    ItemRow& r = rows.emplace_back();
    r.doc = doc.path;
    r.kind = kind;
    const Span o = doc.Original(span);
    r.start = o.begin;
    r.end = o.end;
    r.text = std::string(span.In(doc.text));
    return r;
  };
  for (const Claim& c : items.claims) {
    ItemRow& r = add(ItemKind::kClaim, c.span());
    r.text = c.text;
    r.speaker = c.speaker;
    r.speaker_type = SpeakerTypeName(c.speaker_type);
    r.direct = c.direct;
    r.cue = c.cue;
    r.speaker_role = c.speaker_role;
    r.speaker_org = c.speaker_org;
    r.outlet = c.outlet;
  }
  for (const PersonMention& p : items.people) {
    ItemRow& r = add(ItemKind::kPerson, p.span);
    r.name = p.name;
    r.role = p.role;
    r.org = p.org;
  }
  for (const OrgMention& o : items.orgs) add(ItemKind::kOrg, o.span).name = o.name;
  for (const FigureMention& f : items.figures) {
    ItemRow& r = add(ItemKind::kFigure, f.span);
    r.unit = f.unit;
    r.value = f.value;
    r.low = f.low;
    r.high = f.high;
    r.qualifier = f.qualifier;
    r.noun = f.noun;
  }
  for (const DateMention& d : items.dates) {
    ItemRow& r = add(ItemKind::kDate, d.span);
    if (!d.value.empty()) r.date_value = d.value;
  }
  std::stable_sort(rows.begin(), rows.end(), [](const ItemRow& a, const ItemRow& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.kind != b.kind) return a.kind < b.kind;
    return a.end < b.end;
  });
  return rows;
}

void AppendItemJsonl(const ItemRow& r, std::string& out) {
  {
    JsonObject o(out);
    o.Str("doc", r.doc).Str("kind", ItemKindName(r.kind)).Int("start", r.start).Int("end", r.end);
    switch (r.kind) {
      case ItemKind::kClaim:
        o.StrOrNull("speaker", r.speaker).Str("speaker_type", r.speaker_type).Str("text", r.text).Bool("direct", r.direct);
        o.StrOrNull("cue", r.cue);
        if (!r.speaker_role.empty()) o.Str("speaker_role", r.speaker_role);
        if (!r.speaker_org.empty()) o.Str("speaker_org", r.speaker_org);
        if (!r.outlet.empty()) o.Str("outlet", r.outlet);
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
