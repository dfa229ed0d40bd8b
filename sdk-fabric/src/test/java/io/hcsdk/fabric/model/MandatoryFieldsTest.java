package io.hcsdk.fabric.model;

import static io.hcsdk.fabric.model.Examples.assertSameJson;
import static io.hcsdk.fabric.model.Examples.parseTree;
import static io.hcsdk.fabric.model.Examples.strict;
import static io.hcsdk.fabric.model.Examples.toTree;
import static io.hcsdk.fabric.model.Examples.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.json.Json;
import io.hcsdk.core.validate.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * Documented-mandatory fields of the types nested in responses: parsing never requires them (a
 * server omitting one must not break ShowEndpoint or a waiter polling it), validation does.
 */
class MandatoryFieldsTest {
  private static final String PARTIAL_ENDPOINT = """
      {"id": "e1",
       "reserved_resource": {"apu": {}, "dpu": {"spec_code": "x"}, "mu": {"max": 1}},
       "config": {"ray_service_config": {"ray_serve_config": {"applications": [{"name": "a"}]}}},
       "caches": [{}], "cap": {}}""";
  private static final String PARTIAL_INSTANCE = """
      {"id": "i1", "source": {}, "config": {"model_instance_config": {}}}""";
  private static final String SERVE = "config.ray_service_config.ray_serve_config";

  @Test
  void partialEndpointParsesAndWritesBackUnchanged() throws Exception {
    Endpoint endpoint = Json.mapper().readValue(PARTIAL_ENDPOINT, Endpoint.class);

    ReservedResource reserved = endpoint.reservedResource().orElseThrow();
    assertThat(reserved.apu().orElseThrow().specCode()).isEmpty();
    assertThat(reserved.apu().orElseThrow().warmUpNum()).isEmpty();
    assertThat(reserved.dpu().orElseThrow().specCode()).contains("x");
    assertThat(reserved.dpu().orElseThrow().warmUpNum()).isEmpty();
    assertThat(reserved.mu().orElseThrow().max()).contains(1);
    assertThat(reserved.mu().orElseThrow().min()).isEmpty();
    RayServiceConfig ray = endpoint.config().orElseThrow().rayServiceConfig().orElseThrow();
    assertThat(ray.rayClusterConfig()).isEmpty();
    ServeApplication app = ray.rayServeConfig().orElseThrow().applications().get(0);
    assertThat(app.name()).contains("a");
    assertThat(app.importPath()).isEmpty();
    assertThat(app.runtimeEnv()).isEmpty();
    assertThat(endpoint.caches()).singleElement()
        .satisfies(cache -> assertThat(cache.mntPath()).isEmpty());
    assertThat(endpoint.cap().orElseThrow().capId()).isEmpty();

    assertSameJson(toTree(endpoint), parseTree(PARTIAL_ENDPOINT));
    assertThat(strict(PARTIAL_ENDPOINT, Endpoint.class)).isEqualTo(endpoint);
  }

  @Test
  void partialServiceInstanceParsesAndWritesBackUnchanged() throws Exception {
    ServiceInstance instance = Json.mapper().readValue(PARTIAL_INSTANCE, ServiceInstance.class);

    assertThat(instance.id()).isEqualTo("i1");
    assertThat(instance.source().orElseThrow().id()).isEmpty();
    assertThat(instance.config().orElseThrow().modelInstanceConfig().orElseThrow().resource())
        .isEmpty();
    assertSameJson(toTree(instance), parseTree(PARTIAL_INSTANCE));

    ServiceInstance emptyResource = Json.mapper().readValue(
        PARTIAL_INSTANCE.replace("{}}}", "{\"resource\": {}}}}"), ServiceInstance.class);
    ResourceDemand resource = emptyResource.config().orElseThrow().modelInstanceConfig()
        .orElseThrow().resource().orElseThrow();
    assertThat(resource.specCode()).isEmpty();
    assertThat(resource.min()).isEmpty();
    assertThat(resource.max()).isEmpty();
  }

  @Test
  void aRequestReusingAPartialResponseReportsEveryMissingFieldWithItsPath() throws Exception {
    Endpoint endpoint = Json.mapper().readValue(PARTIAL_ENDPOINT, Endpoint.class);
    CreateEndpointRequest request = CreateEndpointRequest.builder()
        .name("copy").type(EndpointType.RAY_SERVICE)
        .reservedResource(endpoint.reservedResource())
        .config(endpoint.config())
        .cap(endpoint.cap())
        .cacheList(endpoint.caches())
        .build();

    assertThat(violations(request)).containsExactlyInAnyOrder(
        "reserved_resource.apu.spec_code: is required",
        "reserved_resource.apu.warm_up_num: is required",
        "reserved_resource.dpu.warm_up_num: is required",
        "reserved_resource.mu.spec_code: is required",
        "reserved_resource.mu.min: is required",
        SERVE + ".applications[0].import_path: is required",
        SERVE + ".applications[0].deployments: must have 1 to 5 entries (had 0)",
        SERVE + ".applications[0].runtime_env: is required",
        "config.ray_service_config.ray_cluster_config: is required");
    assertThatThrownBy(request::validateOrThrow).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).hasSize(9));
  }

  @Test
  void missingMandatoryFieldsOfBuiltRequestsAreReportedTogether() {
    CreateEndpointRequest create = CreateEndpointRequest.builder()
        .name("e").type(EndpointType.RAY_SERVICE)
        .reservedResource(ReservedResource.builder()
            .apu(ResourceDef.builder().maxNum(3).build())
            .dpu(SqlResourceDef.builder().specCode(" ").build())
            .mu(ResourceDemand.builder().specCode("mu").build())
            .build())
        .config(EndpointConfig.builder()
            .rayServiceConfig(RayServiceConfig.builder()
                .rayServeConfig(RayServeConfig.builder()
                    .addApplication(ServeApplication.builder()
                        .addDeployment(Deployment.builder().build())
                        .build())
                    .build())
                .rayClusterConfig(RayClusterConfig.builder()
                    .addWorkerGroupSpec(WorkerGroupSpecV2.builder().build())
                    .build())
                .build())
            .build())
        .build();

    assertThat(violations(create)).containsExactlyInAnyOrder(
        "reserved_resource.apu.spec_code: is required",
        "reserved_resource.apu.warm_up_num: is required",
        "reserved_resource.dpu.spec_code: is required",
        "reserved_resource.dpu.warm_up_num: is required",
        "reserved_resource.mu.min: is required",
        "reserved_resource.mu.max: is required",
        SERVE + ".applications[0].name: is required",
        SERVE + ".applications[0].import_path: is required",
        SERVE + ".applications[0].runtime_env: is required",
        "config.ray_service_config.ray_cluster_config.head_group_spec: is required");

    DeployServiceInstanceRequest deploy = DeployServiceInstanceRequest.builder()
        .source(SourceRef.builder().versionId("v1").build())
        .name("svc").endpointId("e1")
        .config(ServiceInstanceConfig.builder()
            .modelInstanceConfig(ModelServiceInstanceConfig.builder()
                .resource(ResourceDemand.builder().build())
                .build())
            .build())
        .build();

    assertThat(violations(deploy)).containsExactly(
        "source.id: is required",
        "config.model_instance_config.resource.spec_code: is required",
        "config.model_instance_config.resource.min: is required",
        "config.model_instance_config.resource.max: is required");
    assertThat(violations(ModelServiceInstanceConfig.builder().build()))
        .containsExactly("resource: is required");
  }

  @Test
  void mandatoryValuesStillGetTheirRangeChecksWhenPresent() {
    assertThat(violations(SqlResourceDef.builder().specCode("s").warmUpNum(0).build()))
        .containsExactly("warm_up_num: must be between 1 and 5000 (was 0)");
    assertThat(violations(ResourceDemand.builder().specCode("s").min(-1).build()))
        .containsExactly("min: must be >= 0 (was -1)", "max: is required");
    assertThat(violations(ResourceDef.builder().specCode("s").warmUpNum(2).maxNum(1).build()))
        .containsExactly("max_num: must be >= warm_up_num (1 < 2)");
  }
}
