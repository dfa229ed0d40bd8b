package io.hcsdk.bench.coldstart;

import io.hcsdk.bench.Client;
import io.hcsdk.bench.Layout;
import io.hcsdk.bench.Machine;
import io.hcsdk.bench.Stats;
import io.hcsdk.bench.Target;
import io.hcsdk.bench.driver.Worker;
import io.hcsdk.bench.server.ServerProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Cold start and footprint. Cold start: the wall time from launching a fresh JVM on the client's own
 * class path until its first ShowEndpoint (AK/SK, against the fixed-answer server) has been answered,
 * read as the line the program prints; clients interleaved, several runs, median. Footprint: the jars
 * and megabytes (10^6 bytes) of each client's runtime class path.
 *
 * <p>{@code java -cp benchmarks.jar io.hcsdk.bench.coldstart.ColdStartBenchmark} ({@code -Druns=}, default
 * 11; {@code -Dquick}: 3).
 */
public final class ColdStartBenchmark {
  private ColdStartBenchmark() {}

  public static void main(String[] args) throws IOException {
    int runs = Integer.getInteger("runs", Machine.quick() ? 3 : 11);
    try (ServerProcess server = ServerProcess.start()) {
      System.out.println(run(runs, Layout.locate(), server.url(), System.err));
    }
  }

  /** Runs the benchmark against the fixed-answer server at {@code fabricUrl}; its report in Markdown. */
  public static String run(int runs, Layout layout, String fabricUrl, PrintStream progress) throws IOException {
    Map<Client, List<Double>> millis = new EnumMap<>(Client.class);
    List<Client> order = new ArrayList<>(List.of(Client.values()));
    for (int run = 1; run <= runs; run++) {
      for (Client client : order) {
        double elapsed = firstCallMillis(layout, client, fabricUrl);
        millis.computeIfAbsent(client, c -> new ArrayList<>()).add(elapsed);
        progress.printf(Locale.ROOT, "run %d %-8s first ShowEndpoint after %.0f ms%n", run, client.label(), elapsed);
      }
      Collections.rotate(order, 1);
    }
    return report(runs, millis, layout);
  }

  /** Launches the client's cold-start program once; milliseconds until its first answer was in. */
  public static double firstCallMillis(Layout layout, Client client, String fabricUrl) throws IOException {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(Layout.javaCommand("-cp", layout.classPath(client), client.coldStartMain(),
        fabricUrl)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    long answered = -1;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(Worker.MARK + "shown ")) {
          answered = System.nanoTime();
        }
      }
    }
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(client.label() + " cold start did not end within 30 s");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (answered < 0 || process.exitValue() != 0) {
      throw new IOException(client.label() + " cold start failed (exit " + process.exitValue() + "); run "
          + client.coldStartMain() + " by hand to see why");
    }
    return (answered - start) / 1e6;
  }

  private static String report(int runs, Map<Client, List<Double>> millis, Layout layout) {
    StringBuilder out = new StringBuilder();
    out.append("Cold start and footprint: ").append(Machine.describe()).append("; ").append(runs)
        .append(" runs per client, interleaved; fresh JVM (default options) to the first ShowEndpoint answered.\n\n");
    out.append("| client | cold start, median ms | × plain | fastest..slowest ms | runtime jars | runtime MB |\n");
    out.append("| --- | ---: | ---: | --- | ---: | ---: |\n");
    double plain = median(millis.get(Client.PLAIN));
    for (Client client : Client.values()) {
      List<Double> runsOf = millis.get(client);
      out.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.0f..%.0f | %d | %.1f |%n", client.label(),
          median(runsOf), median(runsOf) / plain, Collections.min(runsOf), Collections.max(runsOf),
          layout.runtimeJars(client).size(), megabytes(layout.runtimeJars(client))));
    }
    out.append('\n');
    for (Client client : Client.values()) {
      out.append("- ").append(client.label()).append(": ").append(layout.runtimeJars(client).stream()
          .map(jar -> jar.getFileName().toString()).collect(Collectors.joining(", "))).append('\n');
    }
    double hcsdk = median(millis.get(Client.HCSDK));
    out.append('\n').append(Target.header()).append('\n');
    out.append(Target.atMost("cold start, x plain", hcsdk / plain, 1.2, "x").row()).append('\n');
    out.append(Target.atMost("cold start, x official", hcsdk / median(millis.get(Client.OFFICIAL)), 1.0, "x").row())
        .append('\n');
    out.append(Target.atMost("runtime jars", layout.runtimeJars(Client.HCSDK).size(), 12, "").row()).append('\n');
    out.append(Target.atMost("runtime size", megabytes(layout.runtimeJars(Client.HCSDK)), 7, " MB").row()).append('\n');
    return out.toString();
  }

  private static double median(List<Double> values) {
    return Stats.median(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static double megabytes(List<Path> jars) {
    long bytes = 0;
    for (Path jar : jars) {
      try {
        bytes += Files.size(jar);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bytes / 1e6;
  }
}
