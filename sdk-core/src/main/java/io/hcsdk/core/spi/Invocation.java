package io.hcsdk.core.spi;

import io.hcsdk.core.error.CallCancelledException;
import io.hcsdk.core.error.NotCreatedException;
import io.hcsdk.core.error.TransportException;
import io.hcsdk.core.http.ApiRequest;
import io.hcsdk.core.http.ApiResponse;
import io.hcsdk.core.http.QueryParams;
import io.hcsdk.core.internal.Futures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call of an {@link Operation}: its path parameters, query, body and options, then
 * {@link #execute()} or {@link #executeAsync()}. The request is built (and the body validated)
 * only when sent; in the async form a bad request fails the future instead of throwing, and every
 * future returned cancels the HTTP call beneath it.
 */
public final class Invocation<R> {
  private static final Logger LOG = LoggerFactory.getLogger("io.hcsdk.http");

  private final Operation<?, R> operation;
  private final ServiceContext context;
  private final Map<String, String> pathParams = new LinkedHashMap<>();
  private final List<Map.Entry<String, Object>> query = new ArrayList<>();
  private final List<Object> queryModels = new ArrayList<>();
  private Object body;
  private Duration timeout;
  private Recovery<R> recovery;

  Invocation(Operation<?, R> operation, ServiceContext context) {
    this.operation = operation;
    this.context = context;
  }

  /** How to find what an ambiguous create may have created (names are unique in a scope). */
  public interface Recovery<R> {
    /** What the resource is called in messages ({@code endpoint 'chat'}). */
    String describe();

    Optional<R> find();

    CompletableFuture<Optional<R>> findAsync();
  }

  public Invocation<R> path(String name, String value) {
    pathParams.put(Objects.requireNonNull(name, "name"), value);
    return this;
  }

  /** Adds every present field of a query model under its JSON name. */
  public Invocation<R> query(Object model) {
    queryModels.add(Objects.requireNonNull(model, "model"));
    return this;
  }

  /** Adds {@code name=value}; empty Optionals and nulls are left out, collections repeated. */
  public Invocation<R> query(String name, Object value) {
    query.add(new java.util.AbstractMap.SimpleImmutableEntry<>(Objects.requireNonNull(name, "name"), value));
    return this;
  }

  public Invocation<R> body(Object body) {
    this.body = Objects.requireNonNull(body, "body");
    return this;
  }

  /** Bounds this call (all attempts) by {@code timeout} as well as by the client's call timeout. */
  public Invocation<R> timeout(Duration timeout) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    return this;
  }

  /**
   * After a failure that may have reached the server, looks once for what this create made:
   * returns it when found, or throws {@link NotCreatedException} when it certainly does not exist.
   * Only for operations that are not idempotent.
   */
  public Invocation<R> recoverWith(Recovery<R> recovery) {
    this.recovery = Objects.requireNonNull(recovery, "recovery");
    return this;
  }

  /** Sends and blocks until the call succeeds or fails for good. */
  public ApiResponse<R> execute() {
    ApiRequest request = build();
    try {
      return context.pipeline().send(request, operation.responseType());
    } catch (TransportException e) {
      if (!isAmbiguous(e)) {
        throw e;
      }
      Optional<R> found;
      try {
        found = recovery.find();
      } catch (RuntimeException lookupFailed) {
        throw (RuntimeException) unresolved(e, lookupFailed);
      }
      return recovered(e, found);
    }
  }

  /** {@link #execute()}'s body. */
  public R get() {
    return execute().body();
  }

  /** Sends without blocking; cancelling (or timing out) the future cancels the call. */
  public CompletableFuture<ApiResponse<R>> executeAsync() {
    ApiRequest request;
    try {
      request = build();
    } catch (RuntimeException | Error e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<ApiResponse<R>> sent = context.pipeline().sendAsync(request, operation.responseType());
    return recovery == null ? sent : withRecovery(sent);
  }

  /** {@code sent}, or after an ambiguous failure what the recovery finds; cancelling reaches both. */
  private CompletableFuture<ApiResponse<R>> withRecovery(CompletableFuture<ApiResponse<R>> sent) {
    CompletableFuture<ApiResponse<R>> result = new CompletableFuture<>();
    AtomicReference<CompletableFuture<?>> beneath = new AtomicReference<>(sent);
    sent.whenComplete((response, error) -> {
      if (error == null) {
        result.complete(response);
        return;
      }
      Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
      if (!(cause instanceof TransportException transport) || !isAmbiguous(transport)) {
        result.completeExceptionally(cause);
        return;
      }
      CompletableFuture<Optional<R>> finding = recovery.findAsync().toCompletableFuture();
      beneath.set(finding);
      finding.whenComplete((found, findError) -> {
        try {
          if (findError != null) {
            result.completeExceptionally(unresolved(transport, findError instanceof CompletionException
                && findError.getCause() != null ? findError.getCause() : findError));
          } else {
            result.complete(recovered(transport, found));
          }
        } catch (RuntimeException e) {
          result.completeExceptionally(e);
        }
      });
    });
    result.whenComplete((response, error) -> {
      if (error != null) {
        beneath.get().cancel(true);
      }
    });
    return result;
  }

  /** {@link #executeAsync()} mapped, keeping cancellation. */
  public <X> CompletableFuture<X> executeAsync(Function<? super ApiResponse<R>, ? extends X> mapping) {
    return Futures.map(executeAsync(), mapping);
  }

  /** {@link #executeAsync()}'s body. */
  public CompletableFuture<R> getAsync() {
    return executeAsync(ApiResponse::body);
  }

  private boolean isAmbiguous(TransportException e) {
    return recovery != null && e.mayHaveReachedServer() && !operation.idempotent();
  }

  /**
   * The lookup after an ambiguous failure failed too, so whether the create happened is still unknown:
   * the caller gets the original failure (it may have reached the server) with the lookup's failure
   * suppressed in it, not the lookup's own error, which would read as an answer about the create (a
   * 503 says "refused, send it again"). A cancellation stays a cancellation.
   */
  private Throwable unresolved(TransportException failure, Throwable lookupFailed) {
    if (!(lookupFailed instanceof RuntimeException) || lookupFailed instanceof CallCancelledException
        || lookupFailed instanceof CancellationException) {
      lookupFailed.addSuppressed(failure);
      return lookupFailed;
    }
    failure.addSuppressed(lookupFailed);
    LOG.info("{} failed and looking up {} failed too ({}): it may exist", operation.name(), recovery.describe(),
        lookupFailed.getClass().getSimpleName());
    return failure;
  }

  private ApiResponse<R> recovered(TransportException failure, Optional<R> found) {
    if (found.isEmpty()) {
      throw new NotCreatedException(operation.name() + " failed and " + recovery.describe()
          + " does not exist: it was not created, and sending the request again is safe", failure);
    }
    LOG.info("{}: the connection failed after sending, but {} exists: returning it", operation.name(),
        recovery.describe());
    return new ApiResponse<>(200, Headers.of(), failure.attempts(), found.get());
  }

  ApiRequest build() {
    ApiRequest.Builder builder = ApiRequest.builder(operation.method(), operation.host(), operation.pathTemplate())
        .operation(operation.name());
    for (String param : operation.scope()) {
      if (!pathParams.containsKey(param)) {
        builder.pathParam(param, context.scope(param).orElseThrow(() -> new IllegalStateException(
            operation.name() + " needs " + param + ": configure it on the client or pass it to this call")));
      }
    }
    pathParams.forEach(builder::pathParam);
    for (Object model : queryModels) {
      QueryParams.addAll(builder, model);
    }
    for (Map.Entry<String, Object> parameter : query) {
      builder.query(parameter.getKey(), parameter.getValue());
    }
    if (body != null) {
      builder.body(body);
    }
    builder.idempotent(operation.idempotent());
    if (timeout != null) {
      builder.callTimeout(timeout);
    }
    return builder.build();
  }

}
