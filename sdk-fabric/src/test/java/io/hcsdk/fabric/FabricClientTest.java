package io.hcsdk.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.auth.TokenCredentials;
import io.hcsdk.core.error.BadRequestException;
import io.hcsdk.core.error.NotFoundException;
import io.hcsdk.core.json.Json;
import io.hcsdk.core.page.Page;
import io.hcsdk.core.poll.Deletion;
import io.hcsdk.core.poll.WaitPolicy;
import io.hcsdk.core.poll.WaiterFailedException;
import io.hcsdk.core.poll.WaiterTimeoutException;
import io.hcsdk.core.validate.ValidationException;
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.DeployServiceInstanceRequest;
import io.hcsdk.fabric.model.Endpoint;
import io.hcsdk.fabric.model.EndpointStatus;
import io.hcsdk.fabric.model.EndpointType;
import io.hcsdk.fabric.model.EndpointVersion;
import io.hcsdk.fabric.model.ListEndpointsRequest;
import io.hcsdk.fabric.model.ListServiceInstancesRequest;
import io.hcsdk.fabric.model.ServiceInstance;
import io.hcsdk.fabric.model.ServiceInstanceSortBy;
import io.hcsdk.fabric.model.ServiceInstanceStatus;
import io.hcsdk.fabric.model.SortOrder;
import io.hcsdk.fabric.model.UpdateEndpointRequest;
import io.hcsdk.fabric.model.UpdateServiceInstanceRequest;
import io.hcsdk.fabric.model.VisibilityFilter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Every Fabric operation on the wire: method, host, path, query, headers and body. */
class FabricClientTest extends FabricWireTest {
  static final String WS = "ws-1";
  static final String CREATING = "{\"id\":\"e1\",\"name\":\"endpoint1\",\"status\":\"CREATING\"}";

  static String example(String name) {
    try (InputStream in = FabricClientTest.class.getResourceAsStream("/examples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).addHeader("Content-Type", "application/json")
        .addHeader("X-Request-Id", "rid-" + code).build();
  }

  static String endpoint(String status) {
    return "{\"id\":\"e1\",\"status\":\"" + status + "\",\"error_code\":\"FABRIC.1234\",\"error_msg\":\"no quota\"}";
  }

  private CreateEndpointRequest exampleCreate() throws IOException {
    return Json.mapper().readValue(example("fabric-create-endpoint.request.json"), CreateEndpointRequest.class);
  }

  @Test
  void createSendsTheDocumentedRequestAndReturnsAHandle() throws Exception {
    fabric.enqueue(json(202, example("fabric-create-endpoint.response-202.json")));
    EndpointHandle handle = client.endpoints(WS).create(exampleCreate());

    assertThat(handle.id()).isEqualTo("0b5633ba2b904511ad514346f4d23d4b");
    assertThat(handle.accepted()).hasValueSatisfying(e -> assertThat(e.status()).contains(EndpointStatus.CREATING));
    assertThat(handle.requestId()).contains("rid-202");
    RecordedRequest request = fabric.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/workspaces/ws-1/endpoints");
    assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo("test-token");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(Json.mapper().readTree(request.getBody().utf8()))
        .isEqualTo(Json.mapper().readTree(Json.mapper().writeValueAsString(exampleCreate())));
    assertThat(fabricEp.getRequestCount()).isZero();
  }

  @Test
  void invalidCreateFailsBeforeSendingWithEveryViolation() {
    CreateEndpointRequest bad = CreateEndpointRequest.builder().name("bad/name!").type(EndpointType.JOB).build();
    assertThatThrownBy(() -> client.endpoints(WS).create(bad)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(v -> v.path()).contains("name"));
    assertThat(client.endpoints(WS).createAsync(bad)).isCompletedExceptionally();
    assertThat(fabric.getRequestCount()).isZero();
  }

  @Test
  void invalidWorkspaceIdIsRejected() {
    assertThatThrownBy(() -> client.endpoints("ws/../x")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("workspace_id");
    assertThatThrownBy(() -> client.serviceInstances("")).isInstanceOf(ValidationException.class);
  }

  @Test
  void createThenWaitUntilRunningPollsThroughTransitionalStates() throws Exception {
    fabric.enqueue(json(202, CREATING));
    fabric.enqueue(json(200, endpoint("CREATING")));
    fabric.enqueue(json(200, endpoint("CREATING")));
    fabric.enqueue(json(200, endpoint("RUNNING")));

    Endpoint running = client.endpoints(WS).create(CreateEndpointRequest.builder().name("endpoint1")
        .type(EndpointType.RAY_SERVICE).build()).waitUntilRunning();

    assertThat(running.status()).contains(EndpointStatus.RUNNING);
    assertThat(fabric.getRequestCount()).isEqualTo(4);
    fabric.takeRequest();
    RecordedRequest poll = fabric.takeRequest();
    assertThat(poll.getMethod()).isEqualTo("GET");
    assertThat(poll.getUrl().encodedPath()).isEqualTo("/v1/workspaces/ws-1/endpoints/e1");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMillis(4500));
  }

  @Test
  void creationFailureEndsTheWaitWithTheEndpointsOwnError() {
    fabric.enqueue(json(202, CREATING));
    fabric.enqueue(json(200, endpoint("CREATING")));
    fabric.enqueue(json(200, endpoint("CREATE_FAILED")));
    EndpointHandle handle = client.endpoints(WS).create(CreateEndpointRequest.builder().name("endpoint1")
        .type(EndpointType.JOB).build());

    assertThatThrownBy(handle::waitUntilRunning).isInstanceOfSatisfying(WaiterFailedException.class, e -> {
      assertThat(e.errorCode()).contains("FABRIC.1234");
      assertThat(e.errorMessage()).contains("no quota");
      assertThat(e.lastStatus()).contains("CREATE_FAILED");
      assertThat(e.getMessage()).contains("endpoint e1", "CREATE_FAILED", "no quota");
    });
  }

  @Test
  void everySettledStatusButRunningIsAFailureWhileWaitingToRun() {
    for (String status : List.of("UPDATE_FAILED", "FROZEN", "INACTIVE", "TRIAL_ENDED", "DELETED")) {
      fabric.enqueue(json(200, endpoint(status)));
      assertThatThrownBy(() -> client.endpoints(WS).withId("e1").waitUntilRunning())
          .isInstanceOfSatisfying(WaiterFailedException.class, e -> assertThat(e.lastStatus()).contains(status));
    }
  }

  @Test
  void waitUntilRunningTimesOutWithTheLastEndpointSeen() {
    fabric.enqueue(json(200, endpoint("CREATING")));
    for (int i = 0; i < 20; i++) {
      fabric.enqueue(json(200, endpoint("UPDATING")));
    }
    assertThatThrownBy(() -> client.endpoints(WS).withId("e1").waitUntilRunning(Duration.ofSeconds(20)))
        .isInstanceOfSatisfying(WaiterTimeoutException.class, e -> {
          assertThat(e.lastStatus()).contains("UPDATING");
          assertThat(e.lastResource(Endpoint.class)).hasValueSatisfying(ep -> assertThat(ep.id()).isEqualTo("e1"));
          assertThat(e.polls()).isGreaterThan(1);
        });
  }

  @Test
  void asyncWaitUntilRunning() throws Exception {
    FabricClient asyncClient = FabricClient.builder()
        .fabricEndpoint(fabric.url("/").toString())
        .credentials(TokenCredentials.of("t"))
        .waitPolicy(WaitPolicy.builder().initialDelay(Duration.ofMillis(1)).maxInterval(Duration.ofMillis(5)).build())
        .build();
    fabric.enqueue(json(202, CREATING));
    fabric.enqueue(json(200, endpoint("CREATING")));
    fabric.enqueue(json(200, endpoint("RUNNING")));
    try (asyncClient) {
      Endpoint endpoint = asyncClient.endpoints(WS)
          .createAsync(CreateEndpointRequest.builder().name("e").type(EndpointType.JOB).build())
          .thenCompose(EndpointHandle::waitUntilRunningAsync)
          .get(10, TimeUnit.SECONDS);
      assertThat(endpoint.status()).contains(EndpointStatus.RUNNING);
    }
    assertThat(fabric.getRequestCount()).isEqualTo(3);
  }

  @Test
  void showWithVersion() throws Exception {
    fabric.enqueue(json(200, endpoint("RUNNING")));
    Endpoint endpoint = client.endpoints(WS).get("e1", EndpointVersion.PREVIOUS);
    assertThat(endpoint.id()).isEqualTo("e1");
    RecordedRequest request = fabric.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/workspaces/ws-1/endpoints/e1");
    assertThat(request.getUrl().queryParameter("version")).isEqualTo("PREVIOUS");
  }

  @Test
  void showOfAMissingEndpointIsNotFound() {
    fabric.enqueue(json(404, example("fabric-deploy-service-instance.response-404.json")));
    assertThatThrownBy(() -> client.endpoints(WS).get("nope")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void listSendsEveryFilter() throws Exception {
    fabric.enqueue(json(200, "{\"total\":1,\"endpoints\":[" + endpoint("RUNNING") + "]}"));
    Page<Endpoint> page = client.endpoints(WS).list(ListEndpointsRequest.builder().offset(5).limit(20)
        .modelId("m1").name("n 1").endpointId("e1").type(EndpointType.RAY_SERVICE)
        .visibility(VisibilityFilter.ALL).build());

    assertThat(page.items()).extracting(Endpoint::id).containsExactly("e1");
    assertThat(page.total()).contains(1L);
    assertThat(page.next()).isEmpty();
    RecordedRequest request = fabric.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/workspaces/ws-1/endpoints");
    assertThat(request.getUrl().queryParameter("offset")).isEqualTo("5");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("20");
    assertThat(request.getUrl().queryParameter("model_id")).isEqualTo("m1");
    assertThat(request.getUrl().queryParameter("name")).isEqualTo("n 1");
    assertThat(request.getUrl().queryParameter("endpoint_id")).isEqualTo("e1");
    assertThat(request.getUrl().queryParameter("type")).isEqualTo("ray_service");
    assertThat(request.getUrl().queryParameter("visibility")).isEqualTo("ALL");
  }

  @Test
  void listLimitIsCheckedBeforeSending() {
    assertThatThrownBy(() -> client.endpoints(WS).list(ListEndpointsRequest.builder().limit(101).build()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("limit");
    assertThat(fabric.getRequestCount()).isZero();
  }

  @Test
  void streamFetchesPagesLazilyAcrossThreePages() throws Exception {
    fabric.enqueue(json(200, "{\"total\":5,\"endpoints\":[{\"id\":\"a\"},{\"id\":\"b\"}]}"));
    fabric.enqueue(json(200, "{\"total\":5,\"endpoints\":[{\"id\":\"c\"},{\"id\":\"d\"}]}"));
    fabric.enqueue(json(200, "{\"total\":5,\"endpoints\":[{\"id\":\"e\"}]}"));

    List<String> ids = client.endpoints(WS).stream(ListEndpointsRequest.builder().limit(2).build())
        .map(Endpoint::id).collect(Collectors.toList());

    assertThat(ids).containsExactly("a", "b", "c", "d", "e");
    assertThat(fabric.getRequestCount()).isEqualTo(3);
    assertThat(fabric.takeRequest().getUrl().queryParameter("offset")).isEqualTo("0");
    assertThat(fabric.takeRequest().getUrl().queryParameter("offset")).isEqualTo("2");
    assertThat(fabric.takeRequest().getUrl().queryParameter("offset")).isEqualTo("4");
  }

  @Test
  void streamStartsAtTheRequestedOffsetAndKeepsFilters() throws Exception {
    fabric.enqueue(json(200, "{\"total\":4,\"endpoints\":[{\"id\":\"c\"},{\"id\":\"d\"}]}"));

    List<String> ids = client.endpoints(WS).stream(ListEndpointsRequest.builder().offset(2).limit(2).name("x").build())
        .map(Endpoint::id).collect(Collectors.toList());

    assertThat(ids).containsExactly("c", "d");
    assertThat(fabric.getRequestCount()).isEqualTo(1);
    RecordedRequest request = fabric.takeRequest();
    assertThat(request.getUrl().queryParameter("offset")).isEqualTo("2");
    assertThat(request.getUrl().queryParameter("name")).isEqualTo("x");
  }

  @Test
  void updateUsesPutAndWaitsOutUpdating() throws Exception {
    fabric.enqueue(json(202, example("fabric-update-endpoint.response-202.json")));
    fabric.enqueue(json(200, "{\"id\":\"0b5633ba2b904511ad514346f4d23d4b\",\"status\":\"UPDATING\"}"));
    fabric.enqueue(json(200, "{\"id\":\"0b5633ba2b904511ad514346f4d23d4b\",\"status\":\"RUNNING\"}"));
    UpdateEndpointRequest update = Json.mapper().readValue(example("fabric-update-endpoint.request.json"),
        UpdateEndpointRequest.class);

    Endpoint endpoint = client.endpoints(WS).update("0b5633ba2b904511ad514346f4d23d4b", update).waitUntilRunning();

    assertThat(endpoint.status()).contains(EndpointStatus.RUNNING);
    RecordedRequest request = fabric.takeRequest();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/workspaces/ws-1/endpoints/0b5633ba2b904511ad514346f4d23d4b");
    assertThat(Json.mapper().readTree(request.getBody().utf8()).path("config").path("ray_service_config").has("log_config"))
        .isFalse();
  }

  @Test
  void deleteThenWaitUntilDeletedEndsOnNotFound() throws Exception {
    fabric.enqueue(json(202, "{\"id\":\"e1\"}"));
    fabric.enqueue(json(200, endpoint("DELETING")));
    fabric.enqueue(json(404, "{\"error_code\":\"common.01000001\",\"error_msg\":\"response status exception, code: 404\"}"));

    client.endpoints(WS).delete("e1", true).waitUntilDeleted();

    RecordedRequest delete = fabric.takeRequest();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getUrl().encodedPath()).isEqualTo("/v1/workspaces/ws-1/endpoints/e1");
    assertThat(delete.getUrl().queryParameter("is_delete_app_instance")).isEqualTo("true");
    assertThat(fabric.getRequestCount()).isEqualTo(3);
  }

  @Test
  void deleteFailedEndsTheDeletionWait() {
    fabric.enqueue(json(202, "{\"id\":\"e1\"}"));
    fabric.enqueue(json(200, endpoint("DELETE_FAILED")));
    Deletion deletion = client.endpoints(WS).delete("e1");
    assertThatThrownBy(deletion::waitUntilDeleted).isInstanceOf(WaiterFailedException.class);
  }

  @Test
  void deployGoesToTheFabricEpHost() throws Exception {
    fabricEp.enqueue(json(200, "{\"id\":\"i-1\"}"));
    fabricEp.enqueue(json(200, "{\"id\":\"i-1\",\"status\":\"PENDING\"}"));
    fabricEp.enqueue(json(200, "{\"id\":\"i-1\",\"status\":\"CREATING\"}"));
    fabricEp.enqueue(json(200, "{\"id\":\"i-1\",\"status\":\"RUNNING\",\"url\":\"https://x\"}"));
    DeployServiceInstanceRequest deploy = Json.mapper().readValue(example("fabric-deploy-service-instance.request.json"),
        DeployServiceInstanceRequest.class);

    ServiceInstance instance = client.serviceInstances(WS).deploy(deploy).waitUntilRunning();

    assertThat(instance.status()).contains(ServiceInstanceStatus.RUNNING);
    RecordedRequest request = fabricEp.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/workspaces/ws-1/services/instances");
    assertThat(Json.mapper().readTree(request.getBody().utf8()))
        .isEqualTo(Json.mapper().readTree(example("fabric-deploy-service-instance.request.json")));
    assertThat(fabricEp.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/workspaces/ws-1/services/instances/i-1");
    assertThat(fabric.getRequestCount()).isZero();
  }

  @Test
  void failedInstanceEndsTheWaitWithItsError() {
    fabricEp.enqueue(json(200, "{\"id\":\"i-1\",\"status\":\"FAILED\",\"error_code\":\"EP.1\",\"error_msg\":\"no npu\"}"));
    assertThatThrownBy(() -> client.serviceInstances(WS).withId("i-1").waitUntilRunning())
        .isInstanceOfSatisfying(WaiterFailedException.class, e -> assertThat(e.errorMessage()).contains("no npu"));
  }

  @Test
  void listInstancesWithSortAndFilters() throws Exception {
    fabricEp.enqueue(json(200, "{\"total\":2,\"service_instances\":[{\"id\":\"a\"},{\"id\":\"b\"}]}"));
    Page<ServiceInstance> page = client.serviceInstances(WS).list(ListServiceInstancesRequest.builder()
        .endpointId("e1").sourceId("s1").versionId("v1").sortBy(ServiceInstanceSortBy.DURATION)
        .orderBy(SortOrder.DESC).limit(10).offset(0).name("n").id("a").build());
    assertThat(page.items()).hasSize(2);
    RecordedRequest request = fabricEp.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/workspaces/ws-1/services/instances");
    assertThat(request.getUrl().queryParameter("sort_by")).isEqualTo("DURATION");
    assertThat(request.getUrl().queryParameter("order_by")).isEqualTo("DESC");
    assertThat(request.getUrl().queryParameter("endpoint_id")).isEqualTo("e1");
    assertThat(request.getUrl().queryParameter("source_id")).isEqualTo("s1");
    assertThat(request.getUrl().queryParameter("version_id")).isEqualTo("v1");
    assertThat(request.getUrl().queryParameter("id")).isEqualTo("a");
  }

  @Test
  void updateAndDeleteInstance() throws Exception {
    fabricEp.enqueue(json(200, "{\"id\":\"i-1\"}"));
    fabricEp.enqueue(new MockResponse.Builder().code(200).build());
    fabricEp.enqueue(json(404, "{\"error_code\":\"common.01000001\",\"error_msg\":\"gone\"}"));
    ServiceInstanceHandle updated = client.serviceInstances(WS).update("i-1",
        UpdateServiceInstanceRequest.builder().description("new text").build());
    assertThat(updated.id()).isEqualTo("i-1");
    client.serviceInstances(WS).delete("i-1").waitUntilDeleted();

    RecordedRequest put = fabricEp.takeRequest();
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(put.getBody().utf8()).isEqualTo("{\"description\":\"new text\"}");
    RecordedRequest delete = fabricEp.takeRequest();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getUrl().encodedPath()).isEqualTo("/v1/workspaces/ws-1/services/instances/i-1");
  }

  @Test
  void forbiddenDescriptionCharactersAreRejected() {
    assertThatThrownBy(() -> client.serviceInstances(WS).update("i-1",
        UpdateServiceInstanceRequest.builder().description("a<b").build()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("description");
    assertThat(fabricEp.getRequestCount()).isZero();
  }

  @Test
  void documentedErrorBodiesSurfaceAsTypedExceptions() {
    fabric.enqueue(json(400, example("fabric-create-endpoint.response-400.json")));
    assertThatThrownBy(() -> client.endpoints(WS).create(CreateEndpointRequest.builder().name("e")
        .type(EndpointType.JOB).build()))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.errorCode()).contains("common.01000001");
          assertThat(e.requestId()).contains("rid-400");
        });
  }

  @Test
  void defaultWorkspaceComesFromTheConfig() {
    FabricClient configured = FabricClient.builder().fabricEndpoint(fabric.url("/").toString())
        .credentials(TokenCredentials.of("t")).workspaceId("ws-9").build();
    try (configured) {
      assertThat(configured.endpoints().workspaceId()).isEqualTo("ws-9");
    }
    assertThatThrownBy(() -> client.endpoints()).hasMessageContaining("HUAWEICLOUD_SDK_WORKSPACE_ID");
  }

  @Test
  void asyncFormsOfShowListUpdateAndDelete() throws Exception {
    fabric.enqueue(json(200, endpoint("RUNNING")));
    fabric.enqueue(json(200, "{\"total\":1,\"endpoints\":[{\"id\":\"e1\"}]}"));
    fabric.enqueue(json(202, "{\"id\":\"e1\",\"status\":\"UPDATING\"}"));
    fabric.enqueue(json(202, "{\"id\":\"e1\"}"));
    EndpointClient endpoints = client.endpoints(WS);

    assertThat(endpoints.getAsync("e1").get(5, TimeUnit.SECONDS).status()).contains(EndpointStatus.RUNNING);
    assertThat(endpoints.listAsync(ListEndpointsRequest.builder().build()).get(5, TimeUnit.SECONDS).items()).hasSize(1);
    assertThat(endpoints.updateAsync("e1", UpdateEndpointRequest.builder().name("n").build())
        .get(5, TimeUnit.SECONDS).accepted()).hasValueSatisfying(e -> assertThat(e.status()).contains(EndpointStatus.UPDATING));
    assertThat(endpoints.deleteAsync("e1", false).get(5, TimeUnit.SECONDS).id()).isEqualTo("e1");

    assertThat(fabric.takeRequest().getMethod()).isEqualTo("GET");
    assertThat(fabric.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/workspaces/ws-1/endpoints");
    assertThat(fabric.takeRequest().getMethod()).isEqualTo("PUT");
    RecordedRequest delete = fabric.takeRequest();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getUrl().queryParameter("is_delete_app_instance")).isEqualTo("false");
    assertThat(delete.getHeaders().get("X-Auth-Token")).isEqualTo("test-token");
  }

  @Test
  void asyncFormsOfServiceInstances() throws Exception {
    fabricEp.enqueue(json(200, "{\"id\":\"i-1\"}"));
    fabricEp.enqueue(json(200, "{\"id\":\"i-1\",\"status\":\"RUNNING\"}"));
    fabricEp.enqueue(json(200, "{\"total\":0,\"service_instances\":[]}"));
    fabricEp.enqueue(json(200, "{\"id\":\"i-1\"}"));
    fabricEp.enqueue(new MockResponse.Builder().code(200).build());
    ServiceInstanceClient instances = client.serviceInstances(WS);
    DeployServiceInstanceRequest deploy = Json.mapper().readValue(example("fabric-deploy-service-instance.request.json"),
        DeployServiceInstanceRequest.class);

    assertThat(instances.deployAsync(deploy).get(5, TimeUnit.SECONDS).id()).isEqualTo("i-1");
    assertThat(instances.getAsync("i-1").get(5, TimeUnit.SECONDS).status()).contains(ServiceInstanceStatus.RUNNING);
    assertThat(instances.listAsync(ListServiceInstancesRequest.builder().build()).get(5, TimeUnit.SECONDS).items()).isEmpty();
    assertThat(instances.updateAsync("i-1", UpdateServiceInstanceRequest.builder().name("x").build())
        .get(5, TimeUnit.SECONDS).id()).isEqualTo("i-1");
    assertThat(instances.deleteAsync("i-1").get(5, TimeUnit.SECONDS).id()).isEqualTo("i-1");
    assertThat(fabricEp.getRequestCount()).isEqualTo(5);
    for (int i = 0; i < 5; i++) {
      assertThat(fabricEp.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("test-token");
    }
  }

  @Test
  void invalidAsyncInputFailsTheFutureWithoutSending() {
    assertThat(client.endpoints(WS).listAsync(ListEndpointsRequest.builder().limit(0).build()))
        .failsWithin(Duration.ofSeconds(1)).withThrowableThat().withCauseInstanceOf(ValidationException.class);
    assertThat(client.endpoints(WS).getAsync(".."))
        .failsWithin(Duration.ofSeconds(1)).withThrowableThat().withCauseInstanceOf(ValidationException.class);
    assertThat(fabric.getRequestCount()).isZero();
  }

  @Test
  void aClientWithoutCredentialsIsRefusedAtBuildTime() {
    assertThatThrownBy(() -> FabricClient.builder().region("cn-north-4").build())
        .isInstanceOf(io.hcsdk.core.auth.CredentialsNotFoundException.class)
        .hasMessageContaining("credentials(...)");
  }

  @Test
  void regionGivesTheDocumentedHosts() {
    try (FabricClient regional = FabricClient.builder().region("cn-north-4").credentials(TokenCredentials.of("t")).build()) {
      assertThat(regional.config().endpoint("fabric").toString()).isEqualTo("https://fabric.cn-north-4.myhuaweicloud.com/");
      assertThat(regional.config().endpoint("fabric-ep").toString()).isEqualTo("https://fabric-ep.cn-north-4.myhuaweicloud.com/");
    }
  }

  @Test
  void cancellingAnAsyncWaitStopsPolling() throws Exception {
    for (int i = 0; i < 50; i++) {
      fabric.enqueue(json(200, endpoint("CREATING")));
    }
    FabricClient fast = FabricClient.builder().fabricEndpoint(fabric.url("/").toString())
        .credentials(TokenCredentials.of("t"))
        .waitPolicy(WaitPolicy.builder().initialDelay(Duration.ofMillis(1)).maxInterval(Duration.ofMillis(20)).build())
        .build();
    try (fast) {
      CompletableFuture<Endpoint> wait = fast.endpoints(WS).withId("e1").waitUntilRunningAsync();
      assertThat(fabric.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
      assertThat(wait.cancel(true)).isTrue();
      int seen = fabric.getRequestCount();
      // polls come every few ms while waiting; after the cancel at most the one in flight may arrive
      for (int i = 0; i < 3; i++) {
        fabric.takeRequest(500, TimeUnit.MILLISECONDS);
      }
      assertThat(fabric.getRequestCount()).isLessThanOrEqualTo(seen + 1);
    }
  }

  @Test
  void cancellingAnAsyncCallCancelsTheHttpCall() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    fabric.enqueue(new MockResponse.Builder().code(200).body(endpoint("RUNNING")).headersDelay(5, TimeUnit.SECONDS).build());
    try (FabricClient sharing = FabricClient.builder().fabricEndpoint(fabric.url("/").toString())
        .credentials(TokenCredentials.of("t")).configure(c -> c.httpClient(shared)).build()) {
      CompletableFuture<Endpoint> get = sharing.endpoints(WS).getAsync("e1");
      assertThat(fabric.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
      assertThat(shared.dispatcher().runningCallsCount()).isEqualTo(1);

      assertThat(get.cancel(true)).isTrue();

      // the cancelled OkHttp call leaves the dispatcher long before the server's 5 s delay ends
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
      while (shared.dispatcher().runningCallsCount() > 0) {
        assertThat(System.nanoTime()).as("the HTTP call was cancelled").isLessThan(deadline);
        Thread.onSpinWait();
      }
    } finally {
      shared.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void asyncDeleteWaitEndsOnNotFound() throws Exception {
    fabric.enqueue(json(202, "{\"id\":\"e1\"}"));
    fabric.enqueue(json(200, endpoint("DELETING")));
    fabric.enqueue(json(404, example("fabric-deploy-service-instance.response-404.json")));
    FabricClient fast = FabricClient.builder().fabricEndpoint(fabric.url("/").toString())
        .credentials(TokenCredentials.of("t"))
        .waitPolicy(WaitPolicy.builder().initialDelay(Duration.ofMillis(1)).maxInterval(Duration.ofMillis(5)).build())
        .build();
    try (fast) {
      fast.endpoints(WS).deleteAsync("e1").thenCompose(Deletion::waitUntilDeletedAsync).get(10, TimeUnit.SECONDS);
    }
    assertThat(fabric.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aPageKnowsItsNextRequestSyncAndAsync() throws Exception {
    fabric.enqueue(json(200, "{\"total\":25,\"endpoints\":[{\"id\":\"a\"},{\"id\":\"b\"}]}"));
    fabric.enqueue(json(200, "{\"total\":25,\"endpoints\":[{\"id\":\"c\"},{\"id\":\"d\"}]}"));
    ListEndpointsRequest two = ListEndpointsRequest.builder().offset(4).limit(2).build();

    Page<Endpoint> page = client.endpoints(WS).list(two);
    Page<Endpoint> asyncPage = client.endpoints(WS).listAsync(two).get(5, TimeUnit.SECONDS);

    assertThat(page.next()).contains(io.hcsdk.core.page.PageRequest.offset(6, 2));
    assertThat(asyncPage.next()).contains(io.hcsdk.core.page.PageRequest.offset(6, 2));
    RecordedRequest request = fabric.takeRequest();
    assertThat(request.getUrl().queryParameter("offset")).isEqualTo("4");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("2");
  }

  @Test
  void listWithoutALimitAsksForTheServicesDefaultPageSize() throws Exception {
    fabric.enqueue(json(200, "{\"total\":0,\"endpoints\":[]}"));
    client.endpoints(WS).list();
    RecordedRequest request = fabric.takeRequest();
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("10");
    assertThat(request.getUrl().queryParameter("offset")).isEqualTo("0");
  }
}
