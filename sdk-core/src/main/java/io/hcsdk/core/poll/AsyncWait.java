package io.hcsdk.core.poll;

import io.hcsdk.core.HcException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One asynchronous wait: sleeps are scheduler tasks, polls are futures, and no thread is held in
 * between. Steps are serialised (one poll at a time), and {@code synchronized} covers the rare
 * race between a poll completing and its deadline guard firing.
 */
final class AsyncWait<T> {
  private final WaitRun<T> run;
  private final Supplier<? extends CompletionStage<? extends T>> poll;
  private final ScheduledExecutorService scheduler;
  private final CompletableFuture<WaitResult<T>> result = new CompletableFuture<>();
  private volatile Future<?> timer;
  private volatile CompletableFuture<? extends T> inFlight;

  AsyncWait(WaitRun<T> run, Supplier<? extends CompletionStage<? extends T>> poll, ScheduledExecutorService scheduler) {
    this.run = run;
    this.poll = poll;
    this.scheduler = scheduler;
  }

  CompletableFuture<WaitResult<T>> start() {
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) {
        stop();
      }
    });
    schedule(run.firstDelay());
    return result;
  }

  private void schedule(Duration delay) {
    try {
      timer = scheduler.schedule(this::poll, delay.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      result.completeExceptionally(new HcException("The wait's scheduler refused the next poll (shut down?)", e));
      return;
    }
    if (result.isDone()) {
      stop(); // cancelled while we were scheduling
    }
  }

  private void poll() {
    if (result.isDone()) {
      return;
    }
    CompletableFuture<? extends T> call;
    try {
      call = poll.get().toCompletableFuture();
    } catch (RuntimeException e) {
      handle(null, e, null);
      return;
    }
    inFlight = call;
    if (result.isDone()) {
      call.cancel(true);
      return;
    }
    // A poll that never answers must not outlive the wait's timeout; the copy keeps the caller's
    // future untouched, and the JDK's shared delayer drops the guard when the poll completes.
    Duration remaining = run.remaining();
    call.copy().orTimeout(Math.max(1, remaining.toNanos()), TimeUnit.NANOSECONDS)
        .whenComplete((value, error) -> handle(value, error, call));
  }

  private synchronized void handle(T value, Throwable error, CompletableFuture<? extends T> call) {
    if (result.isDone()) {
      return;
    }
    inFlight = null;
    WaitRun.Step<T> step;
    if (error instanceof TimeoutException && call != null && !call.isDone()) {
      call.cancel(true);
      result.completeExceptionally(run.timedOut());
      return;
    }
    step = error == null ? run.onResource(value) : run.onError(error);
    if (step instanceof WaitRun.Done<T> done) {
      result.complete(done.result());
    } else if (step instanceof WaitRun.Fail<T> fail) {
      result.completeExceptionally(fail.error());
    } else {
      schedule(((WaitRun.Again<T>) step).delay());
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
