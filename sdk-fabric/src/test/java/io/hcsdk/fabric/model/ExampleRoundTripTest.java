package io.hcsdk.fabric.model;

import static io.hcsdk.fabric.model.Examples.assertSameJson;
import static io.hcsdk.fabric.model.Examples.strict;
import static io.hcsdk.fabric.model.Examples.text;
import static io.hcsdk.fabric.model.Examples.toTree;
import static io.hcsdk.fabric.model.Examples.tree;
import static io.hcsdk.fabric.model.Examples.violations;
import static io.hcsdk.fabric.model.Examples.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every documented fabric example reads into its model and writes back unchanged. */
class ExampleRoundTripTest {
  private static final String DEPLOYMENT_PATH =
      "/config/ray_service_config/ray_serve_config/applications/0/deployments/0";

  @Test
  void allExamplesAreCopiedAsResources() {
    assertThat(Examples.fabricExampleNames()).hasSize(21)
        .contains("fabric-create-endpoint.request.json", "fabric-update-endpoint.request.json",
            "fabric-deploy-service-instance.request.json",
            "fabric-create-endpoint.response-202.json", "fabric-update-endpoint.response-202.json");
  }

  @Test
  void createRequestRoundTripsAndKeepsItsLogConfig() {
    String json = text("fabric-create-endpoint.request.json");
    CreateEndpointRequest request = strict(json, CreateEndpointRequest.class);

    assertThat(violations(request)).isEmpty();
    assertSameJson(toTree(request), tree("fabric-create-endpoint.request.json"));
    RayServiceConfig ray = request.config().orElseThrow().rayServiceConfig().orElseThrow();
    assertThat(ray.logConfig().orElseThrow().lts().orElseThrow().enabled()).contains(true);
    assertThat(ray.rayServeConfig().orElseThrow().applications().get(0).deployments().get(0)
        .userConfig())
        .hasValueSatisfying(config -> assertThat(config.isObject() && config.isEmpty()).isTrue());
  }

  @Test
  void updateRequestRoundTrips() {
    UpdateEndpointRequest request =
        strict(text("fabric-update-endpoint.request.json"), UpdateEndpointRequest.class);

    assertThat(violations(request)).isEmpty();
    assertSameJson(toTree(request), tree("fabric-update-endpoint.request.json"));
    assertThat(request.config().orElseThrow().rayServiceConfig().orElseThrow().dataInfos())
        .singleElement()
        .satisfies(info -> assertThat(info.inputPath()).contains("OBS://bucket/dir/"));
  }

  @Test
  void deployRequestRoundTrips() {
    DeployServiceInstanceRequest request = strict(
        text("fabric-deploy-service-instance.request.json"), DeployServiceInstanceRequest.class);

    assertThat(violations(request)).isEmpty();
    assertSameJson(toTree(request), tree("fabric-deploy-service-instance.request.json"));
    assertThat(request.config().orElseThrow().modelInstanceConfig().orElseThrow().resource()
        .orElseThrow().max()).contains(1000);
    assertThat(request.config().orElseThrow().additionalProperties()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fabric-create-endpoint.response-202.json",
      "fabric-update-endpoint.response-202.json"})
  void endpointResponseRoundTripsExceptTheEmptyStringQuirk(String name) {
    Endpoint endpoint = strict(text(name), Endpoint.class);

    Deployment deployment = endpoint.config().orElseThrow().rayServiceConfig().orElseThrow()
        .rayServeConfig().orElseThrow().applications().get(0).deployments().get(0);
    assertThat(deployment.maxReplicasPerNode()).isEmpty(); // the example's "" reads as absent
    assertThat(deployment.numReplicas()).contains(1000);

    ObjectNode expected = tree(name);
    ((ObjectNode) expected.at(DEPLOYMENT_PATH)).remove("max_replicas_per_node");
    assertSameJson(toTree(endpoint), expected);
  }

  @Test
  void endpointResponseFieldsAreTyped() {
    Endpoint endpoint = strict(text("fabric-create-endpoint.response-202.json"), Endpoint.class);

    assertThat(endpoint.id()).isEqualTo("0b5633ba2b904511ad514346f4d23d4b");
    assertThat(endpoint.visibility()).contains(Visibility.PRIVATE);
    assertThat(endpoint.type()).contains(EndpointType.JOB);
    assertThat(endpoint.status()).contains(EndpointStatus.CREATING);
    assertThat(endpoint.status().orElseThrow().isTransitional()).isTrue();
    assertThat(endpoint.runtimeEnvType()).contains(RuntimeEnvType.RELEASE);
    assertThat(endpoint.owner().orElseThrow().userName()).contains("string");
    assertThat(endpoint.rayResource().orElseThrow().workerGroupSpec()).singleElement()
        .satisfies(group -> assertThat(group.maxReplicas()).contains(10000));
    assertThat(endpoint.urls()).singleElement()
        .satisfies(url -> assertThat(url.type()).contains(UrlType.PRIVATE));
    assertThat(endpoint.businessEngineInstanceIds()).containsExactly("string");
    assertThat(endpoint.tokensQuota().orElseThrow().total()).contains(0L);
    assertThat(endpoint.reservedResource().orElseThrow().dpu().orElseThrow().usePublicResource())
        .contains(false);
    assertThat(endpoint.config().orElseThrow().rayServiceConfig().orElseThrow().dataInfos())
        .singleElement()
        .satisfies(info -> assertThat(info.envVarName()).contains("string"));
  }

  @Test
  void timestampsParseToTheInstantAndWriteBackTheSameString() {
    Endpoint endpoint = strict(text("fabric-create-endpoint.response-202.json"), Endpoint.class);

    assertThat(endpoint.createTime().orElseThrow().toInstant())
        .isEqualTo(Instant.parse("2023-05-30T12:24:30.401Z"));
    assertThat(endpoint.tokensQuota().orElseThrow().expireTime().orElseThrow().toInstant())
        .isEqualTo(Instant.parse("2025-01-17T01:12:24.663Z"));
    JsonNode written = toTree(endpoint);
    assertThat(written.get("create_time").asText()).isEqualTo("2023-05-30T12:24:30.401Z");
    assertThat(written.get("update_time").asText()).isEqualTo("2023-05-30T12:24:30.401Z");
    assertThat(written.at("/tokens_quota/expire_time").asText())
        .isEqualTo("2025-01-17T01:12:24.663Z");
  }

  static List<String> errorExamples() {
    return Examples.fabricExampleNames().stream()
        .filter(n -> n.matches(".*\\.response-[45]\\d\\d\\.json"))
        .toList();
  }

  @ParameterizedTest
  @MethodSource("errorExamples")
  void errorExamplesAreObjectsWithCodeAndMessage(String name) {
    JsonNode error = Examples.parseTree(text(name));

    assertThat(error.isObject()).isTrue();
    assertThat(error.hasNonNull("error_code")).as(name).isTrue();
    assertThat(error.get("error_msg").asText()).as(name).isNotBlank();
  }

  @Test
  void thereAreSixteenErrorExamples() {
    assertThat(errorExamples()).hasSize(16);
  }

  @Test
  void theTreeComparisonIsNumericAwareButNotBlind() {
    assertSameJson(
        Examples.parseTree("{\"a\": [0.0, 1]}"), Examples.parseTree("{\"a\": [0, 1.0]}"));
    for (String other : new String[] {"{\"a\": [0, 2]}", "{\"a\": [0]}", "{\"a\": [\"0\", 1]}",
        "{\"a\": [0, 1], \"b\": 1}"}) {
      assertThatThrownBy(() -> assertSameJson(
          Examples.parseTree(other), Examples.parseTree("{\"a\": [0, 1]}")))
          .as(other).isInstanceOf(AssertionError.class);
    }
  }

  @Test
  void writtenRequestsCarryNoNullsAndNoEmptyLists() {
    String json = write(CreateEndpointRequest.builder().name("e").type(EndpointType.JOB).build());

    assertThat(json).isEqualTo("{\"name\":\"e\",\"type\":\"job\"}");
  }
}
