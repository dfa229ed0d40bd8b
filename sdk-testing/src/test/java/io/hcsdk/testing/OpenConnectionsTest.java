package io.hcsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.fabric.FabricClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator counts the connections its servers hold open, so a test can see that a closed client left none. */
class OpenConnectionsTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private CloudSimulator sim;

  @BeforeEach
  void start() {
    sim = CloudSimulator.start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void aClientThatOwnsItsHttpClientKeepsItsConnectionUntilClosedAndThenLeavesNone() throws Exception {
    assertThat(sim.openConnections()).isZero();
    FabricClient client = ownClient();
    client.endpoints().list();
    client.endpoints().list();

    assertThat(sim.openConnections()).as("one pooled keep-alive connection").isEqualTo(1);
    assertThat(sim.awaitConnectionsClosed(Duration.ofMillis(100))).as("an open client's connection stays").isFalse();

    client.close();

    assertThat(sim.awaitConnectionsClosed(WAIT)).isTrue();
    assertThat(sim.openConnections()).isZero();
  }

  @Test
  void aDroppedConnectionIsCountedClosed() throws Exception {
    sim.on("ListEndpoints").dropNext(1);
    try (FabricClient client = ownClient()) {
      client.endpoints().list(); // the drop, then a retry on a new connection

      assertThat(sim.requests().of("ListEndpoints")).extracting(CapturedRequest::status).containsExactly(0, 200);
      assertThat(sim.openConnections()).as("only the retry's connection").isEqualTo(1);
    }
    assertThat(sim.awaitConnectionsClosed(WAIT)).isTrue();
  }

  @Test
  void closingTheSimulatorClosesTheConnectionsOfTheClientsItLent() throws Exception {
    FabricClient lent = sim.fabricClient();
    lent.endpoints().list();
    assertThat(sim.openConnections()).isEqualTo(1);

    sim.close();

    assertThat(sim.awaitConnectionsClosed(WAIT)).isTrue();
    lent.close();
  }

  /** A client that builds (and so owns, and releases on close) its own HTTP client. */
  private FabricClient ownClient() {
    ClientConfig.Builder config = ClientConfig.builder().region("cn-north-4")
        .workspaceId(sim.account().workspaceId()).projectId(sim.account().projectId())
        .credentials(sim.credentials(AuthMode.TOKEN));
    for (SimHost host : SimHost.values()) {
      config.endpoint(host.key(), sim.url(host));
    }
    return FabricClient.builder().config(config.build()).build();
  }
}
