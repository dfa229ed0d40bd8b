package io.hcsdk.testing;

import static io.hcsdk.testing.Fixtures.ENDPOINTS;
import static io.hcsdk.testing.Fixtures.INSTANCES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
  private static final String INTERNAL = "{\"error_code\":\"common.00000500\",\"error_msg\":\"internal error\"}";

  private CloudSimulator sim;
  private Http fabric;
  private Http fabricEp;

  @BeforeEach
  void start() {
    sim = CloudSimulator.start();
    fabric = Http.authed(sim, sim.fabricUrl());
    fabricEp = Http.authed(sim, sim.fabricEpUrl());
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void failNextAnswersTheNextRequestsOnEitherHostThenStops() {
    sim.failNext(2, 500, INTERNAL);

    Http.Reply first = fabric.get(ENDPOINTS);
    Http.Reply second = fabricEp.get(INSTANCES);
    Http.Reply third = fabric.get(ENDPOINTS);

    assertThat(first.status()).isEqualTo(500);
    assertThat(first.text()).isEqualTo(INTERNAL);
    assertThat(first.headers().get("Content-Type")).startsWith("application/json");
    assertThat(first.headers().get("X-Request-Id")).isNotBlank();
    assertThat(second.status()).isEqualTo(500);
    assertThat(third.status()).isEqualTo(200);
    assertThat(sim.requestCount()).isEqualTo(3);
  }

  @Test
  void faultedCallsNeitherChangeStateNorCountAsReads() {
    String id = fabric.post(ENDPOINTS, Fixtures.endpoint("e", "job")).status("id");
    sim.failNext(5, 503, "{}");
    for (int i = 0; i < 5; i++) {
      assertThat(fabric.get(ENDPOINTS + "/" + id).status()).isEqualTo(503);
    }

    assertThat(fabric.get(ENDPOINTS + "/" + id).status("status")).isEqualTo("CREATING");
  }

  @Test
  void faultsMayCarryHeadersAndNonJsonBodies() {
    sim.failNext(1, 503, "<html>Service Unavailable</html>", Map.of("Retry-After", "3", "Content-Type", "text/html"));
    sim.failNext(1, 502, "");

    Http.Reply html = fabric.get(ENDPOINTS);
    Http.Reply empty = fabric.get(ENDPOINTS);

    assertThat(html.status()).isEqualTo(503);
    assertThat(html.headers().get("Retry-After")).isEqualTo("3");
    assertThat(html.headers().get("Content-Type")).isEqualTo("text/html");
    assertThat(html.text()).isEqualTo("<html>Service Unavailable</html>");
    assertThat(empty.status()).isEqualTo(502);
    assertThat(empty.text()).isEmpty();
  }

  @Test
  void throttleNextIsTheGateways429() {
    sim.throttleNext(1);

    Http.Reply throttled = fabricEp.post(INSTANCES, "{}");

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.status("error_code")).isEqualTo("APIG.0308");
    assertThat(throttled.status("error_msg")).contains("policy user over ratelimit,limit:20,time:1 minute");
    assertThat(throttled.text()).isEqualTo(CloudSimulator.THROTTLED_BODY);
    assertThat(fabricEp.get(INSTANCES).status()).isEqualTo(200);
  }

  @Test
  void disconnectNextFailsTheCallWithAnIoError() {
    sim.disconnectNext(1);

    assertThatThrownBy(() -> fabric.get(ENDPOINTS)).isInstanceOf(UncheckedIOException.class);
    assertThat(fabric.get(ENDPOINTS).status()).isEqualTo(200);
    assertThat(sim.requestCount()).isEqualTo(2);
  }

  @Test
  void faultsComeBeforeAuthentication() {
    sim.throttleNext(1);

    assertThat(Http.with(sim.fabricUrl(), Map.of()).get(ENDPOINTS).status()).isEqualTo(429);
  }

  @Test
  void failCreationOfEndsTheNamedEndpointInCreateFailed() {
    sim.failCreationOf("broken", "common.01000003", "insufficient quota");
    String broken = fabric.post(ENDPOINTS, Fixtures.endpoint("broken", "job")).status("id");
    String fine = fabric.post(ENDPOINTS, Fixtures.endpoint("fine", "job")).status("id");

    for (int i = 0; i < 2; i++) {
      assertThat(fabric.get(ENDPOINTS + "/" + broken).status("status")).isEqualTo("CREATING");
    }
    Http.Reply failed = fabric.get(ENDPOINTS + "/" + broken);

    assertThat(failed.status()).isEqualTo(200);
    assertThat(failed.status("status")).isEqualTo("CREATE_FAILED");
    assertThat(failed.status("error_code")).isEqualTo("common.01000003");
    assertThat(failed.status("error_msg")).isEqualTo("insufficient quota");
    sim.advanceAll();
    assertThat(fabric.get(ENDPOINTS + "/" + fine).status("status")).isEqualTo("RUNNING");
  }

  @Test
  void failCreationOfAlsoAppliesToAnEndpointAlreadyCreating() {
    String id = fabric.post(ENDPOINTS, Fixtures.endpoint("late", "job")).status("id");

    sim.failCreationOf("late", "E1", "boom");
    sim.advanceAll();

    assertThat(sim.endpoint(Fixtures.WS, id)).hasValueSatisfying(
        e -> assertThat(e.path("status").asText()).isEqualTo("CREATE_FAILED"));
  }

  @Test
  void clearFaultsDropsQueuedFaultsAndFailures() {
    sim.failNext(3, 500, INTERNAL).failCreationOf("x", "E", "m");

    sim.clearFaults();
    String id = fabric.post(ENDPOINTS, Fixtures.endpoint("x", "job")).status("id");
    sim.advanceAll();

    assertThat(fabric.get(ENDPOINTS + "/" + id).status("status")).isEqualTo("RUNNING");
  }

  @Test
  void faultArgumentsAreChecked() {
    assertThatThrownBy(() -> sim.failNext(0, 500, "{}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sim.failNext(1, 42, "{}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CloudSimulator.builder().stepsPerTransition(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
