package io.voicecampaign.domain.campaign;

import io.vavr.PartialFunction;
import io.vavr.Tuple2;
import io.vavr.Tuple3;
import io.vavr.collection.IndexedSeq;
import io.vavr.collection.Iterator;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * An {@link IndexedSeq} that answers every operation which builds another collection from the one
 * {@link #all()} returns, so that a subclass stores its elements as it likes and implements only
 * indexed access ({@code get}, {@code length}) and whatever it answers faster itself. Vavr has no
 * skeleton class for its collections; this is that skeleton, with nothing of its own.
 *
 * @param <T> the element type
 */
abstract class DelegatingIndexedSeq<T> implements IndexedSeq<T> {

  // the four properties of a strict, finite, indexed sequence are answered here, not by all(): a
  // collection made from this one asks them while it is being made

  /** Every element, in a collection the operations below are answered by. */
  abstract IndexedSeq<T> all();

  @Override
  public IndexedSeq<T> appendAll(Iterable<? extends T> a0) {
    return all().appendAll(a0);
  }

  @Override
  public IndexedSeq<T> append(T a0) {
    return all().append(a0);
  }

  @Override
  public java.util.List<T> asJavaMutable() {
    return all().asJavaMutable();
  }

  @Override
  public IndexedSeq<T> asJavaMutable(Consumer<? super java.util.List<T>> a0) {
    return all().asJavaMutable(a0);
  }

  @Override
  public java.util.List<T> asJava() {
    return all().asJava();
  }

  @Override
  public IndexedSeq<T> asJava(Consumer<? super java.util.List<T>> a0) {
    return all().asJava(a0);
  }

  @Override
  public <R> IndexedSeq<R> collect(PartialFunction<? super T, ? extends R> a0) {
    return all().collect(a0);
  }

  @Override
  public IndexedSeq<? extends IndexedSeq<T>> combinations() {
    return all().combinations();
  }

  @Override
  public IndexedSeq<? extends IndexedSeq<T>> combinations(int a0) {
    return all().combinations(a0);
  }

  @Override
  public Iterator<? extends IndexedSeq<T>> crossProduct(int a0) {
    return all().crossProduct(a0);
  }

  @Override
  public IndexedSeq<T> distinctByKeepLast(Comparator<? super T> a0) {
    return all().distinctByKeepLast(a0);
  }

  @Override
  public <U> IndexedSeq<T> distinctByKeepLast(Function<? super T, ? extends U> a0) {
    return all().distinctByKeepLast(a0);
  }

  @Override
  public IndexedSeq<T> distinctBy(Comparator<? super T> a0) {
    return all().distinctBy(a0);
  }

  @Override
  public <U> IndexedSeq<T> distinctBy(Function<? super T, ? extends U> a0) {
    return all().distinctBy(a0);
  }

  @Override
  public IndexedSeq<T> distinct() {
    return all().distinct();
  }

  @Override
  public IndexedSeq<T> dropRightUntil(Predicate<? super T> a0) {
    return all().dropRightUntil(a0);
  }

  @Override
  public IndexedSeq<T> dropRightWhile(Predicate<? super T> a0) {
    return all().dropRightWhile(a0);
  }

  @Override
  public IndexedSeq<T> dropRight(int a0) {
    return all().dropRight(a0);
  }

  @Override
  public IndexedSeq<T> dropUntil(Predicate<? super T> a0) {
    return all().dropUntil(a0);
  }

  @Override
  public IndexedSeq<T> dropWhile(Predicate<? super T> a0) {
    return all().dropWhile(a0);
  }

  @Override
  public IndexedSeq<T> drop(int a0) {
    return all().drop(a0);
  }

  @Override
  public IndexedSeq<T> filter(Predicate<? super T> a0) {
    return all().filter(a0);
  }

  @Override
  public <U> IndexedSeq<U> flatMap(Function<? super T, ? extends Iterable<? extends U>> a0) {
    return all().flatMap(a0);
  }

  @Override
  public <C> Map<C, ? extends IndexedSeq<T>> groupBy(Function<? super T, ? extends C> a0) {
    return all().groupBy(a0);
  }

  @Override
  public Iterator<? extends IndexedSeq<T>> grouped(int a0) {
    return all().grouped(a0);
  }

  @Override
  public boolean hasDefiniteSize() {
    return true;
  }

  @Override
  public int indexOf(T a0, int a1) {
    return all().indexOf(a0, a1);
  }

  @Override
  public Option<? extends IndexedSeq<T>> initOption() {
    return all().initOption();
  }

  @Override
  public IndexedSeq<T> init() {
    return all().init();
  }

  @Override
  public IndexedSeq<T> insertAll(int a0, Iterable<? extends T> a1) {
    return all().insertAll(a0, a1);
  }

  @Override
  public IndexedSeq<T> insert(int a0, T a1) {
    return all().insert(a0, a1);
  }

  @Override
  public IndexedSeq<T> intersperse(T a0) {
    return all().intersperse(a0);
  }

  @Override
  public boolean isAsync() {
    return false;
  }

  @Override
  public boolean isLazy() {
    return false;
  }

  @Override
  public boolean isTraversableAgain() {
    return true;
  }

  @Override
  public int lastIndexOf(T a0, int a1) {
    return all().lastIndexOf(a0, a1);
  }

  @Override
  public Seq<T> leftPadTo(int a0, T a1) {
    return all().leftPadTo(a0, a1);
  }

  @Override
  public <U> IndexedSeq<U> map(Function<? super T, ? extends U> a0) {
    return all().map(a0);
  }

  @Override
  public IndexedSeq<T> orElse(Iterable<? extends T> a0) {
    return all().orElse(a0);
  }

  @Override
  public IndexedSeq<T> orElse(Supplier<? extends Iterable<? extends T>> a0) {
    return all().orElse(a0);
  }

  @Override
  public IndexedSeq<T> padTo(int a0, T a1) {
    return all().padTo(a0, a1);
  }

  @Override
  public Tuple2<? extends IndexedSeq<T>, ? extends IndexedSeq<T>> partition(Predicate<? super T> a0) {
    return all().partition(a0);
  }

  @Override
  public IndexedSeq<T> patch(int a0, Iterable<? extends T> a1, int a2) {
    return all().patch(a0, a1, a2);
  }

  @Override
  public IndexedSeq<T> peek(Consumer<? super T> a0) {
    return all().peek(a0);
  }

  @Override
  public IndexedSeq<? extends IndexedSeq<T>> permutations() {
    return all().permutations();
  }

  @Override
  public IndexedSeq<T> prependAll(Iterable<? extends T> a0) {
    return all().prependAll(a0);
  }

  @Override
  public IndexedSeq<T> prepend(T a0) {
    return all().prepend(a0);
  }

  @Override
  public IndexedSeq<T> reject(Predicate<? super T> a0) {
    return all().reject(a0);
  }

  @Override
  public IndexedSeq<T> removeAll(T a0) {
    return all().removeAll(a0);
  }

  @Override
  public IndexedSeq<T> removeAll(Iterable<? extends T> a0) {
    return all().removeAll(a0);
  }

  @Override
  public IndexedSeq<T> removeAll(Predicate<? super T> a0) {
    return all().removeAll(a0);
  }

  @Override
  public IndexedSeq<T> removeAt(int a0) {
    return all().removeAt(a0);
  }

  @Override
  public IndexedSeq<T> removeFirst(Predicate<T> a0) {
    return all().removeFirst(a0);
  }

  @Override
  public IndexedSeq<T> removeLast(Predicate<T> a0) {
    return all().removeLast(a0);
  }

  @Override
  public IndexedSeq<T> remove(T a0) {
    return all().remove(a0);
  }

  @Override
  public IndexedSeq<T> replaceAll(T a0, T a1) {
    return all().replaceAll(a0, a1);
  }

  @Override
  public IndexedSeq<T> replace(T a0, T a1) {
    return all().replace(a0, a1);
  }

  @Override
  public IndexedSeq<T> retainAll(Iterable<? extends T> a0) {
    return all().retainAll(a0);
  }

  @Override
  public IndexedSeq<T> reverse() {
    return all().reverse();
  }

  @Override
  public IndexedSeq<T> rotateLeft(int a0) {
    return all().rotateLeft(a0);
  }

  @Override
  public IndexedSeq<T> rotateRight(int a0) {
    return all().rotateRight(a0);
  }

  @Override
  public <U> IndexedSeq<U> scanLeft(U a0, BiFunction<? super U, ? super T, ? extends U> a1) {
    return all().scanLeft(a0, a1);
  }

  @Override
  public <U> IndexedSeq<U> scanRight(U a0, BiFunction<? super T, ? super U, ? extends U> a1) {
    return all().scanRight(a0, a1);
  }

  @Override
  public IndexedSeq<T> scan(T a0, BiFunction<? super T, ? super T, ? extends T> a1) {
    return all().scan(a0, a1);
  }

  @Override
  public IndexedSeq<T> shuffle() {
    return all().shuffle();
  }

  @Override
  public IndexedSeq<T> slice(int a0, int a1) {
    return all().slice(a0, a1);
  }

  @Override
  public Iterator<? extends IndexedSeq<T>> slideBy(Function<? super T, ?> a0) {
    return all().slideBy(a0);
  }

  @Override
  public Iterator<? extends IndexedSeq<T>> sliding(int a0, int a1) {
    return all().sliding(a0, a1);
  }

  @Override
  public Iterator<? extends IndexedSeq<T>> sliding(int a0) {
    return all().sliding(a0);
  }

  @Override
  public <U> IndexedSeq<T> sortBy(Comparator<? super U> a0, Function<? super T, ? extends U> a1) {
    return all().sortBy(a0, a1);
  }

  @Override
  public <U extends Comparable<? super U>> IndexedSeq<T> sortBy(Function<? super T, ? extends U> a0) {
    return all().sortBy(a0);
  }

  @Override
  public IndexedSeq<T> sorted() {
    return all().sorted();
  }

  @Override
  public IndexedSeq<T> sorted(Comparator<? super T> a0) {
    return all().sorted(a0);
  }

  @Override
  public Tuple2<? extends IndexedSeq<T>, ? extends IndexedSeq<T>> span(Predicate<? super T> a0) {
    return all().span(a0);
  }

  @Override
  public Tuple2<? extends Seq<T>, ? extends Seq<T>> splitAtInclusive(Predicate<? super T> a0) {
    return all().splitAtInclusive(a0);
  }

  @Override
  public Tuple2<? extends Seq<T>, ? extends Seq<T>> splitAt(int a0) {
    return all().splitAt(a0);
  }

  @Override
  public Tuple2<? extends Seq<T>, ? extends Seq<T>> splitAt(Predicate<? super T> a0) {
    return all().splitAt(a0);
  }

  @Override
  public IndexedSeq<T> subSequence(int a0, int a1) {
    return all().subSequence(a0, a1);
  }

  @Override
  public IndexedSeq<T> subSequence(int a0) {
    return all().subSequence(a0);
  }

  @Override
  public Option<? extends IndexedSeq<T>> tailOption() {
    return all().tailOption();
  }

  @Override
  public IndexedSeq<T> tail() {
    return all().tail();
  }

  @Override
  public IndexedSeq<T> takeRightUntil(Predicate<? super T> a0) {
    return all().takeRightUntil(a0);
  }

  @Override
  public IndexedSeq<T> takeRightWhile(Predicate<? super T> a0) {
    return all().takeRightWhile(a0);
  }

  @Override
  public IndexedSeq<T> takeRight(int a0) {
    return all().takeRight(a0);
  }

  @Override
  public IndexedSeq<T> takeUntil(Predicate<? super T> a0) {
    return all().takeUntil(a0);
  }

  @Override
  public IndexedSeq<T> takeWhile(Predicate<? super T> a0) {
    return all().takeWhile(a0);
  }

  @Override
  public IndexedSeq<T> take(int a0) {
    return all().take(a0);
  }

  @Override
  public <T1, T2, T3> Tuple3<? extends IndexedSeq<T1>, ? extends IndexedSeq<T2>, ? extends IndexedSeq<T3>> unzip3(Function<? super T, Tuple3<? extends T1, ? extends T2, ? extends T3>> a0) {
    return all().unzip3(a0);
  }

  @Override
  public <T1, T2> Tuple2<? extends IndexedSeq<T1>, ? extends IndexedSeq<T2>> unzip(Function<? super T, Tuple2<? extends T1, ? extends T2>> a0) {
    return all().unzip(a0);
  }

  @Override
  public IndexedSeq<T> update(int a0, T a1) {
    return all().update(a0, a1);
  }

  @Override
  public IndexedSeq<T> update(int a0, Function<? super T, ? extends T> a1) {
    return all().update(a0, a1);
  }

  @Override
  public <U> IndexedSeq<Tuple2<T, U>> zipAll(Iterable<? extends U> a0, T a1, U a2) {
    return all().zipAll(a0, a1, a2);
  }

  @Override
  public IndexedSeq<Tuple2<T, Integer>> zipWithIndex() {
    return all().zipWithIndex();
  }

  @Override
  public <U> IndexedSeq<U> zipWithIndex(BiFunction<? super T, ? super Integer, ? extends U> a0) {
    return all().zipWithIndex(a0);
  }

  @Override
  public <U, R> IndexedSeq<R> zipWith(Iterable<? extends U> a0, BiFunction<? super T, ? super U, ? extends R> a1) {
    return all().zipWith(a0, a1);
  }

  @Override
  public <U> IndexedSeq<Tuple2<T, U>> zip(Iterable<? extends U> a0) {
    return all().zip(a0);
  }
}
