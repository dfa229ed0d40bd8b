package io.hcsdk.core.http;

import com.fasterxml.jackson.databind.JavaType;
import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.auth.AuthContext;
import io.hcsdk.core.auth.Credentials;
import io.hcsdk.core.error.ApiException;
import io.hcsdk.core.error.CallCancelledException;
import io.hcsdk.core.error.ErrorDetails;
import io.hcsdk.core.error.ResponseParseException;
import io.hcsdk.core.error.ThrottledException;
import io.hcsdk.core.error.TransportException;
import io.hcsdk.core.internal.BodyBytes;
import io.hcsdk.core.internal.ErrorBodyParser;
import io.hcsdk.core.internal.Redactor;
import io.hcsdk.core.internal.RetryAfter;
import io.hcsdk.core.json.Json;
import io.hcsdk.core.json.JsonException;
import io.hcsdk.core.retry.RetryBudget;
import io.hcsdk.core.retry.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The state of one logical call across its attempts, and the one place that decides, after each
 * attempt, whether the call succeeded, failed, or goes again and after how long. The sync driver
 * ({@link HttpPipeline#send}) and the async one ({@link AsyncDriver}) both drive it, so they cannot
 * disagree on a rule; they only differ in how they wait. Each attempt ends in exactly one
 * {@link CallEvent}: whoever concludes it first (the answer, or a timeout or cancellation that
 * overtook it) reports it, and a late answer to a concluded attempt is ignored ({@code null}).
 */
final class Exchange<T> {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  enum Kind { DONE, FAIL, RETRY, REFRESH }

  /**
   * What to do after an attempt: finished with a response or an error; retry after a delay
   * ({@code error} is what the call fails with if the retry cannot happen); or ask the
   * credentials to refresh after a 401 to {@code rejected}, then {@link #afterRefresh}.
   */
  record Step<T>(Kind kind, ApiResponse<T> response, Throwable error, Duration retryDelay, Request rejected) {
    static <T> Step<T> done(ApiResponse<T> response) {
      return new Step<>(Kind.DONE, response, null, null, null);
    }

    static <T> Step<T> fail(Throwable error) {
      return new Step<>(Kind.FAIL, null, error, null, null);
    }

    static <T> Step<T> retry(Duration delay, RuntimeException errorWithoutRetry) {
      return new Step<>(Kind.RETRY, null, errorWithoutRetry, delay, null);
    }

    static <T> Step<T> refresh(Request rejected) {
      return new Step<>(Kind.REFRESH, null, null, null, rejected);
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

  /** A 401 waiting for the credentials' verdict: what the attempt reports once it is known. */
  private record Rejection(int status, String requestId, ErrorDetails details) {}

  private final HttpPipeline pipeline;
  private final ClientConfig config;
  private final ApiRequest request;
  private final HttpUrl url;
  private final byte[] body;
  /** The body once more, tagged on every attempt so a signer hashes it once per call. */
  private final BodyBytes bodyBytes;
  private final JavaType responseType;
  private final Duration callTimeout;
  private final Instant deadline;
  private final AuthContext authContext;
  private final AttemptLog log;
  private volatile int attempts;
  private int retries;
  private boolean replayedAfterUnauthorized;
  private boolean clockSkewCorrected;
  /** An earlier attempt was sent and lost, or answered in a way that says the server may have acted. */
  private volatile boolean mayHaveReachedServer;
  private volatile boolean stopped;
  private volatile boolean timedOut;
  private boolean attemptConcluded = true;
  private volatile SendTracker tracker;
  private volatile Request signed;
  private volatile long attemptStartNanos;
  private Rejection rejection;

  Exchange(HttpPipeline pipeline, ApiRequest request, byte[] body, JavaType responseType) {
    this.pipeline = pipeline;
    this.config = pipeline.config();
    this.request = request;
    this.url = request.url(config.endpoint(request.service()));
    this.body = body;
    this.bodyBytes = body == null ? null : new BodyBytes(body);
    this.responseType = responseType;
    this.log = new AttemptLog(request, url, config.callListener());
    // The clock starts here, before authentication, so a token fetch counts against the call.
    this.callTimeout = effectiveTimeout(config.callTimeout(), request.callTimeout());
    this.deadline = callTimeout == null ? null : config.clock().instant().plus(callTimeout);
    this.authContext = new CallAuthContext(pipeline.httpClient(), config.clock(), Optional.ofNullable(deadline),
        config.retryPolicy(), config.sleeper(), config.scheduler(), pipeline.iamEndpoint());
  }

  /** The shorter of the config's timeout (zero: none) and the request's own; null when neither bounds. */
  private static Duration effectiveTimeout(Duration configured, Optional<Duration> perCall) {
    Duration fromConfig = configured.isZero() ? null : configured;
    if (perCall.isEmpty()) {
      return fromConfig;
    }
    return fromConfig == null || perCall.get().compareTo(fromConfig) < 0 ? perCall.get() : fromConfig;
  }

  /** What credentials may use for this call: its deadline, the client's HTTP client, policy and timing. */
  AuthContext authContext() {
    return authContext;
  }

  Optional<Credentials> credentials() {
    return config.credentials();
  }

  /** Starts the next attempt: the request as this call describes it, not yet authenticated. */
  Request newAttempt() {
    synchronized (this) {
      attempts++;
      attemptConcluded = false;
    }
    attemptStartNanos = System.nanoTime();
    tracker = new SendTracker();
    signed = null;
    // addHeader: a new builder has nothing to replace, and header() scans for a value to remove.
    Request.Builder builder = new Request.Builder()
        .url(url)
        .addHeader("User-Agent", pipeline.userAgent())
        .addHeader("Accept", "application/json");
    for (Map.Entry<String, String> header : request.headers().entrySet()) {
      builder.header(header.getKey(), header.getValue());
    }
    RequestBody requestBody = body == null ? null : RequestBody.create(body, JSON);
    if (requestBody == null && (request.method().equals("POST") || request.method().equals("PUT"))) {
      requestBody = RequestBody.create(new byte[0], JSON);
    }
    if (bodyBytes != null) {
      builder.tag(BodyBytes.class, bodyBytes);
    }
    return builder.method(request.method(), requestBody).build();
  }

  /** The OkHttp call for this attempt's authenticated request, bounded by what is left of the call. */
  Call newCall(Request authenticated) {
    signed = authenticated;
    log.request(authenticated, body);
    Call call = pipeline.httpClient().newCall(authenticated);
    call.addEventListener(tracker);
    if (deadline != null) {
      call.timeout().timeout(Math.max(1, remaining().orElseThrow().toNanos()), TimeUnit.NANOSECONDS);
    }
    return call;
  }

  /** Time left until the deadline (zero once passed); empty when the call is unbounded. */
  Optional<Duration> remaining() {
    if (deadline == null) {
      return Optional.empty();
    }
    Duration left = Duration.between(config.clock().instant(), deadline);
    return Optional.of(left.isNegative() ? Duration.ZERO : left);
  }

  boolean deadlinePassed() {
    return deadline != null && !config.clock().instant().isBefore(deadline);
  }

  /** The caller gave up on the call (its future completed): a late failure is a cancellation, not a retry. */
  void stop() {
    stopped = true;
  }

  Step<T> onResponse(Response response) {
    byte[] bytes;
    try {
      bytes = response.body().bytes();
    } catch (IOException e) {
      return onFailure(e);
    }
    int status = response.code();
    String requestId = response.header("X-Request-Id");
    log.answer(response, bytes, attempts, attemptStartNanos);
    if (status >= 200 && status < 300) {
      pipeline.budget().onSuccess();
      Step<T> step;
      try {
        step = Step.done(new ApiResponse<>(status, response.headers(), attempts,
            parse(status, requestId, bytes, response.request().headers())));
      } catch (ResponseParseException e) {
        step = Step.fail(e);
      }
      return conclude(step, status, null, requestId);
    }
    if (status == 404 && mayHaveReachedServer && request.method().equals("DELETE")) {
      HttpPipeline.LOG.debug("{}: 404 after an earlier attempt may have deleted it; counted as deleted", describe());
      return conclude(Step.done(ApiResponse.deletedByEarlierAttempt(status, response.headers(), attempts)),
          status, null, requestId);
    }
    Duration retryAfter = RetryAfter.parse(response.headers(), config.clock());
    // What the body says goes into the exception: not the credentials a proxy's page may echo.
    ErrorDetails details = ErrorBodyParser.parse(status, requestId,
        Redactor.withoutSentCredentials(new String(bytes, StandardCharsets.UTF_8), response.request().headers()),
        attempts, retryAfter);
    Optional<Credentials> credentials = config.credentials();
    if (status == 401 && credentials.isPresent()) {
      if (!clockSkewCorrected && correctedClockSkew(credentials.get(), response, details)) {
        clockSkewCorrected = true;
        return conclude(Step.retry(Duration.ZERO, ApiException.of(details)), status, null, requestId);
      }
      if (!replayedAfterUnauthorized) {
        rejection = new Rejection(status, requestId, details);
        return Step.refresh(signed);
      }
    }
    return onErrorAnswer(status, requestId, details);
  }

  /** The credentials' verdict on a 401 ({@link Kind#REFRESH}): replay once, or fail as answered. */
  Step<T> afterRefresh(boolean refreshed, Throwable failure) {
    Rejection rejected = rejection;
    rejection = null;
    if (failure != null) {
      return conclude(Step.fail(failure), rejected.status(), null, rejected.requestId());
    }
    if (refreshed) {
      replayedAfterUnauthorized = true;
      return conclude(Step.retry(Duration.ZERO, ApiException.of(rejected.details())), rejected.status(), null,
          rejected.requestId());
    }
    return onErrorAnswer(rejected.status(), rejected.requestId(), rejected.details());
  }

  private Step<T> onErrorAnswer(int status, String requestId, ErrorDetails details) {
    if (RetryPolicy.mayHaveActed(status, details.errorCode())) {
      mayHaveReachedServer = true;
    }
    RetryPolicy policy = config.retryPolicy();
    ApiException error = ApiException.of(details);
    if (policy.isRetryable(request.idempotent(), status, details.errorCode())) {
      Optional<Duration> retryAfter = details.retryAfter();
      if (retryAfter.isPresent() && policy.exceedsMaxRetryAfter(retryAfter.get())) {
        return conclude(Step.fail(ThrottledException.retryAfterBeyondLimit(details, policy.maxRetryAfter())),
            status, null, requestId);
      }
      Duration delay = policy.delayBeforeRetry(retries + 1, RetryPolicy.isThrottling(status, details.errorCode()),
          retryAfter);
      if (mayRetry(delay, RetryBudget.RETRY_COST)) {
        return conclude(Step.retry(delay, error), status, null, requestId);
      }
    }
    return conclude(Step.fail(error), status, null, requestId);
  }

  /** The attempt failed without an answer (or authentication failed with an I/O error). */
  Step<T> onFailure(IOException failure) {
    boolean sent = attemptSent();
    boolean reached = sent || mayHaveReachedServer;
    log.failure(failure, attempts, attemptStartNanos);
    if (stopped || Thread.currentThread().isInterrupted()) {
      return conclude(Step.fail(new CallCancelledException(describe() + " was cancelled", failure)),
          null, "cancelled", null);
    }
    if (timedOut || deadlinePassed()) {
      return conclude(Step.fail(new TransportException(describe() + " exceeded the call timeout of " + callTimeout,
          failure, reached, attempts)), null, "call timeout", null);
    }
    mayHaveReachedServer = reached;
    TransportException error = new TransportException(describe() + " failed: " + AttemptLog.failureKind(failure),
        failure, reached, attempts);
    RetryPolicy policy = config.retryPolicy();
    if (policy.isRetryable(request.idempotent(), failure, sent)) {
      Duration delay = policy.delayBeforeRetry(retries + 1, false, Optional.empty());
      int cost = failure instanceof InterruptedIOException ? RetryBudget.TIMEOUT_RETRY_COST : RetryBudget.RETRY_COST;
      if (mayRetry(delay, cost)) {
        return conclude(Step.retry(delay, error), null, AttemptLog.eventFailureKind(failure), null);
      }
    }
    return conclude(Step.fail(error), null, AttemptLog.eventFailureKind(failure), null);
  }

  /** The attempt failed with something other than an I/O error (credentials, a bug): final. */
  Step<T> onError(Throwable error) {
    return conclude(Step.fail(error), null, error.getClass().getSimpleName(), null);
  }

  /**
   * Authenticating this attempt failed, before anything of it was sent: final. A transport failure
   * of the credentials' own request (the IAM token's) speaks of that request; the call fails with
   * its own, which says whether this call's request may have reached the service (only if an
   * earlier attempt did), so a create is never looked up, or thought sent, for a token it never got.
   */
  Step<T> onAuthenticationFailure(Throwable error) {
    if (!(error instanceof TransportException credentials)) {
      return onError(error);
    }
    String what = timedOut || deadlinePassed()
        ? " exceeded the call timeout of " + callTimeout + " while authenticating"
        : " could not authenticate: the credentials' own request failed";
    return onError(new TransportException(describe() + what, credentials, mayHaveReachedServer, attempts));
  }

  /** The whole-call timeout passed: concludes the open attempt, if any, and returns the call's error. */
  RuntimeException abortTimedOut() {
    timedOut = true;
    TransportException error = new TransportException(describe() + ": the call timeout of " + callTimeout
        + " passed", null, attemptSent() || mayHaveReachedServer, attempts);
    conclude(Step.fail(error), null, "call timeout", null);
    return error;
  }

  /** The caller stopped the call ({@code what}: "was interrupted"): concludes the open attempt, if any. */
  RuntimeException abortCancelled(String what) {
    stopped = true;
    CallCancelledException error = new CallCancelledException(describe() + " " + what, null);
    conclude(Step.fail(error), null, "cancelled", null);
    return error;
  }

  String describe() {
    return request.operation() + " (" + request.method() + " " + url.encodedPath() + ")";
  }

  private boolean attemptSent() {
    SendTracker current = tracker;
    return current != null && current.sent;
  }

  /**
   * AK/SK clock skew: the gateway rejects an {@code X-Sdk-Date} more than 15 minutes off with the
   * same 401 it gives a wrong key ({@code APIG.0301} "verify aksk signature fail"; token and
   * expiry failures use {@code APIG.1002}/{@code APIGW.0307}), so the wording alone cannot tell
   * them apart. The rule: a 401 with a gateway authentication code or wording about the
   * signature, expiry or request time, to a request signed with {@code X-Sdk-Date}, whose
   * answer's {@code Date} is at least {@link ClockSkew#THRESHOLD} away from that date. Then the
   * credentials may correct their clock, and the request is re-signed and sent once more.
   */
  private boolean correctedClockSkew(Credentials credentials, Response response, ErrorDetails details) {
    Optional<Instant> serverTime = ClockSkew.serverTime(signed, response.headers(), details);
    if (serverTime.isEmpty()) {
      return false;
    }
    try {
      return credentials.correctClockSkew(signed, serverTime.get(), authContext);
    } catch (RuntimeException e) {
      HttpPipeline.LOG.debug("{}: the credentials could not correct their clock ({})", describe(),
          e.getClass().getSimpleName());
      return false;
    }
  }

  private boolean mayRetry(Duration delay, int cost) {
    if (retries >= config.retryPolicy().maxRetries()) {
      return false;
    }
    if (deadline != null && config.clock().instant().plus(delay).isAfter(deadline)) {
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

  /** Reports the attempt once (the first conclusion wins) and returns {@code step}, or null if it was already concluded. */
  private Step<T> conclude(Step<T> step, Integer status, String failure, String requestId) {
    synchronized (this) {
      if (attemptConcluded) {
        return null;
      }
      attemptConcluded = true;
    }
    if (config.callListener() == CallListener.NONE) {
      return step; // nobody listens: the event, its Optionals and Duration would be garbage at once
    }
    log.report(new CallEvent(request.operation(), request.method(), url.encodedPath(), attempts,
        status == null ? OptionalInt.empty() : OptionalInt.of(status), Optional.ofNullable(failure),
        Duration.ofNanos(System.nanoTime() - attemptStartNanos), Optional.ofNullable(requestId),
        step.kind() == Kind.RETRY));
    return step;
  }

  private T parse(int status, String requestId, byte[] bytes, Headers sent) {
    if (responseType.getRawClass() == Void.class) {
      return null;
    }
    String expected = responseType.getRawClass().getSimpleName();
    try {
      return Json.read(bytes, responseType);
    } catch (JsonException e) {
      // Its message names the problem and the field's path without quoting the body's values, and it
      // carries no Jackson exception, whose message would.
      throw new ResponseParseException(describe() + " answered a body that does not match " + expected + " ("
          + e.getMessage() + ")", status, requestId, excerpt(bytes, sent), e);
    } catch (RuntimeException e) {
      throw new ResponseParseException(describe() + " answered a body that does not match " + expected, status,
          requestId, excerpt(bytes, sent), e);
    }
  }

  private static String excerpt(byte[] bytes, Headers sent) {
    return Redactor.excerpt(Redactor.withoutSentCredentials(new String(bytes, StandardCharsets.UTF_8), sent),
        ErrorDetails.MAX_EXCERPT);
  }
}
