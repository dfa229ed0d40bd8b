package io.hcsdk.fabric.model;

import static io.hcsdk.fabric.model.Examples.strict;
import static io.hcsdk.fabric.model.Examples.text;
import static io.hcsdk.fabric.model.Examples.tree;
import static io.hcsdk.fabric.model.Examples.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.json.Json;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.ValidationException;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every documented constraint, with its boundaries, reported under its JSON field path. */
class ValidationTest {
  private static final String NAME_CHARS =
      "may contain only letters, digits, hyphens, underscores, periods and spaces";
  private static final String ID_CHARS = "may contain only letters, digits and hyphens";
  private static final String APP = "config.ray_service_config.ray_serve_config.applications[0]";

  private static final ResourceDemand DEMAND =
      ResourceDemand.builder().specCode("s").min(0).max(1).build();
  private static final WorkNodeResourceDemand WORK_NODE =
      WorkNodeResourceDemand.builder().name("w").resource(DEMAND).build();
  private static final HeadNodeResourceDemand HEAD_NODE =
      HeadNodeResourceDemand.builder().specCode("h").build();
  private static final Deployment DEPLOYMENT = Deployment.builder().name("d").build();
  private static final WorkerGroupSpecV2 GROUP = WorkerGroupSpecV2.builder().name("g").build();
  private static final HeadGroupSpecV2 HEAD_GROUP = HeadGroupSpecV2.builder().build();
  private static final DataBriefInfo DATA = DataBriefInfo.builder().inputPath("obs://b/").build();

  /** Reads {@code json} with the lenient mapper after setting {@code value} at a dotted path. */
  private static <T> T read(Class<T> type, String json, String path, Object value) {
    try {
      ObjectNode node = (ObjectNode) Json.mapper().readTree(json);
      String[] parts = path.split("\\.");
      ObjectNode parent = node;
      for (int i = 0; i < parts.length - 1; i++) {
        parent = (ObjectNode) parent.get(parts[i]);
      }
      parent.set(parts[parts.length - 1], Json.mapper().valueToTree(value));
      return Json.mapper().treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String repeat(String s, int times) {
    return s.repeat(times);
  }

  @Test
  void documentedExampleRequestsAreValid() {
    assertThatNoException().isThrownBy(() -> {
      strict(text("fabric-create-endpoint.request.json"), CreateEndpointRequest.class)
          .validateOrThrow();
      strict(text("fabric-update-endpoint.request.json"), UpdateEndpointRequest.class)
          .validateOrThrow();
      strict(text("fabric-deploy-service-instance.request.json"),
          DeployServiceInstanceRequest.class).validateOrThrow();
    });
  }

  @Test
  void minimalRequestsAreValid() {
    assertThat(violations(CreateEndpointRequest.builder().name("e").type(EndpointType.SQL).build()))
        .isEmpty();
    assertThat(violations(UpdateEndpointRequest.builder().build())).isEmpty();
    assertThat(violations(UpdateServiceInstanceRequest.builder().build())).isEmpty();
    assertThat(violations(ListEndpointsRequest.builder().build())).isEmpty();
    assertThat(violations(ListServiceInstancesRequest.builder().build())).isEmpty();
  }

  @Test
  void severalViolationsAreReportedTogetherWithTheirPaths() {
    ObjectNode json = tree("fabric-create-endpoint.request.json");
    json.put("name", "bad/name");
    ((ObjectNode) json.get("cap")).put("cap_id", "short");
    ((ObjectNode) json.at("/reserved_resource/dpu")).put("warm_up_num", 0);
    ((ObjectNode) json.at("/ray_resource/work_node_resources/0/resource")).put("max", 0);
    ArrayNode deployments = (ArrayNode) json.at(
        "/config/ray_service_config/ray_serve_config/applications/0/deployments");
    deployments.addObject().put("name", "second").put("num_replicas", 5000);
    ((ObjectNode) json.at("/config/ray_service_config/ray_cluster_config/worker_group_specs/0"))
        .put("max_replicas", 2);
    CreateEndpointRequest request = strict(json, CreateEndpointRequest.class);

    assertThat(violations(request)).containsExactlyInAnyOrder(
        "name: " + NAME_CHARS,
        "reserved_resource.dpu.warm_up_num: must be between 1 and 5000 (was 0)",
        "ray_resource.work_node_resources[0].resource.max: must be >= 1 (was 0)",
        "cap.cap_id: must be 32 to 36 characters (was 5)",
        APP + ".deployments[1].num_replicas: must be between 0 and 1000 (was 5000)",
        "config.ray_service_config.ray_cluster_config.worker_group_specs[0].max_replicas: "
            + "must be >= min_replicas (2 < 10000)");
    assertThatThrownBy(request::validateOrThrow)
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).hasSize(6))
        .hasMessageStartingWith("CreateEndpointRequest is invalid: ")
        .hasMessageContaining(APP + ".deployments[1].num_replicas: must be between 0 and 1000");
  }

  // ------------------------------------------------------------------ numeric ranges

  static Stream<Arguments> ranges() {
    String resourceDef = "{\"spec_code\": \"s\", \"warm_up_num\": 0}";
    String sqlDef = "{\"spec_code\": \"s\", \"warm_up_num\": 1}";
    String deploy = "{\"resource\": {\"spec_code\": \"s\", \"min\": 1, \"max\": 1000}}";
    String deployMax = "{\"resource\": {\"spec_code\": \"s\", \"min\": 1, \"max\": 1}}";
    return Stream.of(
        Arguments.of(ResourceDef.class, resourceDef, "max_num", 1, 1000),
        Arguments.of(SqlResourceDef.class, sqlDef, "warm_up_num", 1, 5000),
        Arguments.of(SqlResourceDef.class, sqlDef, "max_num", 1, 5000),
        Arguments.of(Deployment.class, "{}", "num_replicas", 0, 1000),
        Arguments.of(Deployment.class, "{}", "max_replicas_per_node", 1, 100),
        Arguments.of(Deployment.class, "{}", "max_ongoing_requests", 1, 100_000),
        Arguments.of(Deployment.class, "{}", "max_queued_requests", -1, 100_000),
        Arguments.of(AutoscalingConfig.class, "{}", "target_ongoing_requests", 1, 1000),
        Arguments.of(AutoscalingConfig.class, "{}", "min_replicas", 0, 1000),
        Arguments.of(AutoscalingConfig.class, "{}", "max_replicas", 0, 1000),
        Arguments.of(AutoscalingConfig.class, "{}", "initial_replicas", 0, 1000),
        Arguments.of(AutoscalingConfig.class, "{}", "upscale_delay_s", 0, 86_400),
        Arguments.of(AutoscalingConfig.class, "{}", "downscale_delay_s", 0, 86_400),
        Arguments.of(WorkerGroupSpecV2.class, "{}", "min_replicas", 0, 10_000),
        Arguments.of(WorkerGroupSpecV2.class, "{}", "max_replicas", 1, 10_000),
        Arguments.of(ResourceSpec.class, "{}", "cpu_resource", 0, 192),
        Arguments.of(ResourceSpec.class, "{}", "memory_resource", 0, 1536),
        Arguments.of(ResourceSpec.class, "{}", "npu_resource", 0, 8),
        Arguments.of(ModelServiceInstanceConfig.class, deploy, "resource.min", 1, 1000),
        Arguments.of(ModelServiceInstanceConfig.class, deployMax, "resource.max", 1, 1000),
        Arguments.of(ListEndpointsRequest.class, "{}", "limit", 1, 100),
        Arguments.of(ListServiceInstancesRequest.class, "{}", "limit", 1, 100));
  }

  @ParameterizedTest(name = "{0}.{2} in [{3}, {4}]")
  @MethodSource("ranges")
  void numericRangesIncludeTheirBoundaries(Class<? extends Validatable> type, String base,
      String field, long min, long max) {
    for (long value : new long[] {min - 1, min, max, max + 1}) {
      List<String> found = violations(read(type, base, field, value));
      if (value < min || value > max) {
        assertThat(found).as("%s = %d", field, value)
            .contains(field + ": must be between " + min + " and " + max + " (was " + value + ")");
      } else {
        assertThat(found).as("%s = %d", field, value).isEmpty();
      }
    }
  }

  @Test
  void lowerBoundsWithoutUpperBound() {
    assertThat(violations(ResourceDemand.builder().specCode("s").min(-1).max(1).build()))
        .containsExactly("min: must be >= 0 (was -1)");
    assertThat(violations(ResourceDemand.builder().specCode("s").min(0).max(0).build()))
        .containsExactly("max: must be >= 1 (was 0)");
    assertThat(violations(ResourceDemand.builder().specCode("s").min(0).max(1).build())).isEmpty();
    assertThat(violations(ListEndpointsRequest.builder().offset(-1).build()))
        .containsExactly("offset: must be >= 0 (was -1)");
    assertThat(violations(ListServiceInstancesRequest.builder().offset(-1).build()))
        .containsExactly("offset: must be >= 0 (was -1)");
    assertThat(violations(ListServiceInstancesRequest.builder().offset(0).limit(100).build()))
        .isEmpty();
  }

  @Test
  void deepRangeViolationCarriesTheFullPath() {
    ObjectNode json = tree("fabric-create-endpoint.request.json");
    ((ArrayNode) json.at("/config/ray_service_config/ray_serve_config/applications/0/deployments"))
        .addObject().put("num_replicas", 5000);

    assertThat(violations(strict(json, CreateEndpointRequest.class))).containsExactly(
        "config.ray_service_config.ray_serve_config.applications[0].deployments[1].num_replicas: "
            + "must be between 0 and 1000 (was 5000)");
  }

  // ------------------------------------------------------------------ max >= min

  @Test
  void maximumsMustNotBeBelowMinimums() {
    assertThat(violations(ResourceDef.builder().specCode("s").warmUpNum(5).maxNum(4).build()))
        .containsExactly("max_num: must be >= warm_up_num (4 < 5)");
    assertThat(violations(ResourceDef.builder().specCode("s").warmUpNum(5).maxNum(5).build()))
        .isEmpty();
    assertThat(violations(SqlResourceDef.builder().specCode("s").warmUpNum(5).maxNum(4).build()))
        .containsExactly("max_num: must be >= warm_up_num (4 < 5)");
    assertThat(violations(ResourceDemand.builder().specCode("s").min(3).max(2).build()))
        .containsExactly("max: must be >= min (2 < 3)");
    assertThat(violations(WorkerGroupSpecV2.builder().minReplicas(5).maxReplicas(4).build()))
        .containsExactly("max_replicas: must be >= min_replicas (4 < 5)");
    assertThat(violations(AutoscalingConfig.builder().minReplicas(5).maxReplicas(4).build()))
        .containsExactly("max_replicas: must be >= min_replicas (4 < 5)");
    assertThat(violations(ModelServiceInstanceConfig.builder()
        .resource(ResourceDemand.builder().specCode("s").min(5).max(4).build()).build()))
        .containsExactly("resource.max: must be >= min (4 < 5)");
  }

  @Test
  void initialReplicasMustLieWithinMinAndMax() {
    AutoscalingConfig.Builder base = AutoscalingConfig.builder();
    base.minReplicas(4).maxReplicas(6);

    assertThat(violations(base.initialReplicas(3).build()))
        .containsExactly("initial_replicas: must be >= min_replicas (3 < 4)");
    assertThat(violations(base.initialReplicas(7).build()))
        .containsExactly("initial_replicas: must be <= max_replicas (7 > 6)");
    assertThat(violations(base.initialReplicas(4).build())).isEmpty();
    assertThat(violations(base.initialReplicas(6).build())).isEmpty();
    // only checked when min, max and initial are all given
    assertThat(violations(AutoscalingConfig.builder().minReplicas(4).initialReplicas(3).build()))
        .isEmpty();
  }

  // ------------------------------------------------------------------ names, ids, required text

  @Test
  void endpointNameIsOneTo128NameCharacters() {
    CreateEndpointRequest.Builder create = CreateEndpointRequest.builder();
    create.type(EndpointType.RAY_SERVICE);

    assertThat(violations(create.name("my endpoint_1.v-2").build())).isEmpty();
    assertThat(violations(create.name(repeat("a", 128)).build())).isEmpty();
    assertThat(violations(create.name(repeat("a", 129)).build()))
        .containsExactly("name: must be 1 to 128 characters (was 129)");
    assertThat(violations(create.name("").build()))
        .containsExactly("name: must be 1 to 128 characters (was 0)");
    assertThat(violations(create.name("bad/name").build())).containsExactly("name: " + NAME_CHARS);
    assertThat(violations(create.name("端点").build())).containsExactly("name: " + NAME_CHARS);
    assertThat(violations(UpdateEndpointRequest.builder().name("x:y").build()))
        .containsExactly("name: " + NAME_CHARS);
    assertThat(violations(UpdateEndpointRequest.builder().name(repeat("a", 129)).build()))
        .containsExactly("name: must be 1 to 128 characters (was 129)");
  }

  @Test
  void endpointTypeMustNotBeBlank() {
    assertThat(violations(CreateEndpointRequest.builder().name("e").type(EndpointType.of(""))
        .build())).containsExactly("type: is required");
  }

  @Test
  void applicationDeploymentAndInstanceNamesAreOneTo64NameCharacters() {
    ServeApplication.Builder app = ServeApplication.builder();
    app.importPath("m:app").runtimeEnv(ServeRuntimeEnv.builder().build()).addDeployment(DEPLOYMENT);
    assertThat(violations(app.name(repeat("a", 64)).build())).isEmpty();
    assertThat(violations(app.name(repeat("a", 65)).build()))
        .containsExactly("name: must be 1 to 64 characters (was 65)");
    assertThat(violations(app.name("a/b").build())).containsExactly("name: " + NAME_CHARS);

    assertThat(violations(Deployment.builder().build())).isEmpty();
    assertThat(violations(Deployment.builder().name(repeat("d", 64)).build())).isEmpty();
    assertThat(violations(Deployment.builder().name("").build()))
        .containsExactly("name: must be 1 to 64 characters (was 0)");
    assertThat(violations(Deployment.builder().name("d*").build()))
        .containsExactly("name: " + NAME_CHARS);

    assertThat(violations(deploy().name(repeat("n", 64)).build())).isEmpty();
    assertThat(violations(deploy().name(repeat("n", 65)).build()))
        .containsExactly("name: must be 1 to 64 characters (was 65)");
    assertThat(violations(deploy().name("n#1").build())).containsExactly("name: " + NAME_CHARS);
    assertThat(violations(UpdateServiceInstanceRequest.builder().name("").build()))
        .containsExactly("name: must be 1 to 64 characters (was 0)");
  }

  @Test
  void workerGroupNameIsZeroTo128LettersDigitsHyphensUnderscores() {
    String chars = "may contain only letters, digits, hyphens and underscores";
    assertThat(violations(WorkerGroupSpecV2.builder().name("").build())).isEmpty();
    assertThat(violations(WorkerGroupSpecV2.builder().name("group_1-a").build())).isEmpty();
    assertThat(violations(WorkerGroupSpecV2.builder().name(repeat("g", 128)).build())).isEmpty();
    assertThat(violations(WorkerGroupSpecV2.builder().name(repeat("g", 129)).build()))
        .containsExactly("name: must be 0 to 128 characters (was 129)");
    assertThat(violations(WorkerGroupSpecV2.builder().name("a.b").build()))
        .containsExactly("name: " + chars);
    assertThat(violations(WorkerGroupSpecV2.builder().name("a b").build()))
        .containsExactly("name: " + chars);
  }

  @Test
  void capIdsAre32To36IdCharacters() {
    assertThat(violations(CapRef.builder().capId(repeat("a", 32)).versionId(repeat("b", 36))
        .build())).isEmpty();
    assertThat(violations(CapRef.builder().capId("b935d0ef-f4eb-4b95-aff1-9d33ae9f57b6").build()))
        .isEmpty();
    assertThat(violations(CapRef.builder().capId(repeat("a", 31)).versionId(repeat("b", 37))
        .build())).containsExactly(
            "cap_id: must be 32 to 36 characters (was 31)",
            "version_id: must be 32 to 36 characters (was 37)");
    assertThat(violations(CapRef.builder().capId(repeat("a", 31) + "_").build()))
        .containsExactly("cap_id: " + ID_CHARS);
    assertThat(violations(CapRef.builder().build())).isEmpty();
  }

  @Test
  void sourceIdsAre1To36IdCharacters() {
    assertThat(violations(SourceRef.builder().id("m").versionId(repeat("v", 36)).build()))
        .isEmpty();
    assertThat(violations(SourceRef.builder().id("").versionId(repeat("v", 37)).build()))
        .containsExactly("id: must be 1 to 36 characters (was 0)",
            "version_id: must be 1 to 36 characters (was 37)");
    assertThat(violations(SourceRef.builder().id("a_b").versionId("v.1").build()))
        .containsExactly("id: " + ID_CHARS, "version_id: " + ID_CHARS);
    assertThat(violations(deploy().source(SourceRef.builder().id(repeat("x", 37)).build()).build()))
        .containsExactly("source.id: must be 1 to 36 characters (was 37)");
  }

  @Test
  void requiredTextMustNotBeBlank() {
    assertThat(violations(ResourceDef.builder().specCode(" ").warmUpNum(1).build()))
        .containsExactly("spec_code: is required");
    assertThat(violations(SqlResourceDef.builder().specCode("").warmUpNum(1).build()))
        .containsExactly("spec_code: is required");
    assertThat(violations(ResourceDemand.builder().specCode("").min(0).max(1).build()))
        .containsExactly("spec_code: is required");
    assertThat(violations(HeadNodeResourceDemand.builder().specCode("").build()))
        .containsExactly("spec_code: is required");
    assertThat(violations(WorkNodeResourceDemand.builder().name("").resource(DEMAND).build()))
        .containsExactly("name: is required");
    assertThat(violations(ServeApplication.builder().name("a").importPath(" ")
        .addDeployment(DEPLOYMENT).runtimeEnv(ServeRuntimeEnv.builder().build()).build()))
        .containsExactly("import_path: is required");
    assertThat(violations(deploy().endpointId(" ").build()))
        .containsExactly("endpoint_id: is required");
    assertThat(violations(UpdateServiceInstanceRequest.builder().endpointId("").build()))
        .containsExactly("endpoint_id: is required");
  }

  @Test
  void actorResourcesAreAtMost1024Characters() {
    assertThat(violations(RayActorOptions.builder().resources("").build())).isEmpty();
    assertThat(violations(RayActorOptions.builder().resources(repeat("r", 1024)).build()))
        .isEmpty();
    assertThat(violations(RayActorOptions.builder().resources(repeat("r", 1025)).build()))
        .containsExactly("resources: must be 0 to 1024 characters (was 1025)");
  }

  // ------------------------------------------------------------------ array sizes

  @Test
  void workNodeResourcesHaveOneToTen() {
    for (int n : new int[] {0, 1, 10, 11}) {
      RayResourceInput input = RayResourceInput.builder().headNodeResource(HEAD_NODE)
          .workNodeResources(Collections.nCopies(n, WORK_NODE)).build();
      assertThat(violations(input)).as("%d entries", n).isEqualTo(n >= 1 && n <= 10 ? List.of()
          : List.of("work_node_resources: must have 1 to 10 entries (had " + n + ")"));
    }
  }

  @Test
  void applicationsHaveZeroToFive() {
    ServeApplication app = application(1);
    for (int n : new int[] {0, 5, 6}) {
      RayServeConfig config = RayServeConfig.builder().applications(Collections.nCopies(n, app))
          .build();
      assertThat(violations(config)).as("%d entries", n).isEqualTo(n <= 5 ? List.of()
          : List.of("applications: must have 0 to 5 entries (had " + n + ")"));
    }
  }

  @Test
  void deploymentsHaveOneToFive() {
    for (int n : new int[] {0, 1, 5, 6}) {
      assertThat(violations(application(n))).as("%d entries", n)
          .isEqualTo(n >= 1 && n <= 5 ? List.of()
              : List.of("deployments: must have 1 to 5 entries (had " + n + ")"));
    }
  }

  @Test
  void workerGroupSpecsHaveOneTo1000() {
    for (int n : new int[] {0, 1, 1000, 1001}) {
      RayClusterConfig cluster = RayClusterConfig.builder().headGroupSpec(HEAD_GROUP)
          .workerGroupSpecs(Collections.nCopies(n, GROUP)).build();
      assertThat(violations(cluster)).as("%d entries", n)
          .isEqualTo(n >= 1 && n <= 1000 ? List.of()
              : List.of("worker_group_specs: must have 1 to 1000 entries (had " + n + ")"));
    }
  }

  @Test
  void dataInfosHaveZeroOrOne() {
    RayServeConfig serve = RayServeConfig.builder().build();
    RayClusterConfig cluster =
        RayClusterConfig.builder().headGroupSpec(HEAD_GROUP).addWorkerGroupSpec(GROUP).build();
    for (int n : new int[] {0, 1, 2}) {
      List<String> expected = n <= 1 ? List.of()
          : List.of("data_infos: must have 0 to 1 entries (had " + n + ")");
      assertThat(violations(RayServiceConfig.builder().rayServeConfig(serve)
          .rayClusterConfig(cluster).dataInfos(Collections.nCopies(n, DATA)).build()))
          .as("%d entries", n).isEqualTo(expected);
      assertThat(violations(UpdateRayServiceConfig.builder().rayServeConfig(serve)
          .rayClusterConfig(cluster).dataInfos(Collections.nCopies(n, DATA)).build()))
          .as("update, %d entries", n).isEqualTo(expected);
    }
  }

  // ------------------------------------------------------------------ service instances

  @ParameterizedTest
  @ValueSource(strings = {"!", "<", ">", "=", "&", "'", "\""})
  void descriptionRejectsEachForbiddenCharacter(String forbidden) {
    String expected = "description: must not contain any of !<>=&'\"";
    assertThat(violations(deploy().description("a" + forbidden + "b").build()))
        .containsExactly(expected);
    assertThat(violations(UpdateServiceInstanceRequest.builder()
        .description(forbidden).build())).containsExactly(expected);
  }

  @Test
  void descriptionIsAtMost1024OtherCharacters() {
    assertThat(violations(deploy().description("ok, fine. (v2) - #1 @x ?/;:").build())).isEmpty();
    assertThat(violations(deploy().description("").build())).isEmpty();
    assertThat(violations(deploy().description(repeat("d", 1024)).build())).isEmpty();
    assertThat(violations(deploy().description(repeat("d", 1025)).build()))
        .containsExactly("description: must be 0 to 1024 characters (was 1025)");
  }

  @Test
  void deployResourceRulesAreStricterThanTheEndpointOnes() {
    DeployServiceInstanceRequest request = deploy().config(ServiceInstanceConfig.builder()
        .modelInstanceConfig(ModelServiceInstanceConfig.builder()
            .resource(ResourceDemand.builder().specCode(repeat("s", 65)).min(0).max(0).build())
            .build())
        .build()).build();

    String resource = "config.model_instance_config.resource.";
    assertThat(violations(request)).containsExactly(
        resource + "spec_code: must be 1 to 64 characters (was 65)",
        resource + "min: must be between 1 and 1000 (was 0)",
        resource + "max: must be between 1 and 1000 (was 0)");
    assertThat(violations(ModelServiceInstanceConfig.builder()
        .resource(ResourceDemand.builder().specCode("").min(1).max(1).build()).build()))
        .containsExactly("resource.spec_code: must be 1 to 64 characters (was 0)");
  }

  @Nested
  class Update {
    @Test
    void nestedObjectsKeepTheirRules() {
      UpdateEndpointRequest request = UpdateEndpointRequest.builder()
          .cap(CapRef.builder().capId("x").build())
          .rayResource(RayResourceInput.builder().headNodeResource(HEAD_NODE).build())
          .config(UpdateEndpointConfig.builder().rayServiceConfig(UpdateRayServiceConfig.builder()
              .rayServeConfig(RayServeConfig.builder().addApplication(application(0)).build())
              .rayClusterConfig(RayClusterConfig.builder().headGroupSpec(HEAD_GROUP).build())
              .build()).build())
          .build();

      assertThat(violations(request)).containsExactlyInAnyOrder(
          "cap.cap_id: must be 32 to 36 characters (was 1)",
          "ray_resource.work_node_resources: must have 1 to 10 entries (had 0)",
          APP + ".deployments: must have 1 to 5 entries (had 0)",
          "config.ray_service_config.ray_cluster_config.worker_group_specs: "
              + "must have 1 to 1000 entries (had 0)");
    }
  }

  private static DeployServiceInstanceRequest.Builder deploy() {
    DeployServiceInstanceRequest.Builder builder = DeployServiceInstanceRequest.builder();
    builder.source(SourceRef.builder().id("m1").build()).name("instance").endpointId("e1");
    return builder;
  }

  private static ServeApplication application(int deployments) {
    return ServeApplication.builder().name("app").importPath("m:app")
        .runtimeEnv(ServeRuntimeEnv.builder().build())
        .deployments(Collections.nCopies(deployments, DEPLOYMENT))
        .build();
  }
}
