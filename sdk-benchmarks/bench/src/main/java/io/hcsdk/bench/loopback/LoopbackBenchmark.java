package io.hcsdk.bench.loopback;

import io.hcsdk.bench.Layout;
import io.hcsdk.bench.Machine;
import io.hcsdk.bench.driver.Measurement;
import io.hcsdk.bench.driver.Op;
import io.hcsdk.bench.server.ServerProcess;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The loopback benchmark: every contender (hcsdk, plain OkHttp + Jackson and the official SDK, each in
 * a worker JVM of its own) calls the fixed-answer server (another JVM) on 127.0.0.1, ShowEndpoint and
 * CreateEndpoint on 1 and 16 threads. Rounds are interleaved, with the contenders' order rotated, so
 * machine noise hits all alike; each figure is the median of the rounds.
 *
 * <p>{@code java -cp benchmarks.jar io.hcsdk.bench.loopback.LoopbackBenchmark} (about 6 minutes on 2
 * cores); {@code -Dquick} for about a minute; {@code -Drounds=}, {@code -Dcalls=}, {@code -Dwarmup=} (seconds
 * per worker) override. The table (Markdown) goes to stdout, progress to stderr.
 */
public final class LoopbackBenchmark {
  private static final long WARMUP_CHUNK = 2_000;

  private LoopbackBenchmark() {}

  /**
   * How much to measure: {@code calls} per run (split over the threads), after each worker has made
   * both calls on every thread count for {@code warmupSeconds} (hcsdk's hot paths need several seconds
   * of calls before the JIT has settled; the JMH runs show the same).
   */
  public record Settings(int rounds, long calls, int warmupSeconds, List<Integer> threadCounts) {
    public static Settings fromSystemProperties() {
      boolean quick = Machine.quick();
      return new Settings(
          Integer.getInteger("rounds", quick ? 3 : 5),
          Long.getLong("calls", quick ? 4_000 : 30_000),
          Integer.getInteger("warmup", quick ? 3 : 15),
          List.of(1, 16));
    }
  }

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromSystemProperties();
    long start = System.nanoTime();
    LoopbackReport report;
    try (ServerProcess server = ServerProcess.start()) {
      report = run(settings, Layout.locate(), server.url(), System.err);
    }
    System.out.println(report.markdown());
    System.err.printf(Locale.ROOT, "loopback benchmark took %.0f s%n", (System.nanoTime() - start) / 1e9);
  }

  /** Runs the benchmark against the fixed-answer server at {@code fabricUrl}. */
  public static LoopbackReport run(Settings settings, Layout layout, String fabricUrl, PrintStream progress)
      throws Exception {
    LoopbackReport report = new LoopbackReport(settings, Machine.describe());
    List<WorkerProcess> workers = new ArrayList<>();
    try {
      for (Contender contender : Contender.values()) {
        workers.add(WorkerProcess.start(layout, contender, fabricUrl));
      }
      for (WorkerProcess worker : workers) {
        worker.awaitReady();
      }
      // One worker at a time, so that each compiles its hot paths with the machine to itself.
      for (WorkerProcess worker : workers) {
        progress.println("warming up " + worker.contender());
        long end = System.nanoTime() + settings.warmupSeconds() * 1_000_000_000L;
        while (System.nanoTime() < end) {
          for (int threads : settings.threadCounts()) {
            for (Op op : Op.values()) {
              worker.run(op, threads, Math.max(WARMUP_CHUNK, threads));
            }
          }
        }
      }
      int turn = 0;
      for (int round = 1; round <= settings.rounds(); round++) {
        for (int threads : settings.threadCounts()) {
          for (Op op : Op.values()) {
            List<WorkerProcess> order = new ArrayList<>(workers);
            Collections.rotate(order, turn++);
            for (WorkerProcess worker : order) {
              Measurement measurement = worker.run(op, threads, settings.calls());
              report.add(worker.contender(), measurement);
              progress.printf(Locale.ROOT, "round %d %s x%d %-14s %-5s %8.1f us/call CPU %7.1f KB/call %8.0f calls/s%n",
                  round, op.operation(), threads, worker.contender().label(), worker.contender().auth().label(),
                  measurement.cpuMicrosPerCall(), measurement.kilobytesPerCall(), measurement.callsPerSecond());
            }
          }
        }
      }
    } finally {
      workers.forEach(WorkerProcess::close);
    }
    return report;
  }
}
