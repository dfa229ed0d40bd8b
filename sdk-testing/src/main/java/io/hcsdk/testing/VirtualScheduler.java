package io.hcsdk.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A {@link ScheduledExecutorService} on virtual time, for the SDK's async waits and backoffs
 * ({@code ClientConfig.builder().scheduler(...)}): a task scheduled 15 s ahead runs as soon as nothing
 * else can happen first, and the {@link FakeTime} it shares with the simulator and the client jumps
 * those 15 s. So an async create-and-wait takes milliseconds, while every timestamp, signature date and
 * time-paced lifecycle sees the waited time.
 *
 * <p>"Nothing else can happen first" means, for a short real-time quiet period: no task of this
 * scheduler is running, the given {@code busy} check (the simulator's: an HTTP call in flight in its
 * client or its server) is false, and no thread that scheduled a pending task is still running (the SDK
 * schedules a call's deadline and then signs and sends the call on the same thread; a thread blocked
 * on a future or parked in a pool is done). Tasks run on daemon worker threads. Cancelled tasks leave
 * the queue at once, so a cancelled deadline never drags virtual time forward.
 */
public final class VirtualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
  /** Real time the world must stay still before virtual time jumps. */
  private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final FakeTime time;
  private final BooleanSupplier busy;
  private final ExecutorService workers;
  private final Thread driver;
  private final Object lock = new Object();
  private final PriorityQueue<Task<?>> queue = new PriorityQueue<>();
  private long sequence;
  private int running;
  private long quietSince = -1;
  private boolean shutdown;

  /**
   * @param time the virtual time, shared with the simulator and the clients
   * @param busy whether work outside this scheduler is under way (time must not move then)
   */
  public VirtualScheduler(FakeTime time, BooleanSupplier busy) {
    this.time = Objects.requireNonNull(time, "time");
    this.busy = Objects.requireNonNull(busy, "busy");
    int id = INSTANCES.incrementAndGet();
    AtomicInteger workerCount = new AtomicInteger();
    this.workers = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "hcsdk-virtual-" + id + "-worker-" + workerCount.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.driver = new Thread(this::drive, "hcsdk-virtual-" + id + "-clock");
    driver.setDaemon(true);
    driver.start();
  }

  public FakeTime time() {
    return time;
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    return enqueue(new Task<>(Executors.callable(command), due(delay, unit), 0));
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    return enqueue(new Task<>(callable, due(delay, unit), 0));
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
    if (period <= 0) {
      throw new IllegalArgumentException("period must be positive");
    }
    return enqueue(new Task<>(Executors.callable(command), due(initialDelay, unit), unit.toNanos(period)));
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
    return scheduleAtFixedRate(command, initialDelay, delay, unit);
  }

  @Override
  public void execute(Runnable command) {
    schedule(command, 0, TimeUnit.NANOSECONDS);
  }

  @Override
  public void shutdown() {
    synchronized (lock) {
      shutdown = true;
      lock.notifyAll();
    }
  }

  @Override
  public List<Runnable> shutdownNow() {
    List<Runnable> pending;
    synchronized (lock) {
      shutdown = true;
      pending = new ArrayList<>(queue);
      queue.clear();
      lock.notifyAll();
    }
    workers.shutdownNow();
    return pending;
  }

  @Override
  public boolean isShutdown() {
    synchronized (lock) {
      return shutdown;
    }
  }

  @Override
  public boolean isTerminated() {
    return isShutdown() && !driver.isAlive() && workers.isTerminated();
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    driver.join(Math.max(1, unit.toMillis(timeout)));
    workers.shutdown();
    return workers.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  /** Tasks waiting for their time (for tests of the scheduler itself). */
  public int pending() {
    synchronized (lock) {
      return queue.size();
    }
  }

  private Instant due(long delay, TimeUnit unit) {
    return time.instant().plusNanos(Math.max(0, unit.toNanos(delay)));
  }

  private <V> Task<V> enqueue(Task<V> task) {
    synchronized (lock) {
      if (shutdown) {
        throw new RejectedExecutionException("The virtual scheduler is shut down");
      }
      task.seq = sequence++;
      queue.add(task);
      quietSince = -1;
      lock.notifyAll();
    }
    return task;
  }

  private void drive() {
    while (true) {
      Task<?> next;
      synchronized (lock) {
        next = nextDue();
        if (next == null) {
          return; // shut down
        }
        running++;
      }
      Task<?> task = next;
      try {
        workers.execute(() -> {
          try {
            task.run();
          } finally {
            synchronized (lock) {
              running--;
              quietSince = -1;
              lock.notifyAll();
            }
          }
        });
      } catch (RejectedExecutionException e) {
        return;
      }
    }
  }

  /** Waits (holding the lock's monitor) for a task whose time has come, moving time when all is quiet. */
  private Task<?> nextDue() {
    while (true) {
      if (shutdown) {
        return null;
      }
      Task<?> head = queue.peek();
      if (head != null && !head.due.isAfter(time.instant())) {
        queue.poll();
        quietSince = -1;
        return head;
      }
      if (head != null && running == 0 && !busy.getAsBoolean() && !anOriginIsRunning()) {
        long now = System.nanoTime();
        if (quietSince < 0) {
          quietSince = now;
        } else if (now - quietSince >= QUIET_NANOS) {
          time.advanceTo(head.due);
          quietSince = -1;
          continue;
        }
      } else {
        quietSince = -1;
      }
      try {
        lock.wait(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
  }

  /** Whether a thread (not one of ours) that scheduled a pending task is still at work. */
  private boolean anOriginIsRunning() {
    for (Task<?> task : queue) {
      Thread origin = task.origin;
      if (origin != null && origin.getState() == Thread.State.RUNNABLE) {
        return true;
      }
    }
    return false;
  }

  private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
    private Instant due;
    private final long periodNanos;
    private final Thread origin;
    private long seq;

    Task(Callable<V> callable, Instant due, long periodNanos) {
      super(callable);
      this.due = due;
      this.periodNanos = periodNanos;
      Thread current = Thread.currentThread();
      // Our own workers are counted as running tasks already.
      this.origin = current.getName().startsWith("hcsdk-virtual-") ? null : current;
    }

    @Override
    public void run() {
      if (periodNanos == 0) {
        super.run();
      } else if (runAndReset()) {
        due = due.plus(Duration.ofNanos(periodNanos));
        synchronized (lock) {
          if (!shutdown) {
            queue.add(this);
            lock.notifyAll();
          }
        }
      }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      synchronized (lock) {
        queue.remove(this);
        lock.notifyAll();
      }
      return cancelled;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(Duration.between(time.instant(), due).toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      if (other instanceof Task<?> t) {
        int byDue = due.compareTo(t.due);
        return byDue != 0 ? byDue : Long.compare(seq, t.seq);
      }
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }
  }
}
