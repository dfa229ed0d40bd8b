package io.hcsdk.core.poll;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * A {@link Waiter} bound to how one resource is read, blocking and async, so resource handles
 * of every service expose {@code waitUntil...} as one-line delegations.
 */
public final class WaitTarget<T> {
  private final Waiter<T> waiter;
  private final Supplier<? extends T> poll;
  private final Supplier<? extends CompletionStage<? extends T>> pollAsync;

  public WaitTarget(Waiter<T> waiter, Supplier<? extends T> poll,
      Supplier<? extends CompletionStage<? extends T>> pollAsync) {
    this.waiter = Objects.requireNonNull(waiter, "waiter");
    this.poll = Objects.requireNonNull(poll, "poll");
    this.pollAsync = Objects.requireNonNull(pollAsync, "pollAsync");
  }

  /** Waits within the waiter policy's timeout. */
  public WaitResult<T> await() {
    return waiter.waitFor(poll);
  }

  public WaitResult<T> await(Duration timeout) {
    return waiter.waitFor(poll, timeout);
  }

  public CompletableFuture<WaitResult<T>> awaitAsync() {
    return waiter.waitForAsync(pollAsync);
  }

  public CompletableFuture<WaitResult<T>> awaitAsync(Duration timeout) {
    return waiter.waitForAsync(pollAsync, timeout);
  }
}
