package io.voicecampaign.reliability.fuzz;

/** What kind of body a fuzzed answer carries. */
enum Shape {

  /** A template as it is: with HTTP 2xx, a success. */
  VALID,
  /** A template with a byte-order mark in front: still valid. */
  BOM,
  /** A template with one to four values changed, removed, added, repeated or renamed. */
  MUTATED,
  /** A template whose envelope is broken: odd codes, codes of the wrong type, no code, odd messages. */
  BROKEN_ENVELOPE,
  /** A template or mutation cut short. */
  TRUNCATED,
  /** A template followed by more content. */
  TRAILING_CONTENT,
  /** A template with bytes that are not UTF-8 inside its strings. */
  INVALID_UTF8,
  /** A template whose lists hold 200 to 1,200 records. */
  MANY_RECORDS,
  /** JSON that is not an object: an array, a string, a number, a boolean, null. */
  NOT_AN_OBJECT,
  /** Arrays or objects nested hundreds to a hundred thousand levels deep. */
  DEEP_NESTING,
  /** Random JSON tokens in random order, up to some 100 KB. */
  JSON_TOKENS,
  /** An HTML or XML page. */
  MARKUP,
  /** No body at all. */
  EMPTY,
  /** Only whitespace. */
  BLANK,
  /** Random bytes, up to 4 KB. */
  BINARY,
  /** One megabyte (1,048,576 bytes) of random bytes. */
  MEGABYTE_OF_GARBAGE;

  /** True for the shapes no endpoint may read as a success. */
  boolean neverSuccess() {
    return switch (this) {
      case TRUNCATED, TRAILING_CONTENT, NOT_AN_OBJECT, MARKUP, EMPTY, BLANK, BINARY, MEGABYTE_OF_GARBAGE -> true;
      default -> false;
    };
  }
}
