package io.hcsdk.fabric.model;

import static io.hcsdk.fabric.model.Examples.assertSameJson;
import static io.hcsdk.fabric.model.Examples.parseTree;
import static io.hcsdk.fabric.model.Examples.strict;
import static io.hcsdk.fabric.model.Examples.text;
import static io.hcsdk.fabric.model.Examples.toTree;
import static io.hcsdk.fabric.model.Examples.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.hcsdk.core.json.Json;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON behaviour beyond the documented examples: secrets, tolerance, pass-through, queries. */
class ModelJsonTest {
  private static final String SECRET = "tok-Z9q8-very-secret-7731";

  @Test
  void endpointToStringNeverShowsTheUrlToken() throws Exception {
    String json = text("fabric-create-endpoint.response-202.json").replace(
        "\"token\" : \"string\"", "\"token\" : \"" + SECRET + "\"");
    Endpoint endpoint = Json.mapper().readValue(json, Endpoint.class);

    assertThat(endpoint.urls().get(0).token()).contains(SECRET); // the accessor still gives it
    assertThat(endpoint.toString()).doesNotContain(SECRET).contains("token=****");
    assertThat(endpoint.urls().get(0).toString()).doesNotContain(SECRET);
    assertThat(EndpointUrl.builder().token(SECRET).build().toString())
        .isEqualTo("EndpointUrl{token=****}");
    assertThat(write(endpoint)).contains(SECRET); // but it is written on the wire
  }

  @Test
  void endpointToleratesMissingNullAndUnknownFields() throws Exception {
    Endpoint endpoint = Json.mapper().readValue("""
        {"id": "e1", "name": null, "caches": null, "urls": [], "status": "",
         "something_new": {"a": 1}, "create_time": "2023-05-30T20:24:30+08:00"}""", Endpoint.class);

    assertThat(endpoint.id()).isEqualTo("e1");
    assertThat(endpoint.name()).isEmpty();
    assertThat(endpoint.caches()).isEmpty();
    assertThat(endpoint.config()).isEmpty();
    assertThat(endpoint.createTime().orElseThrow().toInstant())
        .isEqualTo(Instant.parse("2023-05-30T12:24:30Z"));
    assertThat(write(endpoint)).isEqualTo(
        "{\"id\":\"e1\",\"status\":\"\",\"create_time\":\"2023-05-30T20:24:30+08:00\"}");
  }

  @Test
  void endpointWithoutIdIsRejected() {
    assertThatThrownBy(() -> Json.mapper().readValue("{\"name\": \"x\"}", Endpoint.class))
        .hasMessageContaining("id");
  }

  @Test
  void endpointListAndDeleteResponseRead() throws Exception {
    EndpointList list = strict("""
        {"total": 2, "endpoints": [{"id": "a", "status": "RUNNING"}, {"id": "b"}]}""",
        EndpointList.class);
    assertThat(list.total()).contains(2);
    assertThat(list.endpoints()).extracting(Endpoint::id).containsExactly("a", "b");
    assertThat(list.endpoints().get(0).status().orElseThrow().isHealthy()).isTrue();

    assertThat(strict("{\"id\": \"e1\"}", DeleteEndpointResponse.class).id()).isEqualTo("e1");
    assertThat(strict("{}", EndpointList.class).endpoints()).isEmpty();
  }

  @Test
  void updateConfigCannotCarryALogConfig() throws Exception {
    assertThat(Arrays.stream(UpdateRayServiceConfig.class.getMethods()).map(Method::getName))
        .doesNotContain("logConfig");
    String json = """
        {"ray_serve_config": {}, "ray_cluster_config": {"head_group_spec": {},
         "worker_group_specs": [{"name": "g"}]}, "log_config": {"lts": {"enabled": true}}}""";

    assertThatThrownBy(() -> Json.strictMapper().readValue(json, UpdateRayServiceConfig.class))
        .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("log_config");
    UpdateRayServiceConfig lenient = Json.mapper().readValue(json, UpdateRayServiceConfig.class);
    assertThat(write(lenient)).doesNotContain("log_config");
  }

  @Test
  void freeFormUserConfigPassesThroughUntouched() {
    String json = """
        {"name": "d", "user_config": {"threshold": 0.25, "labels": ["a", "b"],
         "nested": {"deep": null, "flag": true}, "big": 12345678901234567890}}""";
    Deployment deployment = strict(json, Deployment.class);

    assertSameJson(toTree(deployment), parseTree(json));
    assertThat(deployment.userConfig().orElseThrow().at("/nested/flag").asBoolean()).isTrue();
  }

  @Test
  void serviceInstanceConfigKeepsUnknownTopLevelKeys() {
    String json = """
        {"model_instance_config": {"resource": {"spec_code": "s", "min": 1, "max": 2}},
         "pgsql_instance_config": {"version": "16", "replicas": [1, 2], "opts": {"x": null}},
         "vector_index_config": {"dim": 768}, "flag": true}""";
    ServiceInstanceConfig config = strict(json, ServiceInstanceConfig.class);

    assertThat(config.additionalProperties()).containsOnlyKeys("vector_index_config", "flag");
    assertThat(config.pgsqlInstanceConfig().orElseThrow().get("version").asText()).isEqualTo("16");
    assertSameJson(toTree(config), parseTree(json));

    ServiceInstanceConfig built = ServiceInstanceConfig.builder()
        .putAdditionalProperty("flag", Json.mapper().getNodeFactory().booleanNode(true))
        .build();
    assertThat(write(built)).isEqualTo("{\"flag\":true}");
  }

  @Test
  void serviceInstanceReadsEveryDocumentedField() {
    String json = """
        {"id": "i1", "name": "svc", "description": "d", "endpoint_id": "e1",
         "source": {"id": "m1", "version_id": "v1"},
         "config": {"model_instance_config": {"resource": {"spec_code": "s", "min": 1, "max": 3}}},
         "status": "RUNNING", "type": "LLM_MODEL", "url": "https://x/v1", "duration": 86400000123,
         "create_user": "u1", "update_user": "u2", "create_time": "2025-01-17T01:12:24.663Z",
         "update_time": "2025-01-17T01:13:00Z", "error_code": "c", "error_msg": "m"}""";
    ServiceInstance instance = strict(json, ServiceInstance.class);

    assertThat(instance.duration()).contains(86_400_000_123L);
    assertThat(instance.type()).contains(ServiceInstanceType.LLM_MODEL);
    assertThat(instance.source().orElseThrow().versionId()).contains("v1");
    assertThat(instance.config().orElseThrow().modelInstanceConfig().orElseThrow().resource()
        .orElseThrow().max()).contains(3);
    assertSameJson(toTree(instance), parseTree(json));

    ServiceInstanceList list = strict("{\"total\": 1, \"service_instances\": [" + json + "]}",
        ServiceInstanceList.class);
    assertThat(list.serviceInstances()).containsExactly(instance);
    assertThat(strict("{\"id\": \"i1\"}", ServiceInstanceId.class).id()).isEqualTo("i1");
  }

  @Test
  void updateServiceInstanceWritesOnlyWhatWasSet() {
    UpdateServiceInstanceRequest request = UpdateServiceInstanceRequest.builder()
        .description("new").build();
    assertThat(write(request)).isEqualTo("{\"description\":\"new\"}");
  }

  @Test
  void listQueriesExposeTheirParametersUnderTheWireNames() {
    ListEndpointsRequest endpoints = ListEndpointsRequest.builder()
        .offset(20).limit(10).type(EndpointType.RAY_SERVICE).visibility(VisibilityFilter.ALL)
        .build();
    @SuppressWarnings("unchecked")
    Map<String, Object> params = Json.mapper().convertValue(endpoints, Map.class);
    assertThat(params).containsExactly(Map.entry("offset", 20), Map.entry("limit", 10),
        Map.entry("type", "ray_service"), Map.entry("visibility", "ALL"));

    ListServiceInstancesRequest instances = ListServiceInstancesRequest.builder()
        .endpointId("e1").sourceId("m1").versionId("v1").sortBy(ServiceInstanceSortBy.DURATION)
        .orderBy(SortOrder.ASC).build();
    JsonNode tree = toTree(instances);
    assertThat(tree.toString()).isEqualTo("{\"endpoint_id\":\"e1\",\"source_id\":\"m1\","
        + "\"version_id\":\"v1\",\"sort_by\":\"DURATION\",\"order_by\":\"ASC\"}");
    assertThat(instances.limit()).isEmpty();
  }
}
