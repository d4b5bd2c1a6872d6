// The English test: invented news paragraphs in English and in other languages.
#include <gtest/gtest.h>

#include "ingest/language.h"

namespace hearsay {
namespace {

TEST(LanguageTest, EnglishAndOthers) {
  struct Case {
    const char* lang;
    const char* text;
    bool english;
  } cases[] = {
      {"en", "The council said on Monday that it would build a new bridge over the river, and the mayor told reporters "
             "that work could start in the spring if the budget is approved by the state.", true},
      {"en list", "Top singers of the year\n\n01. Ann Berg\n02. Bo Lind\n03. Cy Moss\n04. Di Park\n05. Ed Quinn\n06. Flo Ruiz\n"
                  "07. Gus Sato\n08. Hal Tam\n09. Ivy Ueda\n10. Jo Vance\n11. Kim Wu\n12. Lu Xi\n\n"
                  "I heard about this list on the radio and had to look it up, because it is bound to start a fight.", true},
      {"en short", "Bridge opens", true},
      {"en quotes", "\u201C\u201C\u201C\u201C\u201C\u201C\u201C\u201C\u201C\u201C\u201C\u201C \u2014 he said \u20AC5 \u2026", true},
      {"fr", "Le conseil municipal a annoncé lundi qu'il construirait un nouveau pont sur la rivière, et le maire a déclaré "
             "aux journalistes que les travaux pourraient commencer au printemps si le budget est approuvé par l'État.", false},
      {"de", "Der Stadtrat teilte am Montag mit, dass er eine neue Brücke über den Fluss bauen werde, und der Bürgermeister "
             "sagte den Journalisten, die Arbeiten könnten im Frühjahr beginnen, wenn das Land den Haushalt genehmigt.", false},
      {"es", "El ayuntamiento anunció el lunes que construirá un nuevo puente sobre el río, y el alcalde dijo a los "
             "periodistas que las obras podrían comenzar en primavera si el gobierno aprueba el presupuesto.", false},
      {"nl", "De gemeenteraad zei maandag dat hij een nieuwe brug over de rivier zou bouwen, en de burgemeester vertelde "
             "verslaggevers dat het werk in het voorjaar kan beginnen als de begroting is goedgekeurd.", false},
      {"it", "Il consiglio comunale ha detto lunedì che costruirà un nuovo ponte sul fiume, e il sindaco ha dichiarato ai "
             "giornalisti che i lavori potrebbero iniziare in primavera se il bilancio sarà approvato.", false},
      {"ru", "Городской совет заявил в понедельник, что построит новый мост через реку, а мэр сказал журналистам, что "
             "работы могут начаться весной, если бюджет будет утвержден.", false},
      {"zh", "市议会周一表示将在河上修建一座新桥，市长告诉记者，如果预算获得批准，工程可能在春季开始。", false},
  };
  for (const Case& c : cases) {
    const LanguageGuess g = GuessEnglish(c.text);
    EXPECT_EQ(g.english, c.english) << c.lang << " share " << g.share << " of " << g.words;
  }
}

}  // namespace
}  // namespace hearsay
