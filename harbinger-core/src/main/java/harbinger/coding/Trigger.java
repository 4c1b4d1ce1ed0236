package harbinger.coding;

import harbinger.lexicon.LexiconEntry;

/** A lexicon entry matched at a token of a sentence. */
record Trigger(int token, LexiconEntry entry) {
  String code() { return entry.code(); }
  boolean noun() { return entry.noun(); }
}
