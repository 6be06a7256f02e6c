package io.voicecampaign.emulator.wire;

import io.voicecampaign.emulator.json.JsonValue;
import io.voicecampaign.emulator.json.JsonWriter;
import io.voicecampaign.emulator.json.Numbers;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Typed reading of one JSON object's members, the way the platform's Java backend binds a body:
 * integers may come as numbers or numeric strings ({@code "agentId": "41"} in the create example),
 * strings may come as numbers, {@code null} is the same as absent, unknown members are ignored. Each
 * problem lands in {@link Problems} at its wire path; a getter then answers empty.
 */
public final class Fields {

  private final Map<String, JsonValue> members;
  private final String prefix;
  private final Problems problems;

  private Fields(Map<String, JsonValue> members, String prefix, Problems problems) {
    this.members = members;
    this.prefix = prefix;
    this.problems = problems;
  }

  /** The members of {@code body}, which must be an object; a problem at {@code path} otherwise. */
  public static Optional<Fields> of(JsonValue body, String path, Problems problems) {
    if (body instanceof JsonValue.ObjectValue object) {
      return Optional.of(new Fields(object.members(), path.isEmpty() ? "" : path + ".", problems));
    }
    problems.add(path.isEmpty() ? "body" : path, show(body), "must be a JSON object");
    return Optional.empty();
  }

  /** The members of a request body, which must be an object. */
  public static Optional<Fields> ofBody(JsonValue body, Problems problems) {
    return of(body, "", problems);
  }

  /** Where this object's problems are recorded. */
  Problems problems() {
    return problems;
  }

  /** The path of member {@code name}. */
  public String path(String name) {
    return prefix + name;
  }

  /** The member's value, absent for a missing member or a JSON {@code null}. */
  public Optional<JsonValue> value(String name) {
    JsonValue value = members.get(name);
    return value == null || value instanceof JsonValue.NullValue ? Optional.empty() : Optional.of(value);
  }

  /** True when the member is present and not {@code null}. */
  public boolean has(String name) {
    return value(name).isPresent();
  }

  /** A required whole number in {@code [min, max]}. */
  public OptionalLong requiredLong(String name, long min, long max) {
    if (!has(name)) {
      problems.add(path(name), null, "is required");
      return OptionalLong.empty();
    }
    return optionalLong(name, min, max);
  }

  /** An optional whole number in {@code [min, max]}. */
  public OptionalLong optionalLong(String name, long min, long max) {
    Optional<JsonValue> value = value(name);
    if (value.isEmpty()) {
      return OptionalLong.empty();
    }
    return wholeNumber(value.get(), path(name), min, max, problems);
  }

  /** A required string (a number is read as its literal). */
  public Optional<String> requiredString(String name) {
    if (!has(name)) {
      problems.add(path(name), null, "is required");
      return Optional.empty();
    }
    return optionalString(name);
  }

  /** An optional string (a number is read as its literal). */
  public Optional<String> optionalString(String name) {
    Optional<JsonValue> value = value(name);
    return value.isEmpty() ? Optional.empty() : text(value.get(), path(name), problems);
  }

  /** A required date-time {@code yyyy-MM-dd HH:mm:ss} in {@code zone}. */
  public Optional<Instant> requiredTime(String name, ZoneId zone) {
    return requiredString(name).flatMap(text -> time(text, name, zone));
  }

  /** An optional date-time {@code yyyy-MM-dd HH:mm:ss} in {@code zone}. */
  public Optional<Instant> optionalTime(String name, ZoneId zone) {
    return optionalString(name).flatMap(text -> time(text, name, zone));
  }

  private Optional<Instant> time(String text, String name, ZoneId zone) {
    Optional<Instant> instant = WireTime.parse(text, zone);
    if (instant.isEmpty()) {
      problems.add(path(name), text, "must be a date-time " + WireTime.PATTERN);
    }
    return instant;
  }

  /** A required nested object. */
  public Optional<Fields> requiredObject(String name) {
    if (!has(name)) {
      problems.add(path(name), null, "is required");
      return Optional.empty();
    }
    return optionalObject(name);
  }

  /** An optional nested object. */
  public Optional<Fields> optionalObject(String name) {
    Optional<JsonValue> value = value(name);
    return value.isEmpty() ? Optional.empty() : of(value.get(), path(name), problems);
  }

  /** An optional array's elements; empty for an absent member, a problem for another type. */
  public Optional<List<JsonValue>> optionalArray(String name) {
    Optional<JsonValue> value = value(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof JsonValue.ArrayValue array) {
      return Optional.of(array.elements());
    }
    problems.add(path(name), show(value.get()), "must be a JSON array");
    return Optional.empty();
  }

  /** An optional array of whole numbers in {@code [min, max]}; elements that are not are reported and skipped. */
  public Optional<List<Long>> optionalLongs(String name, long min, long max) {
    return optionalArray(name).map(elements -> {
      List<Long> values = new ArrayList<>(elements.size());
      for (int i = 0; i < elements.size(); i++) {
        wholeNumber(elements.get(i), path(name) + "[" + i + "]", min, max, problems).ifPresent(values::add);
      }
      return Collections.unmodifiableList(values);
    });
  }

  /** An optional array of strings; elements that are not are reported and skipped. */
  public Optional<List<String>> optionalStrings(String name) {
    return optionalArray(name).map(elements -> {
      List<String> values = new ArrayList<>(elements.size());
      for (int i = 0; i < elements.size(); i++) {
        String at = path(name) + "[" + i + "]";
        if (elements.get(i) instanceof JsonValue.NullValue) {
          problems.add(at, null, "must be a string");
        } else {
          text(elements.get(i), at, problems).ifPresent(values::add);
        }
      }
      return Collections.unmodifiableList(values);
    });
  }

  /** {@code value} as a whole number in {@code [min, max]}, or a problem at {@code path}. */
  static OptionalLong wholeNumber(JsonValue value, String path, long min, long max, Problems problems) {
    OptionalLong number = OptionalLong.empty();
    if (value instanceof JsonValue.NumberValue n) {
      number = n.longValue();
    } else if (value instanceof JsonValue.StringValue s) {
      number = Numbers.exactLong(s.value());
    }
    if (number.isEmpty()) {
      problems.add(path, show(value), "must be a whole number");
      return OptionalLong.empty();
    }
    long n = number.getAsLong();
    if (n < min || n > max) {
      problems.add(path, n, range(min, max));
      return OptionalLong.empty();
    }
    return number;
  }

  /** {@code value} as text (strings, and numbers by their literal), or a problem at {@code path}. */
  static Optional<String> text(JsonValue value, String path, Problems problems) {
    if (value instanceof JsonValue.StringValue s) {
      return Optional.of(s.value());
    }
    if (value instanceof JsonValue.NumberValue n) {
      return Optional.of(n.literal());
    }
    problems.add(path, show(value), "must be a string");
    return Optional.empty();
  }

  private static String range(long min, long max) {
    if (max == Long.MAX_VALUE) {
      return min == 1 ? "must be a positive whole number" : "must be at least " + min;
    }
    return "must be " + min + "-" + max;
  }

  /** A value as a violation shows it: its JSON text, cut at 60 characters; null for a JSON null. */
  public static String show(JsonValue value) {
    if (value == null || value instanceof JsonValue.NullValue) {
      return null;
    }
    if (value instanceof JsonValue.StringValue s) {
      return cut(s.value());
    }
    return cut(new JsonWriter().value(value).toString());
  }

  private static String cut(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
