// The passes over a page: (1) count each element's text; (2) mark what is dropped
// (tags that hold no prose, hidden elements, boilerplate class and id words); (3) cut the
// rest into blocks, each the text between block-level tags; (4) score containers
// (readability's rule); (5) keep the blocks of the best container and its siblings, less
// link lists; (6) write them out with whitespace collapsed and an anchor per character.
// Metadata comes from <head> (meta tags, <title>, canonical link), JSON-LD and <time>.
#include "ingest/html.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include "base/fold.h"
#include "base/utf8.h"

namespace hearsay {
namespace {

constexpr int kMaxDepth = 400;  // deeper nesting is not prose

struct GumboOutputDeleter {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

bool IsElement(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE; }
bool IsText(const GumboNode* n) {
  return n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA;
}
GumboTag Tag(const GumboNode* n) { return IsElement(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }

const GumboVector& Children(const GumboNode* n) {
  return n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
}
template <typename F>
void ForChildren(const GumboNode* n, F&& f) {
  const GumboVector& c = Children(n);
  for (unsigned i = 0; i < c.length; ++i) f(static_cast<const GumboNode*>(c.data[i]));
}

std::string_view Attr(const GumboNode* n, const char* name) {
  if (!IsElement(n)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

bool IsHeading(GumboTag t) { return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6; }

// Tags that start a new line of text.
bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_CAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HGROUP:
      return true;
    default:
      return false;
  }
}

// Tags whose content is never article prose.
bool IsNonProseTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_LABEL: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

// Class and id words of boilerplate (readability's unlikelyCandidates and negative
// weights, with trafilatura's share, newsletter and cookie bars). Strong words drop an
// element whatever else its class says ("content-related-stories"); weak ones only
// without a content word ("article-header").
const RE2& StrongBoilerplateHint() {
  static const RE2 re(
      R"((?i)(?P<hint>comment(?:$|[-_ s])|commentlist|disqus|share|sharing|social|related|newsletter|subscri|)"
      R"(signup|sign-up|cookie|consent|gdpr|sidebar|footer|breadcrumb|(?:^|[-_ ])nav(?:$|[-_ ])|navbar|)"
      R"(navigation|menu|advert|(?:^|[-_ ])ads?(?:$|[-_ ])|-ad-|sponsor|promo|outbrain|taboola|popup|modal|)"
      R"(recommend|trending|popular|most-read|read-next|more-stories|author-bio|paywall|)"
      R"(skip-link|screen-reader))");
  return re;
}
const RE2& WeakBoilerplateHint() {
  static const RE2 re(
      R"((?i)(?P<hint>banner|combx|community|extra|foot|masthead|pager|pagination|remark|replies|rss|shoutbox|)"
      R"(skyscraper|supplemental|toolbar|widget|login|(?:^|[-_ ])tags?(?:$|[-_ ])|jump|print|legends|hidden|)"
      R"(meta(?:$|[-_ ])))");
  return re;
}
const RE2& ContentHint() {
  static const RE2 re(
      R"((?i)(?P<hint>article|body|content|entry|hentry|h-entry|main|post|story|text|blog))");
  return re;
}

// How surely a container's class, id, itemprop or role names the article body, after
// trafilatura's BODY_XPATH (its four expressions, in order): 4 the surest, 0 none.
int BodyTier(const GumboNode* n, std::string_view cls, std::string_view id) {
  const GumboTag t = n->v.element.tag;
  if (t != GUMBO_TAG_DIV && t != GUMBO_TAG_ARTICLE && t != GUMBO_TAG_MAIN && t != GUMBO_TAG_SECTION) return 0;
  if (Attr(n, "itemprop") == "articleBody") return 4;
  auto has = [&](std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      if (cls.find(w) != std::string_view::npos || id.find(w) != std::string_view::npos) return true;
    }
    return false;
  };
  if (has({"post-text", "post_text", "post-body", "post-entry", "postentry", "post-content", "post_content",
           "postcontent", "article-text", "articletext", "entry-content", "article-content", "article__content",
           "article-body", "article__body", "articlebody", "articlecontent", "text-content", "body-text",
           "article__container", "art-content"})) {
    return 4;
  }
  const std::string_view role = Attr(n, "role");
  if (has({"post-bodycopy", "storycontent", "story-content", "art-postcontent", "theme-content", "blog-content",
           "section-content", "single-content", "main-column", "wpb_text_column", "story-body", "field-body",
           "fulltext"}) ||
      cls == "postarea" || cls == "text" || cls == "story" || id == "story" || id == "article" ||
      cls.rfind("article ", 0) == 0 || id.rfind("primary", 0) == 0 || role == "article") {
    return 3;
  }
  if (has({"content-main", "content_main", "content-body", "contentbody", "content__body", "main-content",
           "page-content"}) ||
      id == "content" || cls == "content") {
    return 2;
  }
  if (t == GUMBO_TAG_MAIN || t == GUMBO_TAG_ARTICLE || cls.rfind("main", 0) == 0 || id.rfind("main", 0) == 0 || role == "main") {
    return 1;
  }
  return 0;
}

// The class and id of an element, lower case, space separated.
std::string ClassAndId(const GumboNode* n) {
  std::string s(Attr(n, "class"));
  const std::string_view id = Attr(n, "id");
  if (!id.empty()) {
    s += ' ';
    s += id;
  }
  return AsciiLower(s);
}

bool IsHidden(const GumboNode* n) {
  if (gumbo_get_attribute(&n->v.element.attributes, "hidden")) return true;
  if (Attr(n, "aria-hidden") == "true") return true;
  const std::string style = AsciiLower(Attr(n, "style"));
  if (!style.empty()) {
    std::string compact;
    for (char c : style) if (c != ' ') compact += c;
    if (compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos) return true;
  }
  const std::string_view role = Attr(n, "role");
  return role == "navigation" || role == "complementary" || role == "banner" || role == "contentinfo" ||
         role == "dialog" || role == "menu" || role == "menubar" || role == "alert";
}

// Number of non-space bytes of a text.
size_t TextWeight(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += !(c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f');
  return n;
}

struct NodeInfo {
  size_t chars = 0;       // non-space text bytes under the element (before dropping)
  size_t kept = 0;        // the same, of the blocks kept for scoring
  size_t link_chars = 0;  // of those, inside <a>
  double score = 0;
  bool scored = false;
  bool dropped = false;
};

// A block: the text between two block-level tags, owned by the innermost block element.
struct Block {
  const GumboNode* owner = nullptr;
  std::vector<const GumboNode*> pieces;  // text nodes and <br> elements, in order
  size_t chars = 0, link_chars = 0, commas = 0;
  bool keep = false;
};

class Page {
 public:
  explicit Page(const GumboNode* root) : root_(root) {}

  // `by_class`: drop blocks for boilerplate class and id words (a second run without it
  // rescues pages whose article sits in a container with an unlucky class).
  void Run(bool by_class) {
    by_class_ = by_class;
    info_.clear();
    blocks_.clear();
    best_ = nullptr;
    best_score_ = 0;
    Count(root_, 0);
    MarkDropped(root_, 0, false);
    BuildBlocks(root_, 0, false);
    Score();
    Choose();
  }
  // Non-space bytes of the kept blocks.
  size_t KeptChars() const {
    size_t n = 0;
    for (const Block& b : blocks_) n += b.keep ? b.chars : 0;
    return n;
  }
  const std::vector<Block>& blocks() const { return blocks_; }

 private:
  size_t Count(const GumboNode* n, int depth) {
    if (IsText(n)) return TextWeight({n->v.text.text});
    if (depth > kMaxDepth || (n->type != GUMBO_NODE_DOCUMENT && !IsElement(n))) return 0;
    const GumboTag t = Tag(n);
    if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT || t == GUMBO_TAG_TEMPLATE) return 0;
    size_t sum = 0;
    ForChildren(n, [&](const GumboNode* c) { sum += Count(c, depth + 1); });
    if (IsElement(n)) info_[n].chars = sum;
    if (t == GUMBO_TAG_BODY) body_chars_ = sum;
    return sum;
  }

  // An element is dropped for its tag, for being hidden, or for a boilerplate class or id
  // without a content word, unless it holds most of the page's text (a page-wide wrapper
  // such as <div class="site-content has-sidebar"> is no sidebar).
  void MarkDropped(const GumboNode* n, int depth, bool in_article) {
    if (depth > kMaxDepth || (n->type != GUMBO_NODE_DOCUMENT && !IsElement(n))) return;
    if (IsElement(n)) {
      const GumboTag t = Tag(n);
      NodeInfo& info = info_[n];
      bool drop = IsNonProseTag(t) || IsHidden(n) || (t == GUMBO_TAG_HEADER && !in_article);
      if (!drop && by_class_ && t != GUMBO_TAG_BODY && t != GUMBO_TAG_HTML && t != GUMBO_TAG_ARTICLE && t != GUMBO_TAG_MAIN) {
        const std::string hints = ClassAndId(n);
        if (!hints.empty() && (RE2::PartialMatch(hints, StrongBoilerplateHint()) ||
                               (RE2::PartialMatch(hints, WeakBoilerplateHint()) && !RE2::PartialMatch(hints, ContentHint())))) {
          drop = info.chars * 2 < body_chars_;
        }
      }
      if (drop) {
        info.dropped = true;
        return;
      }
      in_article = in_article || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN;
    }
    ForChildren(n, [&](const GumboNode* c) { MarkDropped(c, depth + 1, in_article); });
  }

  bool Dropped(const GumboNode* n) const {
    auto it = info_.find(n);
    return it != info_.end() && it->second.dropped;
  }

  Block& Current(const GumboNode* owner) {
    if (blocks_.empty() || blocks_.back().owner != owner || open_ == false) {
      blocks_.push_back({});
      blocks_.back().owner = owner;
      open_ = true;
    }
    return blocks_.back();
  }

  void BuildBlocks(const GumboNode* n, int depth, bool in_link) {
    if (depth > kMaxDepth) return;
    if (IsText(n)) {
      if (owner_stack_.empty()) return;
      Block& b = Current(owner_stack_.back());
      b.pieces.push_back(n);
      const std::string_view s = n->v.text.text;
      const size_t w = TextWeight(s);
      b.chars += w;
      if (in_link) b.link_chars += w;
      b.commas += static_cast<size_t>(std::count(s.begin(), s.end(), ','));
      return;
    }
    if (n->type != GUMBO_NODE_DOCUMENT && !IsElement(n)) return;
    if (IsElement(n) && Dropped(n)) return;
    const GumboTag t = Tag(n);
    if (t == GUMBO_TAG_BR) {
      if (!owner_stack_.empty()) Current(owner_stack_.back()).pieces.push_back(n);
      return;
    }
    const bool block = IsElement(n) && IsBlockTag(t);
    if (block) {
      open_ = false;
      owner_stack_.push_back(n);
    }
    ForChildren(n, [&](const GumboNode* c) { BuildBlocks(c, depth + 1, in_link || t == GUMBO_TAG_A); });
    if (block) {
      open_ = false;
      owner_stack_.pop_back();
    } else if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) {
      if (!owner_stack_.empty() && open_) Current(owner_stack_.back()).pieces.push_back(n);  // a cell ends: a space
    }
  }

  static int TagWeight(GumboTag t) {
    switch (t) {
      case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: return 5;
      case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION: return 3;
      case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
      case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
      case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
      case GUMBO_TAG_H6: case GUMBO_TAG_TH: return -5;
      default: return 0;
    }
  }

  static int ClassWeight(const GumboNode* n) {
    int w = 0;
    for (const char* a : {"class", "id"}) {
      const std::string v = AsciiLower(Attr(n, a));
      if (v.empty()) continue;
      if (RE2::PartialMatch(v, StrongBoilerplateHint()) || RE2::PartialMatch(v, WeakBoilerplateHint())) w -= 25;
      if (RE2::PartialMatch(v, ContentHint())) w += 25;
    }
    if (Tag(n) == GUMBO_TAG_ARTICLE || Tag(n) == GUMBO_TAG_MAIN) w += 25;
    return w;
  }

  NodeInfo& Scored(const GumboNode* n) {
    NodeInfo& info = info_[n];
    if (!info.scored) {
      info.scored = true;
      info.score = TagWeight(Tag(n)) + ClassWeight(n);
    }
    return info;
  }

  static bool IsParagraphLike(GumboTag t) {
    switch (t) {
      case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_TR: case GUMBO_TAG_DIV:
      case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_BLOCKQUOTE:
      case GUMBO_TAG_DD: case GUMBO_TAG_CENTER:
        return true;
      default:
        return false;
    }
  }

  // Readability: a paragraph of 25 or more characters gives 1 + its commas + one per 100
  // characters (at most 3) to its parent, half to its grandparent and a third of that
  // further up; a container's score is then scaled by the share of its text outside links.
  void Score() {
    for (const Block& b : blocks_) {
      for (const GumboNode* a = b.owner; a && a->type != GUMBO_NODE_DOCUMENT; a = a->parent) {
        NodeInfo& info = info_[a];
        info.kept += b.chars;
        info.link_chars += b.link_chars;
      }
    }
    for (const Block& b : blocks_) {
      if (b.chars < 25 || !IsParagraphLike(Tag(b.owner))) continue;
      const double points = 1.0 + static_cast<double>(b.commas) + std::min<double>(static_cast<double>(b.chars / 100), 3.0);
      // A div's own text counts as a paragraph of its parent, as readability turns such
      // divs into paragraphs.
      const GumboNode* a = b.owner->parent;
      for (int level = 0; a && IsElement(a) && level < 5; ++level, a = a->parent) {
        const double share = level == 0 ? 1.0 : level == 1 ? 0.5 : 1.0 / (level * 3);
        Scored(a).score += points * share;
      }
    }
    for (auto& [node, info] : info_) {
      if (!info.scored) continue;
      const double density = info.kept ? static_cast<double>(info.link_chars) / static_cast<double>(info.kept) : 1.0;
      info.score *= 1.0 - density;
      if (!best_ || info.score > best_score_ || (info.score == best_score_ && node->index_within_parent < best_->index_within_parent)) {
        best_ = node;
        best_score_ = info.score;
      }
    }
  }

  double LinkDensity(const GumboNode* n) const {
    auto it = info_.find(n);
    if (it == info_.end() || it->second.kept == 0) return 0;
    return static_cast<double>(it->second.link_chars) / static_cast<double>(it->second.kept);
  }

  bool Within(const GumboNode* n, const std::vector<const GumboNode*>& roots) const {
    for (const GumboNode* a = n; a; a = a->parent) {
      if (std::find(roots.begin(), roots.end(), a) != roots.end()) return true;
    }
    return false;
  }

  // The best container, its siblings that score near it or read as prose, and the page's
  // first top heading when it comes before them (the headline sits outside the body in
  // many templates).
  // The first container of the surest body tier that holds a fair share of the best
  // scored container's prose.
  const GumboNode* NamedBody() const {
    const GumboNode* found[5] = {};
    const size_t best_prose = best_ ? Prose(best_) : 0;
    const size_t enough = std::max<size_t>(200, best_prose * 3 / 10);
    std::vector<const GumboNode*> stack = {root_};
    while (!stack.empty()) {  // document order
      const GumboNode* n = stack.back();
      stack.pop_back();
      if (n->type != GUMBO_NODE_DOCUMENT && (!IsElement(n) || Dropped(n))) continue;
      if (IsElement(n)) {
        const std::string cls = AsciiLower(Attr(n, "class")), id = AsciiLower(Attr(n, "id"));
        const int tier = BodyTier(n, cls, id);
        if (tier > 0 && !found[tier] && Prose(n) >= enough) found[tier] = n;
      }
      const GumboVector& c = Children(n);
      for (unsigned i = c.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(c.data[i]));
    }
    for (int tier = 4; tier > 0; --tier) {
      if (found[tier]) return found[tier];
    }
    return nullptr;
  }

  // Kept text outside links under `n`.
  size_t Prose(const GumboNode* n) const {
    auto it = info_.find(n);
    return it == info_.end() ? 0 : it->second.kept - it->second.link_chars;
  }

  void Choose() {
    std::vector<const GumboNode*> roots;
    if (const GumboNode* named = NamedBody()) {
      roots.push_back(named);
    } else if (!best_) {
      roots.push_back(root_);  // no scored container: the whole page
    } else {
      const GumboNode* parent = best_->parent;
      const double threshold = std::max(10.0, best_score_ * 0.2);
      const std::string best_class(Attr(best_, "class"));
      if (!parent || !IsElement(parent)) {
        roots.push_back(best_);
      } else {
        ForChildren(parent, [&](const GumboNode* s) {
          if (!IsElement(s) || Dropped(s)) return;
          if (s == best_) {
            roots.push_back(s);
            return;
          }
          auto it = info_.find(s);
          double score = it != info_.end() && it->second.scored ? it->second.score : 0;
          if (!best_class.empty() && Attr(s, "class") == best_class) score += best_score_ * 0.2;
          bool take = score >= threshold;
          if (!take && Tag(s) == GUMBO_TAG_P) {
            const size_t chars = it != info_.end() ? it->second.kept : 0;
            const double density = LinkDensity(s);
            take = (chars > 80 && density < 0.25) || (chars > 0 && chars <= 80 && density == 0);
          }
          if (take) roots.push_back(s);
        });
      }
    }
    size_t first_kept = blocks_.size();
    std::vector<size_t> labels;  // short blocks to judge once the prose is known
    size_t first_prose = blocks_.size(), last_prose = 0;
    for (size_t i = 0; i < blocks_.size(); ++i) {
      Block& b = blocks_[i];
      if (b.chars == 0 || !Within(b.owner, roots)) continue;
      const GumboTag t = Tag(b.owner);
      const double density = b.chars ? static_cast<double>(b.link_chars) / static_cast<double>(b.chars) : 0;
      if (IsHeading(t) ? density > 0.9 : density > 0.5) continue;
      const std::string text = CollapseSpaces(BlockText(b));
      if (IsCopyright(text)) continue;
      b.keep = true;
      first_kept = std::min(first_kept, i);
      if (!IsHeading(t) && t != GUMBO_TAG_LI && t != GUMBO_TAG_PRE && t != GUMBO_TAG_TR && IsLabel(text)) labels.push_back(i);
      if (b.chars >= 100) {
        first_prose = std::min(first_prose, i);
        last_prose = i;
      }
    }
    // A label of a few words before the first paragraph or after the last one is a
    // byline, a date, a reading time; between paragraphs it is a subheading and stays,
    // unless it introduces something ("Photograph by", "Advertisement:").
    for (size_t i : labels) {
      const std::string text = CollapseSpaces(BlockText(blocks_[i]));
      const bool introduces = text.back() == ':' || (text.size() > 3 && AsciiLower(text.substr(text.size() - 3)) == " by");
      if (introduces || i < first_prose || i > last_prose) blocks_[i].keep = false;
    }
    // A heading heads text: one that only a dropped link list or nothing follows ("Related
    // stories", "You may also like") goes too.
    for (size_t i = 0; i < blocks_.size(); ++i) {
      if (!blocks_[i].keep || !IsHeading(Tag(blocks_[i].owner))) continue;
      bool heads = false;
      for (size_t k = i + 1; k < blocks_.size(); ++k) {
        if (blocks_[k].chars == 0) continue;
        if (IsHeading(Tag(blocks_[k].owner))) break;
        if (blocks_[k].keep) {
          heads = true;
          break;
        }
      }
      if (!heads) blocks_[i].keep = false;
    }
    for (size_t i = 0; i < first_kept; ++i) {
      Block& b = blocks_[i];
      if (Tag(b.owner) == GUMBO_TAG_H1 && b.chars > 0 && b.link_chars * 2 < b.chars) {
        b.keep = true;
        break;
      }
    }
  }

  static std::string BlockText(const Block& b) {
    std::string s;
    for (const GumboNode* p : b.pieces) {
      if (IsText(p)) s += p->v.text.text;
      else s += ' ';
    }
    return s;
  }

  static bool IsCopyright(const std::string& text) {
    if (text.rfind("\u00A9", 0) == 0 || text.rfind("Copyright", 0) == 0) return true;
    return text.size() < 200 && AsciiLower(text).find("all rights reserved") != std::string::npos;
  }

  // A few words without a sentence's end.
  static bool IsLabel(const std::string& text) {
    if (text.empty()) return false;
    const size_t words = static_cast<size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
    const char last = text.back();
    const bool sentence_end = last == '.' || last == '!' || last == '?' || last == '"' ||
                              (text.size() >= 3 && (text.substr(text.size() - 3) == "\u201D" || text.substr(text.size() - 3) == "\u2019"));
    return words < 4 && !sentence_end;
  }

  const GumboNode* root_;
  std::unordered_map<const GumboNode*, NodeInfo> info_;  // looked up only, never iterated for output
  size_t body_chars_ = 0;
  std::vector<Block> blocks_;
  std::vector<const GumboNode*> owner_stack_;
  bool open_ = false;
  const GumboNode* best_ = nullptr;
  double best_score_ = 0;
  bool by_class_ = true;
};

// Writes the kept blocks: white space collapsed, one block a line with a blank line
// between, <br> a line break, and an anchor for every character so that decoded entities
// map back onto the bytes they came from.
class Writer {
 public:
  Writer(std::string_view html, const OffsetMap& earlier, HtmlText& out) : html_(html), earlier_(earlier), out_(out) {}

  void Block(const hearsay::Block& b) {
    pending_space_ = false;
    break_ = out_.text.empty() ? 0 : 2;
    for (const GumboNode* p : b.pieces) {
      if (IsText(p)) {
        Text(p->v.text);
      } else if (Tag(p) == GUMBO_TAG_BR) {
        if (!at_line_start()) break_ = std::max(break_, 1);
        pending_space_ = false;
      } else if (!pending_space_) {
        pending_space_ = true;  // a table cell ended
        pending_space_pos_ = last_end_;
      }
    }
  }
  void Finish() { Anchor(last_end_); }

 private:
  bool at_line_start() const { return out_.text.empty() || out_.text.back() == '\n' || break_ > 0; }

  void Anchor(uint32_t pos) {
    out_.offsets.Add(static_cast<uint32_t>(out_.text.size()), earlier_.ToOriginal(std::min<uint32_t>(pos, static_cast<uint32_t>(html_.size()))));
  }

  // Emits one character (or a run of identical bytes) of decoded text from source `pos`.
  void Put(std::string_view c, uint32_t pos, uint32_t end) {
    if (SpaceAt(c, 0) == c.size()) {
      if (!pending_space_) pending_space_pos_ = pos;
      pending_space_ = true;
      return;
    }
    if (break_ > 0) {
      Anchor(last_end_);
      out_.text.append(static_cast<size_t>(break_), '\n');
      break_ = 0;
      pending_space_ = false;
    } else if (pending_space_ && !at_line_start()) {
      Anchor(pending_space_pos_);
      out_.text += ' ';
    }
    pending_space_ = false;
    Anchor(pos);
    out_.text.append(c);
    last_end_ = end;
  }

  static size_t EntityEnd(std::string_view s, size_t i) {
    size_t k = i + 1;
    if (k < s.size() && s[k] == '#') {
      ++k;
      const bool hex = k < s.size() && (s[k] == 'x' || s[k] == 'X');
      if (hex) ++k;
      while (k < s.size() && (hex ? std::isxdigit(static_cast<unsigned char>(s[k])) : std::isdigit(static_cast<unsigned char>(s[k])))) ++k;
    } else {
      while (k < s.size() && std::isalnum(static_cast<unsigned char>(s[k]))) ++k;
    }
    if (k < s.size() && s[k] == ';') ++k;
    return k;
  }

  static size_t CharLength(std::string_view s, size_t j) {
    size_t k = j;
    DecodeUtf8(s, k);
    return k - j;
  }

  // Walks the decoded text beside the source text: equal bytes are copied, a character
  // reference in the source gives the decoded character(s) it stands for, CR LF is one LF.
  void Text(const GumboText& t) {
    const std::string_view dec = t.text;
    std::string_view src(t.original_text.data, t.original_text.length);
    const bool inside = src.data() >= html_.data() && src.data() + src.size() <= html_.data() + html_.size();
    const auto base = static_cast<uint32_t>(inside ? src.data() - html_.data() : t.start_pos.offset);
    if (!inside) src = {};
    size_t i = 0, j = 0;
    while (j < dec.size()) {
      size_t dn = CharLength(dec, j), sn = dn;
      if (i >= src.size()) {
        sn = 0;
      } else if (src[i] == '&') {
        const size_t e = EntityEnd(src, i);
        if (e - i > 1 && dec.compare(j, e - i, src.substr(i, e - i)) != 0) {
          sn = e - i;
          // A legacy reference without its semicolon ("&copy2024") ends where the text
          // goes on.
          if (e < src.size() && j + dn < dec.size() && src[e - 1] != ';' && src[e] != dec[j + dn]) {
            for (size_t k = e - 1; k > i + 1; --k) {
              if (src[k] == dec[j + dn]) {
                sn = k - i;
                break;
              }
            }
          }
        } else {
          sn = dn = 1;
        }
      } else if (src[i] == '\r' && dec[j] == '\n') {
        sn = i + 1 < src.size() && src[i + 1] == '\n' ? 2 : 1;
      } else if (src.compare(i, dn, dec.substr(j, dn)) != 0) {
        sn = std::min(dn, src.size() - i);  // not expected: keep walking in step
      }
      const auto at = base + static_cast<uint32_t>(i);
      Put(dec.substr(j, dn), at, at + static_cast<uint32_t>(sn));
      i += sn;
      j += dn;
    }
  }

  std::string_view html_;
  const OffsetMap& earlier_;
  HtmlText& out_;
  bool pending_space_ = false;
  uint32_t pending_space_pos_ = 0;
  int break_ = 0;           // newlines owed before the next character
  uint32_t last_end_ = 0;   // source offset after the last character written
};

// ------------------------------------------------------------------ metadata

std::string NodeText(const GumboNode* n) {
  std::string s;
  if (IsText(n)) return n->v.text.text;
  if (!IsElement(n)) return s;
  ForChildren(n, [&](const GumboNode* c) { s += NodeText(c); });
  return s;
}

void AddAuthor(DocumentMeta& meta, std::string_view name) {
  std::string a = CollapseSpaces(name);
  if (a.size() > 3 && a.substr(0, 3) == "By ") a = a.substr(3);
  if (a.empty() || a.find("://") != std::string::npos || a.size() > 80) return;
  if (std::find(meta.authors.begin(), meta.authors.end(), a) == meta.authors.end()) meta.authors.push_back(a);
}

bool IsArticleType(const nlohmann::json& type) {
  auto one = [](const nlohmann::json& t) {
    return t.is_string() && t.get<std::string>().find("Article") != std::string::npos;
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), one);
  return one(type) || (type.is_string() && (type.get<std::string>() == "BlogPosting" || type.get<std::string>() == "Report"));
}

std::string JsonString(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_object()) {
    auto name = it->find("name");
    if (name != it->end() && name->is_string()) return name->get<std::string>();
  }
  return {};
}

// JSON-LD: the first object typed as an article gives date, authors, headline and publisher.
void ReadJsonLd(const nlohmann::json& j, DocumentMeta& meta, std::string& headline, int depth = 0) {
  if (depth > 8) return;
  if (j.is_array()) {
    for (const auto& e : j) ReadJsonLd(e, meta, headline, depth + 1);
    return;
  }
  if (!j.is_object()) return;
  if (auto g = j.find("@graph"); g != j.end()) ReadJsonLd(*g, meta, headline, depth + 1);
  auto type = j.find("@type");
  if (type == j.end() || !IsArticleType(*type)) return;
  if (meta.published.empty()) meta.published = MetaDate(JsonString(j, "datePublished"));
  if (headline.empty()) headline = JsonString(j, "headline");
  if (meta.outlet.empty()) meta.outlet = JsonString(j, "publisher");
  if (auto a = j.find("author"); a != j.end() && meta.authors.empty()) {
    auto take = [&](const nlohmann::json& e) {
      if (e.is_string()) AddAuthor(meta, e.get<std::string>());
      else if (e.is_object()) {
        auto name = e.find("name");
        if (name != e.end() && name->is_string()) AddAuthor(meta, name->get<std::string>());
      }
    };
    if (a->is_array()) for (const auto& e : *a) take(e);
    else take(*a);
  }
}

struct MetaReader {
  DocumentMeta meta;
  std::string og_title, title, headline, first_time;

  void Walk(const GumboNode* n, int depth) {
    if (depth > kMaxDepth || (n->type != GUMBO_NODE_DOCUMENT && !IsElement(n))) return;
    const GumboTag t = Tag(n);
    if (t == GUMBO_TAG_HTML && meta.language.empty()) meta.language = std::string(Attr(n, "lang"));
    if (t == GUMBO_TAG_TITLE && title.empty()) title = CollapseSpaces(NodeText(n));
    if (t == GUMBO_TAG_LINK && meta.url.empty() && AsciiLower(Attr(n, "rel")) == "canonical") meta.url = std::string(Attr(n, "href"));
    if (t == GUMBO_TAG_TIME && first_time.empty()) first_time = MetaDate(Attr(n, "datetime"));
    if (t == GUMBO_TAG_META) Meta(n);
    if (t == GUMBO_TAG_SCRIPT && AsciiLower(Attr(n, "type")) == "application/ld+json") {
      const nlohmann::json j = nlohmann::json::parse(NodeText(n), nullptr, /*allow_exceptions=*/false);
      if (!j.is_discarded()) ReadJsonLd(j, meta, headline);
      return;
    }
    if (IsElement(n) && Tag(n) != GUMBO_TAG_META && n->type == GUMBO_NODE_ELEMENT) {
      if (const std::string_view ip = Attr(n, "itemprop"); ip == "datePublished" && meta.published.empty()) {
        std::string_view v = Attr(n, "datetime");
        if (v.empty()) v = Attr(n, "content");
        meta.published = MetaDate(v);
      }
    }
    ForChildren(n, [&](const GumboNode* c) { Walk(c, depth + 1); });
  }

  void Meta(const GumboNode* n) {
    std::string key = AsciiLower(Attr(n, "property"));
    if (key.empty()) key = AsciiLower(Attr(n, "name"));
    if (key.empty()) key = AsciiLower(Attr(n, "itemprop"));
    const std::string_view content = Attr(n, "content");
    if (key.empty() || content.empty()) return;
    if (key == "og:title") {
      if (og_title.empty()) og_title = CollapseSpaces(content);
    } else if (key == "og:site_name") {
      if (meta.outlet.empty()) meta.outlet = CollapseSpaces(content);
    } else if (key == "og:url") {
      if (og_url.empty()) og_url = std::string(content);
    } else if (key == "article:published_time" || key == "datepublished" || key == "pubdate" || key == "publishdate" ||
               key == "date" || key == "dc.date.issued" || key == "parsely-pub-date" || key == "sailthru.date" ||
               key == "og:published_time" || key == "article.published" || key == "dcterms.created") {
      if (meta.published.empty()) meta.published = MetaDate(content);
    } else if (key == "author" || key == "article:author" || key == "dc.creator" || key == "parsely-author" ||
               key == "sailthru.author") {
      for (size_t start = 0; start < content.size();) {  // "A, B and C" stays one name list entry per comma
        size_t comma = content.find(',', start);
        if (comma == std::string_view::npos) comma = content.size();
        AddAuthor(meta, content.substr(start, comma - start));
        start = comma + 1;
      }
    }
  }

  std::string og_url;

  DocumentMeta Finish() {
    if (meta.url.empty()) meta.url = og_url;
    if (meta.published.empty()) meta.published = first_time;
    const std::string& t = !og_title.empty() ? og_title : !headline.empty() ? headline : title;
    meta.title = StripSiteSuffix(t, meta.outlet);
    return std::move(meta);
  }
};

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  size_t i = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
  const std::string head = AsciiLower(bytes.substr(i, 14));
  return head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0;
}

std::string MetaDate(std::string_view v) {
  while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
  auto digits = [&](size_t at, size_t n) {
    if (at + n > v.size()) return false;
    for (size_t k = at; k < at + n; ++k) if (!std::isdigit(static_cast<unsigned char>(v[k]))) return false;
    return true;
  };
  if (!digits(0, 4) || v.size() < 10 || v[4] != '-' || !digits(5, 2) || v[7] != '-' || !digits(8, 2)) return {};
  const int month = (v[5] - '0') * 10 + (v[6] - '0'), day = (v[8] - '0') * 10 + (v[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return {};
  if (v.size() >= 16 && (v[10] == 'T' || v[10] == ' ') && digits(11, 2) && v[13] == ':' && digits(14, 2)) {
    std::string s(v.substr(0, 16));
    s[10] = 'T';
    return s;
  }
  return std::string(v.substr(0, 10));
}

std::string StripSiteSuffix(std::string_view title, std::string_view site) {
  std::string t = CollapseSpaces(title);
  for (std::string_view sep : {" | ", " - ", " – ", " — ", " :: ", " · "}) {
    const size_t at = t.rfind(sep);
    if (at == std::string::npos || at == 0) continue;
    const std::string_view suffix = std::string_view(t).substr(at + sep.size());
    const bool is_site = !site.empty() && FoldName(suffix) == FoldName(site);
    if (is_site || std::count(suffix.begin(), suffix.end(), ' ') < 3) return t.substr(0, at);
  }
  return t;
}

Result<HtmlText> ExtractHtml(std::string_view html, const OffsetMap& earlier) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are repaired; none need recording
  std::unique_ptr<GumboOutput, GumboOutputDeleter> parsed(gumbo_parse_with_options(&options, html.data(), html.size()));
  if (!parsed) return Status::InvalidInput("HTML could not be parsed");
  HtmlText out;
  MetaReader meta;
  meta.Walk(parsed->document, 0);
  out.meta = meta.Finish();
  Page page(parsed->document);
  page.Run(/*by_class=*/true);
  if (page.KeptChars() < 500) {
    Page lenient(parsed->document);
    lenient.Run(/*by_class=*/false);
    if (lenient.KeptChars() > page.KeptChars() * 2) page = std::move(lenient);
  }
  Writer writer(html, earlier, out);
  for (const Block& b : page.blocks()) {
    if (b.keep) writer.Block(b);
  }
  writer.Finish();
  if (out.text.empty()) return Status::InvalidInput("no article text found in the HTML");
  out.text += '\n';
  return out;
}

}  // namespace hearsay
