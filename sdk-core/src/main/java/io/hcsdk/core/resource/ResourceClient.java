package io.hcsdk.core.resource;

import io.hcsdk.core.http.ApiResponse;
import io.hcsdk.core.internal.Futures;
import io.hcsdk.core.page.Page;
import io.hcsdk.core.page.Paginator;
import io.hcsdk.core.poll.Deletion;
import io.hcsdk.core.spi.Creation;
import io.hcsdk.core.spi.Invocation;
import io.hcsdk.core.spi.Mutation;
import io.hcsdk.core.spi.ResourceType;
import io.hcsdk.core.spi.ServiceContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The operations of a full resource family (create, show, list, update, delete) in blocking and
 * {@code Async} forms, written once for every service; a service's client adds anything
 * particular to it. Show, {@code withId} and the handles' waits are {@link WaitableClient}'s.
 * Async forms never throw: a bad request fails the future, and cancelling (or timing out) any
 * returned future cancels the call or the polling beneath it.
 *
 * @param <T> the resource as shown
 * @param <H> its handle
 * @param <C> the create request
 * @param <Q> the list query
 * @param <U> the update request
 */
public abstract class ResourceClient<T, H extends ResourceHandle<T>, C, Q, U> extends WaitableClient<T, H> {
  private final ResourceType<T, C, Q, U> type;
  private final Listing<Q, T> listing;

  protected ResourceClient(ServiceContext context, ResourceType<T, C, Q, U> type) {
    super(context, type.waitable());
    this.type = type;
    this.listing = Listing.of(context, type.list(), type::emptyQuery, Map.of());
  }

  protected final ResourceType<T, C, Q, U> type() {
    return type;
  }

  /**
   * One page as {@code query} asks (offset, limit — the service's default page size when unset —
   * and filters), knowing its total and {@link Page#next() next request}.
   */
  public Page<T> list(Q query) {
    return listing.list(query);
  }

  public Page<T> list() {
    return listing.list();
  }

  public CompletableFuture<Page<T>> listAsync(Q query) {
    return listing.listAsync(query);
  }

  /**
   * Every resource matching {@code query}'s filters, fetched a page at a time as the caller
   * iterates (page size: the query's limit, else the documented maximum). {@code maxItems(n)} caps
   * the total.
   */
  public Paginator<T> paginator(Q query) {
    return listing.paginator(query);
  }

  /** Every resource matching {@code query}'s filters, as a lazy stream. */
  public Stream<T> stream(Q query) {
    return listing.stream(query);
  }

  public Stream<T> stream() {
    return listing.stream();
  }

  /** Updates the resource; the handle's {@code waitUntilRunning()} waits out the transition. */
  public H update(String id, U request) {
    return updating(type.update(), id, request).send();
  }

  public CompletableFuture<H> updateAsync(String id, U request) {
    return sendAsync(() -> updating(type.update(), id, request));
  }

  private <A> Submission<A> updating(Mutation<U, A, T> mutation, String id, U request) {
    return new Submission<>(mutation, mutation.operation().call(context()).path(type.idParam(), id).body(request));
  }

  /** Deletes the resource; the answer's {@link Deletion} waits until it is gone. */
  public Deletion delete(String id) {
    return delete(id, invocation -> {});
  }

  public CompletableFuture<Deletion> deleteAsync(String id) {
    return deleteAsync(id, invocation -> {});
  }

  /** Delete with extra query parameters ({@code is_delete_app_instance}). */
  protected final Deletion delete(String id, Consumer<Invocation<?>> options) {
    return deletion(id, deleteCall(id, options).execute());
  }

  protected final CompletableFuture<Deletion> deleteAsync(String id, Consumer<Invocation<?>> options) {
    return deleteCall(id, options).executeAsync(response -> deletion(id, response));
  }

  private Invocation<?> deleteCall(String id, Consumer<Invocation<?>> options) {
    Invocation<?> invocation = type.delete().call(context()).path(type.idParam(), id);
    options.accept(invocation);
    return invocation;
  }

  private Deletion deletion(String id, ApiResponse<?> response) {
    return new Deletion(id, response.requestId(), waitTarget(id, type.deleted(), Optional.empty()));
  }

  /**
   * Validates and sends a create, and returns a handle on the new resource. When the connection
   * fails after the request was sent, the client looks the resource up by name (every page of the
   * list by that name) once: it returns
   * the resource if the create happened, or throws {@link io.hcsdk.core.error.NotCreatedException}
   * if it certainly did not, so the create is never sent twice.
   */
  public H create(C request) {
    return creating(type.create(), request).send();
  }

  public CompletableFuture<H> createAsync(C request) {
    return sendAsync(() -> creating(type.create(), request));
  }

  /**
   * Creates, then waits until the resource runs.
   *
   * @throws io.hcsdk.core.poll.WaiterFailedException when it settles in a failure status
   * @throws io.hcsdk.core.poll.WaiterTimeoutException when the client's wait policy runs out first
   */
  public T createAndWait(C request) {
    return create(request).waitUntilRunning();
  }

  /**
   * {@link #createAndWait} without blocking a thread. Cancelling (or timing out) the future cancels
   * the create call while it runs and the polling after it; a plain
   * {@code createAsync(r).thenCompose(h -> h.waitUntilRunningAsync())} would leave them running.
   */
  public CompletableFuture<T> createAndWaitAsync(C request) {
    return Futures.compose(createAsync(request), ResourceHandle::waitUntilRunningAsync);
  }

  private <A> Submission<A> creating(Creation<C, A, T, Q> creation, C request) {
    String name = creation.nameOfRequest().apply(request);
    return new Submission<>(creation.mutation(), creation.mutation().operation().call(context()).body(request)
        .recoverWith(recoverByName(name, creation.queryByName().apply(name), creation.nameOf(), creation.answerOf())));
  }

  /** A create or update ready to send, its answer type captured so sync and async share one preparation. */
  private final class Submission<A> {
    private final Mutation<?, A, T> mutation;
    private final Invocation<A> invocation;

    Submission(Mutation<?, A, T> mutation, Invocation<A> invocation) {
      this.mutation = mutation;
      this.invocation = invocation;
    }

    H send() {
      return submit(mutation, invocation);
    }

    CompletableFuture<H> sendAsync() {
      return submitAsync(mutation, invocation);
    }
  }

  /** Async forms never throw: a request that cannot even be prepared fails the future. */
  private CompletableFuture<H> sendAsync(Supplier<Submission<?>> prepare) {
    Submission<?> submission;
    try {
      submission = prepare.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return submission.sendAsync();
  }

  private <A> Invocation.Recovery<A> recoverByName(String name, Q byName,
      Function<? super T, Optional<String>> nameOf, Function<? super T, ? extends A> answerOf) {
    return new Invocation.Recovery<>() {
      @Override
      public String describe() {
        return type.kind() + " '" + name + "'";
      }

      // Every page: a name filter may match more items than one page holds (Fabric's matches names
      // that contain it), and the one created may come after them.
      @Override
      public Optional<A> find() {
        return listing.findFirst(byName, this::named).map(answerOf);
      }

      @Override
      public CompletableFuture<Optional<A>> findAsync() {
        return Futures.map(listing.findFirstAsync(byName, this::named), found -> found.map(answerOf));
      }

      private boolean named(T item) {
        return nameOf.apply(item).filter(name::equals).isPresent();
      }
    };
  }
}
