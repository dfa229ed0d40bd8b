package io.hcsdk.testing;

import static io.hcsdk.testing.Fixtures.ENDPOINTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

class FabricSimulatorExtensionTest {

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class Registered {
    @RegisterExtension
    final FabricSimulatorExtension fabric = FabricSimulatorExtension.with(b -> b.stepsPerTransition(0));

    @Test
    @Order(1)
    void theFieldGivesTheRunningSimulatorWithTheGivenOptions() {
      Http client = Http.authed(fabric.simulator().fabricUrl());
      String id = client.post(ENDPOINTS, Fixtures.endpoint("x", "job")).status("id");

      assertThat(client.get(ENDPOINTS + "/" + id).status("status")).isEqualTo("RUNNING");
    }

    @Test
    @Order(2)
    void eachTestGetsAFreshSimulator(FabricSimulator injected) {
      assertThat(injected).isSameAs(fabric.simulator());
      assertThat(Http.authed(injected.fabricUrl()).get(ENDPOINTS).json().path("total").asInt()).isZero();
    }
  }

  @Nested
  @ExtendWith(FabricSimulatorExtension.class)
  class Extended {
    private static final List<String> URLS = new ArrayList<>();
    private FabricSimulator fromBeforeEach;

    @BeforeEach
    void setUp(FabricSimulator sim) {
      fromBeforeEach = sim;
    }

    @Test
    void theSimulatorIsInjectedIntoTestsAndBeforeEach(FabricSimulator sim) {
      URLS.add(sim.fabricUrl());

      assertThat(sim).isSameAs(fromBeforeEach);
      assertThat(Http.authed(sim.fabricUrl()).get(ENDPOINTS).status()).isEqualTo(200);
    }

    @Test
    void defaultsApply(FabricSimulator sim) {
      URLS.add(sim.fabricUrl());
      Http client = Http.authed(sim.fabricUrl());
      String id = client.post(ENDPOINTS, Fixtures.endpoint("x", "job")).status("id");

      assertThat(client.get(ENDPOINTS + "/" + id).status("status")).isEqualTo("CREATING");
    }

    @AfterAll
    static void simulatorsWereClosedAfterTheirTests() {
      assertThat(URLS).hasSize(2).doesNotHaveDuplicates();
      for (String url : URLS) {
        assertThatThrownBy(() -> Http.authed(url).get(ENDPOINTS)).isInstanceOf(UncheckedIOException.class);
      }
    }
  }

  @Test
  void simulatorOutsideATestIsAnError() {
    FabricSimulatorExtension unused = new FabricSimulatorExtension();

    assertThatThrownBy(unused::simulator).isInstanceOf(IllegalStateException.class);
  }
}
