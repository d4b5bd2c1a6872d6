#include <gtest/gtest.h>

#include "ingest/ingest.h"
#include "output/items.h"
#include "output/json.h"

namespace hearsay {
namespace {

struct JsonCase {
  std::string in;
  std::string want;
};

TEST(JsonTest, StringEscaping) {
  const JsonCase cases[] = {
      {"plain", "\"plain\""},
      {"say \"hi\"", "\"say \\\"hi\\\"\""},
      {"back\\slash", "\"back\\\\slash\""},
      {"line\nbreak\ttab\r", "\"line\\nbreak\\ttab\\r\""},
      {std::string("nul\0x", 5), "\"nul\\u0000x\""},
      {"\x01\x1f\x7f", "\"\\u0001\\u001f\\u007f\""},
      {"\xE2\x80\xA8sep\xE2\x80\xA9", "\"\\u2028sep\\u2029\""},
      {"“curly” 中", "\"“curly” 中\""},
      {"</script>", "\"</script>\""},
  };
  for (const JsonCase& c : cases) {
    std::string out;
    AppendJsonString(out, c.in);
    EXPECT_EQ(out, c.want);
  }
}

TEST(JsonTest, Numbers) {
  const std::pair<double, const char*> cases[] = {
      {4350000000.0, "4350000000"}, {33, "33"}, {4.35, "4.35"}, {0.5, "0.5"}, {-2, "-2"}, {1e20, "1e+20"}};
  for (const auto& [v, want] : cases) {
    std::string out;
    AppendJsonNumber(out, v);
    EXPECT_EQ(out, want);
  }
}

TEST(ItemsTest, JsonlFollowsTheContract) {
  // A BOM shifts every original offset by three bytes.
  Document doc = std::move(*DecodeDocument("dir/a.txt", "\xEF\xBB\xBF\"Hi,\" Xu said. Up 33 per cent."));
  Items items;
  Claim c;
  c.parts = {{1, 3}};
  c.text = "Hi";
  c.direct = true;
  c.speaker = "Xu Bing";
  c.speaker_type = SpeakerType::kPerson;
  c.cue = "said";
  c.speaker_org = "SenseTime";
  items.claims.push_back(c);
  items.people.push_back({{6, 8}, "Xu Bing", "co-founder", "SenseTime"});
  items.figures.push_back({{18, 29}, "percent", 33.0, std::nullopt, std::nullopt, "", ""});
  items.dates.push_back({{0, 0}, ""});
  std::string out;
  for (const ItemRow& r : ToItemRows(doc, items)) AppendItemJsonl(r, out);
  EXPECT_EQ(out,
            "{\"doc\":\"dir/a.txt\",\"kind\":\"date\",\"start\":3,\"end\":3,\"text\":\"\",\"value\":null}\n"
            "{\"doc\":\"dir/a.txt\",\"kind\":\"claim\",\"start\":4,\"end\":6,\"speaker\":\"Xu Bing\",\"speaker_type\":\"person\","
            "\"text\":\"Hi\",\"direct\":true,\"cue\":\"said\",\"speaker_org\":\"SenseTime\",\"attribution\":\"statement\"}\n"
            "{\"doc\":\"dir/a.txt\",\"kind\":\"person\",\"start\":9,\"end\":11,\"name\":\"Xu Bing\",\"text\":\"Xu\","
            "\"role\":\"co-founder\",\"org\":\"SenseTime\"}\n"
            "{\"doc\":\"dir/a.txt\",\"kind\":\"figure\",\"start\":21,\"end\":32,\"text\":\"33 per cent\",\"unit\":\"percent\",\"value\":33}\n");
}

}  // namespace
}  // namespace hearsay
