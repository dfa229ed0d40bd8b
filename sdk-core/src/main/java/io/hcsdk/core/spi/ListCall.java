package io.hcsdk.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.json.Json;
import io.hcsdk.core.page.Page;
import io.hcsdk.core.page.PaginationException;
import io.hcsdk.core.page.PageRequest;
import io.hcsdk.core.page.Paginator;
import io.hcsdk.core.validate.Validatable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One list request of a {@link ListOperation}, before it is sent: the query's filters go with every
 * page; its offset (or page number), limit and token say where to start and how much to ask for.
 * {@link #list()} asks for one page (the service's default size when the query sets no limit);
 * {@link #paginator()} and {@link #stream()} walk every page on demand (the documented maximum size).
 */
public final class ListCall<Q, L, T> {
  private final ListOperation<Q, L, T> operation;
  private final ServiceContext context;
  private final Q query;
  private final Map<String, String> pathParams = new LinkedHashMap<>();

  ListCall(ListOperation<Q, L, T> operation, ServiceContext context, Q query) {
    this.operation = operation;
    this.context = context;
    this.query = Objects.requireNonNull(query, "query");
  }

  /** Fills a path parameter of the list's path ({@code pool_name}). */
  public ListCall<Q, L, T> path(String name, String value) {
    pathParams.put(Objects.requireNonNull(name, "name"), value);
    return this;
  }

  /** One page, as the query asks; the page knows its total and its next request. */
  public Page<T> list() {
    return paginator(operation.defaultPageSize()).firstPage();
  }

  /** {@link #list()} without blocking; a bad query fails the future. */
  public CompletableFuture<Page<T>> listAsync() {
    Paginator<T> paginator;
    Walk walk;
    try {
      walk = new Walk(operation.defaultPageSize());
      paginator = walk.paginator();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    PageRequest first = paginator.firstRequest();
    return walk.invocation(first).executeAsync(response ->
        paginator.completePage(first, operation.toPage(response.body())));
  }

  /** Every item matching the query's filters, fetched a page at a time as the caller iterates. */
  public Paginator<T> paginator() {
    return paginator(operation.maxPageSize());
  }

  public Stream<T> stream() {
    return paginator().stream();
  }

  /**
   * The first item that matches, fetching pages from the one {@link #list()} asks for (the service's
   * default size when the query sets no limit, so a list whose default is "all" takes one request)
   * and stopping at the page that holds it, or where {@link #stream()} would stop: a repeated
   * continue token, a page that repeats the previous one, too many pages.
   */
  public Optional<T> findFirst(Predicate<? super T> match) {
    Objects.requireNonNull(match, "match");
    return paginator(operation.defaultPageSize()).stream().filter(match::test).findFirst();
  }

  /** {@link #findFirst} without blocking a thread; cancelling the future stops the walk. */
  public CompletableFuture<Optional<T>> findFirstAsync(Predicate<? super T> match) {
    Walk walk;
    Paginator<T> paginator;
    try {
      walk = new Walk(operation.defaultPageSize());
      paginator = walk.paginator();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<Optional<T>> found = new CompletableFuture<>();
    new AsyncSearch(walk, paginator, Objects.requireNonNull(match, "match"), found).fetch(paginator.firstRequest());
    return found;
  }

  private Paginator<T> paginator(int defaultSize) {
    return new Walk(defaultSize).paginator();
  }

  /** One {@link #findFirstAsync} walk: each page is asked for when the previous one did not hold the item. */
  private final class AsyncSearch {
    private final Walk walk;
    private final Paginator<T> paginator;
    private final Predicate<? super T> match;
    private final CompletableFuture<Optional<T>> found;
    // The sync walk's own loop guards, so both stop a misbehaving server alike.
    private final Paginator.WalkGuard<T> guard;

    AsyncSearch(Walk walk, Paginator<T> paginator, Predicate<? super T> match, CompletableFuture<Optional<T>> found) {
      this.walk = walk;
      this.paginator = paginator;
      this.match = match;
      this.found = found;
      this.guard = paginator.newGuard();
    }

    void fetch(PageRequest request) {
      if (found.isDone()) {
        return;
      }
      try {
        guard.beforeFetch(request);
      } catch (PaginationException e) {
        found.completeExceptionally(e);
        return;
      }
      CompletableFuture<Page<T>> page = walk.invocation(request).executeAsync(response ->
          paginator.completePage(request, operation.toPage(response.body())));
      found.whenComplete((item, error) -> page.cancel(true));
      page.whenComplete((fetched, error) -> {
        if (error != null) {
          found.completeExceptionally(error instanceof CompletionException && error.getCause() != null
              ? error.getCause() : error);
          return;
        }
        try {
          guard.afterFetch(request, fetched);
        } catch (PaginationException e) {
          found.completeExceptionally(e);
          return;
        }
        Optional<T> hit = fetched.items().stream().filter(match::test).findFirst();
        if (hit.isPresent() || fetched.next().isEmpty()) {
          found.complete(hit);
        } else {
          fetch(fetched.next().get());
        }
      });
    }
  }

  /** The query split into its filters and its paging parameters, validated once. */
  private final class Walk {
    private final ObjectNode filters;
    private final Optional<Integer> offset;
    private final Optional<Integer> limit;
    private final Optional<String> token;
    private final int pageSize;
    private final boolean all;

    Walk(int defaultSize) {
      if (query instanceof Validatable validatable) {
        validatable.validateOrThrow();
      }
      JsonNode tree = Json.mapper().valueToTree(query);
      filters = tree instanceof ObjectNode object ? object : Json.mapper().createObjectNode();
      offset = intParam(filters.remove(operation.offsetParam()));
      limit = intParam(filters.remove(operation.limitParam()));
      JsonNode tokenNode = filters.remove(operation.tokenParam());
      token = tokenNode == null || tokenNode.isNull() ? Optional.empty() : Optional.of(tokenNode.asText());
      // limit=0, or no limit where the service's own default is 0, asks for every item at once.
      all = operation.zeroMeansAll() && limit.orElse(defaultSize) == 0;
      pageSize = all ? Integer.MAX_VALUE : limit.filter(l -> l > 0).orElse(defaultSize);
    }

    Paginator<T> paginator() {
      return switch (operation.style()) {
        case TOKEN -> Paginator.<T>token((next, size) -> fetch(PageRequest.token(next.or(() -> token), size)), pageSize);
        case ITEM_OFFSET -> Paginator.<T>offset((from, size) -> fetch(PageRequest.offset(from, size)), pageSize)
            .startingAt(offset.orElse(0));
        case PAGE_NUMBER -> Paginator.<T>offset((from, size) -> fetch(PageRequest.offset(from, size)), pageSize)
            .startingAt(Math.max(0, offset.orElse(operation.firstPageNumber()) - operation.firstPageNumber())
                * (all ? 0 : pageSize));
      };
    }

    private Page<T> fetch(PageRequest request) {
      return operation.toPage(invocation(request).get());
    }

    Invocation<L> invocation(PageRequest request) {
      Invocation<L> invocation = operation.operation().call(context);
      pathParams.forEach(invocation::path);
      invocation.query(filters);
      switch (operation.style()) {
        case TOKEN -> {
          invocation.query(operation.tokenParam(), request.token().or(() -> token));
          invocation.query(operation.limitParam(), limitToSend(request));
        }
        case ITEM_OFFSET -> {
          invocation.query(operation.offsetParam(), request.offset());
          invocation.query(operation.limitParam(), limitToSend(request));
        }
        case PAGE_NUMBER -> {
          // Pages are numbered in units of the full page size, so a trimmed last request still
          // asks for a whole page; the paginator drops what exceeds its cap.
          invocation.query(operation.offsetParam(),
              all ? operation.firstPageNumber() : operation.firstPageNumber() + request.offset() / pageSize);
          invocation.query(operation.limitParam(), all ? 0 : pageSize);
        }
      }
      return invocation;
    }

    private int limitToSend(PageRequest request) {
      return all ? 0 : request.limit();
    }
  }

  private static Optional<Integer> intParam(JsonNode node) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    return Optional.of(node.isNumber() ? node.intValue() : Integer.parseInt(node.asText().trim()));
  }
}
