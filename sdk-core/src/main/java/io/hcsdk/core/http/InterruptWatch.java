package io.hcsdk.core.http;

import io.hcsdk.core.internal.SharedScheduler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;

/**
 * Cancels a sync call whose thread was interrupted. A thread blocked in a socket read does not
 * notice an interrupt, so sync calls register here while they run on their own thread, and a scan
 * every {@value #SCAN_MILLIS} ms on the shared scheduler cancels the calls of interrupted threads.
 * That costs a map entry per call, where handing every call to another thread would cost a thread
 * switch per call.
 */
final class InterruptWatch {
  static final long SCAN_MILLIS = 10;
  private static final Map<Call, Thread> RUNNING = new ConcurrentHashMap<>();
  private static volatile boolean scanning;

  private InterruptWatch() {}

  static void watch(Call call) {
    RUNNING.put(call, Thread.currentThread());
    if (!scanning) {
      startScanning();
    }
  }

  static void unwatch(Call call) {
    RUNNING.remove(call);
  }

  private static synchronized void startScanning() {
    if (!scanning) {
      SharedScheduler.get().scheduleWithFixedDelay(InterruptWatch::scan, SCAN_MILLIS, SCAN_MILLIS,
          TimeUnit.MILLISECONDS);
      scanning = true;
    }
  }

  private static void scan() {
    if (RUNNING.isEmpty()) {
      return;
    }
    RUNNING.forEach((call, thread) -> {
      if (thread.isInterrupted()) {
        call.cancel();
      }
    });
  }
}
