package io.hcsdk.core.resource;

import io.hcsdk.core.page.Page;
import io.hcsdk.core.page.Paginator;
import io.hcsdk.core.spi.ListCall;
import io.hcsdk.core.spi.ListOperation;
import io.hcsdk.core.spi.ServiceContext;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One list of a service (the clusters of a project, the nodes of a pool), in the three ways every
 * list comes: one page, a page at a time, a lazy stream. The paging style (item offset, page
 * number, continue token) and {@code limit=0} meaning "all" are the operation's; written once, so
 * a service declares a list and never loops.
 *
 * <pre>{@code
 * Page<Cluster> first = modelarts.clusters().list(ListClustersRequest.builder().limit(50).build());
 * modelarts.pools().nodes("pool-a").stream().map(node -> node.metadata()).forEach(...);
 * }</pre>
 *
 * @param <Q> the query (filters, and where to start and how much to ask for)
 * @param <T> the item
 */
public class Listing<Q, T> {
  private final ServiceContext context;
  private final ListOperation<Q, ?, T> operation;
  private final Supplier<Q> everything;
  private final Map<String, String> path;

  /**
   * @param everything the query that lists every item ({@code list()} and {@code stream()}
   *     without arguments)
   * @param path the list path's parameters besides the scope ({@code pool_name})
   */
  protected Listing(ServiceContext context, ListOperation<Q, ?, T> operation, Supplier<Q> everything,
      Map<String, String> path) {
    this.context = Objects.requireNonNull(context, "context");
    this.operation = Objects.requireNonNull(operation, "operation");
    this.everything = Objects.requireNonNull(everything, "everything");
    this.path = Map.copyOf(path);
  }

  /** A listing of {@code operation} within {@code context}, for a service module's client. */
  public static <Q, T> Listing<Q, T> of(ServiceContext context, ListOperation<Q, ?, T> operation,
      Supplier<Q> everything, Map<String, String> path) {
    return new Listing<>(context, operation, everything, path);
  }

  protected final ServiceContext context() {
    return context;
  }

  /**
   * One page as {@code query} asks (offset or page number, limit — the service's default page
   * size when unset — and filters), knowing its total and {@link Page#next() next request}.
   */
  public Page<T> list(Q query) {
    return call(query).list();
  }

  public Page<T> list() {
    return list(everything.get());
  }

  public CompletableFuture<Page<T>> listAsync(Q query) {
    return call(query).listAsync();
  }

  public CompletableFuture<Page<T>> listAsync() {
    return listAsync(everything.get());
  }

  /**
   * Every item matching {@code query}'s filters, fetched a page at a time as the caller iterates
   * (page size: the query's limit, else the documented maximum). {@code maxItems(n)} caps the total.
   */
  public Paginator<T> paginator(Q query) {
    return call(query).paginator();
  }

  public Paginator<T> paginator() {
    return paginator(everything.get());
  }

  /** Every item matching {@code query}'s filters, as a lazy stream. */
  public Stream<T> stream(Q query) {
    return call(query).stream();
  }

  public Stream<T> stream() {
    return stream(everything.get());
  }

  /** The first item matching {@code query}'s filters and {@code match}, fetching pages until it is found. */
  Optional<T> findFirst(Q query, Predicate<? super T> match) {
    return call(query).findFirst(match);
  }

  /** {@link #findFirst} without blocking; cancelling the future stops the walk. */
  CompletableFuture<Optional<T>> findFirstAsync(Q query, Predicate<? super T> match) {
    return call(query).findFirstAsync(match);
  }

  private ListCall<Q, ?, T> call(Q query) {
    ListCall<Q, ?, T> call = operation.call(context, query);
    path.forEach(call::path);
    return call;
  }

  @Override
  public String toString() {
    return "Listing{" + operation.operation().name() + ", " + context.scopeText()
        + (path.isEmpty() ? "" : ", " + path) + "}";
  }
}
