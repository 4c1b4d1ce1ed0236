package harbinger.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Words an article attributes to someone: a quoted passage ("…" or "...") or the complement of a reporting
 * verb ("X said that ..."), with who said it when that could be found.
 *
 * @param articleId article the quote comes from
 * @param content character offsets of the quoted or reported words in the article text (without the quote marks)
 * @param text the article text at {@code content}
 * @param speaker the coded actor of the speaker, or null when the speaker could not be coded (unknown person,
 *     unresolved pronoun) or was not found
 * @param speakerSpan where the speaker is named in the article (the subject of the reporting verb, possibly a
 *     pronoun), or null when no speaker was found
 * @param speakerText the article text at {@code speakerSpan}, or null when {@code speakerSpan} is null
 */
public record Quote(String articleId, Span content, String text, @Nullable Actor speaker,
                    @Nullable Span speakerSpan, @Nullable String speakerText) {
  public Quote {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(text, "text");
    if (text.length() != content.end() - content.start())
      throw new IllegalArgumentException("quote text of " + text.length() + " chars does not fit span " + content);
    if ((speakerSpan == null) != (speakerText == null))
      throw new IllegalArgumentException("speakerSpan and speakerText must both be set or both null");
  }
}
