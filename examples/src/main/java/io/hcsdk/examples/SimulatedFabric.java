package io.hcsdk.examples;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.auth.TokenCredentials;
import io.hcsdk.core.poll.WaitPolicy;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.testing.FabricSimulator;
import java.time.Duration;

/** The examples' shared setup: a simulator and a client wired to it, closed together. */
final class SimulatedFabric implements AutoCloseable {
  static final String WORKSPACE = "example-ws";

  final FabricSimulator simulator;
  final FabricClient fabric;

  SimulatedFabric() {
    simulator = FabricSimulator.builder().stepsPerTransition(1).start();
    fabric = FabricClient.builder()
        .config(simulator.configure(ClientConfig.builder())
            .credentials(TokenCredentials.of("example-token"))
            .workspaceId(WORKSPACE)
            .build())
        // The simulator settles in a poll or two; against the real service keep the defaults.
        .waitPolicy(WaitPolicy.builder().initialDelay(Duration.ofMillis(50)).maxInterval(Duration.ofMillis(200)).build())
        .build();
  }

  @Override
  public void close() {
    fabric.close();
    simulator.close();
  }
}
