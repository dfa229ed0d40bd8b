package io.hcsdk.core.page;

import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * All pages of one list operation, fetched on demand. A service module supplies how to fetch one
 * page; this class does the walking, the caps and the loop guards. Knows nothing of HTTP.
 *
 * <pre>{@code
 * Paginator<Endpoint> all = Paginator.offset((offset, limit) -> {
 *   ListEndpointsResponse r = api.list(ws, offset, limit);
 *   return Page.of(r.endpoints(), r.total());
 * }, 100);
 * all.maxItems(250).stream().filter(e -> e.status().equals("RUNNING")).forEach(...);
 * }</pre>
 *
 * <p>Offset style: the next offset is {@code offset + items returned}; the list ends on an empty
 * page, when the total is reached or, when the service sends no total, on a page shorter than
 * asked. (With a total, the total decides, because services silently cap {@code limit}.) Token
 * style: the list ends when the page has no continue token.
 *
 * <p>Guards against a misbehaving server, each throwing {@link PaginationException} rather than
 * returning part of the list as if it were all of it: a continue token seen twice; a page whose
 * items equal the previous page's, item by item, which is thrown before its items are delivered (a
 * server that ignores {@code offset} or the continue token answers every page with the first one;
 * two consecutive pages of real, distinct resources never compare equal, as their ids differ); more
 * than {@link #maxPages(int) maxPages} pages.
 *
 * <p>Immutable: {@link #pageSize(int)}, {@link #maxItems(long)} and {@link #maxPages(int)} return
 * copies. Every {@link #pages()}, {@link #items()} and {@link #stream()} starts from the first page.
 */
public final class Paginator<T> {
  public static final int DEFAULT_PAGE_SIZE = 100;
  public static final int DEFAULT_MAX_PAGES = 10_000;

  /** Fetches the page of up to {@code limit} items starting at {@code offset}. */
  @FunctionalInterface
  public interface OffsetFetcher<T> {
    Page<T> fetch(int offset, int limit);
  }

  /** Fetches the page after {@code token} (empty: the first page); return it with {@link Page#withNextToken}. */
  @FunctionalInterface
  public interface TokenFetcher<T> {
    Page<T> fetch(Optional<String> token, int limit);
  }

  private final OffsetFetcher<T> offsetFetcher;
  private final TokenFetcher<T> tokenFetcher;
  private final int pageSize;
  private final long maxItems;
  private final int maxPages;
  private final int startOffset;

  private Paginator(OffsetFetcher<T> offsetFetcher, TokenFetcher<T> tokenFetcher, int pageSize, long maxItems,
      int maxPages, int startOffset) {
    this.offsetFetcher = offsetFetcher;
    this.tokenFetcher = tokenFetcher;
    this.pageSize = pageSize;
    this.maxItems = maxItems;
    this.maxPages = maxPages;
    this.startOffset = startOffset;
  }

  public static <T> Paginator<T> offset(OffsetFetcher<T> fetcher) {
    return offset(fetcher, DEFAULT_PAGE_SIZE);
  }

  public static <T> Paginator<T> offset(OffsetFetcher<T> fetcher, int pageSize) {
    return new Paginator<>(Objects.requireNonNull(fetcher, "fetcher"), null, checkPageSize(pageSize), Long.MAX_VALUE,
        DEFAULT_MAX_PAGES, 0);
  }

  public static <T> Paginator<T> token(TokenFetcher<T> fetcher) {
    return token(fetcher, DEFAULT_PAGE_SIZE);
  }

  public static <T> Paginator<T> token(TokenFetcher<T> fetcher, int pageSize) {
    return new Paginator<>(null, Objects.requireNonNull(fetcher, "fetcher"), checkPageSize(pageSize), Long.MAX_VALUE,
        DEFAULT_MAX_PAGES, 0);
  }

  /** A copy asking for {@code pageSize} items per page (the service may return fewer). */
  public Paginator<T> pageSize(int pageSize) {
    return new Paginator<>(offsetFetcher, tokenFetcher, checkPageSize(pageSize), maxItems, maxPages, startOffset);
  }

  /** A copy that stops after {@code maxItems} items, asking only for what it still needs. */
  public Paginator<T> maxItems(long maxItems) {
    if (maxItems < 0) {
      throw new IllegalArgumentException("maxItems must be >= 0: " + maxItems);
    }
    return new Paginator<>(offsetFetcher, tokenFetcher, pageSize, maxItems, maxPages, startOffset);
  }

  /** A copy with another safety cap on pages fetched by one walk (default {@value #DEFAULT_MAX_PAGES}). */
  public Paginator<T> maxPages(int maxPages) {
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be >= 1: " + maxPages);
    }
    return new Paginator<>(offsetFetcher, tokenFetcher, pageSize, maxItems, maxPages, startOffset);
  }

  /**
   * A copy of an offset-style paginator whose walk starts at {@code offset} instead of 0 (a list
   * request that already names an offset); a service's total still counts from the start.
   */
  public Paginator<T> startingAt(int offset) {
    if (tokenFetcher != null) {
      throw new IllegalStateException("a token-style paginator has no offset to start at");
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0: " + offset);
    }
    return new Paginator<>(offsetFetcher, tokenFetcher, pageSize, maxItems, maxPages, offset);
  }

  public int pageSize() {
    return pageSize;
  }

  /** The cap on items, when one was set. */
  public Optional<Long> maxItems() {
    return maxItems == Long.MAX_VALUE ? Optional.empty() : Optional.of(maxItems);
  }

  public PageRequest firstRequest() {
    int limit = (int) Math.min(pageSize, Math.max(1, maxItems));
    return tokenFetcher != null ? PageRequest.token(Optional.empty(), limit) : PageRequest.offset(startOffset, limit);
  }

  /** Fetches the first page (with {@code maxItems(0)}, an empty page without fetching). */
  public Page<T> firstPage() {
    return maxItems == 0 ? Page.<T>of(List.of()).withItemsAndNext(List.of(), null) : page(firstRequest());
  }

  /**
   * Fetches one page, such as a previous page's {@link Page#next()}. The repeat guards and the page
   * cap need the history of a walk, so they apply to {@link #pages()} and {@link #stream()} only.
   */
  public Page<T> page(PageRequest request) {
    Objects.requireNonNull(request, "request");
    if (request.isTokenStyle() != (tokenFetcher != null)) {
      throw new IllegalArgumentException("a " + (tokenFetcher != null ? "token" : "offset")
          + "-style paginator cannot fetch " + request);
    }
    return fetch(request, Math.max(0, request.offset() - startOffset));
  }

  /** The pages, fetched one at a time as the iteration advances; each iterator starts over. */
  public Iterable<Page<T>> pages() {
    return PageIterator::new;
  }

  /** All items, for a for-each loop; pages are fetched only when needed, each iterator starts over. */
  public Iterable<T> items() {
    return ItemIterator::new;
  }

  /** All items as a lazy stream: the next page is fetched only when the stream needs its first item. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        () -> Spliterators.spliteratorUnknownSize(new ItemIterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        Spliterator.ORDERED | Spliterator.NONNULL, false);
  }

  /**
   * {@code raw}, the answer to {@code request} fetched some other way (asynchronously, say), with
   * the next request this paginator would make: what {@link #page(PageRequest)} returns.
   */
  public Page<T> completePage(PageRequest request, Page<T> raw) {
    Objects.requireNonNull(raw, "raw");
    return complete(request, raw, Math.max(0, request.offset() - startOffset));
  }

  private Page<T> fetch(PageRequest request, long fetchedBefore) {
    Page<T> raw = tokenFetcher != null ? tokenFetcher.fetch(request.token(), request.limit())
        : offsetFetcher.fetch(request.offset(), request.limit());
    if (raw == null) {
      throw new IllegalStateException("the page fetch function returned null for " + request);
    }
    return complete(request, raw, fetchedBefore);
  }

  private Page<T> complete(PageRequest request, Page<T> raw, long fetchedBefore) {
    List<T> kept = raw.items();
    long room = maxItems - fetchedBefore;
    if (kept.size() > room) {
      kept = kept.subList(0, (int) Math.max(0, room));
    }
    return raw.withItemsAndNext(kept, nextRequest(request, raw, fetchedBefore + kept.size()));
  }

  private PageRequest nextRequest(PageRequest request, Page<T> raw, long fetched) {
    if (fetched >= maxItems) {
      return null;
    }
    int limit = (int) Math.min(pageSize, maxItems - fetched);
    if (request.isTokenStyle()) {
      return raw.nextToken().map(token -> PageRequest.token(Optional.of(token), limit)).orElse(null);
    }
    int returned = raw.items().size();
    if (returned == 0) {
      return null;
    }
    long nextOffset = (long) request.offset() + returned;
    Optional<Long> total = raw.total();
    boolean more = total.isPresent() ? nextOffset < total.get() : returned >= request.limit();
    return more && nextOffset <= Integer.MAX_VALUE ? PageRequest.offset((int) nextOffset, limit) : null;
  }

  private static int checkPageSize(int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be >= 1: " + pageSize);
    }
    return pageSize;
  }

  /** The loop guards of a new walk, for a caller that fetches the pages itself (without blocking, say). */
  public WalkGuard<T> newGuard() {
    return new WalkGuard<>(maxPages);
  }

  /**
   * The history one walk needs to stop a misbehaving server: call {@link #beforeFetch} before each
   * page and {@link #afterFetch} with it, before its items are delivered; each throws
   * {@link PaginationException} where the walk must stop.
   */
  public static final class WalkGuard<T> {
    private final int maxPages;
    private final Set<String> usedTokens = new HashSet<>();
    private List<T> previousItems = List.of();
    private long fetched;
    private int pagesFetched;

    private WalkGuard(int maxPages) {
      this.maxPages = maxPages;
    }

    public void beforeFetch(PageRequest request) {
      if (pagesFetched >= maxPages) {
        throw new PaginationException("Stopped after " + maxPages + " pages (" + fetched
            + " items) and the server still reports more; set maxItems or maxPages if this list is really that long");
      }
      if (request.token().isPresent() && !usedTokens.add(request.token().get())) {
        throw new PaginationException("The server returned the continue token '" + request.token().get()
            + "' twice, which would loop forever; stopped after " + pagesFetched + " pages (" + fetched + " items)");
      }
    }

    public void afterFetch(PageRequest request, Page<T> page) {
      pagesFetched++;
      if (!page.isEmpty() && page.items().equals(previousItems)) {
        String ignored = request.isTokenStyle() ? "the continue token" : "the offset";
        String at = request.isTokenStyle() ? "after continue token '" + request.token().orElse("") + "'"
            : "at offset " + request.offset();
        throw new PaginationException("The page " + at + " has the same " + page.items().size()
            + " items as the previous page: the server ignores " + ignored + ", so the rest of the list is"
            + " unreachable; stopped after " + (pagesFetched - 1) + " pages (" + fetched + " items)");
      }
      previousItems = page.items();
      fetched += page.items().size();
    }

    /** Items delivered so far. */
    public long fetched() {
      return fetched;
    }
  }

  /** One walk over the pages. */
  private final class PageIterator implements Iterator<Page<T>> {
    private final WalkGuard<T> guard = newGuard();
    private PageRequest nextRequest = maxItems > 0 ? firstRequest() : null;
    private Page<T> buffered;

    @Override
    public boolean hasNext() {
      if (buffered != null) {
        return true;
      }
      if (nextRequest == null) {
        return false;
      }
      PageRequest request = nextRequest;
      guard.beforeFetch(request);
      Page<T> page = fetch(request, guard.fetched());
      guard.afterFetch(request, page);
      nextRequest = page.next().orElse(null);
      buffered = page;
      return true;
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Page<T> page = buffered;
      buffered = null;
      return page;
    }
  }

  private final class ItemIterator implements Iterator<T> {
    private final PageIterator pages = new PageIterator();
    private Iterator<T> current = Collections.emptyIterator();

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (!pages.hasNext()) {
          return false;
        }
        current = pages.next().items().iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
