package io.hcsdk.testing.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.json.Json;
import io.hcsdk.core.page.Page;
import io.hcsdk.core.poll.Deletion;
import io.hcsdk.core.resource.WaitableHandle;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.DeployServiceInstanceRequest;
import io.hcsdk.fabric.model.UpdateEndpointRequest;
import io.hcsdk.fabric.model.UpdateServiceInstanceRequest;
import io.hcsdk.modelarts.ModelArtsClient;
import io.hcsdk.modelarts.model.devenv.CreateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.devenv.UpdateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.service.CreateServiceRequest;
import io.hcsdk.modelarts.model.tag.CreateNotebookTagsRequest;
import io.hcsdk.modelarts.model.workflow.AuthorizeWorkflowServiceRequest;
import io.hcsdk.modelarts.model.workflow.CreateWorkflowScheduleRequest;
import io.hcsdk.modelarts.model.workflow.UpdateWorkflowScheduleRequest;
import io.hcsdk.testing.AuthMode;
import io.hcsdk.testing.CloudSimulator;
import io.hcsdk.testing.Fixtures;
import io.hcsdk.testing.Pace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Every operation of both services called through its typed client, keyed by operationId: each entry
 * prepares what the call needs (an endpoint to show, a running notebook to stop) and returns the call,
 * so a scenario can aim its fault after the preparation and before the call. {@link Call#view} says
 * what of the answer the client hands back: the whole body, a paged list's items, or nothing (a
 * handle without the body, a deletion).
 */
final class BodiesOperations implements AutoCloseable {
  /** A prepared call; {@code view} is the JSON pointer of the part of the answer its result is, if any. */
  record Call(Callable<Object> call, Optional<String> view) {}

  private record Entry(Function<BodiesOperations, Callable<Object>> prepare, Optional<String> view) {}

  private static final Map<String, Entry> TABLE = table();
  private static final AtomicInteger NAMES = new AtomicInteger();

  final CloudSimulator sim;
  final FabricClient fabric;
  final ModelArtsClient modelArts;

  /** A simulator whose transitions finish on the next read, so each preparation reaches a settled state at once. */
  BodiesOperations() {
    sim = Sims.builder().pace(Pace.instant()).start();
    fabric = Sims.fabric(sim, AuthMode.TOKEN);
    modelArts = Sims.modelArts(sim, AuthMode.TOKEN);
  }

  /** The operationIds the table can call. */
  static List<String> covered() {
    return List.copyOf(TABLE.keySet());
  }

  /** Prepares operation {@code id} (the preparation's own calls are not faulted) and returns its call. */
  Call prepare(String id) {
    Entry entry = TABLE.get(id);
    if (entry == null) {
      throw new IllegalArgumentException("No call for " + id + ": add it to BodiesOperations");
    }
    return new Call(entry.prepare().apply(this), entry.view());
  }

  /**
   * The part of the answer {@code result} is, as JSON written by the SDK's own writers: for a
   * {@link Page} its items, for a handle the accepted body; empty when the client hands none back.
   */
  static Optional<JsonNode> asJson(Object result) {
    Object value = result;
    if (value instanceof Page<?> page) {
      value = page.items();
    } else if (value instanceof WaitableHandle<?> handle) {
      value = handle.accepted().orElse(null);
    } else if (value instanceof Deletion) {
      value = null;
    }
    return Optional.ofNullable(value).map(v -> Json.mapper().valueToTree(v));
  }

  /** Where in the answer {@code result} sits: the entry's view, else a page's items, else the whole body. */
  static Optional<String> viewOf(BodiesSpecs.Operation op, Call call, Object result) {
    if (call.view().isPresent()) {
      return call.view();
    }
    if (result instanceof Page<?>) {
      return Optional.of("/" + op.items().orElseThrow());
    }
    return Optional.of("");
  }

  static String unique(String prefix) {
    return prefix + "-" + NAMES.incrementAndGet();
  }

  // ------------------------------------------------------------------ preparations (never faulted)

  String runningEndpoint() {
    String body = Fixtures.documentedCreateEndpoint().replace("\"endpoint1\"", "\"" + unique("ep") + "\"");
    return fabric.endpoints().createAndWait(CreateEndpointRequest.fromJson(body)).id();
  }

  DeployServiceInstanceRequest deployRequest(String endpointId) {
    return DeployServiceInstanceRequest.fromJson(Fixtures.documentedDeployService()
        .replace("b935d0ef-f4eb-4b95-aff1-9d33ae9f57b6", endpointId)
        .replace("\"serviceInstanceName1\"", "\"" + unique("si") + "\""));
  }

  String runningInstance() {
    return fabric.serviceInstances().deployAndWait(deployRequest(runningEndpoint())).id();
  }

  CreateDevEnvInstanceRequest devEnvRequest() {
    return CreateDevEnvInstanceRequest.fromJson(Fixtures.read("modelarts-create-devenv.request.json")
        .replace("notebook-d115", unique("nb")));
  }

  String runningDevEnv() {
    return modelArts.devEnvs().createAndWait(devEnvRequest()).id();
  }

  CreateServiceRequest serviceRequest() {
    return CreateServiceRequest.fromJson(Fixtures.read(Fixtures.createServiceExample(2))
        .replaceFirst("\"service_name\"\\s*:\\s*\"[^\"]*\"", "\"service_name\":\"" + unique("svc") + "\""));
  }

  String workflowId() {
    return modelArts.workflows().list().items().get(0).workflowId().orElseThrow();
  }

  CreateWorkflowScheduleRequest scheduleRequest() {
    ObjectNode schedule = (ObjectNode) readTree(Fixtures.read("modelarts-workflow-schedule.response-200.json"));
    schedule.remove(List.of("uuid", "created_at", "user_id"));
    return CreateWorkflowScheduleRequest.fromJson(schedule.toString());
  }

  String schedule(String workflowId) {
    return modelArts.workflows().schedules(workflowId).create(scheduleRequest()).uuid();
  }

  static JsonNode readTree(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    fabric.close();
    modelArts.close();
    sim.close();
  }

  // ------------------------------------------------------------------ the table

  private static Map<String, Entry> table() {
    Map<String, Entry> t = new LinkedHashMap<>();
    // Fabric: endpoints
    add(t, "CreateEndpoint", o -> {
      CreateEndpointRequest request = CreateEndpointRequest.fromJson(
          Fixtures.documentedCreateEndpoint().replace("\"endpoint1\"", "\"" + unique("ep") + "\""));
      return () -> o.fabric.endpoints().create(request);
    });
    add(t, "ListEndpoints", o -> {
      o.runningEndpoint();
      return () -> o.fabric.endpoints().list();
    });
    add(t, "ShowEndpoint", o -> {
      String id = o.runningEndpoint();
      return () -> o.fabric.endpoints().get(id);
    });
    add(t, "UpdateEndpoint", o -> {
      String id = o.runningEndpoint();
      UpdateEndpointRequest request = UpdateEndpointRequest.fromJson(Fixtures.read("fabric-update-endpoint.request.json"));
      return () -> o.fabric.endpoints().update(id, request);
    });
    add(t, "DeleteEndpoint", o -> {
      String id = o.runningEndpoint();
      return () -> o.fabric.endpoints().delete(id, true);
    });
    // Fabric: service instances (the fabric-ep host)
    add(t, "DeployService", o -> {
      DeployServiceInstanceRequest request = o.deployRequest(o.runningEndpoint());
      return () -> o.fabric.serviceInstances().deploy(request);
    });
    add(t, "ListServiceInstances", o -> {
      o.runningInstance();
      return () -> o.fabric.serviceInstances().list();
    });
    add(t, "ShowServiceInstance", o -> {
      String id = o.runningInstance();
      return () -> o.fabric.serviceInstances().get(id);
    });
    add(t, "UpdateServiceInstance", o -> {
      String id = o.runningInstance();
      return () -> o.fabric.serviceInstances().update(id,
          UpdateServiceInstanceRequest.builder().description("updated").build());
    });
    add(t, "DeleteServiceInstance", o -> {
      String id = o.runningInstance();
      return () -> o.fabric.serviceInstances().delete(id);
    });
    // ModelArts: development environments and their tags
    add(t, "CreateDevEnvInstance", o -> {
      CreateDevEnvInstanceRequest request = o.devEnvRequest();
      return () -> o.modelArts.devEnvs().create(request);
    });
    add(t, "ListDevEnvInstances", o -> {
      o.runningDevEnv();
      return () -> o.modelArts.devEnvs().list();
    });
    add(t, "ShowDevEnvInstance", o -> {
      String id = o.runningDevEnv();
      return () -> o.modelArts.devEnvs().get(id);
    });
    add(t, "UpdateDevEnvInstance", o -> {
      String id = o.runningDevEnv();
      return () -> o.modelArts.devEnvs().update(id, UpdateDevEnvInstanceRequest.builder().description("new").build());
    });
    add(t, "DeleteDevEnvInstance", o -> {
      String id = o.runningDevEnv();
      return () -> o.modelArts.devEnvs().delete(id);
    });
    add(t, "ManageDevEnvInstance", o -> {
      String id = o.runningDevEnv();
      return () -> o.modelArts.devEnvs().stop(id);
    });
    add(t, "CreateNotebookTags", o -> {
      String id = o.runningDevEnv();
      CreateNotebookTagsRequest request = CreateNotebookTagsRequest.fromJson(
          Fixtures.read("modelarts-create-notebook-tags.request.json"));
      return () -> {
        o.modelArts.notebookTags().create(id, request);
        return null;
      };
    });
    // ModelArts: inference services, clusters, pools
    add(t, "CreateService", o -> {
      CreateServiceRequest request = o.serviceRequest();
      return () -> o.modelArts.services().create(request);
    });
    add(t, "ShowService", o -> {
      String id = o.modelArts.services().create(o.serviceRequest()).id();
      return () -> o.modelArts.services().get(id);
    });
    add(t, "ListClusters", o -> () -> o.modelArts.clusters().list());
    add(t, "ShowPool", o -> () -> o.modelArts.pools().get(CloudSimulator.SEEDED_POOL));
    add(t, "ListPoolNodes", o -> () -> o.modelArts.pools().nodes(CloudSimulator.SEEDED_POOL).list());
    // ModelArts: APIG app authentication
    add(t, "ListApigApps", o -> () -> o.modelArts.appAuth().apps().list());
    add(t, "ListAppAuthApis", o -> {
      String app = o.modelArts.appAuth().apps().list().items().get(0).appId().orElseThrow();
      return () -> o.modelArts.appAuth().apisOfApp(app).list();
    });
    add(t, "ListApiAuths", o -> () -> o.modelArts.appAuth().appsOfApi("s1", "a1").list());
    // ModelArts: workflows and their schedules
    add(t, "ListWorkflows", o -> () -> o.modelArts.workflows().list());
    add(t, "AuthorizeWorkflowService", o -> {
      AuthorizeWorkflowServiceRequest request = AuthorizeWorkflowServiceRequest.fromJson(
          Fixtures.read("modelarts-workflow-service-auth.request.json"));
      return () -> o.modelArts.workflows().authorizeService(request);
    });
    add(t, "ShowWorkflowTodoList", o -> () -> o.modelArts.workflows().todoList());
    add(t, "CreateWorkflowSchedule", o -> {
      String workflow = o.workflowId();
      CreateWorkflowScheduleRequest request = o.scheduleRequest();
      return () -> o.modelArts.workflows().schedules(workflow).create(request);
    });
    t.put("ListWorkflowSchedules", new Entry(o -> {
      String workflow = o.workflowId();
      o.schedule(workflow);
      return () -> o.modelArts.workflows().schedules(workflow).list();
    }, Optional.of("/schedules")));
    add(t, "ShowWorkflowSchedule", o -> {
      String workflow = o.workflowId();
      String schedule = o.schedule(workflow);
      return () -> o.modelArts.workflows().schedules(workflow).get(schedule);
    });
    add(t, "UpdateWorkflowSchedule", o -> {
      String workflow = o.workflowId();
      String schedule = o.schedule(workflow);
      UpdateWorkflowScheduleRequest request = UpdateWorkflowScheduleRequest.fromJson(
          Fixtures.read("modelarts-update-workflow-schedule.request.json"));
      return () -> o.modelArts.workflows().schedules(workflow).update(schedule, request);
    });
    add(t, "DeleteWorkflowSchedule", o -> {
      String workflow = o.workflowId();
      String schedule = o.schedule(workflow);
      return () -> {
        o.modelArts.workflows().schedules(workflow).delete(schedule);
        return null;
      };
    });
    // ModelArts: AutoSearch templates
    add(t, "ShowAutoSearchYamlTemplates", o -> () -> o.modelArts.autoSearch().templates());
    add(t, "ShowAutoSearchYamlTemplateContent", o -> () -> o.modelArts.autoSearch().template("optimizer", "bayes"));
    return t;
  }

  private static void add(Map<String, Entry> table, String id, Function<BodiesOperations, Callable<Object>> prepare) {
    table.put(id, new Entry(prepare, Optional.empty()));
  }
}
