package io.hcsdk.core.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The process-wide scheduler behind async backoff, waiters and the sync calls' interrupt watch: up
 * to two daemon threads that only schedule (never block), so thousands of concurrent waits cost no
 * threads of their own. The threads exit after {@link #KEEP_ALIVE} without work and start again on
 * demand, so an application that closed its clients is not left with SDK threads.
 */
public final class SharedScheduler {
  /** How long an idle thread waits for work before it exits. */
  public static final Duration KEEP_ALIVE = Duration.ofSeconds(1);
  /** The names of its threads start with this. */
  public static final String THREAD_PREFIX = "hcsdk-scheduler-";
  private static final ScheduledExecutorService INSTANCE = create();

  private SharedScheduler() {}

  public static ScheduledExecutorService get() {
    return INSTANCE;
  }

  private static ScheduledExecutorService create() {
    AtomicInteger count = new AtomicInteger();
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(2, runnable -> {
      Thread thread = new Thread(runnable, THREAD_PREFIX + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    executor.setRemoveOnCancelPolicy(true);
    // A thread with a delayed task still queued stays (the pool keeps one while its queue holds work).
    executor.setKeepAliveTime(KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }
}
