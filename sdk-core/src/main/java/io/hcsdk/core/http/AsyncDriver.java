package io.hcsdk.core.http;

import io.hcsdk.core.auth.Credentials;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Drives one async call without parking a thread: authentication composes on the credentials'
 * future, each attempt runs on OkHttp's dispatcher, each backoff and the whole-call deadline are
 * timers on the scheduler, and a 401 refresh composes too. {@link Exchange} decides every step.
 *
 * <p>Every entry point (the caller's thread, OkHttp's callbacks, the credentials' completions, the
 * scheduler's tasks) runs {@link #guarded}, so whatever it throws, {@code Error}s included,
 * completes the future: it never hangs. When the future completes exceptionally, whatever the
 * reason, the HTTP call, a scheduled retry and the deadline timer are cancelled. The credentials'
 * own futures are never cancelled: they may be shared by other calls (one token fetch for all).
 */
final class AsyncDriver<T> {
  private final Exchange<T> exchange;
  private final ScheduledExecutorService scheduler;
  private final CompletableFuture<ApiResponse<T>> future = new CompletableFuture<>();
  private volatile Call current;
  private volatile Future<?> pendingRetry;
  private volatile Future<?> deadlineTimer;

  private AsyncDriver(Exchange<T> exchange, ScheduledExecutorService scheduler) {
    this.exchange = exchange;
    this.scheduler = scheduler;
  }

  static <T> CompletableFuture<ApiResponse<T>> start(Exchange<T> exchange, ScheduledExecutorService scheduler) {
    AsyncDriver<T> driver = new AsyncDriver<>(exchange, scheduler);
    driver.future.whenComplete((value, error) -> driver.stopBeneath(error != null));
    driver.guarded(driver::begin);
    return driver.future;
  }

  private void begin() {
    Optional<Duration> remaining = exchange.remaining();
    if (remaining.isPresent()) {
      // OkHttp's own call timeout starts only when the call leaves the dispatcher's queue, and
      // does not cover authentication: this timer bounds all of it.
      Future<?> timer = scheduler.schedule(() -> guarded(this::onDeadline), remaining.get().toNanos(),
          TimeUnit.NANOSECONDS);
      deadlineTimer = timer;
      if (future.isDone()) {
        timer.cancel(false);
      }
    }
    attempt();
  }

  private void attempt() {
    if (future.isDone()) {
      return;
    }
    Request unsigned = exchange.newAttempt();
    authenticate(unsigned).whenComplete((signed, error) -> guarded(() -> send(signed, error)));
  }

  private CompletableFuture<Request> authenticate(Request unsigned) {
    Optional<Credentials> credentials = exchange.credentials();
    if (credentials.isEmpty()) {
      return CompletableFuture.completedFuture(unsigned);
    }
    try {
      CompletableFuture<Request> signed = credentials.get().authenticateAsync(unsigned, exchange.authContext());
      return signed != null ? signed
          : CompletableFuture.failedFuture(new NullPointerException("authenticateAsync returned null"));
    } catch (Throwable t) {
      return CompletableFuture.failedFuture(t);
    }
  }

  private void send(Request signed, Throwable authError) {
    if (future.isDone()) {
      exchange.abortCancelled("was cancelled"); // reports the attempt, unless the deadline already did
      return;
    }
    if (authError != null) {
      Throwable cause = unwrap(authError);
      handle(cause instanceof IOException ? exchange.onFailure((IOException) cause)
          : exchange.onAuthenticationFailure(cause));
      return;
    }
    if (exchange.deadlinePassed()) {
      future.completeExceptionally(exchange.abortTimedOut());
      return;
    }
    Call call = exchange.newCall(signed);
    current = call;
    if (future.isDone()) {
      call.cancel();
      return;
    }
    call.enqueue(new Callback() {
      @Override
      public void onResponse(Call call, Response response) {
        guarded(() -> {
          try (response) {
            handle(exchange.onResponse(response));
          }
        });
      }

      @Override
      public void onFailure(Call call, IOException e) {
        guarded(() -> handle(exchange.onFailure(e)));
      }
    });
  }

  private void handle(Exchange.Step<T> step) {
    if (step == null) {
      return; // the attempt was concluded elsewhere (deadline, cancellation); the future is done
    }
    switch (step.kind()) {
      case DONE -> future.complete(step.response());
      case FAIL -> future.completeExceptionally(step.error());
      case REFRESH -> refresh(step.rejected());
      case RETRY -> scheduleRetry(step);
    }
  }

  private void refresh(Request rejected) {
    if (future.isDone()) {
      handle(exchange.afterRefresh(false, null));
      return;
    }
    CompletableFuture<Boolean> refreshed;
    try {
      refreshed = exchange.credentials().orElseThrow()
          .refreshAfterUnauthorizedAsync(rejected, exchange.authContext());
    } catch (Throwable t) {
      refreshed = CompletableFuture.failedFuture(t);
    }
    refreshed.whenComplete((replay, error) -> guarded(() -> handle(error == null
        ? exchange.afterRefresh(Boolean.TRUE.equals(replay), null)
        : exchange.afterRefresh(false, unwrap(error)))));
  }

  private void scheduleRetry(Exchange.Step<T> step) {
    if (future.isDone()) {
      return;
    }
    Future<?> retry;
    try {
      retry = scheduler.schedule(() -> guarded(this::attempt), step.retryDelay().toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      // A caller-supplied scheduler that was shut down: fail with what the retry would have fixed.
      HttpPipeline.LOG.warn("{}: the scheduler rejected the retry; the call fails with its last error",
          exchange.describe());
      step.error().addSuppressed(e);
      future.completeExceptionally(step.error());
      return;
    }
    pendingRetry = retry;
    // A completion that landed between schedule() and the assignment above found no pending retry
    // to cancel; without this check the task would stay queued for the whole backoff.
    if (future.isDone()) {
      retry.cancel(false);
    }
  }

  private void onDeadline() {
    if (!future.isDone()) {
      future.completeExceptionally(exchange.abortTimedOut());
    }
  }

  /** Runs one step of the call; whatever it throws completes the future instead of vanishing. */
  private void guarded(Runnable step) {
    try {
      step.run();
    } catch (Throwable t) {
      try {
        exchange.onError(t);
      } catch (Throwable reportFailed) {
        t.addSuppressed(reportFailed);
      }
      future.completeExceptionally(t);
    }
  }

  private void stopBeneath(boolean exceptionally) {
    Future<?> timer = deadlineTimer;
    if (timer != null) {
      timer.cancel(false);
    }
    if (!exceptionally) {
      return;
    }
    exchange.stop();
    Call call = current;
    if (call != null) {
      call.cancel();
    }
    Future<?> retry = pendingRetry;
    if (retry != null) {
      retry.cancel(false);
    }
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
