package io.hcsdk.bench.driver;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes a number of calls on a number of threads and measures what the calling threads spent: CPU
 * time ({@code ThreadMXBean}) and allocated bytes (the thread's TLAB counter). A client that did its
 * work on threads of its own would hide it from these figures, so the process's CPU time is reported
 * beside them; every client measured here runs a synchronous call on the caller's thread (OkHttp's
 * {@code execute()}).
 */
public final class CallLoop {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private CallLoop() {}

  /** Runs {@code totalCalls} calls of {@code op}, split evenly over {@code threads} threads. */
  public static Measurement run(FabricCalls client, Op op, int threads, long totalCalls) throws Exception {
    if (threads < 1 || totalCalls < threads) {
      throw new IllegalArgumentException("need at least one call per thread: " + threads + " threads, "
          + totalCalls + " calls");
    }
    long perThread = totalCalls / threads;
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch start = new CountDownLatch(1);
    AtomicLong cpu = new AtomicLong();
    AtomicLong allocated = new AtomicLong();
    AtomicLong lastEnd = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> workers = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      Thread worker = new Thread(() -> {
        ready.countDown();
        try {
          start.await();
          long cpuBefore = THREADS.getCurrentThreadCpuTime();
          long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
          for (long i = 0; i < perThread; i++) {
            if (client.call(op) == null) {
              throw new IllegalStateException(op.operation() + " returned nothing");
            }
          }
          long allocatedAfter = THREADS.getCurrentThreadAllocatedBytes();
          long cpuAfter = THREADS.getCurrentThreadCpuTime();
          lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
          cpu.addAndGet(cpuAfter - cpuBefore);
          allocated.addAndGet(allocatedAfter - allocatedBefore);
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      }, "bench-caller-" + t);
      workers.add(worker);
      worker.start();
    }
    ready.await();
    long processBefore = PROCESS.getProcessCpuTime();
    long begin = System.nanoTime();
    start.countDown();
    for (Thread worker : workers) {
      worker.join();
    }
    long processCpu = PROCESS.getProcessCpuTime() - processBefore;
    Throwable error = failure.get();
    if (error instanceof Exception e) {
      throw e;
    } else if (error != null) {
      throw new IllegalStateException(error);
    }
    return new Measurement(op, threads, perThread * threads, cpu.get(), allocated.get(), lastEnd.get() - begin,
        processCpu);
  }
}
