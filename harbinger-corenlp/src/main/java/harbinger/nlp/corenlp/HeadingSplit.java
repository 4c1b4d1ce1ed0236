package harbinger.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Ends a sentence after a subheading line ({@link HeadingLines}) that CoreNLP's splitter joined to the sentence
 * below. Runs between ssplit and the part-of-speech tagger, on the document's sentence maps: a sentence is cut into
 * new sentence maps with the fields ssplit sets (text, character and token offsets, index), tokens renumbered.
 */
final class HeadingSplit {
  private HeadingSplit() {}

  /** Splits the document's sentences in place; returns how many splits were made. */
  static int apply(Annotation doc) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) return 0;
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> out = new ArrayList<>(sentences.size());
    int splits = 0;
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      int from = 0;
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (!HeadingLines.endsHeading(text, tokens.get(i).endPosition(), tokens.get(i + 1).beginPosition())) continue;
        out.add(piece(s, tokens, from, i + 1, text));
        from = i + 1;
        splits++;
      }
      out.add(from == 0 ? s : piece(s, tokens, from, tokens.size(), text));
    }
    if (splits == 0) return 0;
    for (int k = 0; k < out.size(); k++) {
      out.get(k).set(CoreAnnotations.SentenceIndexAnnotation.class, k);
      for (CoreLabel t : out.get(k).get(CoreAnnotations.TokensAnnotation.class)) {
        t.set(CoreAnnotations.SentenceIndexAnnotation.class, k);
      }
    }
    doc.set(CoreAnnotations.SentencesAnnotation.class, out);
    return splits;
  }

  private static CoreMap piece(CoreMap sentence, List<CoreLabel> tokens, int from, int to, String text) {
    List<CoreLabel> part = new ArrayList<>(tokens.subList(from, to));
    int begin = part.get(0).beginPosition();
    int end = part.get(part.size() - 1).endPosition();
    Annotation piece = new Annotation(text.substring(begin, end));
    piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    piece.set(CoreAnnotations.TokensAnnotation.class, part);
    int tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    piece.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + from);
    piece.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + to);
    for (int i = 0; i < part.size(); i++) part.get(i).setIndex(i + 1);
    return piece;
  }
}
