package io.hcsdk.testing;

import static io.hcsdk.testing.Fixtures.ENDPOINTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.error.NotCreatedException;
import io.hcsdk.core.error.ResponseParseException;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.fabric.EndpointHandle;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.Endpoint;
import io.hcsdk.fabric.model.EndpointType;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Faults aimed at operations and resources, at the wire and as the SDK meets them. */
class AimedFaultsTest {
  private static final String INTERNAL = "{\"error_code\":\"common.00000500\",\"error_msg\":\"internal error\"}";

  private CloudSimulator sim;
  private FabricClient client;
  private Http fabric;

  @BeforeEach
  void start() {
    sim = CloudSimulator.builder().virtualTime().pace(Pace.instant()).start();
    client = sim.fabricClient();
    fabric = Http.authed(sim, sim.fabricUrl());
  }

  @AfterEach
  void stop() {
    client.close();
    sim.close();
  }

  @Test
  void aFaultAimedAtAnOperationLeavesTheOthersAlone() {
    sim.on("CreateEndpoint").failNext(1, 500, INTERNAL);

    assertThat(fabric.get(ENDPOINTS).status()).isEqualTo(200);
    assertThat(fabric.post(ENDPOINTS, Fixtures.endpoint("a", "job")).status()).isEqualTo(500);
    assertThat(fabric.post(ENDPOINTS, Fixtures.endpoint("a", "job")).status()).isEqualTo(202);
    assertThat(sim.requests().of("CreateEndpoint")).extracting(CapturedRequest::fault)
        .containsExactly(java.util.Optional.of("HTTP 500"), java.util.Optional.empty());
  }

  @Test
  void aFaultAimedAtAResourceLeavesOtherResourcesAlone() {
    String a = fabric.post(ENDPOINTS, Fixtures.endpoint("a", "job")).status("id");
    String b = fabric.post(ENDPOINTS, Fixtures.endpoint("b", "job")).status("id");
    sim.on("ShowEndpoint").forResource(b).throttleNext(1, Duration.ofSeconds(3));

    Http.Reply showA = fabric.get(ENDPOINTS + "/" + a);
    Http.Reply showB = fabric.get(ENDPOINTS + "/" + b);

    assertThat(showA.status()).isEqualTo(200);
    assertThat(showB.status()).isEqualTo(429);
    assertThat(showB.headers().get("Retry-After")).isEqualTo("3");
    assertThat(showB.text()).isEqualTo(CloudSimulator.THROTTLED_BODY);
  }

  @Test
  void aCreateWhoseAnswerIsLostAfterHandlingIsFoundByTheSdkNotSentTwice() {
    sim.on("CreateEndpoint").next(1, Fault.drop().afterHandling());

    EndpointHandle handle = client.endpoints().create(request("lost-answer"));

    assertThat(handle.id()).isEqualTo(sim.resources("endpoints").get(0).path("id").asText());
    sim.requests().assertCount("CreateEndpoint", 1);
    assertThat(sim.requests().of("CreateEndpoint").get(0).status()).isZero();
  }

  @Test
  void aCreateDroppedBeforeHandlingIsReportedAsNotCreated() {
    sim.on("CreateEndpoint").dropNext(1);

    assertThatThrownBy(() -> client.endpoints().create(request("dropped"))).isInstanceOf(NotCreatedException.class);
    assertThat(sim.resources("endpoints")).isEmpty();
    sim.requests().assertCount("CreateEndpoint", 1);
  }

  @Test
  void aRefusedConnectionNeverReachesTheSimulatorAndTheSdkRetriesIt() {
    sim.on("CreateEndpoint").refuseNext(1);

    Endpoint created = client.endpoints().create(request("refused-once")).accepted().orElseThrow();

    assertThat(created.name()).contains("refused-once");
    assertThat(sim.requests().refusedCount()).isEqualTo(1);
    sim.requests().assertCount("CreateEndpoint", 1);
  }

  @Test
  void aBodyCutMidwayIsAnIoErrorThatAGetRetries() {
    sim.on("ListEndpoints").resetNext(1);

    assertThatThrownBy(() -> fabric.get(ENDPOINTS)).isInstanceOf(UncheckedIOException.class);
    sim.on("ListEndpoints").resetNext(1);
    assertThat(client.endpoints().list().items()).isEmpty();
    assertThat(sim.requests().of("ListEndpoints")).hasSize(3);
  }

  @Test
  void aTruncatedSuccessIsAParseErrorNotARetry() {
    String id = fabric.post(ENDPOINTS, Fixtures.endpoint("t", "job")).status("id");
    sim.on("ShowEndpoint").truncateNext(1);

    assertThatThrownBy(() -> client.endpoints().get(id)).isInstanceOf(ResponseParseException.class);
    sim.requests().assertCount("ShowEndpoint", 1);
  }

  @Test
  void aProxysHtmlPageIsAServerErrorWithItsStatus() {
    sim.on("ListEndpoints").next(5, Fault.html(502)); // one for the look below, four for the SDK's attempts

    Http.Reply page = fabric.get(ENDPOINTS);
    assertThat(page.headers().get("Content-Type")).isEqualTo("text/html");
    assertThat(page.text()).contains("<h1>502</h1>");
    assertThatThrownBy(() -> client.endpoints().list()).isInstanceOfSatisfying(ServerException.class,
        e -> assertThat(e.httpStatus()).isEqualTo(502));
  }

  @Test
  void aDelayIsRealTimeAndTripsTheReadTimeout() {
    sim.on("ListEndpoints").delayNext(1, Duration.ofMillis(400));
    try (FabricClient impatient = FabricClient.builder().config(sim.clientConfig(AuthMode.TOKEN).toBuilder()
        .readTimeout(Duration.ofMillis(100)).build()).build()) {
      assertThat(impatient.endpoints().list().items()).isEmpty();
    }

    assertThat(sim.requests().of("ListEndpoints")).hasSize(2);
  }

  @Test
  void rewrittenAnswersReachTheSdkWithUnknownFieldsAndValues() {
    String id = fabric.post(ENDPOINTS, Fixtures.endpoint("r", "job")).status("id");
    sim.on("ShowEndpoint").next(1, Fault.rewriteJson(json -> ((ObjectNode) json).put("status", "HIBERNATING")
        .put("brand_new_field", 1)));

    Endpoint endpoint = client.endpoints().get(id);

    assertThat(endpoint.status().orElseThrow().isKnown()).isFalse();
    assertThat(endpoint.status().orElseThrow().toString()).isEqualTo("HIBERNATING");
  }

  @Test
  void sometimesDrawsFromTheSeededRandomSourceSoRunsRepeat() {
    List<Integer> first = statusesWithRandomFaults(7);
    List<Integer> second = statusesWithRandomFaults(7);

    assertThat(first).isEqualTo(second);
    assertThat(first.stream().filter(s -> s == 503).count()).isBetween(10L, 50L);
  }

  @Test
  void clearingDisarmsTheAimsRules() {
    sim.on("ListEndpoints").always(Fault.empty(503));
    FaultAim creates = sim.on("CreateEndpoint").failNext(5, 500, INTERNAL);
    creates.clear();

    assertThat(fabric.get(ENDPOINTS).status()).isEqualTo(503);
    assertThat(fabric.post(ENDPOINTS, Fixtures.endpoint("c", "job")).status()).isEqualTo(202);
    sim.clearFaults();
    assertThat(fabric.get(ENDPOINTS).status()).isEqualTo(200);
  }

  @Test
  void faultsNeedARealOperationAndSaneArguments() {
    assertThatThrownBy(() -> sim.on("CreateEndpoints")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CreateEndpoints");
    assertThatThrownBy(() -> sim.on("ListEndpoints").next(0, Fault.drop())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sim.onAny().sometimes(1.5, Fault.drop())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sim.onAny().notFoundAfterCreate(Pace.reads(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.status(42, "")).isInstanceOf(IllegalArgumentException.class);
  }

  private static List<Integer> statusesWithRandomFaults(long seed) {
    try (CloudSimulator s = CloudSimulator.builder().randomSeed(seed).start()) {
      s.onAny().sometimes(0.3, Fault.empty(503));
      Http http = Http.with(s.fabricUrl(), Map.of("X-Auth-Token", s.account().token()));
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        statuses.add(http.get(ENDPOINTS).status());
      }
      return statuses;
    }
  }

  private static CreateEndpointRequest request(String name) {
    return CreateEndpointRequest.builder().name(name).type(EndpointType.JOB).build();
  }
}
