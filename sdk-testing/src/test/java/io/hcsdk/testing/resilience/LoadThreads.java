package io.hcsdk.testing.resilience;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The SDK's threads: the shared scheduler's ({@code hcsdk-scheduler-*}, and any other {@code hcsdk-}
 * thread but the simulator's virtual clock) and the OkHttp dispatcher threads our clients started.
 * OkHttp's process-wide {@code OkHttp TaskRunner} threads (its connection-pool housekeeping, shared by
 * every OkHttp client in the JVM, exiting on their own after idling) are OkHttp's, not the SDK's.
 */
final class LoadThreads {
  private LoadThreads() {}

  /** Waits (bounded, by joining) for the SDK's threads to exit; returns the names of those still running. */
  static List<String> awaitSdkThreadsGone(Set<Thread> before, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    for (Thread thread : sdkThreads(before)) {
      thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
    }
    return sdkThreads(before).stream().map(Thread::getName).toList();
  }

  private static List<Thread> sdkThreads(Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).filter(t -> isSdk(t, before)).toList();
  }

  private static boolean isSdk(Thread thread, Set<Thread> before) {
    String name = thread.getName();
    if (name.startsWith("hcsdk-")) {
      return !name.startsWith("hcsdk-virtual-"); // the simulator's virtual clock, not the SDK
    }
    // Dispatcher threads are "OkHttp Dispatcher" when idle and named after their call while running one;
    // those alive before the scenario belong to other tests' clients.
    return name.startsWith("OkHttp ") && !name.startsWith("OkHttp TaskRunner") && !before.contains(thread);
  }
}
