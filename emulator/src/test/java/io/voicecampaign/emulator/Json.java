package io.voicecampaign.emulator;

import io.voicecampaign.emulator.json.JsonValue;

/** Reading answers in tests: {@code at(json, "data.records[0].taskId")}. */
public final class Json {

  private Json() {}

  /** The value at {@code path} (members by name, elements by {@code [i]}); fails the test when absent. */
  public static JsonValue at(JsonValue root, String path) {
    JsonValue current = root;
    for (String step : path.split("\\.")) {
      String name = step.contains("[") ? step.substring(0, step.indexOf('[')) : step;
      if (!name.isEmpty()) {
        if (!(current instanceof JsonValue.ObjectValue object) || !object.members().containsKey(name)) {
          throw new AssertionError("no member '" + name + "' on the way to " + path + " in " + root);
        }
        current = object.members().get(name);
      }
      for (int open = step.indexOf('['); open >= 0; open = step.indexOf('[', open + 1)) {
        int index = Integer.parseInt(step.substring(open + 1, step.indexOf(']', open)));
        if (!(current instanceof JsonValue.ArrayValue array) || index >= array.elements().size()) {
          throw new AssertionError("no element " + index + " on the way to " + path + " in " + root);
        }
        current = array.elements().get(index);
      }
    }
    return current;
  }

  /** The text of the string at {@code path}. */
  public static String text(JsonValue root, String path) {
    JsonValue value = at(root, path);
    if (value instanceof JsonValue.StringValue string) {
      return string.value();
    }
    throw new AssertionError(path + " is " + value.kind() + ", not a string");
  }

  /** The whole number at {@code path}. */
  public static long number(JsonValue root, String path) {
    JsonValue value = at(root, path);
    if (value instanceof JsonValue.NumberValue number) {
      return number.longValue().orElseThrow(() -> new AssertionError(path + " is not a whole number: " + number));
    }
    throw new AssertionError(path + " is " + value.kind() + ", not a number");
  }
}
