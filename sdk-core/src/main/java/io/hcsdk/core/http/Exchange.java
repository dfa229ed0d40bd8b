package io.hcsdk.core.http;

import com.fasterxml.jackson.databind.JavaType;
import io.hcsdk.core.auth.Credentials;
import io.hcsdk.core.error.ApiException;
import io.hcsdk.core.error.CallCancelledException;
import io.hcsdk.core.error.ErrorDetails;
import io.hcsdk.core.error.ResponseParseException;
import io.hcsdk.core.error.TransportException;
import io.hcsdk.core.internal.ErrorBodyParser;
import io.hcsdk.core.internal.Redactor;
import io.hcsdk.core.internal.RetryAfter;
import io.hcsdk.core.json.Json;
import io.hcsdk.core.retry.RetryBudget;
import io.hcsdk.core.retry.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The state of one logical call across its attempts, and the one place that decides, after each
 * attempt, whether the call succeeded, failed, or goes again and after how long. The sync and
 * async paths of {@link HttpPipeline} both drive it, so they cannot disagree on a rule.
 */
final class Exchange<T> {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** What to do after an attempt: finished with a response or an error, or retry after a delay. */
  record Step<T>(ApiResponse<T> response, RuntimeException error, Duration retryDelay) {
    static <T> Step<T> done(ApiResponse<T> response) {
      return new Step<>(response, null, null);
    }

    static <T> Step<T> fail(RuntimeException error) {
      return new Step<>(null, error, null);
    }

    static <T> Step<T> retry(Duration delay) {
      return new Step<>(null, null, delay);
    }

    boolean isRetry() {
      return retryDelay != null;
    }
  }

  /** Remembers whether the request left this process: OkHttp calls this just before writing it. */
  static final class SendTracker extends EventListener {
    volatile boolean sent;

    @Override
    public void requestHeadersStart(Call call) {
      sent = true;
    }
  }

  private final HttpPipeline pipeline;
  private final ApiRequest request;
  private final HttpUrl url;
  private final byte[] body;
  private final JavaType responseType;
  private final Instant deadline;
  private int attempts;
  private int retries;
  private boolean replayedAfterUnauthorized;
  private long attemptStartNanos;

  Exchange(HttpPipeline pipeline, ApiRequest request, byte[] body, JavaType responseType) {
    this.pipeline = pipeline;
    this.request = request;
    this.url = request.url(pipeline.config().endpoint(request.service()));
    this.body = body;
    this.responseType = responseType;
    Duration callTimeout = pipeline.config().callTimeout();
    this.deadline = callTimeout.isZero() ? null : pipeline.config().clock().instant().plus(callTimeout);
  }

  /** Builds and authenticates the next attempt's request. */
  Request nextRequest() throws IOException {
    attempts++;
    Request.Builder builder = new Request.Builder()
        .url(url)
        .header("User-Agent", pipeline.userAgent())
        .header("Accept", "application/json");
    for (Map.Entry<String, String> header : request.headers().entrySet()) {
      builder.header(header.getKey(), header.getValue());
    }
    RequestBody requestBody = body == null ? null : RequestBody.create(body, JSON);
    if (requestBody == null && (request.method().equals("POST") || request.method().equals("PUT"))) {
      requestBody = RequestBody.create(new byte[0], JSON);
    }
    Request built = builder.method(request.method(), requestBody).build();
    Optional<Credentials> credentials = pipeline.config().credentials();
    if (credentials.isPresent()) {
      built = credentials.get().authenticate(built, pipeline.authContext());
    }
    traceRequest(built);
    attemptStartNanos = System.nanoTime();
    return built;
  }

  /** Gives the OkHttp call what is left of the whole-call timeout. */
  void limit(Call call) {
    if (deadline != null) {
      long remaining = Duration.between(pipeline.config().clock().instant(), deadline).toNanos();
      call.timeout().timeout(Math.max(1, remaining), TimeUnit.NANOSECONDS);
    }
  }

  Step<T> onResponse(Response response) throws IOException {
    byte[] bytes = response.body().bytes();
    int status = response.code();
    String requestId = response.header("X-Request-Id");
    logAttempt(status, requestId);
    traceResponse(response, bytes);
    if (status >= 200 && status < 300) {
      pipeline.budget().onSuccess();
      return Step.done(new ApiResponse<>(status, response.headers(), attempts, parse(status, requestId, bytes)));
    }
    if (status == 401 && !replayedAfterUnauthorized) {
      Optional<Credentials> credentials = pipeline.config().credentials();
      if (credentials.isPresent() && credentials.get().refreshAfterUnauthorized(response.request(), pipeline.authContext())) {
        replayedAfterUnauthorized = true;
        return Step.retry(Duration.ZERO);
      }
    }
    Duration retryAfter = RetryAfter.parse(response.headers(), pipeline.config().clock());
    ErrorDetails details = ErrorBodyParser.parse(status, requestId,
        new String(bytes, StandardCharsets.UTF_8), attempts, retryAfter);
    RetryPolicy policy = pipeline.config().retryPolicy();
    if (policy.isRetryable(request.method(), status, details.errorCode())) {
      Duration delay = policy.delayBeforeRetry(retries + 1,
          RetryPolicy.isThrottling(status, details.errorCode()), details.retryAfter());
      if (mayRetry(delay, RetryBudget.RETRY_COST)) {
        return Step.retry(delay);
      }
    }
    return Step.fail(ApiException.of(details));
  }

  Step<T> onFailure(IOException failure, boolean sent, boolean cancelled) {
    logFailure(failure);
    if (cancelled || Thread.currentThread().isInterrupted()) {
      return Step.fail(new CallCancelledException(describe() + " was cancelled", failure));
    }
    if (deadlinePassed()) {
      return Step.fail(new TransportException(describe() + " exceeded the call timeout of "
          + pipeline.config().callTimeout(), failure, sent, attempts));
    }
    RetryPolicy policy = pipeline.config().retryPolicy();
    if (policy.isRetryable(request.method(), failure, sent)) {
      Duration delay = policy.delayBeforeRetry(retries + 1, false, Optional.empty());
      int cost = failure instanceof InterruptedIOException ? RetryBudget.TIMEOUT_RETRY_COST : RetryBudget.RETRY_COST;
      if (mayRetry(delay, cost)) {
        return Step.retry(delay);
      }
    }
    return Step.fail(new TransportException(describe() + " failed: " + failureKind(failure), failure, sent, attempts));
  }

  String describe() {
    return request.operation() + " (" + request.method() + " " + url.encodedPath() + ")";
  }

  private boolean mayRetry(Duration delay, int cost) {
    if (retries >= pipeline.config().retryPolicy().maxRetries()) {
      return false;
    }
    if (deadline != null && pipeline.config().clock().instant().plus(delay).isAfter(deadline)) {
      HttpPipeline.LOG.debug("{}: no retry, the call timeout leaves no time for a {} ms backoff",
          describe(), delay.toMillis());
      return false;
    }
    if (!pipeline.budget().tryAcquire(cost)) {
      HttpPipeline.LOG.debug("{}: no retry, the client's retry budget is spent", describe());
      return false;
    }
    retries++;
    return true;
  }

  private boolean deadlinePassed() {
    return deadline != null && !pipeline.config().clock().instant().isBefore(deadline);
  }

  private T parse(int status, String requestId, byte[] bytes) {
    if (responseType.getRawClass() == Void.class) {
      return null;
    }
    try {
      return Json.mapper().readValue(bytes, responseType);
    } catch (IOException | RuntimeException e) {
      throw new ResponseParseException(describe() + " answered a body that does not match "
          + responseType.getRawClass().getSimpleName(), status, requestId,
          Redactor.excerpt(new String(bytes, StandardCharsets.UTF_8), ErrorDetails.MAX_EXCERPT), e);
    }
  }

  private static String failureKind(IOException failure) {
    if (failure instanceof SocketTimeoutException || "timeout".equals(failure.getMessage())) {
      return "timeout (" + failure.getMessage() + ")";
    }
    return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
  }

  private long elapsedMillis() {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - attemptStartNanos);
  }

  private void logAttempt(int status, String requestId) {
    if (HttpPipeline.LOG.isDebugEnabled()) {
      HttpPipeline.LOG.debug("{} {} -> {} in {} ms (attempt {}, request id {})", request.method(),
          url.encodedPath(), status, elapsedMillis(), attempts, requestId == null ? "-" : requestId);
    }
  }

  private void logFailure(IOException failure) {
    if (HttpPipeline.LOG.isDebugEnabled()) {
      HttpPipeline.LOG.debug("{} {} -> {} after {} ms (attempt {})", request.method(), url.encodedPath(),
          failureKind(failure), elapsedMillis(), attempts);
    }
  }

  private void traceRequest(Request built) {
    if (HttpPipeline.LOG.isTraceEnabled()) {
      HttpPipeline.LOG.trace("request {} {}\n{}{}", built.method(), built.url(), Redactor.headers(built.headers()),
          body == null ? "" : Redactor.json(new String(body, StandardCharsets.UTF_8)));
    }
  }

  private void traceResponse(Response response, byte[] bytes) {
    if (HttpPipeline.LOG.isTraceEnabled()) {
      HttpPipeline.LOG.trace("response {} {}\n{}{}", response.code(), response.request().url().encodedPath(),
          Redactor.headers(response.headers()), Redactor.json(new String(bytes, StandardCharsets.UTF_8)));
    }
  }
}
