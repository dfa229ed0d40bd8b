package io.hcsdk.core.auth;

import io.hcsdk.core.HcException;
import io.hcsdk.core.error.TransportException;
import io.hcsdk.core.internal.SharedScheduler;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The IAM token of one {@link IamPasswordCredentials}: cached, renewed when due, and fetched at
 * most once at a time however many callers need it.
 *
 * <p>Rules, in order: a 401 drops the cached token only when it is the token that was rejected
 * (a newer one is kept); a token not yet due is used; a due token whose renewal failed moments ago
 * is used until {@link IamPasswordCredentials#REFRESH_RETRY_INTERVAL} has passed; otherwise the caller joins the fetch in
 * flight or starts one. A failed fetch falls back to the cached token while it is valid.
 *
 * <p>Deadlines: a fetch runs under its starter's deadline. Every caller waits for a shared fetch
 * at most until its own deadline, and giving up never cancels the fetch for the others. When a
 * fetch failed only because its starter ran out of time (or was interrupted), a caller with time
 * left starts another.
 */
final class TokenCache {
  private static final Logger log = LoggerFactory.getLogger(IamPasswordCredentials.class);

  /** Fetches one token: blocking on the calling thread, or without blocking any. */
  interface Fetcher {
    IamToken fetch(AuthContext context, Instant deadline) throws InterruptedIOException;

    CompletableFuture<IamToken> fetchAsync(AuthContext context, Instant deadline);
  }

  /** One IAM fetch that callers share; only {@link #publish} completes its result. */
  private static final class Fetch {
    final CompletableFuture<IamToken> result = new CompletableFuture<>();
    /** The starter's deadline; null when unbounded. */
    final Instant deadline;

    Fetch(Instant deadline) {
      this.deadline = deadline;
    }
  }

  /** What a caller does next: use {@code token}, or start or join {@code fetch}, or time out. */
  private record Plan(IamToken token, Fetch fetch, boolean starts) {
    static final Plan OUT_OF_TIME = new Plan(null, null, false);
  }

  private final Fetcher fetcher;

  private final Object lock = new Object();
  // Guarded by lock.
  private IamToken cached;
  private Fetch inFlight;
  private Instant retryRefreshAfter = Instant.MIN;

  TokenCache(Fetcher fetcher) {
    this.fetcher = fetcher;
  }

  /**
   * A valid token, blocking at most until the context's deadline.
   *
   * @param rejected the token value a service refused with 401, to drop if still cached; or null
   * @throws TransportException when the deadline passes first
   * @throws InterruptedIOException when interrupted (the flag is restored)
   */
  IamToken token(AuthContext context, String rejected) throws InterruptedIOException {
    Instant deadline = context.deadline().orElse(null);
    while (true) {
      Plan plan = plan(context.clock().instant(), rejected, deadline);
      if (plan.token() != null) {
        return plan.token();
      }
      if (plan == Plan.OUT_OF_TIME) {
        throw outOfTime(deadline);
      }
      Fetch fetch = plan.fetch();
      if (plan.starts()) {
        return fetchHere(context, fetch);
      }
      IamToken token;
      try {
        token = await(fetch, context, deadline);
      } catch (ExecutionException e) {
        token = afterFailure(fetch, e.getCause(), context, deadline);
      }
      if (token != null) {
        return token;
      }
    }
  }

  /**
   * {@link #token} without blocking: completes at once when a valid token is cached, else when
   * the shared fetch completes or this caller's deadline passes (timed on the context's scheduler,
   * else the shared one), whichever is first.
   */
  CompletableFuture<IamToken> tokenAsync(AuthContext context, String rejected) {
    Instant deadline = context.deadline().orElse(null);
    Plan plan;
    try {
      plan = plan(context.clock().instant(), rejected, deadline);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    if (plan.token() != null) {
      return CompletableFuture.completedFuture(plan.token());
    }
    if (plan == Plan.OUT_OF_TIME) {
      return CompletableFuture.failedFuture(outOfTime(deadline));
    }
    Fetch fetch = plan.fetch();
    if (plan.starts()) {
      startAsync(context, fetch);
    }
    CompletableFuture<IamToken> mine = new CompletableFuture<>();
    ScheduledFuture<?> timer = deadline == null ? null : timeOutAt(mine, context, deadline);
    fetch.result.whenComplete((token, failure) -> {
      if (timer != null) {
        timer.cancel(false);
      }
      if (mine.isDone()) {
        return; // this caller's deadline came first
      }
      if (failure == null) {
        mine.complete(token);
        return;
      }
      IamToken fallback = fallback(failure, context);
      if (fallback != null) {
        mine.complete(fallback);
      } else if (!plan.starts() && mayTryAgain(failure, context, deadline)) {
        tokenAsync(context, rejected).whenComplete((again, stillFailing) -> {
          if (stillFailing == null) {
            mine.complete(again);
          } else {
            mine.completeExceptionally(stillFailing);
          }
        });
      } else {
        mine.completeExceptionally(failure);
      }
    });
    return mine;
  }

  private Plan plan(Instant now, String rejected, Instant deadline) {
    synchronized (lock) {
      if (rejected != null && cached != null && cached.value().equals(rejected)) {
        cached = null; // exactly the token the service refused; a newer one would have been kept
      }
      IamToken current = cached;
      if (current != null) {
        if (now.isBefore(current.refreshAt(IamPasswordCredentials.REFRESH_BEFORE_EXPIRY))) {
          return new Plan(current, null, false);
        }
        if (now.isBefore(current.expiresAt()) && now.isBefore(retryRefreshAfter)) {
          return new Plan(current, null, false); // a renewal failed moments ago: do not hammer IAM
        }
      }
      if (deadline != null && !now.isBefore(deadline)) {
        return Plan.OUT_OF_TIME;
      }
      if (inFlight != null) {
        return new Plan(null, inFlight, false);
      }
      inFlight = new Fetch(deadline);
      return new Plan(null, inFlight, true);
    }
  }

  /** Runs {@code fetch} on this thread and publishes its outcome; falls back to a valid token. */
  private IamToken fetchHere(AuthContext context, Fetch fetch) throws InterruptedIOException {
    try {
      IamToken token = fetcher.fetch(context, fetch.deadline);
      publish(fetch, token, null, context);
      return token;
    } catch (InterruptedIOException e) {
      publish(fetch, null, new TransportException("IAM token request interrupted", e, true, 1),
          context);
      throw e;
    } catch (RuntimeException | Error e) {
      publish(fetch, null, e, context);
      IamToken fallback = fallback(e, context);
      if (fallback != null) {
        return fallback;
      }
      throw e;
    }
  }

  private void startAsync(AuthContext context, Fetch fetch) {
    CompletableFuture<IamToken> started;
    try {
      started = fetcher.fetchAsync(context, fetch.deadline);
    } catch (RuntimeException | Error e) {
      started = CompletableFuture.failedFuture(e);
    }
    started.whenComplete((token, failure) -> publish(fetch, token, failure, context));
  }

  private void publish(Fetch fetch, IamToken token, Throwable failure, AuthContext context) {
    synchronized (lock) {
      if (inFlight == fetch) {
        inFlight = null;
      }
      if (token != null) {
        cached = token;
        retryRefreshAfter = Instant.MIN;
      } else if (!IamTokenClient.cutShortByCaller(failure)) {
        retryRefreshAfter = context.clock().instant().plus(IamPasswordCredentials.REFRESH_RETRY_INTERVAL);
      }
    }
    if (token != null) {
      fetch.result.complete(token);
    } else {
      fetch.result.completeExceptionally(failure);
    }
  }

  private static IamToken await(Fetch fetch, AuthContext context, Instant deadline)
      throws ExecutionException, InterruptedIOException {
    try {
      if (deadline == null) {
        return fetch.result.get();
      }
      long left = Duration.between(context.clock().instant(), deadline).toNanos();
      return fetch.result.get(Math.max(0, left), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw outOfTime(deadline);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the IAM token");
    }
  }

  /**
   * What a caller that joined a failed fetch gets: a still-valid cached token, else null to try
   * again (the fetch failed only because of its starter and this caller has time left); else
   * the failure is thrown.
   */
  private IamToken afterFailure(Fetch fetch, Throwable failure, AuthContext context,
      Instant deadline) {
    IamToken fallback = fallback(failure, context);
    if (fallback != null) {
      return fallback;
    }
    if (mayTryAgain(failure, context, deadline)) {
      return null;
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    throw new HcException("IAM token request failed", failure);
  }

  private static boolean mayTryAgain(Throwable failure, AuthContext context, Instant deadline) {
    return IamTokenClient.cutShortByCaller(failure)
        && (deadline == null || context.clock().instant().isBefore(deadline));
  }

  /** The cached token while it is still valid (renewal failed early), else null. */
  private IamToken fallback(Throwable failure, AuthContext context) {
    IamToken current;
    synchronized (lock) {
      current = cached;
    }
    if (current == null || !context.clock().instant().isBefore(current.expiresAt())) {
      return null;
    }
    log.warn("Renewing the IAM token failed; using the current one until it expires at {}: {}",
        current.expiresAt(), failure.getMessage());
    return current;
  }

  private static ScheduledFuture<?> timeOutAt(CompletableFuture<IamToken> mine, AuthContext context,
      Instant deadline) {
    long left = Duration.between(context.clock().instant(), deadline).toNanos();
    try {
      Runnable timeOut = () -> mine.completeExceptionally(outOfTime(deadline));
      return context.scheduler().orElseGet(SharedScheduler::get).schedule(timeOut,
          Math.max(0, left), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      mine.completeExceptionally(new HcException(
          "cannot bound the wait for the IAM token: the scheduler refused the timeout", e));
      return null;
    }
  }

  private static TransportException outOfTime(Instant deadline) {
    return new TransportException("No IAM token before the call's deadline (" + deadline + ")",
        new InterruptedIOException("timeout"), false, 0);
  }
}
