package io.hcsdk.testing.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.error.NotCreatedException;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.core.error.TransportException;
import io.hcsdk.core.http.CallEvent;
import io.hcsdk.core.http.CallListener;
import io.hcsdk.core.retry.RetryBudget;
import io.hcsdk.core.retry.RetryPolicy;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.modelarts.ModelArtsClient;
import io.hcsdk.testing.AuthMode;
import io.hcsdk.testing.CloudSimulator;
import io.hcsdk.testing.Fault;
import io.hcsdk.testing.SimHost;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * Load: 10,000 calls from 32 threads across Fabric and ModelArts while one request in ten meets a 503
 * and one in fifty loses its connection. Every call ends in success or a typed exception within its
 * timeout; the attempts are counted with a {@link CallListener} and stay within what the retry policy
 * allows; and once the clients are closed no SDK thread and no connection is left. The simulator runs
 * on the real clock here (the calls race for real) and the clients own their HTTP clients, so closing
 * them must release everything.
 */
@Resilience
class LoadTest {
  private static final int CALLS = 10_000;
  private static final int THREADS = 32;
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);
  /** A create whose answer was lost makes a second call (the lookup by name), each bounded by the timeout. */
  private static final Duration LONGEST_CALL = CALL_TIMEOUT.multipliedBy(2).plusSeconds(1);
  private static final Duration RUN_LIMIT = Duration.ofSeconds(45);
  private static final Duration RELEASE_LIMIT = Duration.ofSeconds(10);
  private static final RetryPolicy POLICY = RetryPolicy.builder().baseDelay(Duration.ofMillis(1))
      .throttlingBaseDelay(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).build();

  @Test
  void tenThousandCallsFrom32ThreadsUnder503sAndDropsEndInTimeWithinTheRetryBudgetAndLeaveNoThreadOrConnection()
      throws Exception {
    Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
    Attempts fabricAttempts = new Attempts();
    Attempts modelArtsAttempts = new Attempts();
    try (CloudSimulator sim = Sims.builder().clock(Clock.systemUTC()).start()) {
      FabricClient fabric = FabricClient.builder().config(owning(sim, AuthMode.AKSK, fabricAttempts)).build();
      ModelArtsClient modelArts = ModelArtsClient.builder().config(owning(sim, AuthMode.TOKEN, modelArtsAttempts))
          .build();
      LoadMix mix = new LoadMix(fabric, modelArts, LONGEST_CALL.toMillis());
      mix.seed(5);
      fabricAttempts.counting = true;
      modelArtsAttempts.counting = true;
      sim.onAny().sometimes(0.02, Fault.drop()).sometimes(0.10, Fault.status(503, NoLossTest.UNAVAILABLE));

      Run run = Run.of(mix);

      fabric.close();
      modelArts.close();
      assertThat(run.problems).as("every call ended in success or a typed exception in time").isEmpty();
      long attempts = fabricAttempts.attempts.sum() + modelArtsAttempts.attempts.sum();
      long retries = fabricAttempts.retries.sum() + modelArtsAttempts.retries.sum();
      System.out.println("load: calls=" + CALLS + ", attempts=" + attempts + ", retries=" + retries + ", failures="
          + run.failures.sum() + " " + run.failureKinds);
      for (Attempts client : List.of(fabricAttempts, modelArtsAttempts)) {
        assertThat(client.attempts.sum()).isLessThanOrEqualTo(client.calls.sum() + client.retries.sum());
        assertThat(client.retries.sum()).as("retries within the policy's retries and budget")
            .isLessThanOrEqualTo(client.retryBound());
      }
      assertThat(fabricAttempts.calls.sum() + modelArtsAttempts.calls.sum()).isGreaterThanOrEqualTo(CALLS);
      assertThat(retries).as("the faults were met and retried").isPositive();
      // OkHttp names a dispatcher thread after the call it runs ("OkHttp http://host:port/..."), then back.
      assertThat(fabricAttempts.threads).as("async calls ran on our clients' own dispatchers")
          .anyMatch(name -> name.startsWith("OkHttp http"));
      assertThat(run.failureKinds.keySet()).as("the failures a 503 storm and lost connections can explain")
          .isSubsetOf(ServerException.class.getSimpleName(), NotCreatedException.class.getSimpleName(),
              TransportException.class.getSimpleName());
      assertThat(run.failures.sum()).as("retries absorbed nearly every fault").isLessThan(CALLS / 50);
      assertThat(sim.awaitConnectionsClosed(RELEASE_LIMIT)).as("connections left open: %d", sim.openConnections())
          .isTrue();
    }
    assertThat(LoadThreads.awaitSdkThreadsGone(before, RELEASE_LIMIT)).as("SDK threads still running").isEmpty();
  }

  /**
   * A configuration for this simulator that does NOT lend it the simulator's HTTP client: the SDK builds
   * (and on close releases) its own. The retry policy's delays are tiny so the run is quick on the real clock.
   */
  private static ClientConfig owning(CloudSimulator sim, AuthMode mode, CallListener listener) {
    ClientConfig.Builder config = ClientConfig.builder().region("cn-north-4")
        .workspaceId(sim.account().workspaceId()).projectId(sim.account().projectId())
        .credentials(sim.credentials(mode)).retryPolicy(POLICY).callTimeout(CALL_TIMEOUT)
        .maxRequests(THREADS).maxRequestsPerHost(THREADS).callListener(listener);
    for (SimHost host : SimHost.values()) {
      config.endpoint(host.key(), sim.url(host));
    }
    return config.build();
  }

  /** Every attempt one client made after the seeding, as its {@link CallListener} heard them. */
  static final class Attempts implements CallListener {
    volatile boolean counting;
    final LongAdder calls = new LongAdder();
    final LongAdder attempts = new LongAdder();
    final LongAdder retries = new LongAdder();
    final LongAdder successes = new LongAdder();
    /** The threads that finished attempts: the callers' for sync calls, OkHttp's dispatcher's for async ones. */
    final Set<String> threads = ConcurrentHashMap.newKeySet();

    @Override
    public void onAttempt(CallEvent event) {
      if (!counting) {
        return;
      }
      attempts.increment();
      threads.add(Thread.currentThread().getName().replaceAll("\\d+$", ""));
      if (event.attempt() == 1) {
        calls.increment();
      }
      if (event.willRetry()) {
        retries.increment();
      }
      if (event.succeeded()) {
        successes.increment();
      }
    }

    /**
     * At most {@code maxRetries} per call, and no more than the budget can pay: it starts full, every
     * retry costs at least {@link RetryBudget#RETRY_COST} and every success earns at most one token back.
     */
    long retryBound() {
      long perCall = calls.sum() * POLICY.maxRetries();
      long budget = (POLICY.budgetCapacity() + successes.sum()) / RetryBudget.RETRY_COST;
      return Math.min(perCall, budget);
    }
  }

  /** 32 threads working through the calls; what went wrong is collected, never thrown from a worker. */
  static final class Run {
    final LongAdder failures = new LongAdder();
    final Map<String, Long> failureKinds = new ConcurrentHashMap<>();
    final Queue<String> problems = new ConcurrentLinkedQueue<>();

    static Run of(LoadMix mix) throws InterruptedException {
      Run run = new Run();
      AtomicInteger next = new AtomicInteger();
      Thread[] workers = new Thread[THREADS];
      for (int w = 0; w < THREADS; w++) {
        workers[w] = new Thread(() -> {
          for (int i = next.getAndIncrement(); i < CALLS; i = next.getAndIncrement()) {
            run.call(mix, i);
          }
        }, "load-worker-" + w);
        workers[w].start();
      }
      long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
      for (Thread worker : workers) {
        worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        assertThat(worker.isAlive()).as("%s finished within %s", worker.getName(), RUN_LIMIT).isFalse();
      }
      return run;
    }

    private void call(LoadMix mix, int i) {
      long start = System.nanoTime();
      try {
        mix.call(i);
      } catch (Throwable thrown) {
        failures.increment();
        try {
          failureKinds.merge(Sentinels.typed(thrown).getClass().getSimpleName(), 1L, Long::sum);
        } catch (AssertionError untyped) {
          problems.add("call " + i + ": " + untyped.getMessage());
        }
      }
      long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      if (took > LONGEST_CALL.toMillis()) {
        problems.add("call " + i + " took " + took + " ms");
      }
    }
  }
}
