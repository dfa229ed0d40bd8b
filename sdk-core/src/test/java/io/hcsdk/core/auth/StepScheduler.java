package io.hcsdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.OneShotScheduler;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler that runs nothing by itself: the test takes each task as it is scheduled (from any
 * thread), checks its delay and runs it when it chooses.
 */
class StepScheduler extends OneShotScheduler {
  private final BlockingQueue<Task> scheduled = new LinkedBlockingQueue<>();

  /** The next task scheduled, waiting for it up to 10 s (it may come from an OkHttp thread). */
  Task next() throws InterruptedException {
    Task task = scheduled.poll(10, TimeUnit.SECONDS);
    assertThat((Object) task).as("a task was scheduled").isNotNull();
    return task;
  }

  int pending() {
    return scheduled.size();
  }

  /** One scheduled command; {@link #run} runs it unless it was cancelled. */
  static final class Task implements ScheduledFuture<Object> {
    private final Runnable command;
    private final Duration delay;
    private volatile boolean cancelled;
    private volatile boolean done;

    Task(Runnable command, Duration delay) {
      this.command = command;
      this.delay = delay;
    }

    Duration delay() {
      return delay;
    }

    void run() {
      if (!cancelled) {
        done = true;
        command.run();
      }
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      cancelled = !done;
      return cancelled;
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }

    @Override
    public boolean isDone() {
      return done || cancelled;
    }

    @Override
    public Object get() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object get(long timeout, TimeUnit unit) {
      throw new UnsupportedOperationException();
    }
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    Task task = new Task(command, Duration.ofNanos(unit.toNanos(delay)));
    scheduled.add(task);
    return task;
  }
}
