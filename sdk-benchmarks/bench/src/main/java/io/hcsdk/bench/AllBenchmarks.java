package io.hcsdk.bench;

import io.hcsdk.bench.coldstart.ColdStartBenchmark;
import io.hcsdk.bench.loopback.LoopbackBenchmark;
import io.hcsdk.bench.server.ServerProcess;
import io.hcsdk.bench.waits.ConcurrentWaitsBenchmark;
import io.hcsdk.core.poll.WaitPolicy;

/**
 * The loopback, cold-start/footprint and concurrent-waits benchmarks one after the other, as one
 * Markdown report on stdout (the JMH microbenchmarks are {@code java -jar benchmarks.jar}).
 * {@code java -cp benchmarks.jar io.hcsdk.bench.AllBenchmarks}: about 6 minutes on 2 cores;
 * {@code -Dquick}: about a minute and a half.
 */
public final class AllBenchmarks {
  private AllBenchmarks() {}

  public static void main(String[] args) throws Exception {
    Layout layout = Layout.locate();
    StringBuilder report = new StringBuilder();
    try (ServerProcess server = ServerProcess.start()) {
      report.append("### Loopback\n\n")
          .append(LoopbackBenchmark.run(LoopbackBenchmark.Settings.fromSystemProperties(), layout, server.url(),
              System.err).markdown())
          .append("\n### Cold start and footprint\n\n")
          .append(ColdStartBenchmark.run(Integer.getInteger("runs", Machine.quick() ? 3 : 11), layout, server.url(),
              System.err));
    }
    report.append("\n### Concurrent waits\n\n")
        .append(ConcurrentWaitsBenchmark.run(Integer.getInteger("endpoints", 1000), WaitPolicy.defaults(), System.err)
            .markdown());
    System.out.println(report);
    // Ends here even if a library left a non-daemon thread behind.
    System.exit(0);
  }
}
