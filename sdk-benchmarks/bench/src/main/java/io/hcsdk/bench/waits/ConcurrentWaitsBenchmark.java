package io.hcsdk.bench.waits;

import io.hcsdk.bench.Layout;
import io.hcsdk.bench.Machine;
import io.hcsdk.bench.Target;
import io.hcsdk.bench.driver.Fixture;
import io.hcsdk.bench.driver.Worker;
import io.hcsdk.bench.hcsdk.HcsdkCalls;
import io.hcsdk.core.auth.TokenCredentials;
import io.hcsdk.core.poll.WaitPolicy;
import io.hcsdk.fabric.EndpointClient;
import io.hcsdk.fabric.EndpointHandle;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.Endpoint;
import io.hcsdk.fabric.model.EndpointStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * 1,000 concurrent {@code createAsync(...).thenCompose(waitUntilRunningAsync)} against the embedded
 * simulator (in a process of its own; each endpoint stays CREATING for 2 reads), on the default wait
 * policy: the peak of live threads the SDK added to this process, the total number of polls, the wall
 * time. Threads are counted with {@code ThreadMXBean}'s peak (exact) against the count before the client
 * was built, and sampled every 2 ms by name for the breakdown.
 *
 * <p>{@code java -cp benchmarks.jar io.hcsdk.bench.waits.ConcurrentWaitsBenchmark} ({@code -Dendpoints=},
 * default 1000).
 */
public final class ConcurrentWaitsBenchmark {
  private ConcurrentWaitsBenchmark() {}

  /** What one run saw. */
  public record Result(int endpoints, int running, int peakSdkThreads, Map<String, Integer> peakByName,
      long polls, long requests, double wallSeconds) {
    public String markdown() {
      return "Concurrent waits: " + Machine.describe() + "; " + endpoints + " endpoints created and awaited at once "
          + "(`createAsync(r).thenCompose(EndpointHandle::waitUntilRunningAsync)`, default wait policy, default "
          + "client settings) against the embedded simulator in its own process.\n\n"
          + "| endpoints | reached RUNNING | peak live SDK threads | polls (ShowEndpoint) | all requests | wall s |\n"
          + "| ---: | ---: | ---: | ---: | ---: | ---: |\n"
          + String.format(Locale.ROOT, "| %d | %d | %d | %d | %d | %.1f |%n", endpoints, running, peakSdkThreads, polls,
              requests, wallSeconds)
          + "\nThreads at the sampled peak, by name: " + peakByName.entrySet().stream()
              .map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", ")) + "\n\n"
          + Target.header() + "\n"
          + Target.atMost("live SDK threads for " + endpoints + " concurrent waits", peakSdkThreads, 16, "").row() + "\n";
    }
  }

  public static void main(String[] args) throws Exception {
    int endpoints = Integer.getInteger("endpoints", 1000);
    System.out.println(run(endpoints, WaitPolicy.defaults(), System.err).markdown());
    System.exit(0);
  }

  public static Result run(int count, WaitPolicy waitPolicy, PrintStream progress) throws Exception {
    Process simulator = new ProcessBuilder(Layout.javaCommand("-Xms256m", "-Xmx1g", "-Dslf4j.internal.verbosity=ERROR",
        "-cp", System.getProperty("java.class.path"), SimulatorMain.class.getName()))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      BufferedReader simulatorOut = new BufferedReader(
          new InputStreamReader(simulator.getInputStream(), StandardCharsets.UTF_8));
      String fabricUrl = answer(simulatorOut, "listening ");
      CreateEndpointRequest documented = HcsdkCalls.documentedCreateRequest();

      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      ThreadSampler sampler = ThreadSampler.start();
      int before = threads.getThreadCount();
      Set<Long> baseline = ThreadSampler.liveThreadIds();
      threads.resetPeakThreadCount();
      sampler.ignore(baseline);

      long start = System.nanoTime();
      List<CompletableFuture<Endpoint>> waits = new ArrayList<>(count);
      try (FabricClient fabric = FabricClient.builder()
          .fabricEndpoint(fabricUrl)
          .credentials(TokenCredentials.of(Fixture.TOKEN))
          .waitPolicy(waitPolicy)
          .build()) {
        EndpointClient endpoints = fabric.endpoints(Fixture.WORKSPACE_ID);
        for (int i = 0; i < count; i++) {
          CreateEndpointRequest request = CreateEndpointRequest.builder().from(documented).name("bench-" + i).build();
          waits.add(endpoints.createAsync(request).thenCompose(EndpointHandle::waitUntilRunningAsync));
        }
        CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        double wall = (System.nanoTime() - start) / 1e9;
        int peak = threads.getPeakThreadCount() - before;
        sampler.stop();
        int running = (int) waits.stream().map(CompletableFuture::join)
            .filter(e -> e.status().filter(EndpointStatus.RUNNING::equals).isPresent()).count();
        simulator.getOutputStream().write("polls\n".getBytes(StandardCharsets.UTF_8));
        simulator.getOutputStream().flush();
        String[] polls = answer(simulatorOut, "polls ").split(" ");
        progress.printf(Locale.ROOT, "%d waits done in %.1f s%n", count, wall);
        return new Result(count, running, peak, sampler.peakByName(), Long.parseLong(polls[0]),
            Long.parseLong(polls[1]), wall);
      }
    } finally {
      simulator.getOutputStream().close();
      if (!simulator.waitFor(10, TimeUnit.SECONDS)) {
        simulator.destroyForcibly();
      }
    }
  }

  private static String answer(BufferedReader out, String prefix) throws IOException {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(Worker.MARK + prefix)) {
        return line.substring(Worker.MARK.length() + prefix.length()).trim();
      }
    }
    throw new IOException("The simulator process ended");
  }

  /** Samples the live threads that are not in the baseline; keeps the sample with the most. */
  static final class ThreadSampler {
    private final Thread thread;
    private volatile Set<Long> ignored = Set.of();
    private volatile boolean stopped;
    private Map<String, Integer> peak = new TreeMap<>();
    private int peakCount = -1;

    private ThreadSampler() {
      thread = new Thread(this::sample, "bench-thread-sampler");
      thread.setDaemon(true);
    }

    static ThreadSampler start() {
      ThreadSampler sampler = new ThreadSampler();
      sampler.thread.start();
      return sampler;
    }

    static Set<Long> liveThreadIds() {
      return Thread.getAllStackTraces().keySet().stream().map(Thread::getId).collect(Collectors.toSet());
    }

    void ignore(Set<Long> ids) {
      ignored = ids;
    }

    private void sample() {
      while (!stopped) {
        Set<Long> skip = ignored;
        List<String> names = Thread.getAllStackTraces().keySet().stream()
            .filter(t -> !skip.contains(t.getId()))
            .map(t -> t.getName().replaceAll("[-\\s#]*\\d+$", ""))
            .toList();
        synchronized (this) {
          if (names.size() > peakCount) {
            peakCount = names.size();
            peak = new TreeMap<>(names.stream().collect(Collectors.toMap(n -> n, n -> 1, Integer::sum)));
          }
        }
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void stop() throws InterruptedException {
      stopped = true;
      thread.join();
    }

    synchronized Map<String, Integer> peakByName() {
      return peak;
    }
  }
}
