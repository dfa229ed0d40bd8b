package io.hcsdk.core.poll;

import io.hcsdk.core.HcException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * One asynchronous wait: sleeps are scheduler tasks, polls are futures, and no thread is held in
 * between. Steps are serialised (one poll at a time), and {@code synchronized} covers the rare
 * race between a poll completing and its deadline guard firing.
 *
 * <p>Two rules keep it from hanging or leaking: every path that runs on a scheduler or callback
 * thread completes the result whatever it throws (an exception there would otherwise vanish into
 * the executor or the future), and whatever completes the result, the wait itself or its caller,
 * cancels the pending sleep and the poll in flight.
 */
final class AsyncWait<T> {
  private final WaitRun<T> run;
  private final Function<Duration, ? extends CompletionStage<? extends T>> poll;
  private final ScheduledExecutorService scheduler;
  private final CompletableFuture<WaitResult<T>> result = new CompletableFuture<>();
  private volatile Future<?> timer;
  private volatile CompletableFuture<? extends T> inFlight;

  AsyncWait(WaitRun<T> run, Function<Duration, ? extends CompletionStage<? extends T>> poll,
      ScheduledExecutorService scheduler) {
    this.run = run;
    this.poll = poll;
    this.scheduler = scheduler;
  }

  CompletableFuture<WaitResult<T>> start() {
    // Cancel, orTimeout, completeOnTimeout or a completion by the caller: nothing may keep polling beneath it.
    result.whenComplete((value, error) -> stop());
    schedule(run.firstDelay());
    return result;
  }

  private void schedule(Duration delay) {
    try {
      timer = scheduler.schedule(this::poll, delay.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RuntimeException e) {
      result.completeExceptionally(new HcException("The wait's scheduler refused the next poll (shut down?)", e));
      return;
    }
    if (result.isDone()) {
      stop(); // ended while we were scheduling
    }
  }

  /** A scheduler task: whatever goes wrong must reach the result, not the executor. */
  private void poll() {
    try {
      pollOnce();
    } catch (Throwable thrown) {
      result.completeExceptionally(thrown);
    }
  }

  private void pollOnce() {
    if (result.isDone()) {
      return;
    }
    Duration budget = run.pollBudget();
    CompletableFuture<? extends T> call;
    try {
      call = Objects.requireNonNull(poll.apply(budget), "the poll returned no future").toCompletableFuture();
    } catch (RuntimeException e) {
      handle(null, e, null);
      return;
    }
    inFlight = call;
    if (result.isDone()) {
      call.cancel(true);
      return;
    }
    // A poll that ignores its budget must not outlive it; the copy keeps the caller's future
    // untouched, and the JDK's shared delayer drops the guard when the poll completes.
    call.copy().orTimeout(Math.max(1, budget.toNanos()), TimeUnit.NANOSECONDS)
        .whenComplete((value, error) -> handle(value, error, call));
  }

  private synchronized void handle(T value, Throwable error, CompletableFuture<? extends T> call) {
    if (result.isDone()) {
      return;
    }
    inFlight = null;
    try {
      if (error instanceof TimeoutException && call != null && !call.isDone()) {
        call.cancel(true);
        result.completeExceptionally(run.pollCutAtDeadline());
        return;
      }
      WaitRun.Step<T> step = error == null ? run.onResource(value) : run.onError(error);
      if (step instanceof WaitRun.Done<T> done) {
        result.complete(done.result());
      } else if (step instanceof WaitRun.Fail<T> fail) {
        result.completeExceptionally(fail.error());
      } else {
        schedule(((WaitRun.Again<T>) step).delay());
      }
    } catch (Throwable thrown) {
      // Runs inside a future's callback, which would swallow it and leave the wait hanging.
      result.completeExceptionally(thrown);
    }
  }

  private void stop() {
    Future<?> pending = timer;
    if (pending != null) {
      pending.cancel(false);
    }
    CompletableFuture<? extends T> call = inFlight;
    if (call != null) {
      call.cancel(true);
    }
  }
}
