package io.hcsdk.testing.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.modelarts.ModelArtsClient;
import io.hcsdk.testing.AuthMode;
import io.hcsdk.testing.CapturedRequest;
import io.hcsdk.testing.CloudSimulator;
import io.hcsdk.testing.FakeTime;
import io.hcsdk.testing.VirtualScheduler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A simulator (made by {@link Sims}) with a Fabric and a ModelArts client on it, for the waiter and
 * paginator scenarios; closing it closes all three.
 */
final class WaiterRig implements AutoCloseable {
  private final CloudSimulator sim;
  private final FabricClient fabric;
  private final ModelArtsClient modelArts;

  WaiterRig(CloudSimulator sim) {
    this(sim, UnaryOperator.identity());
  }

  WaiterRig(CloudSimulator sim, UnaryOperator<ClientConfig.Builder> options) {
    this.sim = sim;
    this.fabric = Sims.fabric(sim, AuthMode.TOKEN, options);
    this.modelArts = Sims.modelArts(sim, AuthMode.TOKEN, options);
  }

  CloudSimulator sim() {
    return sim;
  }

  FabricClient fabric() {
    return fabric;
  }

  ModelArtsClient modelArts() {
    return modelArts;
  }

  FakeTime time() {
    return sim.virtualTime().orElseThrow();
  }

  /** How many requests reached {@code operation} with this HTTP status. */
  int count(String operation, int status) {
    return (int) sim.requests().of(operation).stream().filter(r -> r.status() == status).count();
  }

  /** The request id the simulator answered the last {@code operation} request with. */
  String lastRequestId(String operation) {
    return sim.requests().last(operation).map(CapturedRequest::requestId).orElseThrow();
  }

  /**
   * Lets {@code span} of virtual time pass, once nothing is in flight: a task on the simulator's
   * scheduler that far ahead runs only when every earlier task ran and no HTTP call is under way, so
   * any poll a wait still had scheduled in that span would have been sent by the time this returns.
   */
  void letVirtualTimePass(Duration span) throws Exception {
    VirtualScheduler scheduler = sim.scheduler().orElseThrow();
    var start = time().instant();
    scheduler.schedule(() -> { }, span.toNanos(), TimeUnit.NANOSECONDS).get(20, TimeUnit.SECONDS);
    assertThat(Duration.between(start, time().instant())).isGreaterThanOrEqualTo(span);
  }

  @Override
  public void close() {
    try (sim; fabric; modelArts) {
      // closes the clients, then the simulator
    }
  }
}
