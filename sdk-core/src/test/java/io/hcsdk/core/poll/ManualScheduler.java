package io.hcsdk.core.poll;

import io.hcsdk.core.OneShotScheduler;
import io.hcsdk.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** A scheduler that runs nothing until the test says so; running a task moves the fake clock to its time. */
final class ManualScheduler extends OneShotScheduler {
  private final FakeTime time;
  private final List<Task> tasks = new ArrayList<>();
  private final List<Duration> delays = new ArrayList<>();

  ManualScheduler(FakeTime time) {
    this.time = time;
  }

  /** Runs the earliest pending task; false when none is pending. */
  boolean runNext() {
    Task next;
    synchronized (this) {
      next = tasks.stream().filter(t -> !t.isCancelled() && !t.done)
          .min(Comparator.comparing((Task t) -> t.due)).orElse(null);
      if (next == null) {
        return false;
      }
      next.done = true;
    }
    time.advanceTo(next.due);
    next.command.run();
    return true;
  }

  /** Runs tasks until none is pending (bounded, so a bug cannot hang the test); returns how many ran. */
  int runAll() {
    int ran = 0;
    while (ran < 10_000 && runNext()) {
      ran++;
    }
    return ran;
  }

  synchronized long pending() {
    return tasks.stream().filter(t -> !t.isCancelled() && !t.done).count();
  }

  synchronized List<Duration> delays() {
    return List.copyOf(delays);
  }

  @Override
  public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    Duration d = Duration.ofNanos(unit.toNanos(delay));
    delays.add(d);
    Task task = new Task(command, time.instant().plus(d));
    tasks.add(task);
    return task;
  }

  private final class Task implements ScheduledFuture<Object> {
    final Runnable command;
    final Instant due;
    volatile boolean cancelled;
    volatile boolean done;

    Task(Runnable command, Instant due) {
      this.command = command;
      this.due = due;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(Duration.between(time.instant(), due));
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      if (done) {
        return false;
      }
      cancelled = true;
      return true;
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
      return null;
    }

    @Override
    public Object get(long timeout, TimeUnit unit) {
      return null;
    }
  }
}
