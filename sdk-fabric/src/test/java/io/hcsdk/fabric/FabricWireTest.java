package io.hcsdk.fabric;

import io.hcsdk.core.auth.TokenCredentials;
import io.hcsdk.core.poll.WaitPolicy;
import io.hcsdk.testing.FakeTime;
import java.io.IOException;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A FabricClient wired to two MockWebServers, one per host, on fake time without jitter. */
abstract class FabricWireTest {
  protected MockWebServer fabric;
  protected MockWebServer fabricEp;
  protected final FakeTime time = new FakeTime(Instant.parse("2026-11-22T00:00:00Z"));
  protected FabricClient client;

  @BeforeEach
  void startServers() throws IOException {
    fabric = new MockWebServer();
    fabric.start();
    fabricEp = new MockWebServer();
    fabricEp.start();
    client = FabricClient.builder()
        .fabricEndpoint(fabric.url("/").toString())
        .fabricEpEndpoint(fabricEp.url("/").toString())
        .credentials(TokenCredentials.of("test-token"))
        .configure(config -> config.clock(time).sleeper(time))
        .waitPolicy(WaitPolicy.builder().jitter(0).build())
        .build();
  }

  @AfterEach
  void stopServers() {
    client.close();
    fabric.close();
    fabricEp.close();
  }
}
