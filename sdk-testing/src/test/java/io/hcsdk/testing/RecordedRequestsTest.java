package io.hcsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.fabric.FabricClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Waiting for requests to arrive, to act while their answers are still pending. */
class RecordedRequestsTest {

  @Test
  void awaitCountReturnsOnceTheRequestArrivedAlthoughItsAnswerIsStillDelayed() throws Exception {
    try (CloudSimulator sim = CloudSimulator.builder().virtualTime().start(); FabricClient fabric = sim.fabricClient()) {
      sim.on("ListEndpoints").delayNext(1, Duration.ofMillis(300));
      CompletableFuture<Integer> listed = CompletableFuture.supplyAsync(() -> fabric.endpoints().list().items().size());

      sim.requests().awaitCount("ListEndpoints", 1, Duration.ofSeconds(10));

      assertThat(listed).isNotDone();
      assertThat(listed.get(10, TimeUnit.SECONDS)).isZero();
    }
  }

  @Test
  void awaitCountFailsWithWhatArrivedWhenTheRequestsDoNotComeInTime() {
    try (CloudSimulator sim = CloudSimulator.builder().virtualTime().start()) {
      assertThatThrownBy(() -> sim.requests().awaitCount("CreateEndpoint", 1, Duration.ofMillis(20)))
          .isInstanceOf(AssertionError.class).hasMessageContaining("within PT0.02S").hasMessageContaining("(nothing)");
    }
  }
}
