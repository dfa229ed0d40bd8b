package io.hcsdk.testing;

import static io.hcsdk.testing.Fixtures.ENDPOINTS;
import static io.hcsdk.testing.Fixtures.INSTANCES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.core.json.Json;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceInstanceTest {
  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  private CloudSimulator sim;
  private Http fabric;
  private Http fabricEp;
  private String endpointId;

  @BeforeEach
  void start() {
    sim = CloudSimulator.builder().stepsPerTransition(1).clock(new SteppingClock()).start();
    fabric = Http.authed(sim, sim.fabricUrl());
    fabricEp = Http.authed(sim, sim.fabricEpUrl());
    endpointId = fabric.post(ENDPOINTS, Fixtures.endpoint("host", "inference")).status("id");
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void deployOntoAnUnknownEndpointIsTheDocumented404() {
    Http.Reply reply = fabricEp.post(INSTANCES, Fixtures.documentedDeployService());

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json()).isEqualTo(readJson(Fixtures.read("fabric-deploy-service-instance.response-404.json")));
  }

  @Test
  void fullLifecycle() {
    Http.Reply deployed = fabricEp.post(INSTANCES, Fixtures.instance("svc", endpointId, "model-1"));
    assertThat(deployed.status()).isEqualTo(200);
    String id = deployed.status("id");
    assertThat(id).matches(UUID);
    assertThat(deployed.json().size()).isEqualTo(1);
    String path = INSTANCES + "/" + id;

    JsonNode pending = fabricEp.get(path).json();
    assertThat(pending.path("status").asText()).isEqualTo("PENDING");
    assertThat(pending.path("name").asText()).isEqualTo("svc");
    assertThat(pending.path("endpoint_id").asText()).isEqualTo(endpointId);
    assertThat(pending.path("source")).isEqualTo(readJson("{\"id\":\"model-1\",\"version_id\":\"v1\"}"));
    assertThat(pending.at("/config/model_instance_config/resource/max").asInt()).isEqualTo(2);
    assertThat(pending.path("type").asText()).isEqualTo("LLM_MODEL");
    assertThat(pending.path("url").asText()).startsWith("https://");
    assertThat(pending.path("duration").isIntegralNumber()).isTrue();
    assertThat(pending.path("create_user").asText()).isNotBlank();
    assertThat(pending.path("update_user").asText()).isNotBlank();
    assertThat(pending.path("create_time").asText()).endsWith("Z");
    assertThat(pending.has("error_code")).isFalse();
    assertThat(fabricEp.get(path).status("status")).isEqualTo("CREATING");
    assertThat(fabricEp.get(path).status("status")).isEqualTo("RUNNING");

    Http.Reply updated = fabricEp.put(path, "{\"name\":\"svc2\",\"description\":\"d2\"}");
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json()).isEqualTo(Json.mapper().createObjectNode().put("id", id));
    JsonNode updating = fabricEp.get(path).json();
    assertThat(updating.path("status").asText()).isEqualTo("UPDATING");
    assertThat(updating.path("name").asText()).isEqualTo("svc2");
    assertThat(fabricEp.get(path).status("status")).isEqualTo("RUNNING");

    Http.Reply deleted = fabricEp.delete(path);
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.text()).isEmpty();
    assertThat(fabricEp.get(path).status("status")).isEqualTo("DELETING");
    assertThat(fabricEp.get(path).status()).isEqualTo(404);
  }

  @Test
  void theDocumentedRequestDeploysOntoAnExistingEndpoint() {
    String body = Fixtures.documentedDeployService().replace("b935d0ef-f4eb-4b95-aff1-9d33ae9f57b6", endpointId);

    Http.Reply reply = fabricEp.post(INSTANCES, body);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(sim.serviceInstance(Fixtures.WS, reply.status("id"))).hasValueSatisfying(
        i -> assertThat(i.path("name").asText()).isEqualTo("serviceInstanceName1"));
  }

  @Test
  void failDeploymentOfEndsInFailedWithTheErrorFields() {
    sim.failDeploymentOf("doomed", "ModelArts.0001", "no capacity");
    String id = fabricEp.post(INSTANCES, Fixtures.instance("doomed", endpointId, "m")).status("id");

    sim.advanceAll();

    JsonNode failed = fabricEp.get(INSTANCES + "/" + id).json();
    assertThat(failed.path("status").asText()).isEqualTo("FAILED");
    assertThat(failed.path("error_code").asText()).isEqualTo("ModelArts.0001");
    assertThat(failed.path("error_msg").asText()).isEqualTo("no capacity");
  }

  @Test
  void listSortsByCreateTimeOrDurationInEitherOrder() {
    String a = fabricEp.post(INSTANCES, Fixtures.instance("a", endpointId, "m")).status("id");
    String b = fabricEp.post(INSTANCES, Fixtures.instance("b", endpointId, "m")).status("id");
    String c = fabricEp.post(INSTANCES, Fixtures.instance("c", endpointId, "m")).status("id");

    assertThat(ids("")).containsExactly(c, b, a);
    assertThat(ids("?sort_by=CREATE_TIME&order_by=ASC")).containsExactly(a, b, c);
    assertThat(ids("?sort_by=create_time&order_by=desc")).containsExactly(c, b, a);
    assertThat(ids("?sort_by=DURATION&order_by=DESC")).containsExactly(a, b, c);
    assertThat(ids("?sort_by=DURATION&order_by=ASC")).containsExactly(c, b, a);
    List<Long> durations = fabricEp.get(INSTANCES + "?sort_by=DURATION&order_by=DESC")
        .column("service_instances", "duration").stream().map(Long::valueOf).toList();
    assertThat(durations).isSortedAccordingTo((x, y) -> Long.compare(y, x));
  }

  @Test
  void listFiltersAndPages() {
    String other = fabric.post(ENDPOINTS, Fixtures.endpoint("other", "inference")).status("id");
    String a = fabricEp.post(INSTANCES, Fixtures.instance("alpha", endpointId, "m1")).status("id");
    fabricEp.post(INSTANCES, Fixtures.instance("beta", endpointId, "m2"));
    fabricEp.post(INSTANCES, Fixtures.instance("alphabet", other, "m1"));

    assertThat(total("")).isEqualTo(3);
    assertThat(total("?id=" + a)).isEqualTo(1);
    assertThat(total("?name=alpha")).isEqualTo(2);
    assertThat(total("?endpoint_id=" + other)).isEqualTo(1);
    assertThat(total("?source_id=m1")).isEqualTo(2);
    assertThat(total("?version_id=v1")).isEqualTo(3);
    assertThat(total("?version_id=v2")).isZero();
    assertThat(total("?type=LLM_MODEL")).isEqualTo(3);
    assertThat(total("?type=PGSQL_SERVICE")).isZero();
    assertThat(total("?visibility=PUBLIC")).isEqualTo(3);
    Http.Reply page = fabricEp.get(INSTANCES + "?limit=2&offset=2&order_by=ASC");
    assertThat(page.json().path("total").asInt()).isEqualTo(3);
    assertThat(page.column("service_instances", "name")).containsExactly("alphabet");
  }

  @Test
  void badListQueriesAre400() {
    assertThat(fabricEp.get(INSTANCES + "?sort_by=NAME").status()).isEqualTo(400);
    assertThat(fabricEp.get(INSTANCES + "?order_by=UP").status()).isEqualTo(400);
    assertThat(fabricEp.get(INSTANCES + "?limit=0").status()).isEqualTo(400);
  }

  @Test
  void invalidDeploymentsAre400() {
    assertThat(fabricEp.post(INSTANCES, "{\"name\":\"x\",\"endpoint_id\":\"" + endpointId + "\"}").status())
        .isEqualTo(400);
    assertThat(fabricEp.post(INSTANCES, "{\"source\":{\"id\":\"m\"},\"endpoint_id\":\"" + endpointId + "\"}")
        .status()).isEqualTo(400);
    String maxBelowMin = "{\"name\":\"x\",\"source\":{\"id\":\"m\"},\"endpoint_id\":\"" + endpointId + "\","
        + "\"config\":{\"model_instance_config\":{\"resource\":{\"min\":5,\"max\":1,\"spec_code\":\"s\"}}}}";
    assertThat(fabricEp.post(INSTANCES, maxBelowMin).status("error_code")).isEqualTo("common.01000001");
    fabricEp.post(INSTANCES, Fixtures.instance("same", endpointId, "m"));
    assertThat(fabricEp.post(INSTANCES, Fixtures.instance("same", endpointId, "m")).status("error_code"))
        .isEqualTo("common.01000002");
  }

  @Test
  void deployOntoADeletingEndpointIs404() {
    fabric.delete(ENDPOINTS + "/" + endpointId);

    assertThat(fabricEp.post(INSTANCES, Fixtures.instance("late", endpointId, "m")).status()).isEqualTo(404);
  }

  @Test
  void pgsqlConfigMakesAPgsqlService() {
    String body = "{\"name\":\"db\",\"source\":{\"id\":\"m\"},\"endpoint_id\":\"" + endpointId + "\","
        + "\"config\":{\"pgsql_instance_config\":{\"anything\":[1,2]}}}";
    String id = fabricEp.post(INSTANCES, body).status("id");

    JsonNode i = fabricEp.get(INSTANCES + "/" + id).json();
    assertThat(i.path("type").asText()).isEqualTo("PGSQL_SERVICE");
    assertThat(i.at("/config/pgsql_instance_config/anything/1").asInt()).isEqualTo(2);
  }

  private List<String> ids(String query) {
    return fabricEp.get(INSTANCES + query).column("service_instances", "id");
  }

  private int total(String query) {
    return fabricEp.get(INSTANCES + query).json().path("total").asInt();
  }

  private static JsonNode readJson(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
