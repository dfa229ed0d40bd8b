package io.hcsdk.core.internal;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * {@code thenApply} and {@code thenCompose} that keep cancellation working. A plain dependent
 * future can be ended from outside ({@code cancel}, {@code orTimeout}, {@code completeOnTimeout},
 * {@code complete...}) without its source noticing, which would leave the HTTP call or the polling
 * running. Here, whatever ends the returned future first also cancels the work beneath it.
 */
public final class Futures {
  private Futures() {}

  /**
   * {@code source.thenApply(mapping)}, where ending the result from outside (cancel, a timeout, a
   * completion by the caller) cancels {@code source} if it still runs.
   */
  public static <T, R> CompletableFuture<R> map(CompletableFuture<T> source, Function<? super T, ? extends R> mapping) {
    Objects.requireNonNull(mapping, "mapping");
    CompletableFuture<R> result = source.thenApply(mapping);
    // Once the source is done, cancelling it is a no-op, so no need to tell who completed the result.
    result.whenComplete((value, error) -> source.cancel(true));
    return result;
  }

  /**
   * {@code source.thenCompose(next)}, where ending the result from outside cancels {@code source}
   * while it runs, and the future {@code next} returned once it has started (or at once, should it
   * start after the result ended). For create-and-wait: a cancel reaches the create call, then the
   * polling. Failures arrive as {@code thenCompose} delivers them (wrapped in a
   * {@link CompletionException}); a {@code next} that throws or returns null fails the result.
   */
  public static <T, R> CompletableFuture<R> compose(CompletableFuture<T> source,
      Function<? super T, ? extends CompletableFuture<? extends R>> next) {
    Objects.requireNonNull(next, "next");
    CompletableFuture<R> result = new CompletableFuture<>();
    AtomicReference<CompletableFuture<? extends R>> started = new AtomicReference<>();
    source.whenComplete((value, error) -> {
      if (error != null) {
        result.completeExceptionally(wrap(error));
        return;
      }
      CompletableFuture<? extends R> inner;
      try {
        inner = Objects.requireNonNull(next.apply(value), "the next step returned no future");
      } catch (Throwable thrown) {
        result.completeExceptionally(wrap(thrown));
        return;
      }
      // Publish before looking at the result: an outside end either sees it or is seen here.
      started.set(inner);
      if (result.isDone()) {
        inner.cancel(true);
        return;
      }
      inner.whenComplete((innerValue, innerError) -> {
        if (innerError != null) {
          result.completeExceptionally(wrap(innerError));
        } else {
          result.complete(innerValue);
        }
      });
    });
    result.whenComplete((value, error) -> {
      source.cancel(true);
      CompletableFuture<? extends R> inner = started.get();
      if (inner != null) {
        inner.cancel(true);
      }
    });
    return result;
  }

  private static Throwable wrap(Throwable error) {
    return error instanceof CompletionException ? error : new CompletionException(error);
  }
}
