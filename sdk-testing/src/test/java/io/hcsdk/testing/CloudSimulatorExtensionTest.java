package io.hcsdk.testing;

import static io.hcsdk.testing.Fixtures.ENDPOINTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.auth.AkSkCredentials;
import io.hcsdk.core.auth.IamPasswordCredentials;
import io.hcsdk.core.auth.TokenCredentials;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.Endpoint;
import io.hcsdk.fabric.model.EndpointType;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

class CloudSimulatorExtensionTest {

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class Registered {
    @RegisterExtension
    final CloudSimulatorExtension cloud = CloudSimulatorExtension.with(b -> b.pace(Pace.instant()));

    @Test
    @Order(1)
    void theFieldGivesTheRunningSimulatorWithTheGivenOptions() {
      CloudSimulator sim = cloud.simulator();
      Http client = Http.authed(sim, sim.fabricUrl());
      String id = client.post(ENDPOINTS, Fixtures.endpoint("x", "job")).status("id");

      assertThat(client.get(ENDPOINTS + "/" + id).status("status")).isEqualTo("RUNNING");
      assertThat(sim.virtualTime()).as("virtual time by default").isPresent();
    }

    @Test
    @Order(2)
    void eachTestGetsAFreshSimulator(CloudSimulator injected) {
      assertThat(injected).isSameAs(cloud.simulator());
      assertThat(Http.authed(injected, injected.fabricUrl()).get(ENDPOINTS).json().path("total").asInt()).isZero();
    }
  }

  @Nested
  @ExtendWith(CloudSimulatorExtension.class)
  class Extended {
    private static final List<String> URLS = new ArrayList<>();
    private CloudSimulator fromBeforeEach;

    @BeforeEach
    void setUp(CloudSimulator sim) {
      fromBeforeEach = sim;
    }

    @Test
    void theSimulatorIsInjectedIntoTestsAndBeforeEach(CloudSimulator sim, SimAccount account, FakeTime time) {
      URLS.add(sim.fabricUrl());

      assertThat(sim).isSameAs(fromBeforeEach);
      assertThat(account).isSameAs(sim.account());
      assertThat(time).isSameAs(sim.virtualTime().orElseThrow());
    }

    @Test
    void clientsAuthenticateAsTheirAnnotationSays(FabricClient byDefault, @Auth(AuthMode.AKSK) FabricClient signed,
        @Auth(AuthMode.IAM) ClientConfig iam, CloudSimulator sim) {
      URLS.add(sim.fabricUrl());

      assertThat(byDefault.config().credentials()).containsInstanceOf(TokenCredentials.class);
      assertThat(signed.config().credentials()).containsInstanceOf(AkSkCredentials.class);
      assertThat(iam.credentials()).containsInstanceOf(IamPasswordCredentials.class);
      assertThat(iam.clock()).isSameAs(sim.virtualTime().orElseThrow());
      assertThat(byDefault.endpoints().list().items()).isEmpty();
      assertThat(signed.serviceInstances().list().items()).isEmpty();
    }

    @Test
    @Auth(AuthMode.IAM)
    void theMethodsAnnotationAppliesToItsClients(FabricClient fabric) {
      assertThat(fabric.config().credentials()).containsInstanceOf(IamPasswordCredentials.class);
    }

    @AfterAll
    static void simulatorsWereClosedAfterTheirTests() {
      assertThat(URLS).hasSize(2).doesNotHaveDuplicates();
      for (String url : URLS) {
        assertThatThrownBy(() -> Http.with(url, Map.of()).get(ENDPOINTS)).isInstanceOf(UncheckedIOException.class);
      }
    }
  }

  @Nested
  @ExtendWith(CloudSimulatorExtension.class)
  @Auth(AuthMode.AKSK)
  class OnVirtualTime {
    private final CreateEndpointRequest request =
        CreateEndpointRequest.builder().name("quick").type(EndpointType.JOB).build();

    @Test
    void theClassesAnnotationApplies(FabricClient fabric) {
      assertThat(fabric.config().credentials()).containsInstanceOf(AkSkCredentials.class);
    }

    @Test
    void createWaitAndDeleteSleepVirtuallyNotReally(FabricClient fabric, FakeTime time, CloudSimulator sim) {
      Instant virtualStart = time.instant();
      long realStart = System.nanoTime();

      Endpoint running = fabric.endpoints().createAndWait(request);
      fabric.endpoints().delete(running.id()).waitUntilDeleted();

      // The default wait polls after 2 s, 3 s, 4.5 s...; two Show calls per status make that several polls.
      assertThat(Duration.between(virtualStart, time.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
      assertThat(Duration.ofNanos(System.nanoTime() - realStart)).isLessThan(Duration.ofSeconds(5));
      assertThat(sim.resources("endpoints")).isEmpty();
    }

    @Test
    void asyncWaitsRunOnTheVirtualScheduler(FabricClient fabric, FakeTime time) throws Exception {
      Instant virtualStart = time.instant();

      Endpoint running = fabric.endpoints().createAndWaitAsync(request).get(20, TimeUnit.SECONDS);
      fabric.endpoints().delete(running.id()).waitUntilDeletedAsync().get(20, TimeUnit.SECONDS);

      assertThat(running.status().orElseThrow().toString()).isEqualTo("RUNNING");
      assertThat(Duration.between(virtualStart, time.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
    }
  }

  @Test
  void simulatorOutsideATestIsAnError() {
    CloudSimulatorExtension unused = new CloudSimulatorExtension();

    assertThatThrownBy(unused::simulator).isInstanceOf(IllegalStateException.class);
  }
}
