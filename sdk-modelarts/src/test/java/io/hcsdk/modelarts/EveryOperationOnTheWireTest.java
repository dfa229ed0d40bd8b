package io.hcsdk.modelarts;

import static io.hcsdk.modelarts.model.Examples.example;
import static io.hcsdk.modelarts.model.Examples.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.json.Json;
import io.hcsdk.core.page.Page;
import io.hcsdk.modelarts.model.SortOrder;
import io.hcsdk.modelarts.model.apig.ApigAuthFilter;
import io.hcsdk.modelarts.model.apig.ApigSortBy;
import io.hcsdk.modelarts.model.apig.ListApiAuthsRequest;
import io.hcsdk.modelarts.model.apig.ListApigAppsRequest;
import io.hcsdk.modelarts.model.apig.ListAppAuthApisRequest;
import io.hcsdk.modelarts.model.cluster.ClusterSortBy;
import io.hcsdk.modelarts.model.cluster.ClusterStatus;
import io.hcsdk.modelarts.model.cluster.ListClustersRequest;
import io.hcsdk.modelarts.model.devenv.CreateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.devenv.DevEnvAutoStopInput;
import io.hcsdk.modelarts.model.devenv.DevEnvProvisionType;
import io.hcsdk.modelarts.model.devenv.DevEnvSortBy;
import io.hcsdk.modelarts.model.devenv.DevEnvStatus;
import io.hcsdk.modelarts.model.devenv.DevEnvType;
import io.hcsdk.modelarts.model.devenv.DevEnvUpdateSpecInput;
import io.hcsdk.modelarts.model.devenv.ListDevEnvInstancesRequest;
import io.hcsdk.modelarts.model.devenv.UpdateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.pool.ListPoolNodesRequest;
import io.hcsdk.modelarts.model.service.CreateServiceRequest;
import io.hcsdk.modelarts.model.tag.CreateNotebookTagsQuery;
import io.hcsdk.modelarts.model.tag.CreateNotebookTagsRequest;
import io.hcsdk.modelarts.model.workflow.AuthorizeWorkflowServiceRequest;
import io.hcsdk.modelarts.model.workflow.CreateWorkflowScheduleRequest;
import io.hcsdk.modelarts.model.workflow.ListWorkflowsRequest;
import io.hcsdk.modelarts.model.workflow.ShowWorkflowTodoListRequest;
import io.hcsdk.modelarts.model.workflow.UpdateWorkflowScheduleRequest;
import io.hcsdk.modelarts.model.workflow.WorkflowScheduleAction;
import io.hcsdk.modelarts.model.workflow.WorkflowScheduleContent;
import io.hcsdk.modelarts.model.workflow.WorkflowScheduleType;
import io.hcsdk.modelarts.model.workflow.WorkflowSearchType;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each of the 25 operations, blocking and {@code Async}, on the wire: method, path (the project
 * from the client), query (every filter; app-auth and workflow numbers as text, {@code app_ids}
 * repeated, {@code iphertext_enabled} as spelled), headers and JSON body; and what the call
 * returns from the answer. Both forms must send the very same request.
 */
class EveryOperationOnTheWireTest extends MockModelArts {
  /** One operation: what the server answers, the two calls, what they return, and the request expected. */
  record Case(String operation, String answer, Function<ModelArtsProject, Object> sync,
      Function<ModelArtsProject, CompletableFuture<Object>> async, Object returned, String method, String target,
      String body) {
    @Override
    public String toString() {
      return operation;
    }
  }

  private static <R> Case op(String operation, String answer, Function<ModelArtsProject, R> sync,
      Function<ModelArtsProject, CompletableFuture<R>> async, Function<R, Object> digest, Object returned,
      String method, String target, String body) {
    return new Case(operation, answer, sync.andThen(digest), async.andThen(future -> future.thenApply(digest)),
        returned, method, target, body);
  }

  private static final String DEVENVS = "/v1/proj-1/demanager/instances";
  private static final String SCHEDULES = "/v2/proj-1/workflows/wf-1/schedules";
  private static final String INSTANCE = "{\"id\":\"DE-1\",\"status\":\"RUNNING\"}";
  private static final String SCHEDULE = "{\"uuid\":\"sc-1\",\"enable\":true}";

  static Stream<Case> operations() {
    CreateDevEnvInstanceRequest createDevEnv =
        example("modelarts-create-devenv.request.json", CreateDevEnvInstanceRequest.class);
    ListDevEnvInstancesRequest everyDevEnvFilter = ListDevEnvInstancesRequest.builder().deType(DevEnvType.NOTEBOOK)
        .provisionType(DevEnvProvisionType.DOCKER).status(DevEnvStatus.RUNNING).sortby(DevEnvSortBy.CREATION_TIMESTAMP)
        .order(SortOrder.DESC).offset(5).limit(20).workspaceId("0").showSelf(true).aiProject("default-ai-project")
        .poolId("pool-1").build();
    UpdateDevEnvInstanceRequest updateDevEnv = UpdateDevEnvInstanceRequest.builder().description("v2")
        .spec(DevEnvUpdateSpecInput.builder().autoStop(DevEnvAutoStopInput.builder().enable(true).duration(7200)
            .build()).build()).build();
    CreateServiceRequest createService =
        example("modelarts-create-service.request-1-real-time.json", CreateServiceRequest.class);
    ListClustersRequest everyClusterFilter = ListClustersRequest.builder().clusterName("my-cluster")
        .status(ClusterStatus.RUNNING).offset(2).limit(10).sortBy(ClusterSortBy.CLUSTER_NAME).order(SortOrder.ASC)
        .build();
    ListApigAppsRequest everyAppFilter = ListApigAppsRequest.builder().appName("app_13e0").limit(50).offset(1)
        .order(SortOrder.DESC).sortBy(ApigSortBy.CREATED_AT).workspaceId("0").iphertextEnabled(true)
        .addAppIds("a1", "a2").build();
    ListAppAuthApisRequest everyApiFilter = ListAppAuthApisRequest.builder().order(SortOrder.ASC)
        .serviceName("service-3c02").sortBy(ApigSortBy.APP_NAME).workspaceId("0").build();
    ListApiAuthsRequest everyAuthFilter = ListApiAuthsRequest.builder().appName("app").order(SortOrder.ASC)
        .showOnly(ApigAuthFilter.AUTH).sortBy(ApigSortBy.UPDATED_AT).workspaceId("0").iphertextEnabled(false)
        .addAppIds("a1").limit(5).offset(3).build();
    ListWorkflowsRequest everyWorkflowFilter = ListWorkflowsRequest.builder().name("wf").description("d")
        .status("running").labels("subgraph").templateId("t1").limit(10).offset(20).sortBy("create_time")
        .searchType(WorkflowSearchType.CONTAIN).build();
    AuthorizeWorkflowServiceRequest authorize =
        example("modelarts-workflow-service-auth.request.json", AuthorizeWorkflowServiceRequest.class);
    CreateWorkflowScheduleRequest createSchedule = CreateWorkflowScheduleRequest.builder()
        .type(WorkflowScheduleType.TIME).action(WorkflowScheduleAction.RUN).enable(true).workflowId("wf-1")
        .content(WorkflowScheduleContent.builder().cron("0 0 0 * * Thu,Tue").method("fixed").build()).build();
    UpdateWorkflowScheduleRequest updateSchedule =
        example("modelarts-update-workflow-schedule.request.json", UpdateWorkflowScheduleRequest.class);
    CreateNotebookTagsRequest tags = example("modelarts-create-notebook-tags.request.json",
        CreateNotebookTagsRequest.class);
    CreateNotebookTagsQuery inWorkspace = CreateNotebookTagsQuery.builder().workspaceId("0").build();

    return Stream.of(
        op("CreateDevEnvInstance", text("modelarts-create-devenv.response-200.json"),
            p -> p.devEnvs().create(createDevEnv), p -> p.devEnvs().createAsync(createDevEnv),
            handle -> handle.accepted().orElseThrow().status().orElseThrow(), DevEnvStatus.CREATING,
            "POST", DEVENVS, text("modelarts-create-devenv.request.json")),
        op("ShowDevEnvInstance", INSTANCE, p -> p.devEnvs().get("DE-1"), p -> p.devEnvs().getAsync("DE-1"),
            instance -> instance.status().orElseThrow(), DevEnvStatus.RUNNING, "GET", DEVENVS + "/DE-1", null),
        op("ListDevEnvInstances", "{\"total_count\":1,\"instances\":[" + INSTANCE + "]}",
            p -> p.devEnvs().list(everyDevEnvFilter), p -> p.devEnvs().listAsync(everyDevEnvFilter),
            Page::total, Optional.of(1L), "GET", DEVENVS + "?de_type=Notebook&provision_type=Docker"
                + "&status=RUNNING&sortby=creation_timestamp&order=desc&workspace_id=0&show_self=true"
                + "&ai_project=default-ai-project&pool_id=pool-1&offset=5&limit=20", null),
        op("UpdateDevEnvInstance", INSTANCE, p -> p.devEnvs().update("DE-1", updateDevEnv),
            p -> p.devEnvs().updateAsync("DE-1", updateDevEnv), handle -> handle.id(), "DE-1", "PUT",
            DEVENVS + "/DE-1", "{\"description\":\"v2\",\"spec\":{\"auto_stop\":{\"enable\":true,\"duration\":7200}}}"),
        op("DeleteDevEnvInstance", "{\"instance_id\":\"DE-1\"}", p -> p.devEnvs().delete("DE-1"),
            p -> p.devEnvs().deleteAsync("DE-1"), deletion -> deletion.requestId().orElseThrow(), "rid-200",
            "DELETE", DEVENVS + "/DE-1", null),
        op("ManageDevEnvInstance", "{\"current_status\":\"STARTING\",\"previous_state\":\"STOPPED\"}",
            p -> p.devEnvs().start("DE-1"), p -> p.devEnvs().startAsync("DE-1"), handle -> handle.id(), "DE-1",
            "POST", DEVENVS + "/DE-1/action", "{\"action\":\"start\"}"),
        op("CreateService", "{\"service_id\":\"s1\",\"resource_ids\":[\"r1\"]}",
            p -> p.services().create(createService), p -> p.services().createAsync(createService),
            handle -> handle.id(), "s1", "POST", "/v1/proj-1/services",
            text("modelarts-create-service.request-1-real-time.json")),
        op("ShowService", "{\"service_id\":\"s1\",\"status\":\"running\"}",
            p -> p.services().get("s1"), p -> p.services().getAsync("s1"), service -> service.serviceId(), "s1",
            "GET", "/v1/proj-1/services/s1", null),
        op("ListClusters", text("modelarts-list-clusters.response-200.json"),
            p -> p.clusters().list(everyClusterFilter), p -> p.clusters().listAsync(everyClusterFilter),
            page -> page.items().get(0).clusterId(), "ff808081673fbb3d01673fbb824d0000", "GET",
            "/v1/proj-1/clusters?cluster_name=my-cluster&status=running&sort_by=cluster_name&order=asc&offset=2"
                + "&limit=10", null),
        op("ShowPool", text("modelarts-show-pool.response-200.json"), p -> p.pools().get("pool-a"),
            p -> p.pools().getAsync("pool-a"), pool -> pool.metadata().orElseThrow().name().orElseThrow(),
            "auto-pool-os-86c13962597848eeb29c5861153a391f", "GET", "/v2/proj-1/pools/pool-a", null),
        op("ListPoolNodes", text("modelarts-list-pool-nodes.response-200.json"),
            p -> p.pools().nodes("pool-a").list(ListPoolNodesRequest.builder().continueToken("tok").limit(3).build()),
            p -> p.pools().nodes("pool-a").listAsync(ListPoolNodesRequest.builder().continueToken("tok").limit(3)
                .build()), page -> page.items().size(), 3, "GET", "/v2/proj-1/pools/pool-a/nodes?continue=tok&limit=3",
            null),
        op("ListApigApps", text("modelarts-list-apig-apps.response-200.json"),
            p -> p.appAuth().apps().list(everyAppFilter), p -> p.appAuth().apps().listAsync(everyAppFilter),
            page -> page.items().get(0).appName().orElseThrow(), "app_13e0", "GET", "/v1/proj-1/app-auth/apps"
                + "?app_name=app_13e0&order=desc&sort_by=created_at&workspace_id=0&iphertext_enabled=true"
                + "&app_ids=a1&app_ids=a2&offset=1&limit=50", null),
        op("ListAppAuthApis", text("modelarts-list-app-auth-apis.response-200.json"),
            p -> p.appAuth().apisOfApp("app-1").list(everyApiFilter),
            p -> p.appAuth().apisOfApp("app-1").listAsync(everyApiFilter),
            page -> page.items().get(0).apiId().orElseThrow(), "7e0d272df0e94297b7d4046bada3f158", "GET",
            "/v1/proj-1/app-auth/apps/app-1/auth-apis?order=asc&service_name=service-3c02&sort_by=app_name"
                + "&workspace_id=0&offset=0&limit=1000", null),
        op("ListApiAuths", text("modelarts-list-api-auths.response-200.json"),
            p -> p.appAuth().appsOfApi("s1", "api-1").list(everyAuthFilter),
            p -> p.appAuth().appsOfApi("s1", "api-1").listAsync(everyAuthFilter),
            page -> page.items().get(0).authed().orElseThrow(), true, "GET",
            "/v1/proj-1/services/s1/app-auth-apis/api-1/api-auths?app_name=app&order=asc&show_only=AUTH"
                + "&sort_by=updated_at&workspace_id=0&iphertext_enabled=false&app_ids=a1&offset=3&limit=5", null),
        op("ListWorkflows", text("modelarts-list-workflows.response-200.json"),
            p -> p.workflows().list(everyWorkflowFilter), p -> p.workflows().listAsync(everyWorkflowFilter),
            page -> page.items().get(0).workflowId().orElseThrow(), "6b596c75-fe1f-440b-be83-fe5e240133c4", "GET",
            "/v2/proj-1/workflows?name=wf&description=d&status=running&labels=subgraph&template_id=t1"
                + "&sort_by=create_time&search_type=contain&offset=20&limit=10", null),
        op("AuthorizeWorkflowService", "{\"result\":\"ok\"}", p -> p.workflows().authorizeService(authorize),
            p -> p.workflows().authorizeServiceAsync(authorize), answer -> answer.result().orElseThrow(), "ok",
            "POST", "/v2/proj-1/workflows/service/auth", text("modelarts-workflow-service-auth.request.json")),
        op("ShowWorkflowTodoList", text("modelarts-workflow-todolist.response-200.json"),
            p -> p.workflows().todoList(ShowWorkflowTodoListRequest.builder().workspaceId("0").build()),
            p -> p.workflows().todoListAsync(ShowWorkflowTodoListRequest.builder().workspaceId("0").build()),
            todo -> todo.items().size(), 5, "GET", "/v2/proj-1/workflows/todolist?workspace_id=0", null),
        op("CreateWorkflowSchedule", SCHEDULE, p -> p.workflows().schedules("wf-1").create(createSchedule),
            p -> p.workflows().schedules("wf-1").createAsync(createSchedule), schedule -> schedule.uuid(), "sc-1",
            "POST", SCHEDULES, "{\"type\":\"time\",\"content\":{\"cron\":\"0 0 0 * * Thu,Tue\",\"method\":\"fixed\"},"
                + "\"action\":\"run\",\"enable\":true,\"workflow_id\":\"wf-1\"}"),
        op("ListWorkflowSchedules", "{\"schedules\":[" + SCHEDULE + "]}", p -> p.workflows().schedules("wf-1").list(),
            p -> p.workflows().schedules("wf-1").listAsync(), schedules -> schedules.get(0).uuid(), "sc-1", "GET",
            SCHEDULES, null),
        op("ShowWorkflowSchedule", text("modelarts-workflow-schedule.response-200.json"),
            p -> p.workflows().schedules("wf-1").get("sc-1"), p -> p.workflows().schedules("wf-1").getAsync("sc-1"),
            schedule -> schedule.uuid(), "fa4ac58e-088b-4fd7-ae8c-b36fee50f884", "GET", SCHEDULES + "/sc-1", null),
        op("UpdateWorkflowSchedule", SCHEDULE, p -> p.workflows().schedules("wf-1").update("sc-1", updateSchedule),
            p -> p.workflows().schedules("wf-1").updateAsync("sc-1", updateSchedule),
            schedule -> schedule.enable().orElseThrow(), true, "PUT", SCHEDULES + "/sc-1",
            text("modelarts-update-workflow-schedule.request.json")),
        op("DeleteWorkflowSchedule", "", p -> {
          p.workflows().schedules("wf-1").delete("sc-1");
          return "deleted";
        }, p -> p.workflows().schedules("wf-1").deleteAsync("sc-1").thenApply(nothing -> "deleted"),
            done -> done, "deleted", "DELETE", SCHEDULES + "/sc-1", null),
        op("CreateNotebookTags", "", p -> {
          p.notebookTags().create("nb-1", tags, inWorkspace);
          return "tagged";
        }, p -> p.notebookTags().createAsync("nb-1", tags, inWorkspace).thenApply(nothing -> "tagged"),
            done -> done, "tagged", "POST", "/v1/proj-1/notebooks/nb-1/tags/create?workspace_id=0",
            text("modelarts-create-notebook-tags.request.json")),
        op("ShowAutoSearchYamlTemplates", text("modelarts-autosearch-yaml-templates.response-200.json"),
            p -> p.autoSearch().templates(), p -> p.autoSearch().templatesAsync(),
            templates -> templates.yamlTemplates().get(0).algorithmNames(),
            List.of("Anneal", "Bayes", "DragonFly", "FixNorm", "GridSearch", "TPE"), "GET",
            "/v2/proj-1/training-jobs/autosearch/yaml-templates", null),
        op("ShowAutoSearchYamlTemplateContent", "{\"file_name\":\"Bayes.yaml\",\"content\":\"search_space: []\"}",
            p -> p.autoSearch().template("hpo", "Bayes"), p -> p.autoSearch().templateAsync("hpo", "Bayes"),
            template -> template.fileName().orElseThrow(), "Bayes.yaml", "GET",
            "/v2/proj-1/training-jobs/autosearch/yaml-templates/hpo/Bayes", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void blockingAndAsyncSendTheDocumentedRequest(Case operation) throws Exception {
    answer(200, operation.answer());
    answer(200, operation.answer());

    Object returned = operation.sync().apply(modelarts);
    RecordedRequest sync = next();
    Object returnedAsync = operation.async().apply(modelarts).get(5, TimeUnit.SECONDS);
    RecordedRequest async = next();

    assertThat(returned).isEqualTo(operation.returned());
    assertThat(returnedAsync).isEqualTo(operation.returned());
    for (RecordedRequest request : List.of(sync, async)) {
      assertThat(request.getMethod()).isEqualTo(operation.method());
      assertThat(target(request)).isEqualTo(operation.target());
      assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
      assertThat(request.getHeaders().get("User-Agent")).startsWith("hcsdk-java/");
      if (operation.body() == null) {
        assertThat(request.getBodySize()).isZero();
        assertThat(request.getHeaders().get("Content-Type")).isNull();
      } else {
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(request)).isEqualTo(Json.mapper().readTree(operation.body()));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void aModelArtsProjectOfItsOwnFillsEveryPath(Case operation) throws Exception {
    answer(200, operation.answer());

    operation.sync().apply(modelarts.inProject("other-project"));

    assertThat(target(next())).isEqualTo(operation.target().replace("/proj-1/", "/other-project/"));
  }

  @Test
  void thereIsOneCasePerOperation() {
    assertThat(operations().map(Case::operation).distinct()).hasSize(25);
  }
}
