package io.hcsdk.core.http;

import io.hcsdk.core.internal.SharedScheduler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;

/**
 * Cancels a sync call whose thread was interrupted. A thread blocked in a socket read does not
 * notice an interrupt, so sync calls register here while they run on their own thread, and a scan
 * every {@value #SCAN_MILLIS} ms on the shared scheduler cancels the calls of interrupted threads.
 * That costs a map entry per call, where handing every call to another thread would cost a thread
 * switch per call. The scan is scheduled only while some call is watched, so the shared threads can
 * exit when the application makes no calls.
 */
final class InterruptWatch {
  static final long SCAN_MILLIS = 10;
  private static final Map<Call, Thread> RUNNING = new ConcurrentHashMap<>();
  /** Whether a scan is scheduled; set by whoever schedules it, cleared by the scan when it runs. */
  private static final AtomicBoolean SCHEDULED = new AtomicBoolean();

  private InterruptWatch() {}

  static void watch(Call call) {
    RUNNING.put(call, Thread.currentThread());
    scheduleScan();
  }

  static void unwatch(Call call) {
    RUNNING.remove(call);
  }

  /** Whether a scan is scheduled (it is while calls are watched, and until one scan after the last). */
  static boolean scanning() {
    return SCHEDULED.get();
  }

  private static void scheduleScan() {
    if (SCHEDULED.compareAndSet(false, true)) {
      SharedScheduler.get().schedule(InterruptWatch::scan, SCAN_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  private static void scan() {
    try {
      RUNNING.forEach((call, thread) -> {
        if (thread.isInterrupted()) {
          call.cancel();
        }
      });
    } finally {
      // Cleared before looking again: a call watched meanwhile either sees the flag clear and schedules
      // the next scan itself, or was put in the map before this look and is seen here.
      SCHEDULED.set(false);
      if (!RUNNING.isEmpty()) {
        scheduleScan();
      }
    }
  }
}
