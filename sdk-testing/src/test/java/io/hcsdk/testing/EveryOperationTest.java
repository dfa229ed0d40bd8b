package io.hcsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.json.Json;
import io.hcsdk.testing.internal.ApiSpec;
import io.hcsdk.testing.internal.OperationSpec;
import io.hcsdk.testing.internal.SchemaValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation of both specs, called with a valid request (the documents' examples where there are
 * some), answers its documented success status with a body that its schema accepts in strict mode
 * (no undocumented field, every constraint met).
 */
class EveryOperationTest {
  private static final String WS = "/v1/workspaces/ws-1";
  private static final String PROJECT = "0b5633ba2b904511ad514346f4d23d4b";

  private CloudSimulator sim;
  private Http fabric;
  private Http fabricEp;
  private Http modelArts;
  private final List<String> problems = new ArrayList<>();

  @BeforeEach
  void start() {
    sim = CloudSimulator.builder().pace(Pace.instant()).start();
    fabric = Http.authed(sim, sim.fabricUrl());
    fabricEp = Http.authed(sim, sim.fabricEpUrl());
    modelArts = Http.authed(sim, sim.modelArtsUrl());
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void everyOperationAnswersItsDocumentedSuccessWithADocumentedBody() {
    fabricFlow();
    devEnvFlow();
    servicesFlow();
    readOnlyFlow();
    workflowFlow();
    String iamBody = "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\""
        + sim.account().iamUser() + "\",\"password\":\"" + sim.account().iamPassword() + "\",\"domain\":{\"name\":\""
        + sim.account().iamDomain() + "\"}}}},\"scope\":{\"project\":{\"id\":\"" + PROJECT + "\"}}}}";
    Http.with(sim.iamUrl(), Map.of()).post("/v3/auth/tokens", iamBody);

    Set<String> answered = new TreeSet<>();
    for (CapturedRequest r : sim.requests().all()) {
      if (r.status() >= 200 && r.status() < 300) {
        r.operation().ifPresent(answered::add);
      }
    }
    Set<String> all = new TreeSet<>();
    ApiSpec.get().operations().forEach(op -> all.add(op.id()));
    assertThat(problems).isEmpty();
    assertThat(answered).isEqualTo(all);
  }

  private void fabricFlow() {
    String id = check("CreateEndpoint", fabric.post(WS + "/endpoints", Fixtures.documentedCreateEndpoint()))
        .path("id").asText();
    check("ShowEndpoint", fabric.get(WS + "/endpoints/" + id));
    check("ListEndpoints", fabric.get(WS + "/endpoints?limit=5"));
    check("UpdateEndpoint", fabric.put(WS + "/endpoints/" + id, Fixtures.read("fabric-update-endpoint.request.json")));
    String deploy = Fixtures.documentedDeployService().replace("b935d0ef-f4eb-4b95-aff1-9d33ae9f57b6", id);
    String instance = check("DeployService", fabricEp.post(WS + "/services/instances", deploy)).path("id").asText();
    check("ShowServiceInstance", fabricEp.get(WS + "/services/instances/" + instance));
    check("ListServiceInstances", fabricEp.get(WS + "/services/instances?sort_by=DURATION"));
    check("UpdateServiceInstance", fabricEp.put(WS + "/services/instances/" + instance, "{\"description\":\"d2\"}"));
    check("DeleteServiceInstance", fabricEp.delete(WS + "/services/instances/" + instance));
    check("DeleteEndpoint", fabric.delete(WS + "/endpoints/" + id + "?is_delete_app_instance=true"));
  }

  private void devEnvFlow() {
    String base = "/v1/" + PROJECT + "/demanager/instances";
    String id = check("CreateDevEnvInstance", modelArts.post(base, Fixtures.read("modelarts-create-devenv.request.json")))
        .path("id").asText();
    assertThat(check("ShowDevEnvInstance", modelArts.get(base + "/" + id)).path("status").asText())
        .isEqualTo("RUNNING");
    check("ListDevEnvInstances", modelArts.get(base + "?de_type=Notebook&limit=0"));
    check("UpdateDevEnvInstance", modelArts.put(base + "/" + id, "{\"description\":\"new\"}"));
    check("CreateNotebookTags", modelArts.post("/v1/" + PROJECT + "/notebooks/" + id + "/tags/create",
        Fixtures.read("modelarts-create-notebook-tags.request.json")));
    check("ManageDevEnvInstance", modelArts.post(base + "/" + id + "/action", "{\"action\":\"stop\"}"));
    check("DeleteDevEnvInstance", modelArts.delete(base + "/" + id));
  }

  private void servicesFlow() {
    for (int i = 1; i <= 7; i++) {
      String file = Fixtures.createServiceExample(i);
      ObjectNode body = (ObjectNode) readJson(Fixtures.read(file));
      body.put("service_name", "service-" + i); // the examples share names; names are unique per project
      String id = check("CreateService", modelArts.post("/v1/" + PROJECT + "/services", body.toString()))
          .path("service_id").asText();
      check("ShowService", modelArts.get("/v1/" + PROJECT + "/services/" + id));
    }
  }

  private void readOnlyFlow() {
    String p = "/v1/" + PROJECT;
    check("ListClusters", modelArts.get(p + "/clusters?limit=2"));
    String pool = CloudSimulator.SEEDED_POOL;
    check("ShowPool", modelArts.get("/v2/" + PROJECT + "/pools/" + pool));
    check("ListPoolNodes", modelArts.get("/v2/" + PROJECT + "/pools/" + pool + "/nodes?limit=10"));
    String app = check("ListApigApps", modelArts.get(p + "/app-auth/apps")).at("/apps/0/app_id").asText();
    check("ListAppAuthApis", modelArts.get(p + "/app-auth/apps/" + app + "/auth-apis"));
    check("ListApiAuths", modelArts.get(p + "/services/s1/app-auth-apis/a1/api-auths?show_only=AUTH"));
    check("ShowAutoSearchYamlTemplates", modelArts.get("/v2/" + PROJECT + "/training-jobs/autosearch/yaml-templates"));
    check("ShowAutoSearchYamlTemplateContent",
        modelArts.get("/v2/" + PROJECT + "/training-jobs/autosearch/yaml-templates/optimizer/bayes"));
  }

  private void workflowFlow() {
    String p = "/v2/" + PROJECT + "/workflows";
    String workflow = check("ListWorkflows", modelArts.get(p + "?limit=5")).at("/items/0/workflow_id").asText();
    check("ShowWorkflowTodoList", modelArts.get(p + "/todolist"));
    check("AuthorizeWorkflowService", modelArts.post(p + "/service/auth",
        Fixtures.read("modelarts-workflow-service-auth.request.json")));
    ObjectNode schedule = (ObjectNode) readJson(Fixtures.read("modelarts-workflow-schedule.response-200.json"));
    schedule.remove(List.of("uuid", "created_at", "user_id"));
    String s = p + "/" + workflow + "/schedules";
    String uuid = check("CreateWorkflowSchedule", modelArts.post(s, schedule.toString())).path("uuid").asText();
    check("ListWorkflowSchedules", modelArts.get(s));
    check("ShowWorkflowSchedule", modelArts.get(s + "/" + uuid));
    check("UpdateWorkflowSchedule", modelArts.put(s + "/" + uuid,
        Fixtures.read("modelarts-update-workflow-schedule.request.json")));
    check("DeleteWorkflowSchedule", modelArts.delete(s + "/" + uuid));
  }

  /** Records a problem unless the answer is the operation's success with a strictly valid body. */
  private JsonNode check(String operationId, Http.Reply reply) {
    OperationSpec op = ApiSpec.get().operation(operationId).orElseThrow();
    if (reply.status() != op.successStatus()) {
      problems.add(operationId + ": " + reply.status() + " " + reply.text());
      return reply.json();
    }
    if (op.successSchema().isPresent()) {
      List<SchemaValidator.Violation> violations = new SchemaValidator(op.document(), true)
          .validate(reply.json(), op.successSchema().get(), "");
      violations.forEach(v -> problems.add(operationId + " answered " + v));
    } else if (!reply.text().isEmpty()) {
      problems.add(operationId + " answered a body where none is documented: " + reply.text());
    }
    return reply.json();
  }

  private static JsonNode readJson(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
