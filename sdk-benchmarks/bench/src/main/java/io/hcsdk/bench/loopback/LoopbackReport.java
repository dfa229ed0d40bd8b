package io.hcsdk.bench.loopback;

import io.hcsdk.bench.Stats;
import io.hcsdk.bench.Target;
import io.hcsdk.bench.driver.Auth;
import io.hcsdk.bench.driver.Measurement;
import io.hcsdk.bench.driver.Op;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** The loopback measurements, their medians, the table and issue 11's targets. */
public final class LoopbackReport {
  private final LoopbackBenchmark.Settings settings;
  private final String machine;
  private final Map<Contender, Map<String, List<Measurement>>> runs = new EnumMap<>(Contender.class);

  LoopbackReport(LoopbackBenchmark.Settings settings, String machine) {
    this.settings = settings;
    this.machine = machine;
  }

  void add(Contender contender, Measurement measurement) {
    runs.computeIfAbsent(contender, c -> new TreeMap<>())
        .computeIfAbsent(key(measurement.op(), measurement.threads()), k -> new ArrayList<>())
        .add(measurement);
  }

  /** Every run of one contender, call and thread count. */
  public List<Measurement> runs(Contender contender, Op op, int threads) {
    return runs.getOrDefault(contender, Map.of()).getOrDefault(key(op, threads), List.of());
  }

  public double cpuMicros(Contender contender, Op op, int threads) {
    return median(contender, op, threads, Measurement::cpuMicrosPerCall);
  }

  public double kilobytes(Contender contender, Op op, int threads) {
    return median(contender, op, threads, Measurement::kilobytesPerCall);
  }

  public double callsPerSecond(Contender contender, Op op, int threads) {
    return median(contender, op, threads, Measurement::callsPerSecond);
  }

  public double processCpuMicros(Contender contender, Op op, int threads) {
    return median(contender, op, threads, Measurement::processCpuMicrosPerCall);
  }

  /** The table and the targets, in Markdown. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("Loopback: ").append(machine).append("; ").append(settings.rounds()).append(" interleaved rounds of ")
        .append(settings.calls()).append(" calls per row after ").append(settings.warmupSeconds())
        .append(" s of warm-up per worker; medians of the rounds; × = ratio to plain with the same authentication.\n\n");
    out.append("| call | threads | client | auth | CPU µs/call | × | CPU range of rounds | KB/call | × | calls/s | × "
        + "| process CPU µs/call |\n");
    out.append("| --- | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Op op : Op.values()) {
      for (int threads : settings.threadCounts()) {
        for (Contender c : Contender.values()) {
          if (runs(c, op, threads).isEmpty()) {
            continue;
          }
          Contender base = c.baseline();
          DoubleSummaryStatistics cpu = runs(c, op, threads).stream()
              .mapToDouble(Measurement::cpuMicrosPerCall).summaryStatistics();
          out.append(String.format(Locale.ROOT,
              "| %s | %d | %s | %s | %.1f | %.2f | %.0f–%.0f | %.1f | %.2f | %.0f | %.2f | %.1f |%n",
              op.operation(), threads, c.label(), c.auth().label(),
              cpuMicros(c, op, threads), cpuMicros(c, op, threads) / cpuMicros(base, op, threads),
              cpu.getMin(), cpu.getMax(),
              kilobytes(c, op, threads), kilobytes(c, op, threads) / kilobytes(base, op, threads),
              callsPerSecond(c, op, threads), callsPerSecond(c, op, threads) / callsPerSecond(base, op, threads),
              processCpuMicros(c, op, threads)));
        }
      }
    }
    out.append('\n').append(Target.header()).append('\n');
    for (Target target : targets()) {
      out.append(target.row()).append('\n');
    }
    return out.toString();
  }

  /**
   * Issue 11's per-call targets: CPU and allocation on one thread, throughput on the most threads
   * measured; hcsdk is held to plain with the same authentication, and with AK/SK to the official SDK.
   */
  public List<Target> targets() {
    int one = settings.threadCounts().get(0);
    int many = settings.threadCounts().get(settings.threadCounts().size() - 1);
    List<Target> targets = new ArrayList<>();
    for (Op op : Op.values()) {
      for (Auth auth : Auth.values()) {
        Contender hcsdk = auth == Auth.TOKEN ? Contender.HCSDK_TOKEN : Contender.HCSDK_AKSK;
        Contender plain = hcsdk.baseline();
        String plainName = auth == Auth.TOKEN ? "plain" : "plain + signer";
        String call = op.operation() + " " + auth.label();
        targets.add(Target.atMost(call + ": CPU/call, x " + plainName,
            cpuMicros(hcsdk, op, one) / cpuMicros(plain, op, one), auth == Auth.TOKEN ? 1.15 : 1.25, "x"));
        targets.add(Target.atMost(call + ": KB/call, x " + plainName,
            kilobytes(hcsdk, op, one) / kilobytes(plain, op, one), 1.2, "x"));
        targets.add(Target.atLeast(call + ": calls/s on " + many + " threads, x " + plainName,
            callsPerSecond(hcsdk, op, many) / callsPerSecond(plain, op, many), 0.9, "x"));
      }
      String call = op.operation() + " AK/SK";
      targets.add(Target.atMost(call + ": CPU/call, x official",
          cpuMicros(Contender.HCSDK_AKSK, op, one) / cpuMicros(Contender.OFFICIAL_AKSK, op, one), 0.5, "x"));
      targets.add(Target.atLeast(call + ": calls/s on " + many + " threads, x official",
          callsPerSecond(Contender.HCSDK_AKSK, op, many) / callsPerSecond(Contender.OFFICIAL_AKSK, op, many), 2.0, "x"));
    }
    return targets;
  }

  private double median(Contender contender, Op op, int threads, ToDoubleFunction<Measurement> figure) {
    return Stats.median(runs(contender, op, threads).stream().mapToDouble(figure).toArray());
  }

  private static String key(Op op, int threads) {
    return op.name() + "/" + threads;
  }
}
