package io.voicecampaign.domain.campaign;

import io.vavr.collection.IndexedSeq;
import io.vavr.collection.Iterator;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A campaign's callees, as {@link AgentCampaign#callees()} holds them: an immutable
 * {@link IndexedSeq} of {@link Callee} that stores the callees' strings, not {@code Callee} objects.
 *
 * <p>The numbers and texts are kept in chunks of {@value #CHUNK} callees: a chunk's arrays stay far
 * below the size from which G1 allocates an array as a humongous object (half a region, 512 kB with
 * the 1 MB regions of a 2 GB heap), which a list of 200,000 references already crosses. The strings are
 * the ones the builder was given, referenced, not copied. A {@code Callee} is made when one is asked
 * for ({@link #get}, {@link #iterator}); operations that build another collection work on a
 * {@link Vector} of them made on first use. Serializers read the strings without making callees
 * ({@link #cursor}, {@link #number}) and the sizes counted while the callees were
 * checked ({@link #numberDigits}, {@link #textUnits}, {@link #textsAt}, {@link #plainTexts}).
 */
public final class CalleeList extends DelegatingIndexedSeq<Callee> {

  /** Callees per chunk. */
  static final int CHUNK = 1 << 13;
  private static final int SHIFT = 13;
  private static final int MASK = CHUNK - 1;

  private final Chunk[] chunks;
  private final int size;
  private final Tally tally;
  private final boolean checked;
  private final AtomicReference<IndexedSeq<Callee>> materialised = new AtomicReference<>();

  private CalleeList(Chunk[] chunks, int size, Tally tally, boolean checked) {
    this.chunks = chunks;
    this.size = size;
    this.tally = tally;
    this.checked = checked;
  }

  /** {@code callees} as a list, the same one when it is already a {@code CalleeList}. */
  static CalleeList of(Seq<Callee> callees) {
    if (callees instanceof CalleeList list) {
      return list;
    }
    Appender appender = new Appender();
    appender.expect(callees.size());
    Tally tally = new Tally();
    int index = 0;
    for (Callee callee : callees) {
      if (callee == null) {
        // the message is built only when thrown: this loop runs up to 200,000 times
        throw new NullPointerException("callees[" + index + "] == null");
      }
      String number = callee.number().digits();
      String[] texts = callee.texts();
      appender.add(number, texts);
      // a Callee is valid by construction: this only counts its sizes
      Callee.isValid(number, texts, 0, texts.length, tally);
      index++;
    }
    return appender.toList(tally, false);
  }

  /**
   * True when a builder made the list after checking its size and that its numbers are distinct, so
   * the campaign need not check them again.
   */
  boolean checkedByBuilder() {
    return checked;
  }

  @Override
  public Callee get(int index) {
    Chunk chunk = chunk(index);
    int row = index & MASK;
    return Callee.trusted(chunk.numbers[row], chunk.texts, chunk.textFrom(row), chunk.textEnds[row]);
  }

  @Override
  public int length() {
    return size;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public Callee head() {
    if (size == 0) {
      throw new NoSuchElementException("head of empty CalleeList");
    }
    return get(0);
  }

  @Override
  public Iterator<Callee> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public Callee next() {
        if (next >= size) {
          throw new NoSuchElementException();
        }
        return CalleeList.this.get(next++);
      }
    };
  }

  /** Callee {@code index}'s number, its digits as given. */
  public String number(int index) {
    return chunk(index).numbers[index & MASK];
  }

  /** A cursor before the first callee, for reading them all in order without making callees. */
  public Cursor cursor() {
    return new Cursor();
  }

  /**
   * Reads the callees in order, one at a time, without making {@code Callee} objects: what a
   * serializer needs, answered from the chunk at hand. Not thread-safe; one per reader.
   */
  public final class Cursor {
    private int index = -1;
    private Chunk chunk;
    private int row;
    private int from;
    private int to;

    private Cursor() {}

    /** Moves to the next callee; false when there is none. */
    public boolean next() {
      if (index + 1 >= size) {
        index = size;
        return false;
      }
      index++;
      chunk = chunks[index >>> SHIFT];
      row = index & MASK;
      from = chunk.textFrom(row);
      int end = chunk.textEnds[row];
      while (end > from && chunk.texts[end - 1] == null) {
        end--;
      }
      to = end;
      return true;
    }

    /** The current callee's number. */
    public String number() {
      return chunk.numbers[row];
    }

    /** The current callee's highest text position present (0 when none), as {@link Callee#textCount()}. */
    public int textCount() {
      return to - from;
    }

    /** The current callee's text {@code n} (1-{@link #textCount()}) or {@code null}, as {@link Callee#text} holds it. */
    public String text(int n) {
      return n >= 1 && n <= to - from ? chunk.texts[from + n - 1] : null;
    }
  }

  /** The digits of every number together. */
  public long numberDigits() {
    return tally.numberDigits;
  }

  /** The UTF-16 units of every text together. */
  public long textUnits() {
    return tally.textUnits;
  }

  /** How many callees have text {@code n} (1-10). */
  public int textsAt(int n) {
    return tally.textsAt[n];
  }

  /**
   * True when every text is plain: printable ASCII other than the quote and the backslash, one byte
   * a character in any text format, so that {@link #textUnits()} is also their size in bytes.
   */
  public boolean plainTexts() {
    return tally.plain;
  }

  @Override
  IndexedSeq<Callee> all() {
    IndexedSeq<Callee> all = materialised.get();
    if (all == null) {
      all = Vector.tabulate(size, this::get);
      materialised.compareAndSet(null, all);
    }
    return all;
  }

  @Override
  public String stringPrefix() {
    return "CalleeList";
  }

  @Override
  public boolean equals(Object o) {
    return o == this || all().equals(o);
  }

  @Override
  public int hashCode() {
    return all().hashCode();
  }

  @Override
  public String toString() {
    return mkString(stringPrefix() + "(", ", ", ")");
  }

  private Chunk chunk(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("callee index " + index + " of " + size);
    }
    return chunks[index >>> SHIFT];
  }

  /** Up to {@value #CHUNK} callees: their numbers, and their texts one after another. */
  static final class Chunk {
    String[] numbers;
    /** Where each callee's texts end in {@link #texts}; they start where the previous callee's end. */
    int[] textEnds;
    String[] texts;
    int size;

    Chunk(int capacity, int textCapacity) {
      numbers = new String[capacity];
      textEnds = new int[capacity];
      texts = new String[textCapacity];
    }

    int textFrom(int row) {
      return row == 0 ? 0 : textEnds[row - 1];
    }

    /** A copy with the same room, for appending to while a list keeps this one. */
    Chunk copy() {
      Chunk copy = new Chunk(0, 0);
      copy.numbers = numbers.clone();
      copy.textEnds = textEnds.clone();
      copy.texts = texts.clone();
      copy.size = size;
      return copy;
    }
  }

  /**
   * Collects callees for a list, chunk by chunk; the builder's storage. A chunk starts with room for
   * the callees still expected (or a few) and grows up to {@value #CHUNK}. A list made from it shares
   * every chunk; an append after that copies the last one first, so the list never changes.
   */
  static final class Appender {
    private static final int TEXTS_PER_CALLEE = 2;
    private static final int FEWEST_ROWS = 16;
    private final ArrayList<Chunk> chunks = new ArrayList<>();
    private Chunk last;
    private int size;
    private int expected;
    private boolean shared;

    /** Makes room for {@code count} more callees. */
    void expect(int count) {
      expected = Math.max(expected, size + count);
      chunks.ensureCapacity((expected + CHUNK - 1) / CHUNK);
    }

    /** Appends a callee: its number and {@code texts} (may be {@code null}), kept by reference. */
    void add(String number, String[] texts) {
      int count = texts == null ? 0 : texts.length;
      int from = row(number, count);
      if (count > 0) {
        System.arraycopy(texts, 0, last.texts, from, count);
      }
    }

    /** Appends a callee with no texts. */
    void add(String number) {
      row(number, 0);
    }

    /** Appends a callee with one text. */
    void add(String number, String text1) {
      int from = row(number, 1);
      last.texts[from] = text1;
    }

    /** Appends a callee with two texts. */
    void add(String number, String text1, String text2) {
      int from = row(number, 2);
      last.texts[from] = text1;
      last.texts[from + 1] = text2;
    }

    /** Appends a row for {@code number} with room for {@code count} texts; answers where they go. */
    private int row(String number, int count) {
      if (shared && last.size < CHUNK) {
        last = last.copy();
        chunks.set(chunks.size() - 1, last);
      }
      shared = false;
      if (last == null || last.size == CHUNK) {
        int rows = Math.min(CHUNK, Math.max(FEWEST_ROWS, expected - size));
        last = new Chunk(rows, rows * TEXTS_PER_CALLEE);
        chunks.add(last);
      } else if (last.size == last.numbers.length) {
        int rows = Math.min(CHUNK, last.size * 2);
        last.numbers = Arrays.copyOf(last.numbers, rows);
        last.textEnds = Arrays.copyOf(last.textEnds, rows);
      }
      int row = last.size;
      int from = last.textFrom(row);
      if (from + count > last.texts.length) {
        last.texts = Arrays.copyOf(last.texts, Math.max(last.texts.length * 2, from + count));
      }
      last.numbers[row] = number;
      last.textEnds[row] = from + count;
      last.size++;
      size++;
      return from;
    }

    int size() {
      return size;
    }

    /** The number appended at {@code index}. */
    String number(int index) {
      return chunks.get(index >>> SHIFT).numbers[index & MASK];
    }

    /** The chunks so far; the callee at index {@code i} is in chunk {@code i / CHUNK}, row {@code i % CHUNK}. */
    java.util.List<Chunk> chunks() {
      return chunks;
    }

    /** A list of everything appended so far, with the sizes {@code tally} counted; {@code checked} when a builder checked it. */
    CalleeList toList(Tally tally, boolean checked) {
      shared = last != null;
      return new CalleeList(chunks.toArray(new Chunk[0]), size, tally, checked);
    }
  }

  /** The sizes of valid callees, counted while they are checked. */
  static final class Tally {
    private long numberDigits;
    private long textUnits;
    private final int[] textsAt = new int[Callee.MAX_TEXTS + 1];
    private boolean plain = true;

    /** Counts a valid, plain text at position {@code n}. */
    void plainText(int n, String text) {
      textsAt[n]++;
      textUnits += text.length();
    }

    /** Counts a valid text at position {@code n} that is not plain. */
    void otherText(int n, String text) {
      textsAt[n]++;
      textUnits += text.length();
      plain = false;
    }

    /** Counts a valid number. */
    void number(String number) {
      numberDigits += number.length();
    }
  }
}
