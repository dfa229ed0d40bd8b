package io.hcsdk.fabric.model;

import static io.hcsdk.fabric.model.Examples.assertSameJson;
import static io.hcsdk.fabric.model.Examples.parseTree;
import static io.hcsdk.fabric.model.Examples.text;
import static io.hcsdk.fabric.model.Examples.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import io.hcsdk.core.json.Json;
import io.hcsdk.core.json.JsonException;
import io.hcsdk.core.validate.MissingFieldsException;
import io.hcsdk.core.validate.ValidationException;
import io.hcsdk.core.validate.Violation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the generator adds to every model: JSON entry points, copies, masking, fast codecs. */
class GeneratedModelTest {
  private static final String SECRET = "s3cr3t-Zq9";

  /** Every generated value type (not the enums, which Jackson reads through their @JsonCreator). */
  static Stream<Class<?>> valueTypes() {
    return Stream.of(AutoscalingConfig.class, CacheConfig.class, CapRef.class,
        CreateEndpointRequest.class, DataBriefInfo.class, DeleteEndpointResponse.class,
        DeployServiceInstanceRequest.class, Deployment.class, Endpoint.class, EndpointConfig.class,
        EndpointList.class, EndpointOwner.class, EndpointUrl.class, HeadGroupSpecV2.class,
        HeadNodeResourceDemand.class, ListEndpointsRequest.class, ListServiceInstancesRequest.class,
        ModelServiceInstanceConfig.class, RayActorOptions.class, RayClusterConfig.class,
        RayHeadGroup.class, RayResource.class, RayResourceInput.class, RayServeConfig.class,
        RayServiceConfig.class, RayServiceLogConfig.class, RayServiceLogLtsConfig.class,
        RayWorkerGroup.class, ReservedResource.class, ResourceDef.class, ResourceDemand.class,
        ResourceSpec.class, ServeApplication.class, ServeRuntimeEnv.class, ServiceInstance.class,
        ServiceInstanceConfig.class, ServiceInstanceId.class, ServiceInstanceList.class,
        SourceRef.class, SqlResourceDef.class, TokensQuota.class, UpdateEndpointConfig.class,
        UpdateEndpointRequest.class, UpdateRayServiceConfig.class,
        UpdateServiceInstanceRequest.class, WorkNodeResourceDemand.class, WorkerGroupSpecV2.class);
  }

  @ParameterizedTest
  @MethodSource("valueTypes")
  void jacksonReadsAndWritesThroughTheGeneratedStreamingCodecs(Class<?> type) throws Exception {
    ObjectMapper mapper = Json.mapper();
    JavaType javaType = mapper.constructType(type);
    DeserializationContext ctxt = ((DefaultDeserializationContext) mapper
        .getDeserializationContext()).createInstance(mapper.getDeserializationConfig(), null, null);
    JsonDeserializer<Object> reader = ctxt.findRootValueDeserializer(javaType);
    Class<?> immutable = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    JsonSerializer<Object> writer = mapper.getSerializerProviderInstance()
        .findValueSerializer(immutable);

    assertThat(reader.getClass().getName()).isEqualTo(type.getName() + "Json$Reader");
    assertThat(writer.getClass().getName()).isEqualTo(type.getName() + "Json$Writer");
  }

  @Test
  void fromJsonToJsonAndToBuilderRoundTrip() {
    Endpoint endpoint = Endpoint.fromJson(text("fabric-create-endpoint.response-202.json"));
    Endpoint renamed = endpoint.toBuilder().name("renamed").build();

    assertThat(endpoint.id()).isEqualTo("0b5633ba2b904511ad514346f4d23d4b");
    assertThat(parseTree(endpoint.toJson())).isEqualTo(parseTree(Examples.write(endpoint)));
    assertThat(renamed.name()).contains("renamed");
    assertThat(renamed.toBuilder().name("endpoint1").build()).isEqualTo(endpoint);
    assertThat(endpoint.name()).contains("endpoint1");

    DeployServiceInstanceRequest deploy =
        DeployServiceInstanceRequest.fromJson(text("fabric-deploy-service-instance.request.json"));
    assertSameJson(parseTree(deploy.toJson()), tree("fabric-deploy-service-instance.request.json"));
  }

  @Test
  void fromJsonRejectsWhatIsNotTheType() {
    assertThatThrownBy(() -> Endpoint.fromJson("{\"name\": \"no id\"}"))
        .isInstanceOf(JsonException.class).hasMessageContaining("Endpoint")
        .hasMessageContaining("id");
    assertThatThrownBy(() -> CapRef.fromJson("[1, 2]")).isInstanceOf(JsonException.class);
    assertThatThrownBy(() -> Deployment.fromJson("{\"num_replicas\": {\"a\": 1}}"))
        .isInstanceOf(JsonException.class).hasMessageContaining("num_replicas");
    assertThatThrownBy(() -> EndpointList.fromJson(
        "{\"endpoints\": [{\"id\": \"a\"}, {\"id\": \"b\", \"urls\": [{\"type\": []}]}]}"))
        .isInstanceOf(JsonException.class).hasMessageContaining("endpoints[1].urls[0].type");
  }

  @Test
  void aBuilderMissingRequiredFieldsFailsTypedNamingEachOne() {
    assertThatThrownBy(() -> CreateEndpointRequest.builder().description("no name, no type").build())
        .isInstanceOfSatisfying(MissingFieldsException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactlyInAnyOrder("name", "type"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("CreateEndpointRequest is invalid: name: is required; type: is required");
  }

  @Test
  void hasStatusComparesAPresentStatus() {
    Endpoint running = Endpoint.builder().id("e").status(EndpointStatus.RUNNING).build();

    assertThat(running.hasStatus(EndpointStatus.RUNNING)).isTrue();
    assertThat(running.hasStatus(EndpointStatus.CREATING)).isFalse();
    assertThat(Endpoint.builder().id("e").build().hasStatus(EndpointStatus.RUNNING)).isFalse();
    assertThat(ServiceInstance.builder().id("i").status(ServiceInstanceStatus.of("NEW")).build()
        .hasStatus(ServiceInstanceStatus.of("NEW"))).isTrue();
  }

  @Test
  void toStringShowsEnvironmentVariableNamesButNotTheirValues() {
    ServeRuntimeEnv env = ServeRuntimeEnv.builder().workingDir("s3://b/app")
        .putEnvVar("DB_PASSWORD", SECRET).putEnvVar("MODE", "fast").build();

    assertThat(env.toString()).isEqualTo(
        "ServeRuntimeEnv{workingDir=s3://b/app, envVars={DB_PASSWORD=****, MODE=****}}");
    assertThat(env.envVars()).containsEntry("DB_PASSWORD", SECRET);
    assertThat(env.toJson()).contains(SECRET);
  }

  @Test
  void toStringMasksTheSecretKeysOfFreeFormJson() {
    Deployment deployment = Deployment.fromJson("""
        {"name": "d", "user_config": {"api_token": "%s", "nested": {"password": "%s"}, "n": 3}}"""
        .formatted(SECRET, SECRET));
    ServiceInstanceConfig config = ServiceInstanceConfig.fromJson("""
        {"pgsql_instance_config": {"admin_password": "%s", "version": "16"},
         "vector_config": {"access_key": "%s", "dim": 768}}""".formatted(SECRET, SECRET));

    assertThat(deployment.toString()).doesNotContain(SECRET).isEqualTo(
        "Deployment{name=d, userConfig={\"api_token\":\"****\",\"nested\":{\"password\":\"****\"},"
            + "\"n\":3}}");
    assertThat(config.toString()).doesNotContain(SECRET).contains("\"version\":\"16\"")
        .contains("\"dim\":768").startsWith("ServiceInstanceConfig{pgsqlInstanceConfig=");
    assertThat(deployment.toJson()).contains(SECRET);
    assertThat(config.toJson()).contains(SECRET);
  }

  @Test
  void aSecretNestedDeepInAResponseNeverReachesToString() {
    Endpoint endpoint = Endpoint.fromJson(text("fabric-create-endpoint.response-202.json")
        .replace("\"token\" : \"string\"", "\"token\" : \"" + SECRET + "\"")
        .replace("\"additionalProp1\" : \"string\"", "\"additionalProp1\" : \"" + SECRET + "\""));

    assertThat(endpoint.toString()).doesNotContain(SECRET).contains("token=****")
        .contains("additionalProp1=****");
  }

  @Test
  void listsOfEveryKindRoundTripThroughTheStreamingCodecs() {
    String json = """
        {"total": 2, "endpoints": [{"id": "a", "business_engine_instance_ids": ["x", "y"],
          "urls": [{"type": "PUBLIC"}], "caches": [{"mnt_path": "/m"}]}, {"id": "b"}]}""";
    EndpointList list = EndpointList.fromJson(json);

    assertThat(list.endpoints()).extracting(Endpoint::id).containsExactly("a", "b");
    assertThat(list.endpoints().get(0).businessEngineInstanceIds()).containsExactly("x", "y");
    assertSameJson(parseTree(list.toJson()), parseTree(json));
    assertThat(EndpointList.fromJson("{\"endpoints\": null}").endpoints()).isEmpty();
    assertThat(List.of(EndpointList.fromJson("{\"endpoints\": [null, {\"id\": \"c\"}]}")
        .endpoints().get(0).id())).containsExactly("c");
  }
}
