package io.hcsdk.core.poll;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A {@link Waiter} bound to how one resource is read, blocking and async, so resource handles
 * of every service expose {@code waitUntil...} as one-line delegations.
 *
 * <p>Prefer the polls that take a {@link Duration} ({@link #of}, {@link #lazy}): each receives
 * the time its call may take (what is left of the wait), to set as that call's whole-call timeout,
 * so {@code waitUntilRunning(10s)} ends near 10 s even when a poll's call hangs.
 */
public final class WaitTarget<T> {
  private final Supplier<Waiter<T>> waiter;
  private final Function<Duration, ? extends T> poll;
  private final Function<Duration, ? extends CompletionStage<? extends T>> pollAsync;

  /** Polls that ignore the time left; the waiter still bounds them (async) or times out after them (sync). */
  public WaitTarget(Waiter<T> waiter, Supplier<? extends T> poll,
      Supplier<? extends CompletionStage<? extends T>> pollAsync) {
    this(constant(waiter), ignoringTimeLeft(Objects.requireNonNull(poll, "poll")),
        ignoringTimeLeft(Objects.requireNonNull(pollAsync, "pollAsync")));
  }

  private WaitTarget(Supplier<Waiter<T>> waiter, Function<Duration, ? extends T> poll,
      Function<Duration, ? extends CompletionStage<? extends T>> pollAsync) {
    this.waiter = waiter;
    this.poll = Objects.requireNonNull(poll, "poll");
    this.pollAsync = Objects.requireNonNull(pollAsync, "pollAsync");
  }

  /**
   * A target whose polls receive the time their call may take (the wait's time left, at least
   * {@link WaitPolicy#minPollTime()}), such as {@code timeLeft -> show(id, callTimeout(timeLeft))}.
   */
  public static <T> WaitTarget<T> of(Waiter<T> waiter, Function<Duration, ? extends T> poll,
      Function<Duration, ? extends CompletionStage<? extends T>> pollAsync) {
    return new WaitTarget<>(constant(waiter), poll, pollAsync);
  }

  /**
   * Like {@link #of}, but the waiter is made only when someone waits (once per wait): a handle can
   * offer {@code waitUntil...} for nothing, typically {@code () -> SPEC.toWaiter(...)}.
   */
  public static <T> WaitTarget<T> lazy(Supplier<Waiter<T>> waiter, Function<Duration, ? extends T> poll,
      Function<Duration, ? extends CompletionStage<? extends T>> pollAsync) {
    return new WaitTarget<>(Objects.requireNonNull(waiter, "waiter"), poll, pollAsync);
  }

  /** Waits within the waiter policy's timeout. */
  public WaitResult<T> await() {
    return waiter().waitFor(poll);
  }

  public WaitResult<T> await(Duration timeout) {
    return waiter().waitFor(poll, timeout);
  }

  public CompletableFuture<WaitResult<T>> awaitAsync() {
    return waiter().waitForAsync(pollAsync);
  }

  public CompletableFuture<WaitResult<T>> awaitAsync(Duration timeout) {
    return waiter().waitForAsync(pollAsync, timeout);
  }

  private Waiter<T> waiter() {
    return Objects.requireNonNull(waiter.get(), "the waiter supplier returned null");
  }

  private static <T> Supplier<Waiter<T>> constant(Waiter<T> waiter) {
    Objects.requireNonNull(waiter, "waiter");
    return () -> waiter;
  }

  private static <R> Function<Duration, R> ignoringTimeLeft(Supplier<R> poll) {
    return timeLeft -> poll.get();
  }
}
