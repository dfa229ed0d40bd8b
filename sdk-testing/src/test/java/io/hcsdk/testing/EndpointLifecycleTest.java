package io.hcsdk.testing;

import static io.hcsdk.testing.Fixtures.ENDPOINTS;
import static io.hcsdk.testing.Fixtures.INSTANCES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EndpointLifecycleTest {
  private static final String ISO_MILLIS_UTC = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

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
  void createAnswers202WithTheEndpointBuiltFromTheDocumentedRequest() throws Exception {
    JsonNode request = Json.mapper().readTree(Fixtures.documentedCreateEndpoint());

    Http.Reply reply = fabric.post(ENDPOINTS, Fixtures.documentedCreateEndpoint());

    assertThat(reply.status()).isEqualTo(202);
    assertThat(reply.headers().get("X-Request-Id")).isNotBlank();
    JsonNode e = reply.json();
    assertThat(e.path("id").asText()).matches("[0-9a-f]{32}");
    assertThat(e.path("status").asText()).isEqualTo("CREATING");
    assertThat(e.path("visibility").asText()).isEqualTo("PRIVATE");
    assertThat(e.path("name").asText()).isEqualTo("endpoint1");
    assertThat(e.path("description").asText()).isEqualTo("description");
    assertThat(e.path("type").asText()).isEqualTo("job");
    assertThat(e.path("reserved_resource")).isEqualTo(request.get("reserved_resource"));
    assertThat(e.path("cap")).isEqualTo(request.get("cap"));
    assertThat(e.path("config")).isEqualTo(request.get("config"));
    assertThat(e.path("caches")).isEqualTo(request.get("cache_list"));
    assertThat(e.path("create_time").asText()).matches(ISO_MILLIS_UTC);
    assertThat(e.path("update_time").asText()).isEqualTo(e.path("create_time").asText());
    assertThat(e.path("owner").path("user_id").asText()).isNotBlank();
    assertThat(e.path("runtime_env_type").asText()).isEqualTo("RELEASE");
    JsonNode url = e.path("urls").path(0);
    assertThat(url.path("type").asText()).isEqualTo("PRIVATE");
    assertThat(url.path("address").asText()).startsWith("https://");
    assertThat(url.path("token").asText()).hasSizeGreaterThanOrEqualTo(32);
    // The request's RayResourceInput comes back in the response's RayResource shape.
    assertThat(e.at("/ray_resource/head_group_spec/spec_code").asText()).isEqualTo("string");
    JsonNode worker = e.at("/ray_resource/worker_group_spec/0");
    assertThat(worker.path("name").asText()).isEqualTo("cpuGroup1");
    assertThat(worker.path("min_replicas").asInt()).isZero();
    assertThat(worker.path("max_replicas").asInt()).isEqualTo(1);
    assertThat(e.has("error_code")).isFalse();
  }

  @Test
  void everyFieldOfTheCreateResponseIsADocumentedOne() throws Exception {
    JsonNode documented = Json.mapper().readTree(Fixtures.read("fabric-create-endpoint.response-202.json"));

    JsonNode e = fabric.post(ENDPOINTS, Fixtures.documentedCreateEndpoint()).json();

    List<String> names = new ArrayList<>();
    e.fieldNames().forEachRemaining(names::add);
    assertThat(names).allSatisfy(name -> assertThat(documented.has(name)).as(name).isTrue());
  }

  @Test
  void publicAccessMakesAPublicEndpointWithAPublicUrl() {
    Http.Reply reply = fabric.post(ENDPOINTS, "{\"name\":\"pub\",\"type\":\"inference\",\"public_access\":true}");

    assertThat(reply.status("visibility")).isEqualTo("PUBLIC");
    assertThat(reply.column("urls", "type")).containsExactly("PRIVATE", "PUBLIC");
  }

  @Test
  void fullLifecycleAdvancesOneStatusPerTwoShowCalls() {
    String id = fabric.post(ENDPOINTS, Fixtures.endpoint("life", "inference")).status("id");
    String path = ENDPOINTS + "/" + id;

    assertThat(fabric.get(path).status("status")).isEqualTo("CREATING");
    assertThat(fabric.get(path).status("status")).isEqualTo("CREATING");
    assertThat(fabric.get(path).status("status")).isEqualTo("RUNNING");
    assertThat(fabric.get(path).status("status")).isEqualTo("RUNNING");

    Http.Reply updated = fabric.put(path, "{\"description\":\"new\",\"type\":\"ignored\",\"unknown\":1}");
    assertThat(updated.status()).isEqualTo(202);
    assertThat(updated.status("status")).isEqualTo("UPDATING");
    assertThat(updated.status("description")).isEqualTo("new");
    assertThat(updated.status("type")).isEqualTo("inference");
    assertThat(updated.json().has("unknown")).isFalse();
    assertThat(fabric.get(path).status("status")).isEqualTo("UPDATING");
    assertThat(fabric.get(path).status("status")).isEqualTo("UPDATING");
    assertThat(fabric.get(path).status("status")).isEqualTo("RUNNING");

    Http.Reply deleted = fabric.delete(path + "?is_delete_app_instance=false");
    assertThat(deleted.status()).isEqualTo(202);
    assertThat(deleted.json()).isEqualTo(Json.mapper().createObjectNode().put("id", id));
    assertThat(fabric.get(path).status("status")).isEqualTo("DELETING");
    assertThat(fabric.get(path).status("status")).isEqualTo("DELETING");
    Http.Reply gone = fabric.get(path);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.text()).isEqualTo(
        "{\"error_code\":\"common.01000001\",\"error_msg\":\"response status exception, code: 404\"}");
    assertThat(sim.endpoint(Fixtures.WS, id)).isEmpty();
  }

  @Test
  void zeroStepsSettlesOnTheFirstShow() {
    try (CloudSimulator fast = CloudSimulator.builder().stepsPerTransition(0).start()) {
      Http client = Http.authed(fast, fast.fabricUrl());
      String id = client.post(ENDPOINTS, Fixtures.endpoint("fast", "job")).status("id");

      assertThat(client.get(ENDPOINTS + "/" + id).status("status")).isEqualTo("RUNNING");
    }
  }

  @Test
  void inspectionDoesNotCountAsARead() {
    String id = fabric.post(ENDPOINTS, Fixtures.endpoint("peek", "job")).status("id");

    for (int i = 0; i < 5; i++) {
      assertThat(sim.endpoint(Fixtures.WS, id)).hasValueSatisfying(
          e -> assertThat(e.path("status").asText()).isEqualTo("CREATING"));
    }
    assertThat(fabric.get(ENDPOINTS + "/" + id).status("status")).isEqualTo("CREATING");
  }

  @Test
  void advanceAllSettlesEverything() {
    String running = fabric.post(ENDPOINTS, Fixtures.endpoint("a", "job")).status("id");
    String deleted = fabric.post(ENDPOINTS, Fixtures.endpoint("b", "job")).status("id");
    fabric.delete(ENDPOINTS + "/" + deleted);

    sim.advanceAll();

    assertThat(fabric.get(ENDPOINTS + "/" + running).status("status")).isEqualTo("RUNNING");
    assertThat(fabric.get(ENDPOINTS + "/" + deleted).status()).isEqualTo(404);
  }

  @Test
  void showAcceptsTheVersionQueryAndRejectsUnknownVersions() {
    String id = fabric.post(ENDPOINTS, Fixtures.endpoint("v", "job")).status("id");

    assertThat(fabric.get(ENDPOINTS + "/" + id + "?version=PREVIOUS").status()).isEqualTo(200);
    assertThat(fabric.get(ENDPOINTS + "/" + id + "?version=NEXT").status()).isEqualTo(400);
  }

  @Test
  void invalidCreateRequestsAre400WithFabricErrorCodes() {
    assertThat(fabric.post(ENDPOINTS, "{\"type\":\"job\"}").status("error_code")).isEqualTo("common.01000001");
    assertThat(fabric.post(ENDPOINTS, "{\"name\":\"x\"}").status("error_code")).isEqualTo("common.01000001");
    assertThat(fabric.post(ENDPOINTS, "{\"name\":7,\"type\":\"job\"}").status()).isEqualTo(400);
    assertThat(fabric.post(ENDPOINTS, "{\"name\":\"bad/name\",\"type\":\"job\"}").status()).isEqualTo(400);
    assertThat(fabric.post(ENDPOINTS, "[1]").status()).isEqualTo(400);
    Http.Reply notJson = fabric.post(ENDPOINTS, "name=x");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.status("error_msg")).startsWith("failed to read http request, please check your input");

    fabric.post(ENDPOINTS, Fixtures.endpoint("dup", "job"));
    Http.Reply duplicate = fabric.post(ENDPOINTS, Fixtures.endpoint("dup", "job"));
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.status("error_code")).isEqualTo("common.01000002");
  }

  @Test
  void unknownEndpointIs404ForShowUpdateAndDelete() {
    String path = ENDPOINTS + "/0123456789abcdef0123456789abcdef";

    assertThat(fabric.get(path).status()).isEqualTo(404);
    assertThat(fabric.put(path, "{}").status()).isEqualTo(404);
    assertThat(fabric.delete(path).status()).isEqualTo(404);
  }

  @Test
  void updateKeepsTheRayServiceLogConfigAsTheDocumentSays() {
    String create = "{\"name\":\"ray\",\"type\":\"ray_service\",\"config\":{\"ray_service_config\":"
        + "{\"log_config\":{\"lts\":{\"enabled\":true}},\"ray_serve_config\":{\"applications\":[]},\"ray_cluster_config\":{\"head_group_spec\":{},\"worker_group_specs\":[{\"name\":\"w\"}]}}}}";
    String id = fabric.post(ENDPOINTS, create).status("id");

    // (Both bodies carry what RayServiceConfig and ServeApplication require: the simulator checks bodies now.)
    JsonNode updated = fabric.put(ENDPOINTS + "/" + id, "{\"config\":{\"ray_service_config\":"
        + "{\"log_config\":{\"lts\":{\"enabled\":false}},\"ray_serve_config\":{\"applications\":[{\"name\":\"a\","
        + "\"import_path\":\"app:d\",\"deployments\":[{\"name\":\"d\"}],\"runtime_env\":{}}]},\"ray_cluster_config\":{\"head_group_spec\":{},\"worker_group_specs\":[{\"name\":\"w\"}]}}}}")
        .json();

    assertThat(updated.at("/config/ray_service_config/log_config/lts/enabled").asBoolean()).isTrue();
    assertThat(updated.at("/config/ray_service_config/ray_serve_config/applications/0/name").asText()).isEqualTo("a");
  }

  @Test
  void updateWhileDeletingIsRejected() {
    String id = fabric.post(ENDPOINTS, Fixtures.endpoint("gone", "job")).status("id");
    fabric.delete(ENDPOINTS + "/" + id);

    assertThat(fabric.put(ENDPOINTS + "/" + id, "{\"description\":\"x\"}").status()).isEqualTo(400);
    assertThat(fabric.delete(ENDPOINTS + "/" + id).status()).isEqualTo(202);
  }

  @Test
  void deleteWithIsDeleteAppInstanceTakesTheInstancesDown() {
    String endpointId = fabric.post(ENDPOINTS, Fixtures.endpoint("host", "inference")).status("id");
    String instanceId = fabricEp.post(INSTANCES, Fixtures.instance("svc", endpointId, "m1")).status("id");

    assertThat(fabric.delete(ENDPOINTS + "/" + endpointId + "?is_delete_app_instance=true").status()).isEqualTo(202);

    assertThat(sim.serviceInstance(Fixtures.WS, instanceId)).hasValueSatisfying(
        i -> assertThat(i.path("status").asText()).isEqualTo("DELETING"));
    assertThat(fabric.delete(ENDPOINTS + "/" + endpointId + "?is_delete_app_instance=maybe").status())
        .isEqualTo(400);
  }
}
