package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Attribution kinds of session 20 on hand-built graphs, each with the parse CoreNLP gave for a sentence of the same
 * shape: a fronted short answer and a reporting clause set into a sentence ({@link ShortAnswers}); "had given
 * assurances that" ({@link AssuranceCues}); a passive estimate with its agent ({@link EstimateCues#passive}); what is
 * urged when the object is no addressee ({@link QuoteCues}); a speaker's words reaching to the name given in a
 * clause below it and to the apposition after "Its author" ({@link SpeakerExtents}).
 */
class QuoteKindsS20Test {
  @Test
  void aShortAnswerFrontedBeforeItsSourceIsTheContent() {
    SentenceGraph no = graph("No/UH ,/, the/DT European/NNP Commission/NNP says/VBZ/say ./.",
        "discourse:5:0 punct:5:1 det:4:2 compound:4:3 nsubj:5:4 root:-1:5 punct:5:6");
    assertEquals("{0}", ShortAnswers.content(no, 5).tokens().toString());
    SentenceGraph notYet = graph("Not/RB yet/RB ,/, the/DT army/NN says/VBZ/say ./.",
        "advmod:1:0 advmod:5:1 punct:5:2 det:4:3 nsubj:5:4 root:-1:5 punct:5:6");
    assertEquals("{0, 1}", ShortAnswers.content(notYet, 5).tokens().toString());
    // a longer opening is no short answer ("On the whole, analysts say.") and a verb with content of its own is left alone
    SentenceGraph opening = graph("Later/RB in/IN the/DT long/JJ day/NN ,/, the/DT army/NN said/VBD/say ./.",
        "advmod:8:0 case:4:1 det:4:2 amod:4:3 obl:8:4 punct:8:5 det:7:6 nsubj:8:7 root:-1:8 punct:8:9");
    assertTrue(ShortAnswers.content(opening, 8).isEmpty());
  }

  @Test
  void aReportingClauseSetIntoASentenceReportsTheClauseBeforeIt() {
    SentenceGraph g = graph("The/DT rebels/NNS '/POS demands/NNS/demand have/VBP/have not/RB changed/VBN/change ,/, a/DT "
            + "Western/JJ diplomat/NN there/RB said/VBD/say ,/, but/CC the/DT mood/NN was/VBD/be calmer/JJR/calm ./.",
        "det:1:0 nmod:poss:3:1 case:1:2 nsubj:6:3 aux:6:4 advmod:6:5 root:-1:6 punct:6:7 det:10:8 amod:10:9 nsubj:12:10 "
            + "advmod:10:11 ccomp:6:12 punct:6:13 cc:18:14 det:16:15 nsubj:18:16 cop:18:17 conj:6:18 punct:6:19");
    assertEquals("{0, 1, 2, 3, 4, 5, 6}", ShortAnswers.content(g, 12).tokens().toString());
  }

  @Test
  void assurancesGivenThatAreTheSubjectsClaim() {
    SentenceGraph g = graph("Indonesia/NNP had/VBD/have given/VBN/give assurances/NNS/assurance that/IN it/PRP would/MD "
            + "keep/VB order/NN ./.",
        "nsubj:2:0 aux:2:1 root:-1:2 obj:2:3 mark:7:4 nsubj:7:5 aux:7:6 ccomp:3:7 obj:7:8 punct:2:9");
    assertEquals("{5, 6, 7, 8}", AssuranceCues.content(g, 2).tokens().toString());
    // a gift that is no cue noun attributes nothing ("had given money that ...")
    SentenceGraph money = graph("Indonesia/NNP had/VBD/have given/VBN/give money/NN that/IN it/PRP would/MD keep/VB ./.",
        "nsubj:2:0 aux:2:1 root:-1:2 obj:2:3 mark:7:4 nsubj:7:5 aux:7:6 ccomp:3:7 punct:2:8");
    assertTrue(AssuranceCues.content(money, 2).isEmpty());
  }

  @Test
  void aPassiveEstimateWithItsAgentIsTheAmount() {
    SentenceGraph g = graph("Their/PRP$ number/NN was/VBD/be estimated/VBN/estimate by/IN the/DT agency/NN at/IN more/JJR "
            + "than/IN 50,000/CD ./.",
        "nmod:poss:1:0 nsubj:pass:3:1 aux:pass:3:2 root:-1:3 case:6:4 det:6:5 obl:3:6 case:10:7 advmod:10:8 fixed:8:9 "
            + "obl:3:10 punct:3:11");
    assertEquals("{8, 9, 10}", QuoteCues.content(g, 3).tokens().toString());
  }

  @Test
  void anObjectOfUrgingThatIsNoAddresseeIsWhatIsUrged() {
    SentenceGraph restraint = graph("The/DT council/NN urged/VBD/urge restraint/NN ./.",
        "det:1:0 nsubj:2:1 root:-1:2 obj:2:3 punct:2:4");
    assertEquals("{3}", QuoteCues.content(restraint, 2).tokens().toString());
    SentenceGraph review = graph("The/DT opposition/NN urged/VBD/urge an/DT independent/JJ review/NN ./.",
        "det:1:0 nsubj:2:1 root:-1:2 det:5:3 amod:5:4 obj:2:5 punct:2:6");
    assertEquals("{3, 4, 5}", QuoteCues.content(review, 2).tokens().toString());
    // people urged are the addressees, not the content
    SentenceGraph voters = graph("The/DT council/NN urged/VBD/urge voters/NNS/voter ./.",
        "det:1:0 nsubj:2:1 root:-1:2 obj:2:3 punct:2:4");
    assertTrue(QuoteCues.content(voters, 2).isEmpty());
  }

  @Test
  void aSpeakersWordsReachTheNameGivenInAClauseBelowIt() {
    SentenceGraph g = graph("said/VBD/say one/CD of/IN the/DT soldiers/NNS/soldier ,/, a/DT corporal/NN who/WP would/MD "
            + "give/VB only/RB his/PRP$ surname/NN ,/, Banda/NNP",
        "root:-1:0 nsubj:0:1 case:4:2 det:4:3 nmod:1:4 punct:1:5 det:7:6 obj:10:7 nsubj:10:8 aux:10:9 acl:relcl:1:10 "
            + "advmod:13:11 nmod:poss:13:12 obj:10:13 punct:13:14 appos:13:15");
    assertEquals(15, SpeakerExtents.last(g, 1, NamePhrases.of(g, 1)));
    // a clause that gives no name still ends the speaker's words ("one of the soldiers, who would say only ...")
    SentenceGraph none = graph("said/VBD/say one/CD of/IN the/DT soldiers/NNS/soldier ,/, who/WP would/MD give/VB "
            + "his/PRP$ age/NN",
        "root:-1:0 nsubj:0:1 case:4:2 det:4:3 nmod:1:4 punct:1:5 nsubj:8:6 aux:8:7 acl:relcl:1:8 nmod:poss:10:9 obj:8:10");
    assertEquals(1, SpeakerExtents.last(none, 1, NamePhrases.of(none, 1)));
  }

  @Test
  void theSpeakerItsAuthorReachesItsApposition() {
    SentenceGraph g = graph("Its/PRP$ author/NN ,/, a/DT deputy/NN director/NN in/IN the/DT unit/NN ,/, warned/VBD/warn colleagues/NNS",
        "nmod:poss:1:0 nsubj:10:1 punct:1:2 det:5:3 compound:5:4 appos:1:5 case:8:6 det:8:7 nmod:5:8 punct:1:9 root:-1:10 obj:10:11");
    assertEquals(8, SpeakerExtents.last(g, 1, NamePhrases.of(g, 1)));
    // without a pronoun possessor the noun is the speaker ("The author, a deputy director, ...")
    SentenceGraph the = graph("The/DT author/NN ,/, a/DT deputy/NN director/NN ,/, warned/VBD/warn colleagues/NNS",
        "det:1:0 nsubj:7:1 punct:1:2 det:5:3 compound:5:4 appos:1:5 punct:1:6 root:-1:7 obj:7:8");
    assertEquals(1, SpeakerExtents.last(the, 1, NamePhrases.of(the, 1)));
  }
}
