#include "attribute_cases.h"

#include <cctype>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <sstream>

#include "hearsay/document.h"
#include "ingest/ingest.h"
#include "pipeline/extractor.h"
#include "test_util.h"

namespace hearsay::testing {
namespace {

constexpr size_t kSlack = 4;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string WithoutArticle(std::string s) {
  s = Lower(s);
  for (const char* a : {"a ", "an ", "the "}) {
    if (s.rfind(a, 0) == 0) return s.substr(std::strlen(a));
  }
  return s;
}

bool SpeakerMatches(const Want& w, const Claim& c) {
  if (w.type != SpeakerType::kGroup) return c.speaker == w.speaker;
  std::string alts = w.speaker;
  size_t p = 0;
  while (p <= alts.size()) {
    size_t e = alts.find('|', p);
    if (e == std::string::npos) e = alts.size();
    if (WithoutArticle(alts.substr(p, e - p)) == WithoutArticle(c.speaker)) return true;
    p = e + 1;
  }
  return false;
}

std::string Show(const Claim& c) {
  std::ostringstream os;
  os << "{\"" << c.speaker << "\", " << SpeakerTypeName(c.speaker_type) << ", " << (c.direct ? "direct" : "reported")
     << ", \"" << c.text << "\", cue \"" << c.cue << "\"";
  if (!c.speaker_role.empty()) os << ", role \"" << c.speaker_role << "\"";
  if (!c.speaker_org.empty()) os << ", org \"" << c.speaker_org << "\"";
  if (!c.outlet.empty()) os << ", outlet \"" << c.outlet << "\"";
  os << ", " << AttributionName(c.attribution) << " (" << c.rule << ")";
  return os.str() + "}";
}

std::string Show(const Want& w) {
  std::ostringstream os;
  os << "{\"" << w.speaker << "\", " << SpeakerTypeName(w.type) << ", " << (w.direct ? "direct" : "reported") << ", \""
     << w.text << "\", cue \"" << w.cue << "\"";
  if (w.role) os << ", role \"" << w.role << "\"";
  if (w.org) os << ", org \"" << w.org << "\"";
  if (w.outlet) os << ", outlet \"" << w.outlet << "\"";
  if (w.attribution) os << ", " << w.attribution;
  return os.str() + "}";
}

// What is wrong with claim `c` against `w`; "" when it matches.
std::string Mismatch(const Want& w, const Claim& c) {
  std::string why;
  if (!SpeakerMatches(w, c)) why += " speaker;";
  if (c.speaker_type != w.type) why += " speaker_type;";
  if (c.direct != w.direct) why += " direct;";
  if (c.cue != w.cue) why += " cue;";
  if (c.text.find(w.text) == std::string::npos) why += " text lacks the key;";
  if (c.text.size() > std::strlen(w.text) + kSlack) why += " text too long;";
  if (c.text.find('\n') != std::string::npos) why += " text crosses a paragraph;";
  if (w.role && Lower(c.speaker_role) != Lower(w.role)) why += " role;";
  if (w.org && Lower(c.speaker_org) != Lower(w.org)) why += " org;";
  if (w.outlet && Lower(c.outlet) != Lower(w.outlet)) why += " outlet;";
  if (w.attribution && AttributionName(c.attribution) != std::string_view(w.attribution)) why += " attribution;";
  return why;
}

std::vector<Claim> Claims(const Case& c) {
  std::string text = std::string(c.headline) + "\n\n";
  for (const std::string& p : c.paragraphs) text += p + "\n";
  Result<Document> doc = DecodeDocument("t.txt", text);
  EXPECT_TRUE(doc.ok());
  if (!doc.ok()) return {};
  return SharedExtractor().Analyze(*doc, AnalyzeOptions{}).items.claims;
}

}  // namespace

int CheckCases(const std::vector<Case>& cases) {
  const bool dump = std::getenv("HEARSAY_ATTRIBUTE_DUMP") != nullptr;
  for (const Case& c : cases) {
    const std::vector<Claim> got = Claims(c);
    std::string report;
    if (got.size() != c.want.size()) {
      report += "\n  count: got " + std::to_string(got.size()) + ", want " + std::to_string(c.want.size());
    }
    for (size_t i = 0; i < std::min(got.size(), c.want.size()); ++i) {
      const std::string why = Mismatch(c.want[i], got[i]);
      if (!why.empty()) report += "\n  claim " + std::to_string(i) + ":" + why;
    }
    if (!report.empty() || dump) {
      std::string body = "\n  input:\n";
      for (const std::string& p : c.paragraphs) body += "    | " + p + "\n";
      body += "  headline: " + std::string(c.headline) + "\n  want:";
      for (const Want& w : c.want) body += "\n    " + Show(w);
      body += "\n  got:";
      for (const Claim& g : got) body += "\n    " + Show(g);
      if (report.empty()) {
        std::cout << "[dump] " << c.name << body << "\n";
      } else {
        ADD_FAILURE() << "case \"" << c.name << "\":" << report << body;
      }
    }
  }
  return static_cast<int>(cases.size());
}

}  // namespace hearsay::testing
