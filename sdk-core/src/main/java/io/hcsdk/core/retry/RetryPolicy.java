package io.hcsdk.core.retry;

import java.io.InterruptedIOException;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When to retry and how long to wait, as data. On by default: at most 3 retries with full-jitter
 * exponential backoff (base 200 ms, cap 20 s; base 1 s when throttled), the server's
 * {@code Retry-After} honoured up to 60 s (a longer one is not shortened: the call fails at once
 * with a {@link io.hcsdk.core.error.ThrottledException} that carries it), and a per-client
 * {@link RetryBudget}.
 *
 * <p>Idempotency is per operation ({@link io.hcsdk.core.http.ApiRequest#idempotent()}, by default
 * from the method). Idempotent operations retry on any I/O failure and on 408, 429, 500, 502, 503,
 * 504. Others (POST, and operations that declare themselves non-idempotent) retry only where the
 * server cannot have acted: an I/O failure before the request was sent, 429 or {@code APIG.0308},
 * and 503 — never after a read timeout, 408, 500, 502 or 504.
 */
public final class RetryPolicy {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "PUT", "DELETE", "HEAD", "OPTIONS");
  private static final Set<Integer> RETRYABLE_IDEMPOTENT = Set.of(408, 429, 500, 502, 503, 504);
  private static final Set<Integer> RETRYABLE_POST = Set.of(429, 503);
  private static final Set<Integer> MAY_HAVE_ACTED = Set.of(408, 500, 502, 504);
  public static final String THROTTLING_CODE = "APIG.0308";

  private final int maxRetries;
  private final Duration baseDelay;
  private final Duration throttlingBaseDelay;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final int budgetCapacity;
  private final DoubleSupplier jitter;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.baseDelay = b.baseDelay;
    this.throttlingBaseDelay = b.throttlingBaseDelay;
    this.maxBackoff = b.maxBackoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.budgetCapacity = b.budgetCapacity;
    this.jitter = b.jitter;
  }

  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** Never retries (a 401 may still be replayed once after a token refresh). */
  public static RetryPolicy none() {
    return builder().maxRetries(0).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public int maxRetries() {
    return maxRetries;
  }

  public Duration baseDelay() {
    return baseDelay;
  }

  public Duration throttlingBaseDelay() {
    return throttlingBaseDelay;
  }

  public Duration maxBackoff() {
    return maxBackoff;
  }

  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  public int budgetCapacity() {
    return budgetCapacity;
  }

  /** A fresh budget of this policy's capacity; a client holds one for all its calls. */
  public RetryBudget newBudget() {
    return new RetryBudget(budgetCapacity);
  }

  public static boolean isIdempotent(String method) {
    return IDEMPOTENT.contains(method);
  }

  public static boolean isThrottling(int status, Optional<String> errorCode) {
    return status == 429 || errorCode.filter(THROTTLING_CODE::equals).isPresent();
  }

  /**
   * Whether the server may have acted on a request it answered with this error: a gateway or
   * server failure that can come after the backend did the work (408, 500, 502, 504). Throttling
   * and 503 are refusals before any work, which is why even a POST is retried after them.
   */
  public static boolean mayHaveActed(int status, Optional<String> errorCode) {
    return !isThrottling(status, errorCode) && MAY_HAVE_ACTED.contains(status);
  }

  /** Whether an HTTP error answer may be retried for a request of this method (idempotency from the method). */
  public boolean isRetryable(String method, int status, Optional<String> errorCode) {
    return isRetryable(isIdempotent(method), status, errorCode);
  }

  /** Whether an HTTP error answer may be retried for an operation that is, or is not, idempotent. */
  public boolean isRetryable(boolean idempotent, int status, Optional<String> errorCode) {
    if (isThrottling(status, errorCode)) {
      return true;
    }
    return idempotent ? RETRYABLE_IDEMPOTENT.contains(status) : RETRYABLE_POST.contains(status);
  }

  /** {@link #isRetryable(boolean, IOException, boolean)} with idempotency from the method. */
  public boolean isRetryable(String method, IOException failure, boolean requestSent) {
    return isRetryable(isIdempotent(method), failure, requestSent);
  }

  /**
   * Whether an I/O failure may be retried: always for idempotent operations, for others only when
   * the request never left this process. An interrupt is never retried.
   */
  public boolean isRetryable(boolean idempotent, IOException failure, boolean requestSent) {
    if (failure instanceof InterruptedIOException && !(failure instanceof java.net.SocketTimeoutException)
        && Thread.currentThread().isInterrupted()) {
      return false;
    }
    return idempotent || !requestSent;
  }

  /**
   * Whether the server asked for a longer wait than this policy is willing to make: the call then
   * fails at once, telling the caller when to come back, instead of retrying too early.
   */
  public boolean exceedsMaxRetryAfter(Duration retryAfter) {
    return retryAfter.compareTo(maxRetryAfter) > 0;
  }

  /**
   * The wait before retry number {@code retry} (1-based): full jitter, a uniform draw from
   * [0, min(cap, base * 2^(retry-1))]; the server's {@code Retry-After} wins when given. The
   * pipeline does not retry at all after a {@code Retry-After} beyond {@link #maxRetryAfter()}
   * ({@link #exceedsMaxRetryAfter}); here it is capped, so a delay never exceeds the cap.
   */
  public Duration delayBeforeRetry(int retry, boolean throttled, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      Duration asked = retryAfter.get();
      return asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked;
    }
    long base = (throttled ? throttlingBaseDelay : baseDelay).toMillis();
    long ceiling = Math.min(maxBackoff.toMillis(), base << Math.min(retry - 1, 30));
    return Duration.ofMillis((long) (jitter.getAsDouble() * ceiling));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + ", baseDelay=" + baseDelay + ", throttlingBaseDelay="
        + throttlingBaseDelay + ", maxBackoff=" + maxBackoff + ", maxRetryAfter=" + maxRetryAfter
        + ", budgetCapacity=" + budgetCapacity + "}";
  }

  public static final class Builder {
    private int maxRetries = 3;
    private Duration baseDelay = Duration.ofMillis(200);
    private Duration throttlingBaseDelay = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofSeconds(20);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private int budgetCapacity = RetryBudget.DEFAULT_CAPACITY;
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    private Builder(RetryPolicy p) {
      maxRetries = p.maxRetries;
      baseDelay = p.baseDelay;
      throttlingBaseDelay = p.throttlingBaseDelay;
      maxBackoff = p.maxBackoff;
      maxRetryAfter = p.maxRetryAfter;
      budgetCapacity = p.budgetCapacity;
      jitter = p.jitter;
    }

    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0");
      }
      this.maxRetries = maxRetries;
      return this;
    }

    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = positive(baseDelay, "baseDelay");
      return this;
    }

    public Builder throttlingBaseDelay(Duration throttlingBaseDelay) {
      this.throttlingBaseDelay = positive(throttlingBaseDelay, "throttlingBaseDelay");
      return this;
    }

    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = positive(maxBackoff, "maxBackoff");
      return this;
    }

    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = positive(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /** Tokens in the per-client budget; 0 turns retries off. */
    public Builder budgetCapacity(int budgetCapacity) {
      if (budgetCapacity < 0) {
        throw new IllegalArgumentException("budgetCapacity must be >= 0");
      }
      this.budgetCapacity = budgetCapacity;
      return this;
    }

    /** The source of jitter in [0, 1); tests pass a constant to make delays deterministic. */
    public Builder jitter(DoubleSupplier jitter) {
      this.jitter = Objects.requireNonNull(jitter, "jitter");
      return this;
    }

    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative");
      }
      return d;
    }
  }
}
