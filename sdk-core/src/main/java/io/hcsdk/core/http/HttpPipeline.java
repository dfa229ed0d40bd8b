package io.hcsdk.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.HcException;
import io.hcsdk.core.auth.Credentials;
import io.hcsdk.core.error.CallCancelledException;
import io.hcsdk.core.internal.SharedScheduler;
import io.hcsdk.core.internal.TlsTrust;
import io.hcsdk.core.json.Json;
import io.hcsdk.core.retry.RetryBudget;
import io.hcsdk.core.validate.Validatable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.Call;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link ApiRequest}s: validates and serializes the body once, then for every attempt
 * authenticates, sends through OkHttp, and lets {@link Exchange} decide between success, a typed
 * error and a retry. The whole-call timeout starts before authentication and covers queueing in
 * OkHttp's dispatcher. Sync calls wait on the caller's thread, so an interrupt cancels the HTTP
 * call, and back off through the configured sleeper; async calls ({@link AsyncDriver}) never block
 * a thread. One pipeline serves every host of a service client; it is thread-safe and closing it
 * releases only what it created.
 */
public final class HttpPipeline implements AutoCloseable {
  static final Logger LOG = LoggerFactory.getLogger("io.hcsdk.http");
  /** This SDK's version, as the build recorded it (sent in the {@code User-Agent}). */
  public static final String SDK_VERSION = SdkVersion.read();

  private final ClientConfig config;
  private final OkHttpClient client;
  private final boolean ownsClient;
  private final RetryBudget budget;
  private final ScheduledExecutorService scheduler;
  private final Optional<HttpUrl> iamEndpoint;
  private final String userAgent;
  private volatile boolean closed;

  /**
   * A pipeline over {@code config}. Without a caller-supplied {@link ClientConfig#httpClient()},
   * the pipeline owns its OkHttp dispatcher and sizes it from {@link ClientConfig#maxRequests()} and
   * {@link ClientConfig#maxRequestsPerHost()}. A caller-supplied client's dispatcher is shared and
   * left exactly as the caller set it (OkHttp's default is 5 calls per host): size it yourself.
   */
  public HttpPipeline(ClientConfig config) {
    this.config = config;
    this.ownsClient = config.httpClient().isEmpty();
    this.client = buildClient(config);
    this.budget = config.retryPolicy().newBudget();
    this.scheduler = config.scheduler().orElseGet(SharedScheduler::get);
    // The override, else the region's IAM (as documented), else the global one; credentials built
    // with an explicit endpoint keep theirs.
    this.iamEndpoint = Optional.of(config.endpoint(ClientConfig.IAM));
    this.userAgent = "hcsdk-java/" + SDK_VERSION + " Java/" + System.getProperty("java.version")
        + config.userAgentSuffix().map(suffix -> " " + suffix).orElse("");
  }

  private static OkHttpClient buildClient(ClientConfig config) {
    OkHttpClient.Builder builder = config.httpClient().map(OkHttpClient::newBuilder)
        .orElseGet(() -> new OkHttpClient.Builder().dispatcher(ownDispatcher(config)))
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
    if (!config.trustedCertificates().isEmpty()) {
      TlsTrust.Trust trust = TlsTrust.platformPlus(config.trustedCertificates());
      builder.sslSocketFactory(trust.socketFactory(), trust.trustManager());
    }
    config.proxy().ifPresent(builder::proxy);
    if (config.proxyUser().isPresent()) {
      String credential = okhttp3.Credentials.basic(config.proxyUser().get(), config.proxyPassword().orElse(""));
      builder.proxyAuthenticator((route, response) ->
          response.request().header("Proxy-Authorization") != null ? null
              : response.request().newBuilder().header("Proxy-Authorization", credential).build());
    }
    return builder.build();
  }

  private static Dispatcher ownDispatcher(ClientConfig config) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(config.maxRequests());
    dispatcher.setMaxRequestsPerHost(config.maxRequestsPerHost());
    return dispatcher;
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

  RetryBudget budget() {
    return budget;
  }

  Optional<HttpUrl> iamEndpoint() {
    return iamEndpoint;
  }

  String userAgent() {
    return userAgent;
  }

  public <T> ApiResponse<T> send(ApiRequest request, Class<T> responseType) {
    return send(request, Json.mapper().constructType(responseType));
  }

  /**
   * Sends {@code request} and blocks until it succeeds or fails for good. An interrupt of the
   * calling thread cancels the HTTP call in flight (or the backoff) and throws
   * {@link CallCancelledException} with the interrupt flag restored.
   */
  public <T> ApiResponse<T> send(ApiRequest request, JavaType responseType) {
    Exchange<T> exchange = open(request, responseType);
    while (true) {
      Exchange.Step<T> step = attemptOnce(exchange);
      switch (step.kind()) {
        case DONE:
          return step.response();
        case FAIL:
          throw unchecked(step.error());
        default:
          break;
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
    Request unsigned = exchange.newAttempt();
    Request signed = unsigned;
    Optional<Credentials> credentials = exchange.credentials();
    try {
      if (credentials.isPresent()) {
        signed = credentials.get().authenticate(unsigned, exchange.authContext());
      }
    } catch (IOException e) {
      return exchange.onFailure(e);
    } catch (RuntimeException e) {
      return exchange.onAuthenticationFailure(e);
    } catch (Error e) {
      return exchange.onError(e);
    }
    if (exchange.deadlinePassed()) {
      return Exchange.Step.fail(exchange.abortTimedOut());
    }
    if (Thread.currentThread().isInterrupted()) {
      // Interrupted while authenticating (a token fetch that ended anyway): send nothing more.
      return Exchange.Step.fail(exchange.abortCancelled("was interrupted"));
    }
    Call call = exchange.newCall(signed);
    Exchange.Step<T> step = execute(exchange, call);
    if (step.kind() == Exchange.Kind.REFRESH) {
      try {
        boolean refreshed = credentials.orElseThrow().refreshAfterUnauthorized(step.rejected(), exchange.authContext());
        step = Thread.currentThread().isInterrupted()
            ? exchange.afterRefresh(false, new CallCancelledException(exchange.describe()
                + " was interrupted while its credentials were renewed after a 401", null))
            : exchange.afterRefresh(refreshed, null);
      } catch (RuntimeException e) {
        step = exchange.afterRefresh(false, e);
      }
    }
    return step;
  }

  /**
   * Runs the attempt on the calling thread (OkHttp bounds it by the call's remaining time), watched
   * so that an interrupt of this thread cancels it.
   */
  private static <T> Exchange.Step<T> execute(Exchange<T> exchange, Call call) {
    InterruptWatch.watch(call);
    try (Response response = executeInterruptibly(call)) {
      return exchange.onResponse(response);
    } catch (IOException e) {
      if (Thread.currentThread().isInterrupted()) {
        return Exchange.Step.fail(exchange.abortCancelled("was interrupted"));
      }
      return exchange.onFailure(e);
    } catch (RuntimeException | Error e) {
      return exchange.onError(e);
    } finally {
      InterruptWatch.unwatch(call);
    }
  }

  /**
   * {@code call.execute()}, where OkHttp (Kotlin) may throw an undeclared
   * {@link InterruptedException} while it waits for a connection, clearing the interrupt flag: that
   * becomes an {@link InterruptedIOException} with the flag set again, the path of every interrupt.
   */
  static Response executeInterruptibly(Call call) throws IOException {
    try {
      return call.execute();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        InterruptedIOException interrupted = new InterruptedIOException("interrupted");
        interrupted.initCause(e);
        throw interrupted;
      }
      throw e;
    }
  }

  private static RuntimeException unchecked(Throwable error) {
    if (error instanceof Error) {
      throw (Error) error;
    }
    return error instanceof RuntimeException ? (RuntimeException) error : new HcException(error.toString(), error);
  }

  public <T> CompletableFuture<ApiResponse<T>> sendAsync(ApiRequest request, Class<T> responseType) {
    return sendAsync(request, Json.mapper().constructType(responseType));
  }

  /**
   * Sends {@code request} without blocking a thread: authentication, the HTTP call and backoffs
   * all compose. The returned future always completes. When it completes exceptionally for any
   * reason from outside (cancel, {@code orTimeout}, {@code completeExceptionally}), the HTTP call
   * in flight and any scheduled retry are cancelled. Nothing is thrown: a request that cannot be
   * built or validated fails the future.
   */
  public <T> CompletableFuture<ApiResponse<T>> sendAsync(ApiRequest request, JavaType responseType) {
    Exchange<T> exchange;
    try {
      exchange = open(request, responseType);
    } catch (Throwable e) {
      return CompletableFuture.failedFuture(e);
    }
    return AsyncDriver.start(exchange, scheduler);
  }

  /** Starts a call: its deadline runs from here. */
  private <T> Exchange<T> open(ApiRequest request, JavaType responseType) {
    if (closed) {
      throw new HcException("The client is closed; " + request.operation() + " was not sent");
    }
    return new Exchange<>(this, request, serializeBody(request), responseType);
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

  /**
   * Releases the connections and threads this pipeline created; a caller-supplied client is left
   * alone. Calls started afterwards fail with an {@link HcException}.
   */
  @Override
  public void close() {
    closed = true;
    if (ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
