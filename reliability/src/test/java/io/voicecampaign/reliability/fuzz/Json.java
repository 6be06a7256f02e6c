package io.voicecampaign.reliability.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * A small JSON tree the fuzzer can break: objects keep their members in order and may repeat a name,
 * arrays are {@link java.util.List}s, and {@link Raw} tokens are written as they are, so a tree can
 * hold numbers no Java type holds ({@code 1e400}, twenty-digit integers) or deliberately broken text.
 */
final class Json {

  private Json() {}

  /** A token written verbatim. */
  record Raw(String token) {}

  /** One member of an object. */
  static final class Member {
    String name;
    Object value;

    Member(String name, Object value) {
      this.name = name;
      this.value = value;
    }
  }

  /** An object: members in order, names may repeat. */
  static final class Obj {
    final List<Member> members = new ArrayList<>();

    Obj put(String name, Object value) {
      members.add(new Member(name, value));
      return this;
    }
  }

  /** A new object. */
  static Obj obj() {
    return new Obj();
  }

  /** A new mutable array of {@code values}. */
  static List<Object> array(Object... values) {
    List<Object> list = new ArrayList<>(values.length);
    for (Object value : values) {
      list.add(value);
    }
    return list;
  }

  /** A number token. */
  static Raw number(long value) {
    return new Raw(Long.toString(value));
  }

  /** The tree as JSON text. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder(256);
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Raw raw) {
      out.append(raw.token());
    } else if (value instanceof Boolean b) {
      out.append(b);
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Obj obj) {
      out.append('{');
      for (int i = 0; i < obj.members.size(); i++) {
        Member m = obj.members.get(i);
        out.append(i == 0 ? "" : ",");
        string(m.name, out);
        out.append(':');
        write(m.value, out);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("not a JSON tree value: " + value.getClass());
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
