package io.hcsdk.core.resource;

import io.hcsdk.core.internal.Futures;
import io.hcsdk.core.poll.WaitListener;
import io.hcsdk.core.poll.WaitTarget;
import io.hcsdk.core.poll.WaiterFailedException;
import io.hcsdk.core.poll.WaiterSpec;
import io.hcsdk.core.poll.WaiterTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A resource just created, updated or acted on (or named with {@code withId}), with the means to
 * wait until it runs, or until any other state its service declares ({@link #waitUntil}). Cheap
 * and immutable; nothing is built for waiting until someone waits. {@link ResourceHandle} adds
 * {@code delete()} for families that have one.
 *
 * @param <T> the resource as shown
 */
public abstract class WaitableHandle<T> {
  private final WaitableClient<T, ?> client;
  private final String id;
  private final Optional<T> accepted;
  private final Optional<String> requestId;

  protected WaitableHandle(WaitableClient<T, ?> client, String id, Optional<T> accepted, Optional<String> requestId) {
    this.client = client;
    this.id = id;
    this.accepted = accepted;
    this.requestId = requestId;
  }

  public String id() {
    return id;
  }

  /** The resource as the create/update answer described it; empty when the answer held only an id. */
  public Optional<T> accepted() {
    return accepted;
  }

  /** The request id of the create/update call, for support tickets. */
  public Optional<String> requestId() {
    return requestId;
  }

  /** The resource as it is now. */
  public T refresh() {
    return client.get(id);
  }

  public CompletableFuture<T> refreshAsync() {
    return client.getAsync(id);
  }

  /**
   * Polls until the resource runs, within the client's wait policy.
   *
   * @throws WaiterFailedException when it settles in a failure status, carrying the resource's own
   *     error code and message
   * @throws WaiterTimeoutException carrying the last state seen
   */
  public T waitUntilRunning() {
    return waitUntil(client.waitable().running());
  }

  public T waitUntilRunning(Duration timeout) {
    return waitUntil(client.waitable().running(), timeout);
  }

  /**
   * As {@link #waitUntilRunning()}, telling {@code listener} of every status the resource passes
   * through (to show progress; its {@link io.hcsdk.core.poll.StatusChange#elapsed()} is the time
   * since the wait began).
   */
  public T waitUntilRunning(WaitListener listener) {
    return waitUntil(client.waitable().running(), listener);
  }

  /** Waits without blocking a thread; cancelling (or timing out) the future stops polling. */
  public CompletableFuture<T> waitUntilRunningAsync() {
    return waitUntilAsync(client.waitable().running());
  }

  public CompletableFuture<T> waitUntilRunningAsync(Duration timeout) {
    return waitUntilAsync(client.waitable().running(), timeout);
  }

  public CompletableFuture<T> waitUntilRunningAsync(WaitListener listener) {
    return waitUntilAsync(client.waitable().running(), listener);
  }

  /** Waits for another state a service declares ({@code waitUntilStopped}). */
  protected final T waitUntil(WaiterSpec<T> spec) {
    return target(spec, Optional.empty()).await().resource().orElseThrow();
  }

  protected final T waitUntil(WaiterSpec<T> spec, Duration timeout) {
    return target(spec, Optional.empty()).await(timeout).resource().orElseThrow();
  }

  protected final T waitUntil(WaiterSpec<T> spec, WaitListener listener) {
    return target(spec, Optional.of(listener)).await().resource().orElseThrow();
  }

  protected final CompletableFuture<T> waitUntilAsync(WaiterSpec<T> spec) {
    return Futures.map(target(spec, Optional.empty()).awaitAsync(), result -> result.resource().orElseThrow());
  }

  protected final CompletableFuture<T> waitUntilAsync(WaiterSpec<T> spec, Duration timeout) {
    return Futures.map(target(spec, Optional.empty()).awaitAsync(timeout), result -> result.resource().orElseThrow());
  }

  protected final CompletableFuture<T> waitUntilAsync(WaiterSpec<T> spec, WaitListener listener) {
    return Futures.map(target(spec, Optional.of(listener)).awaitAsync(), result -> result.resource().orElseThrow());
  }

  private WaitTarget<T> target(WaiterSpec<T> spec, Optional<WaitListener> listener) {
    return client.waitTarget(id, spec, listener);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{id=" + id + ", " + client.context().scopeText() + "}";
  }
}
