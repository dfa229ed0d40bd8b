package io.hcsdk.core.internal;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The process-wide scheduler behind async backoff and waiters: two daemon threads that only
 * schedule (never block), so thousands of concurrent waits cost no threads of their own.
 */
public final class SharedScheduler {
  private static final ScheduledExecutorService INSTANCE = create();

  private SharedScheduler() {}

  public static ScheduledExecutorService get() {
    return INSTANCE;
  }

  private static ScheduledExecutorService create() {
    AtomicInteger count = new AtomicInteger();
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(2, runnable -> {
      Thread thread = new Thread(runnable, "hcsdk-scheduler-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }
}
