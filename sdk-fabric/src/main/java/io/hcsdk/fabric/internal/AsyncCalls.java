package io.hcsdk.fabric.internal;

import io.hcsdk.core.http.ApiRequest;
import io.hcsdk.core.http.ApiResponse;
import io.hcsdk.core.http.HttpPipeline;
import io.hcsdk.core.internal.Futures;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Async sends whose request building (and so validation) fails the future instead of throwing,
 * and whose mapped results still cancel the HTTP call when cancelled.
 */
public final class AsyncCalls {
  private AsyncCalls() {}

  private static <T> CompletableFuture<ApiResponse<T>> send(HttpPipeline pipeline, Supplier<ApiRequest> request,
      Class<T> type) {
    ApiRequest built;
    try {
      built = request.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return pipeline.sendAsync(built, type);
  }

  public static <T, R> CompletableFuture<R> send(HttpPipeline pipeline, Supplier<ApiRequest> request, Class<T> type,
      Function<? super ApiResponse<T>, ? extends R> mapping) {
    return Futures.map(send(pipeline, request, type), mapping);
  }
}
