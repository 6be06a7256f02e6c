package io.voicecampaign.emulator.json;

/** Where a {@link JsonReader} or {@link JsonWriter} stands in the document: the kinds of open scope. */
final class JsonScope {

  static final int EMPTY_DOCUMENT = 0;
  static final int NONEMPTY_DOCUMENT = 1;
  static final int EMPTY_ARRAY = 2;
  static final int NONEMPTY_ARRAY = 3;
  static final int EMPTY_OBJECT = 4;
  static final int DANGLING_NAME = 5;
  static final int NONEMPTY_OBJECT = 6;

  private JsonScope() {}
}
