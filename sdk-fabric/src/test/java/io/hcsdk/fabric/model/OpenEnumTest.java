package io.hcsdk.fabric.model;

import static io.hcsdk.fabric.model.Examples.assertSameJson;
import static io.hcsdk.fabric.model.Examples.parseTree;
import static io.hcsdk.fabric.model.Examples.strict;
import static io.hcsdk.fabric.model.Examples.toTree;
import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.json.OpenEnum;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OpenEnumTest {
  static Stream<Arguments> enums() {
    return Stream.of(
        arguments(EndpointStatus::of, EndpointStatus.knownValues(), "CREATING", "RUNNING",
            "CREATE_FAILED", "UPDATING", "UPDATE_FAILED", "DELETING", "DELETED", "DELETE_FAILED",
            "FROZEN", "INACTIVE", "TRIAL_ENDED"),
        arguments(EndpointType::of, EndpointType.knownValues(), "service", "ray", "inference",
            "job", "ray_service", "sql", "container_job", "notebook"),
        arguments(Visibility::of, Visibility.knownValues(), "PRIVATE", "PUBLIC"),
        arguments(VisibilityFilter::of, VisibilityFilter.knownValues(), "PRIVATE", "PUBLIC", "ALL"),
        arguments(UrlType::of, UrlType.knownValues(), "PRIVATE", "PUBLIC"),
        arguments(RuntimeEnvType::of, RuntimeEnvType.knownValues(), "RELEASE", "GRAY"),
        arguments(EndpointVersion::of, EndpointVersion.knownValues(), "CURRENT", "PREVIOUS"),
        arguments(ServiceInstanceStatus::of, ServiceInstanceStatus.knownValues(), "PENDING",
            "CREATING", "RUNNING", "UPDATING", "SUCCEEDED", "FAILED", "STOPPING", "STOPPED",
            "DELETING", "DELETED"),
        arguments(ServiceInstanceType::of, ServiceInstanceType.knownValues(), "PGSQL_SERVICE",
            "LLM_MODEL"),
        arguments(ServiceInstanceSortBy::of, ServiceInstanceSortBy.knownValues(), "CREATE_TIME",
            "DURATION"),
        arguments(SortOrder::of, SortOrder.knownValues(), "ASC", "DESC"));
  }

  private static Arguments arguments(Function<String, ? extends OpenEnum> of,
      Collection<? extends OpenEnum> known, String... values) {
    return Arguments.of(of, known, List.of(values));
  }

  @ParameterizedTest
  @MethodSource("enums")
  void knownValuesAreTheDocumentedOnesAndConstantsAreShared(Function<String, OpenEnum> of,
      Collection<OpenEnum> known, List<String> documented) {
    assertThat(known).extracting(OpenEnum::value).containsExactlyElementsOf(documented);
    for (OpenEnum constant : known) {
      assertThat(of.apply(constant.value())).isSameAs(constant);
      assertThat(constant.isKnown()).isTrue();
    }
    OpenEnum unknown = of.apply("SOMETHING_NEW");
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown.value()).isEqualTo("SOMETHING_NEW");
    assertThat(unknown).isEqualTo(of.apply("SOMETHING_NEW")).isNotIn(known);
  }

  @Test
  void constantsCarryTheWireValue() {
    assertThat(EndpointType.RAY_SERVICE.value()).isEqualTo("ray_service");
    assertThat(EndpointType.of("ray_service")).isSameAs(EndpointType.RAY_SERVICE);
    assertThat(EndpointType.of("JOB").isKnown()).isFalse(); // the wire is case-sensitive
    assertThat(ServiceInstanceSortBy.CREATE_TIME.toString()).isEqualTo("CREATE_TIME");
  }

  @Test
  void endpointStatusKnowsTransitionalAndHealthy() {
    assertThat(EndpointStatus.knownValues()).filteredOn(EndpointStatus::isTransitional)
        .containsExactly(EndpointStatus.CREATING, EndpointStatus.UPDATING, EndpointStatus.DELETING);
    assertThat(EndpointStatus.knownValues()).filteredOn(EndpointStatus::isHealthy)
        .containsExactly(EndpointStatus.RUNNING);
    assertThat(EndpointStatus.of("HIBERNATING").isTransitional()).isFalse();
  }

  @Test
  void serviceInstanceStatusKnowsTransitional() {
    assertThat(ServiceInstanceStatus.knownValues())
        .filteredOn(ServiceInstanceStatus::isTransitional)
        .containsExactly(ServiceInstanceStatus.PENDING, ServiceInstanceStatus.CREATING,
            ServiceInstanceStatus.UPDATING, ServiceInstanceStatus.STOPPING,
            ServiceInstanceStatus.DELETING);
  }

  @Test
  void unknownValuesRoundTripInsideAnEndpoint() {
    String json = """
        {"id": "e1", "visibility": "SHARED", "type": "quantum", "status": "HIBERNATING",
         "runtime_env_type": "CANARY", "urls": [{"type": "INTERNAL", "address": "http://x"}]}""";
    Endpoint endpoint = strict(json, Endpoint.class);

    assertThat(endpoint.status().orElseThrow().isKnown()).isFalse();
    assertThat(endpoint.status().orElseThrow().value()).isEqualTo("HIBERNATING");
    assertThat(endpoint.type().orElseThrow().value()).isEqualTo("quantum");
    assertThat(endpoint.urls().get(0).type().orElseThrow().isKnown()).isFalse();
    assertSameJson(toTree(endpoint), parseTree(json));
  }

  @Test
  void unknownValuesRoundTripInsideAServiceInstanceAndAQuery() {
    String json = """
        {"id": "i1", "status": "MIGRATING", "type": "VECTOR_DB"}""";
    ServiceInstance instance = strict(json, ServiceInstance.class);

    assertThat(instance.status().orElseThrow().isKnown()).isFalse();
    assertSameJson(toTree(instance), parseTree(json));

    ListServiceInstancesRequest query = ListServiceInstancesRequest.builder()
        .sortBy(ServiceInstanceSortBy.of("NAME")).orderBy(SortOrder.DESC).build();
    assertThat(toTree(query).toString()).isEqualTo("{\"sort_by\":\"NAME\",\"order_by\":\"DESC\"}");
  }
}
