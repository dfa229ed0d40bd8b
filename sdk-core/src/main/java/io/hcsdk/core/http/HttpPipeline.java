package io.hcsdk.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.HcException;
import io.hcsdk.core.auth.AuthContext;
import io.hcsdk.core.error.CallCancelledException;
import io.hcsdk.core.internal.SharedScheduler;
import io.hcsdk.core.json.Json;
import io.hcsdk.core.retry.RetryBudget;
import io.hcsdk.core.validate.Validatable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link ApiRequest}s: validates and serializes the body once, then for every attempt
 * authenticates, sends through OkHttp, and lets {@link Exchange} decide between success, a typed
 * error and a retry. Sync calls back off on the caller's thread through the configured sleeper;
 * async calls back off on the scheduler and never block a thread while waiting. One pipeline
 * serves every host of a service client; it is thread-safe and closing it releases only what it
 * created.
 */
public final class HttpPipeline implements AutoCloseable {
  static final Logger LOG = LoggerFactory.getLogger("io.hcsdk.http");
  public static final String SDK_VERSION = "0.1.0";

  private final ClientConfig config;
  private final OkHttpClient client;
  private final boolean ownsClient;
  private final RetryBudget budget;
  private final AuthContext authContext;
  private final ScheduledExecutorService scheduler;
  private final String userAgent;

  public HttpPipeline(ClientConfig config) {
    this.config = config;
    this.ownsClient = config.httpClient().isEmpty();
    this.client = buildClient(config);
    this.budget = config.retryPolicy().newBudget();
    this.authContext = AuthContext.of(client, config.clock());
    this.scheduler = config.scheduler().orElseGet(SharedScheduler::get);
    this.userAgent = "hcsdk-java/" + SDK_VERSION + " Java/" + System.getProperty("java.version")
        + config.userAgentSuffix().map(suffix -> " " + suffix).orElse("");
  }

  private static OkHttpClient buildClient(ClientConfig config) {
    OkHttpClient.Builder builder = config.httpClient().map(OkHttpClient::newBuilder)
        .orElseGet(OkHttpClient.Builder::new)
        .connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout())
        .writeTimeout(config.writeTimeout())
        // The whole-call timeout spans all attempts, so Exchange sets it on each call instead.
        .callTimeout(Duration.ZERO)
        // Our retry policy is the one owner of retries (counted, budgeted, logged): OkHttp's own
        // silent retries would resend a POST after a 408 and bypass the retry budget.
        .retryOnConnectionFailure(false)
        // A redirect would carry a signature computed for another URL.
        .followRedirects(false)
        .followSslRedirects(false);
    config.proxy().ifPresent(builder::proxy);
    if (config.proxyUser().isPresent()) {
      String credential = okhttp3.Credentials.basic(config.proxyUser().get(), config.proxyPassword().orElse(""));
      builder.proxyAuthenticator((route, response) ->
          response.request().header("Proxy-Authorization") != null ? null
              : response.request().newBuilder().header("Proxy-Authorization", credential).build());
    }
    return builder.build();
  }

  public ClientConfig config() {
    return config;
  }

  /** The scheduler async calls and waiters use (the configured one, else the SDK's shared one). */
  public ScheduledExecutorService scheduler() {
    return scheduler;
  }

  OkHttpClient httpClient() {
    return client;
  }

  AuthContext authContext() {
    return authContext;
  }

  RetryBudget budget() {
    return budget;
  }

  String userAgent() {
    return userAgent;
  }

  public <T> ApiResponse<T> send(ApiRequest request, Class<T> responseType) {
    return send(request, Json.mapper().constructType(responseType));
  }

  /** Sends {@code request} and blocks until it succeeds or fails for good. */
  public <T> ApiResponse<T> send(ApiRequest request, JavaType responseType) {
    Exchange<T> exchange = new Exchange<>(this, request, serializeBody(request), responseType);
    while (true) {
      Exchange.Step<T> step = attemptOnce(exchange);
      if (!step.isRetry()) {
        if (step.error() != null) {
          throw step.error();
        }
        return step.response();
      }
      try {
        if (!step.retryDelay().isZero()) {
          config.sleeper().sleep(step.retryDelay());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CallCancelledException(exchange.describe() + " was interrupted while backing off", e);
      }
    }
  }

  private <T> Exchange.Step<T> attemptOnce(Exchange<T> exchange) {
    if (Thread.currentThread().isInterrupted()) {
      return Exchange.Step.fail(new CallCancelledException(exchange.describe() + " was interrupted", null));
    }
    Exchange.SendTracker tracker = new Exchange.SendTracker();
    Call call;
    try {
      call = client.newCall(exchange.nextRequest());
    } catch (IOException e) {
      return exchange.onFailure(e, false, false);
    }
    call.addEventListener(tracker);
    exchange.limit(call);
    try (Response response = call.execute()) {
      return exchange.onResponse(response);
    } catch (IOException e) {
      return exchange.onFailure(e, tracker.sent, false);
    }
  }

  public <T> CompletableFuture<ApiResponse<T>> sendAsync(ApiRequest request, Class<T> responseType) {
    return sendAsync(request, Json.mapper().constructType(responseType));
  }

  /**
   * Sends {@code request} without blocking. Cancelling the returned future cancels the HTTP call
   * in flight and any scheduled retry.
   */
  public <T> CompletableFuture<ApiResponse<T>> sendAsync(ApiRequest request, JavaType responseType) {
    Exchange<T> exchange;
    try {
      exchange = new Exchange<>(this, request, serializeBody(request), responseType);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    AsyncExchange<T> async = new AsyncExchange<>(exchange);
    async.submitAttempt();
    return async.future;
  }

  private byte[] serializeBody(ApiRequest request) {
    if (request.body().isEmpty()) {
      return null;
    }
    Object body = request.body().get();
    if (body instanceof Validatable) {
      ((Validatable) body).validateOrThrow();
    }
    try {
      return Json.mapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new HcException("Cannot serialize the body of " + request.operation() + ": " + e.getOriginalMessage(), e);
    }
  }

  /** Drives one async call: each attempt on OkHttp's dispatcher, each backoff on the scheduler. */
  private final class AsyncExchange<T> {
    final CompletableFuture<ApiResponse<T>> future = new CompletableFuture<>();
    private final Exchange<T> exchange;
    private volatile Call current;
    private volatile Future<?> pendingRetry;

    AsyncExchange(Exchange<T> exchange) {
      this.exchange = exchange;
      future.whenComplete((value, error) -> {
        if (future.isCancelled()) {
          Call call = current;
          if (call != null) {
            call.cancel();
          }
          Future<?> retry = pendingRetry;
          if (retry != null) {
            retry.cancel(false);
          }
        }
      });
    }

    /** Authentication may block (an IAM token fetch), so it runs on the dispatcher's threads. */
    void submitAttempt() {
      ExecutorService executor = client.dispatcher().executorService();
      try {
        executor.execute(this::attempt);
      } catch (RejectedExecutionException e) {
        future.completeExceptionally(new HcException("The client is closed", e));
      }
    }

    private void attempt() {
      if (future.isDone()) {
        return;
      }
      Request request;
      try {
        request = exchange.nextRequest();
      } catch (IOException e) {
        handle(exchange.onFailure(e, false, future.isCancelled()));
        return;
      } catch (RuntimeException e) {
        future.completeExceptionally(e);
        return;
      }
      Exchange.SendTracker tracker = new Exchange.SendTracker();
      Call call = client.newCall(request);
      call.addEventListener(tracker);
      exchange.limit(call);
      current = call;
      if (future.isCancelled()) {
        call.cancel();
        return;
      }
      call.enqueue(new Callback() {
        @Override
        public void onResponse(Call call, Response response) {
          Exchange.Step<T> step;
          try (response) {
            step = exchange.onResponse(response);
          } catch (IOException e) {
            step = exchange.onFailure(e, true, future.isCancelled());
          } catch (RuntimeException e) {
            step = Exchange.Step.fail(e);
          }
          handle(step);
        }

        @Override
        public void onFailure(Call call, IOException e) {
          handle(exchange.onFailure(e, tracker.sent, future.isCancelled()));
        }
      });
    }

    private void handle(Exchange.Step<T> step) {
      if (!step.isRetry()) {
        if (step.error() != null) {
          future.completeExceptionally(step.error());
        } else {
          future.complete(step.response());
        }
        return;
      }
      if (future.isDone()) {
        return;
      }
      Future<?> retry = scheduler.schedule(this::submitAttempt, step.retryDelay().toNanos(), TimeUnit.NANOSECONDS);
      pendingRetry = retry;
      // A cancel that landed between schedule() and the assignment above found no pending retry to
      // cancel; without this check the task (and this exchange) would stay queued for the whole
      // backoff, up to the Retry-After cap.
      if (future.isCancelled()) {
        retry.cancel(false);
      }
    }
  }

  /** Releases the connections and threads this pipeline created; a caller-supplied client is left alone. */
  @Override
  public void close() {
    if (ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
