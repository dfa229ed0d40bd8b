package io.hcsdk.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.error.ApiException;
import io.hcsdk.core.error.ErrorDetails;
import io.hcsdk.core.error.ResponseParseException;
import io.hcsdk.core.error.TransportException;
import io.hcsdk.core.internal.ErrorBodyParser;
import io.hcsdk.core.internal.Redactor;
import io.hcsdk.core.internal.RetryAfter;
import io.hcsdk.core.internal.SharedScheduler;
import io.hcsdk.core.json.Json;
import io.hcsdk.core.retry.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one IAM call, {@code POST {iam}/v3/auth/tokens} with a password, mapped to a token or a
 * typed error, and retried per the context's {@link RetryPolicy}: blocking ({@link #fetch}) or
 * through OkHttp's {@code enqueue} with backoffs on a scheduler ({@link #fetchAsync}). Every
 * attempt's OkHttp call gets what is left before the deadline as its call timeout.
 */
final class IamTokenClient {
  /** What the documents promise when a body lacks {@code token.expires_at}. */
  static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);

  /**
   * Marks the IAM request, so credentials asked to authenticate it know the lent client runs them
   * on its own calls (which would ask for a token to fetch a token).
   */
  enum TokenRequestTag { INSTANCE }

  /**
   * The token POST creates nothing and is safe to repeat, so it retries by the rules for
   * idempotent methods (any I/O failure, 408, 429, 5xx) rather than those for POST.
   */
  private static final String RETRY_AS_METHOD = "PUT";

  private static final Logger log = LoggerFactory.getLogger(IamTokenClient.class);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final long MAX_ERROR_BODY = 64 * 1024;

  private final String userName;
  private final String domainName;
  private final String password;
  private final String escapedPassword;
  private final String requestBody;

  IamTokenClient(String userName, String password, String domainName, String projectId,
      String projectName) {
    this.userName = userName;
    this.domainName = domainName;
    this.password = password;
    String quoted = Json.mapper().getNodeFactory().textNode(password).toString();
    this.escapedPassword = quoted.substring(1, quoted.length() - 1);
    this.requestBody = body(userName, password, domainName, projectId, projectName);
  }

  static HttpUrl tokensUrl(HttpUrl iamEndpoint) {
    return iamEndpoint.newBuilder().addPathSegments("v3/auth/tokens").build();
  }

  /** A URL as errors and logs show it: without user info. */
  static String display(HttpUrl url) {
    return url.newBuilder().username("").password("").build().toString();
  }

  /**
   * True when {@code failure} says a fetch stopped because of its starter, not because of IAM:
   * the starter's deadline cut the call short, or its thread was interrupted. Another caller with
   * time left may then try again.
   */
  static boolean cutShortByCaller(Throwable failure) {
    Throwable cause = failure instanceof TransportException ? failure.getCause() : failure;
    return cause instanceof InterruptedIOException && !(cause instanceof SocketTimeoutException);
  }

  /**
   * Fetches a token on the calling thread, sleeping through {@code context.sleeper()} between
   * attempts. Throws ApiException, TransportException or ResponseParseException.
   *
   * @param deadline when to give up; null for no bound beyond the HTTP client's own timeouts
   * @throws InterruptedIOException when interrupted during a request or a backoff (the flag is set)
   */
  IamToken fetch(AuthContext context, HttpUrl iamEndpoint, Instant deadline)
      throws InterruptedIOException {
    Attempts attempts = new Attempts(context, tokensUrl(iamEndpoint), deadline);
    while (true) {
      Outcome outcome;
      Call call = attempts.newCall();
      try (Response response = context.execute(call)) {
        outcome = attempts.onResponse(response);
      } catch (IOException e) {
        if (Thread.currentThread().isInterrupted()) {
          // The caller was interrupted (its context cancels the request then): an interrupt, not an IAM failure.
          InterruptedIOException interrupted = new InterruptedIOException("interrupted during the IAM token request");
          interrupted.initCause(e);
          throw interrupted;
        }
        outcome = attempts.onFailure(e);
      }
      if (outcome.token() != null) {
        return outcome.token();
      }
      if (outcome.retryDelay() == null) {
        throw outcome.error();
      }
      try {
        context.sleeper().sleep(outcome.retryDelay());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        InterruptedIOException interrupted =
            new InterruptedIOException("interrupted while backing off before retrying the IAM token request");
        interrupted.addSuppressed(outcome.error());
        throw interrupted;
      }
    }
  }

  /**
   * Fetches a token without blocking a thread: attempts run through {@code enqueue}, backoffs on
   * {@code context.scheduler()} (else the SDK's shared scheduler). The future fails with what
   * {@link #fetch} would throw.
   */
  CompletableFuture<IamToken> fetchAsync(AuthContext context, HttpUrl iamEndpoint, Instant deadline) {
    CompletableFuture<IamToken> result = new CompletableFuture<>();
    new AsyncFetch(new Attempts(context, tokensUrl(iamEndpoint), deadline), context, result).attempt();
    return result;
  }

  /** One attempt's end: a token, or an error and the wait before the next attempt (null: give up). */
  private record Outcome(IamToken token, RuntimeException error, Duration retryDelay) {}

  private final class AsyncFetch implements Callback {
    private final Attempts attempts;
    private final AuthContext context;
    private final CompletableFuture<IamToken> result;

    AsyncFetch(Attempts attempts, AuthContext context, CompletableFuture<IamToken> result) {
      this.attempts = attempts;
      this.context = context;
      this.result = result;
    }

    void attempt() {
      try {
        attempts.newCall().enqueue(this);
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    }

    @Override
    public void onResponse(Call call, Response response) {
      Outcome outcome;
      try (response) {
        outcome = attempts.onResponse(response);
      } catch (IOException e) {
        outcome = attempts.onFailure(e);
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
        return;
      }
      next(outcome);
    }

    @Override
    public void onFailure(Call call, IOException e) {
      try {
        next(attempts.onFailure(e));
      } catch (RuntimeException | Error unexpected) {
        result.completeExceptionally(unexpected);
      }
    }

    private void next(Outcome outcome) {
      if (outcome.token() != null) {
        result.complete(outcome.token());
      } else if (outcome.retryDelay() == null) {
        result.completeExceptionally(outcome.error());
      } else {
        try {
          context.scheduler().orElseGet(SharedScheduler::get)
              .schedule(this::attempt, outcome.retryDelay().toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
          // A shut-down scheduler cannot run the retry: fail with what IAM said, not hang.
          outcome.error().addSuppressed(e);
          result.completeExceptionally(outcome.error());
        }
      }
    }
  }

  /** The state of one fetch across its attempts: what to send, and whether to go again. */
  private final class Attempts {
    private final AuthContext context;
    private final Clock clock;
    private final RetryPolicy policy;
    private final HttpUrl tokensUrl;
    private final Instant deadline;
    private int attempts;
    private int retries;
    private Instant sentAt;

    Attempts(AuthContext context, HttpUrl tokensUrl, Instant deadline) {
      this.context = context;
      this.clock = context.clock();
      this.policy = context.retryPolicy();
      this.tokensUrl = tokensUrl;
      this.deadline = deadline;
    }

    /** The next attempt's call, limited to the time left; throws a timeout when none is left. */
    Call newCall() {
      attempts++;
      Request request = new Request.Builder()
          .url(tokensUrl)
          .post(RequestBody.create(requestBody, JSON))
          .tag(TokenRequestTag.class, TokenRequestTag.INSTANCE)
          .build();
      Call call = context.httpClient().newCall(request);
      sentAt = clock.instant();
      if (deadline != null) {
        long left = Duration.between(sentAt, deadline).toNanos();
        if (left <= 0) {
          throw new TransportException("IAM token request to " + display(tokensUrl)
              + " not sent: the call's deadline has passed",
              new InterruptedIOException("deadline passed"), false, attempts - 1);
        }
        long clientTimeout = TimeUnit.MILLISECONDS.toNanos(context.httpClient().callTimeoutMillis());
        call.timeout().timeout(clientTimeout > 0 ? Math.min(left, clientTimeout) : left,
            TimeUnit.NANOSECONDS);
      }
      return call;
    }

    Outcome onResponse(Response response) throws IOException {
      String requestId = response.header("X-Request-Id");
      if (!response.isSuccessful()) {
        String body = maskPassword(response.peekBody(MAX_ERROR_BODY).string());
        ErrorDetails details = ErrorBodyParser.parse(response.code(), requestId, body, attempts,
            RetryAfter.parse(response.headers(), clock));
        return afterError(details);
      }
      String token = response.header("X-Subject-Token");
      String body = response.body().string();
      if (token == null || token.isBlank()) {
        return new Outcome(null, new ResponseParseException(
            "IAM answered without an X-Subject-Token header", response.code(), requestId,
            Redactor.excerpt(maskPassword(body), 200), null), null);
      }
      Instant expiresAt = expiresAt(body, sentAt);
      log.debug("Obtained an IAM token for user {} in domain {}, expiring at {} (attempt {})",
          userName, domainName, expiresAt, attempts);
      return new Outcome(new IamToken(token.trim(), sentAt, expiresAt), null, null);
    }

    Outcome onFailure(IOException e) {
      boolean reached = mayHaveReachedServer(e);
      TransportException error = new TransportException("IAM token request to " + display(tokensUrl)
          + " failed: " + e, e, reached, attempts);
      // The call timeout (the caller's deadline) or an interrupt ended it: no time to go again.
      if (cutShortByCaller(e) || !policy.isRetryable(RETRY_AS_METHOD, e, reached)) {
        return new Outcome(null, error, null);
      }
      return retryOrFail(error, policy.delayBeforeRetry(retries + 1, false, Optional.empty()));
    }

    private Outcome afterError(ErrorDetails details) {
      ApiException error = ApiException.of(details);
      int status = details.httpStatus();
      if (!policy.isRetryable(RETRY_AS_METHOD, status, details.errorCode())) {
        return new Outcome(null, error, null); // a 401 (wrong password) or 403 will not change
      }
      Optional<Duration> retryAfter = details.retryAfter();
      if (retryAfter.filter(asked -> asked.compareTo(policy.maxRetryAfter()) > 0).isPresent()) {
        return new Outcome(null, error, null); // retrying sooner than IAM allows cannot succeed
      }
      return retryOrFail(error, policy.delayBeforeRetry(retries + 1,
          RetryPolicy.isThrottling(status, details.errorCode()), retryAfter));
    }

    private Outcome retryOrFail(RuntimeException error, Duration delay) {
      if (retries >= policy.maxRetries()) {
        return new Outcome(null, error, null);
      }
      if (deadline != null && clock.instant().plus(delay).isAfter(deadline)) {
        log.debug("IAM token request: no retry, the call's deadline leaves no time for a {} ms backoff",
            delay.toMillis());
        return new Outcome(null, error, null);
      }
      retries++;
      log.debug("IAM token request attempt {} failed ({}); retrying in {} ms", attempts,
          error.getClass().getSimpleName(), delay.toMillis());
      return new Outcome(null, error, delay);
    }
  }

  private static Instant expiresAt(String body, Instant sentAt) {
    try {
      JsonNode expires = Json.mapper().readTree(body).path("token").path("expires_at");
      if (expires.isTextual()) {
        return OffsetDateTime.parse(expires.asText().trim()).toInstant();
      }
    } catch (IOException | DateTimeParseException unreadable) {
      // fall through: the token itself is good, only its expiry is unknown
    }
    log.warn("IAM response has no readable token.expires_at; assuming the documented {} lifetime",
        DEFAULT_LIFETIME);
    return sentAt.plus(DEFAULT_LIFETIME);
  }

  /**
   * Masks the password wherever IAM might echo it, beyond the {@code password} fields that
   * {@link Redactor} already masks. Very short passwords are left alone: masking every "ab"
   * would reveal more than it hides.
   */
  private String maskPassword(String text) {
    if (password.length() < 4 || text.isEmpty()) {
      return text;
    }
    return text.replace(password, Masking.MASK).replace(escapedPassword, Masking.MASK);
  }

  private static boolean mayHaveReachedServer(IOException e) {
    return !(e instanceof UnknownHostException || e instanceof ConnectException
        || e instanceof NoRouteToHostException || e instanceof SSLHandshakeException);
  }

  private static String body(String userName, String password, String domainName,
      String projectId, String projectName) {
    ObjectNode root = Json.mapper().createObjectNode();
    ObjectNode auth = root.putObject("auth");
    ObjectNode identity = auth.putObject("identity");
    identity.putArray("methods").add("password");
    ObjectNode user = identity.putObject("password").putObject("user");
    user.put("name", userName);
    user.put("password", password);
    user.putObject("domain").put("name", domainName);
    ObjectNode project = auth.putObject("scope").putObject("project");
    if (projectId != null) {
      project.put("id", projectId);
    } else {
      project.put("name", projectName);
    }
    return root.toString();
  }
}
