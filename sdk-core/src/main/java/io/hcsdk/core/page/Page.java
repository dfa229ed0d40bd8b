package io.hcsdk.core.page;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a list: its items, the total when the service reports one, and the request for the
 * next page. A service module's fetch function builds it from the response with {@link #of} and
 * {@link #withNextToken}; the {@link Paginator} then decides {@link #next()} (from the total, a
 * short page or the token, and its own caps), so {@code next()} is empty on pages the module built.
 */
public final class Page<T> {
  private final List<T> items;
  private final Long total;
  private final String nextToken;
  private final PageRequest next;

  private Page(List<T> items, Long total, String nextToken, PageRequest next) {
    this.items = items;
    this.total = total;
    this.nextToken = nextToken;
    this.next = next;
  }

  /** A page without a known total; a null list (the service left the array out) is empty. */
  public static <T> Page<T> of(List<? extends T> items) {
    return new Page<>(items == null ? List.of() : List.copyOf(items), null, null, null);
  }

  public static <T> Page<T> of(List<? extends T> items, long total) {
    return Page.<T>of(items).withTotal(Optional.of(total));
  }

  /** A copy with the service's {@code total} / {@code total_count}, when it sent one. */
  public Page<T> withTotal(Optional<Long> total) {
    Long value = Objects.requireNonNull(total, "total").orElse(null);
    if (value != null && value < 0) {
      throw new IllegalArgumentException("total must be >= 0: " + value);
    }
    return new Page<>(items, value, nextToken, next);
  }

  /**
   * A copy with the service's continue token ({@code metadata.continue}); null or empty means
   * this is the last page, which is how Kubernetes-style lists say it.
   */
  public Page<T> withNextToken(String token) {
    return new Page<>(items, total, token == null || token.isEmpty() ? null : token, next);
  }

  public Page<T> withNextToken(Optional<String> token) {
    return withNextToken(Objects.requireNonNull(token, "token").orElse(null));
  }

  Page<T> withItemsAndNext(List<T> newItems, PageRequest newNext) {
    return new Page<>(newItems, total, nextToken, newNext);
  }

  public List<T> items() {
    return items;
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  /** The number of items in the whole list, when the service reported it. */
  public Optional<Long> total() {
    return Optional.ofNullable(total);
  }

  /** The raw continue token the service returned (token-style lists). */
  public Optional<String> nextToken() {
    return Optional.ofNullable(nextToken);
  }

  /** The request for the following page; empty on the last page. */
  public Optional<PageRequest> next() {
    return Optional.ofNullable(next);
  }

  public boolean hasNext() {
    return next != null;
  }

  @Override
  public String toString() {
    return "Page{" + items.size() + " items" + (total == null ? "" : ", total=" + total)
        + (next == null ? ", last" : ", next=" + next) + "}";
  }
}
