package io.hcsdk.core.resource;

import io.hcsdk.core.http.ApiResponse;
import io.hcsdk.core.poll.WaitListener;
import io.hcsdk.core.poll.WaitTarget;
import io.hcsdk.core.poll.Waiter;
import io.hcsdk.core.poll.WaiterSpec;
import io.hcsdk.core.spi.Invocation;
import io.hcsdk.core.spi.Mutation;
import io.hcsdk.core.spi.Operation;
import io.hcsdk.core.spi.ServiceContext;
import io.hcsdk.core.spi.WaitableType;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The operations every waitable resource family has, written once: show a resource
 * ({@link #get}), name one to wait on ({@link #withId}), and send a create, update or action that
 * answers with a handle. A family with only create, show and wait (ModelArts inference services)
 * extends this directly; {@link ResourceClient} adds list, update, delete and recoverable creates.
 * Async forms never throw: a bad request fails the future, and cancelling any returned future
 * cancels the call or the polling beneath it.
 *
 * @param <T> the resource as shown
 * @param <H> its handle
 */
public abstract class WaitableClient<T, H extends WaitableHandle<T>> {
  private final ServiceContext context;
  private final WaitableType<T> waitable;

  protected WaitableClient(ServiceContext context, WaitableType<T> waitable) {
    this.context = context;
    this.waitable = waitable;
  }

  /** A handle on {@code id}, from a create, update or action answer or from {@link #withId}. */
  protected abstract H newHandle(String id, Optional<T> accepted, Optional<String> requestId);

  protected final ServiceContext context() {
    return context;
  }

  final WaitableType<T> waitable() {
    return waitable;
  }

  /** Shows the resource as it is now. */
  public T get(String id) {
    return show(id).get();
  }

  public CompletableFuture<T> getAsync(String id) {
    return show(id).getAsync();
  }

  private Invocation<T> show(String id) {
    return waitable.show().call(context).path(waitable.idParam(), id);
  }

  /** A handle on an existing resource, to wait on it: {@code withId(id).waitUntilRunning()}. */
  public H withId(String id) {
    return newHandle(id, Optional.empty(), Optional.empty());
  }

  /** Sends a create or update and returns a handle on the resource it names. */
  protected final <B, A> H submit(Mutation<B, A, T> mutation, Invocation<A> invocation) {
    return handleOf(mutation, invocation.execute());
  }

  protected final <B, A> CompletableFuture<H> submitAsync(Mutation<B, A, T> mutation, Invocation<A> invocation) {
    return invocation.executeAsync(response -> handleOf(mutation, response));
  }

  private <B, A> H handleOf(Mutation<B, A, T> mutation, ApiResponse<A> response) {
    A answer = response.body();
    return newHandle(mutation.idOf().apply(answer), mutation.resourceOf().apply(answer), response.requestId());
  }

  /**
   * Sends an action on resource {@code id} (start, stop: an operation whose path names the
   * resource and whose answer is not the resource) and returns a handle to wait for its effect.
   */
  protected final <B> H act(Operation<B, ?> action, String id, B body) {
    return newHandle(id, Optional.empty(), actionCall(action, id, body).execute().requestId());
  }

  protected final <B> CompletableFuture<H> actAsync(Operation<B, ?> action, String id, B body) {
    return actionCall(action, id, body).executeAsync(response -> newHandle(id, Optional.empty(), response.requestId()));
  }

  private <B> Invocation<?> actionCall(Operation<B, ?> action, String id, B body) {
    return action.call(context).path(waitable.idParam(), id).body(body);
  }

  /**
   * Waits for {@code spec} on resource {@code id}, each poll bounded by what is left of the wait;
   * the waiter is built only when someone waits.
   */
  final WaitTarget<T> waitTarget(String id, WaiterSpec<T> spec, Optional<WaitListener> listener) {
    return WaitTarget.lazy(() -> waiter(id, spec, listener),
        timeLeft -> show(id, timeLeft).get(), timeLeft -> show(id, timeLeft).getAsync());
  }

  private Waiter<T> waiter(String id, WaiterSpec<T> spec, Optional<WaitListener> listener) {
    Waiter<T> waiter = context.waiter(spec, waitable.kind() + " " + id);
    return listener.isEmpty() ? waiter : waiter.newBuilder().listener(listener.get()).build();
  }

  /** Shows the resource within {@code timeLeft}: a wait's poll never outlives the wait. */
  private Invocation<T> show(String id, Duration timeLeft) {
    return show(id).timeout(timeLeft);
  }
}
