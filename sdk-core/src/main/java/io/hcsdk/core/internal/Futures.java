package io.hcsdk.core.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * {@code thenApply} that keeps cancellation working: a plain {@code thenApply} returns a new
 * future whose cancellation never reaches the source, so cancelling what a client returned would
 * leave the HTTP call or the polling running.
 */
public final class Futures {
  private Futures() {}

  /** {@code source.thenApply(mapping)}, where cancelling the result also cancels {@code source}. */
  public static <T, R> CompletableFuture<R> map(CompletableFuture<T> source, Function<? super T, ? extends R> mapping) {
    CompletableFuture<R> result = source.thenApply(mapping);
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) {
        source.cancel(true);
      }
    });
    return result;
  }
}
