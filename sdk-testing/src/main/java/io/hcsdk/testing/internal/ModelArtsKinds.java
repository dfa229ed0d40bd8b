package io.hcsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.json.Json;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ModelArts' families. Dev-env instances (CREATING → RUNNING; start: STARTING → RUNNING; stop:
 * STOPPING → STOPPED; restart: RESTARTING → RUNNING; delete: DELETED, then gone) and inference services
 * (deploying → running) have lifecycles; workflow schedules are plain records; clusters, pools, pool
 * nodes, workflows and APIG apps are read-only and start from the documents' examples in every project.
 */
final class ModelArtsKinds {
  static final String DEVENVS = "devenvs";
  static final String SERVICES = "services";
  static final String POOLS = "pools";
  static final String POOL_NODES = "pool-nodes";
  private static final String USER = "simulated-user";

  private ModelArtsKinds() {}

  static List<ResourceKind> all() {
    return List.of(devEnvs(), services(), schedules(), clusters(), pools(), poolNodes(), workflows(), apps(),
        authApis(), apiAuths());
  }

  private static ResourceKind devEnvs() {
    return ResourceKind.builder(DEVENVS, "instance", "/v1/{project_id}/demanager/instances", "instance_id")
        .statusField("status")
        .nameField("name", true)
        .transition("create", ResourceKind.Transition.through("CREATING").settlesAt("RUNNING").failsAt("CREATE_FAILED"))
        .transition("start", ResourceKind.Transition.through("STARTING").settlesAt("RUNNING").failsAt("START_FAILED"))
        .transition("restart",
            ResourceKind.Transition.through("RESTARTING").settlesAt("RUNNING").failsAt("START_FAILED"))
        .transition("stop", ResourceKind.Transition.through("STOPPING").settlesAt("STOPPED"))
        .transition("delete", ResourceKind.Transition.through("DELETED"))
        .filter("de_type", (c, d, v) -> true) // Notebook is the only type
        .filter("provision_type", (c, d, v) -> true)
        .filter("show_self", (c, d, v) -> true)
        .filter("pool_id", (c, d, v) -> d.path("pool").path("id").asText().equals(v.asText()))
        .filter("workspace_id", (c, d, v) -> d.path("workspace").path("id").asText("0").equals(v.asText()))
        .filter("ai_project", (c, d, v) -> d.path("ai_project").path("id").asText().equals(v.asText()))
        .sort(new ResourceKind.Sort("sortby", "order", Map.of(
            "name", Comparator.comparing((ObjectNode d) -> d.path("name").asText()),
            "creation_timestamp", Comparator.comparingLong((ObjectNode d) -> d.path("creation_timestamp").asLong())),
            "name", false))
        .hooks(new DevEnvHooks())
        .build();
  }

  private static ResourceKind services() {
    return ResourceKind.builder(SERVICES, "service", "/v1/{project_id}/services", "service_id")
        .idField("service_id")
        .statusField("status")
        .nameField("service_name", true)
        .transition("create", ResourceKind.Transition.through("deploying").settlesAt("running").failsAt("failed"))
        .transition("update", ResourceKind.Transition.through("deploying").settlesAt("running").failsAt("failed"))
        .transition("delete", ResourceKind.Transition.through("deleting"))
        .hooks(new ResourceKind.Hooks() {
          @Override
          public void onCreate(StoreContext ctx, Resource r, ObjectNode req) {
            ObjectNode s = r.body();
            s.put("tenant", ctx.scopeParams().getOrDefault("project_id", ""));
            s.put("project", ctx.scopeParams().getOrDefault("project_id", ""));
            s.put("owner", USER);
            s.put("publish_at", ctx.now().toEpochMilli());
            s.put("progress", 0);
            s.put("access_address", "https://" + r.id() + ".apig.modelarts-sim.invalid/v1/infers/" + r.id());
            s.put("invocation_times", 0);
            s.put("failed_times", 0);
            s.put("is_shared", false);
          }

          @Override
          public void onStatusChange(StoreContext ctx, Resource r) {
            r.body().put("progress", r.status().filter("running"::equals).isPresent() ? 100 : 0);
          }
        })
        .build();
  }

  private static ResourceKind schedules() {
    return ResourceKind.builder("workflow-schedules", "schedule", "/v2/{project_id}/workflows/{workflow_id}/schedules",
            "schedule_id")
        .idField("uuid")
        .hooks(new ResourceKind.Hooks() {
          @Override
          public void onCreate(StoreContext ctx, Resource r, ObjectNode req) {
            r.body().put("workflow_id", ctx.scopeParams().getOrDefault("workflow_id", ""));
            r.body().put("user_id", Ids.hex(16));
            r.body().put("created_at", ctx.now().toString());
            if (!r.body().has("enable")) {
              r.body().put("enable", true);
            }
          }
        })
        .build();
  }

  private static ResourceKind clusters() {
    return ResourceKind.builder("clusters", "cluster", "/v1/{project_id}/clusters", "cluster_id")
        .idField("cluster_id")
        .statusField("status")
        .filter("cluster_name", (c, cl, v) -> cl.path("cluster_name").asText().contains(v.asText()))
        .sort(new ResourceKind.Sort("sort_by", "order", Map.of(
            "created_at", Comparator.comparingLong((ObjectNode cl) -> cl.path("created_at").asLong()),
            "cluster_name", Comparator.comparing((ObjectNode cl) -> cl.path("cluster_name").asText())),
            "created_at", true))
        .seeder(ctx -> Seeds.repeat("modelarts-list-clusters.response-200.json", "clusters", Seeds.CLUSTERS, (cl, i) -> {
          cl.put("cluster_id", Ids.hex(16));
          cl.put("cluster_name", "my-cluster-" + (i + 1));
          cl.put("project", ctx.scopeParams().getOrDefault("project_id", ""));
          cl.put("created_at", cl.path("created_at").asLong() + i * 1000L);
        }))
        .build();
  }

  private static ResourceKind pools() {
    return ResourceKind.builder(POOLS, "pool", "/v2/{project_id}/pools", "pool_name")
        .idField("metadata.name")
        .statusField("status.phase")
        .seeder(ctx -> List.of((ObjectNode) Seeds.example("modelarts-show-pool.response-200.json")))
        .build();
  }

  private static ResourceKind poolNodes() {
    return ResourceKind.builder(POOL_NODES, "node", "/v2/{project_id}/pools/{pool_name}/nodes", "node_name")
        .idField("metadata.name")
        .statusField("status.phase")
        .parent(new ResourceKind.Parent(POOLS, "pool_name",
            op -> ErrorBodies.notFoundWithCode(op, "ModelArts.50015001", "pool not found")))
        .seeder(ctx -> Seeds.repeat("modelarts-list-pool-nodes.response-200.json", "items", Seeds.NODES, (n, i) -> {
          Json2.put(n, "metadata.name", String.format("os-node-%s-%02d", shortName(ctx), i + 1));
        }))
        .build();
  }

  private static ResourceKind workflows() {
    return ResourceKind.builder("workflows", "workflow", "/v2/{project_id}/workflows", "workflow_id")
        .idField("workflow_id")
        .filter("name", (c, w, v) -> searchText(c, w.path("name").asText(), v))
        .filter("description", (c, w, v) -> searchText(c, w.path("description").asText(), v))
        .filter("search_type", (c, w, v) -> true)
        .filter("labels", (c, w, v) -> w.path("labels").toString().contains("\"" + v.asText() + "\""))
        .seeder(ctx -> Seeds.repeat("modelarts-list-workflows.response-200.json", "items", Seeds.WORKFLOWS, (w, i) -> {
          w.put("workflow_id", Ids.uuid());
          w.put("name", String.format("workflow-%02d", i + 1));
        }))
        .build();
  }

  private static ResourceKind apps() {
    return ResourceKind.builder("apig-apps", "app", "/v1/{project_id}/app-auth/apps", "app_id")
        .idField("app_id")
        .filter("app_name", (c, a, v) -> a.path("app_name").asText().contains(v.asText()))
        .filter("app_ids", (c, a, v) -> v.toString().contains("\"" + a.path("app_id").asText() + "\""))
        .filter("iphertext_enabled", (c, a, v) -> true)
        .sort(new ResourceKind.Sort("sort_by", "order", Map.of(
            "app_name", Comparator.comparing((ObjectNode a) -> a.path("app_name").asText()),
            "created_at", Comparator.comparingLong((ObjectNode a) -> a.path("created_at").asLong()),
            "updated_at", Comparator.comparingLong((ObjectNode a) -> a.path("updated_at").asLong())),
            "app_name", false))
        .seeder(ctx -> Seeds.repeat("modelarts-list-apig-apps.response-200.json", "apps", Seeds.APPS, (a, i) -> {
          a.put("app_id", Ids.hex(16));
          a.put("app_name", "app_" + (i + 1));
          a.put("app_key", Ids.hex(16));
          a.put("app_secret", Ids.hex(16));
        }))
        .build();
  }

  private static ResourceKind authApis() {
    return ResourceKind.builder("app-auth-apis", "api", "/v1/{project_id}/app-auth/apps/{app_id}/auth-apis", "api_id")
        .idField("api_id")
        .parent(new ResourceKind.Parent("apig-apps", "app_id", op -> ErrorBodies.notFound(op, "app", "")))
        .seeder(ctx -> Seeds.repeat("modelarts-list-app-auth-apis.response-200.json", "apis", Seeds.AUTH_APIS,
            (a, i) -> a.put("api_id", Ids.hex(16)).put("api_name", "infer_" + Ids.hex(8))))
        .build();
  }

  private static ResourceKind apiAuths() {
    return ResourceKind.builder("api-auths", "auth",
            "/v1/{project_id}/services/{service_id}/app-auth-apis/{api_id}/api-auths", "app_id")
        .idField("app.app_id")
        .filter("app_name", (c, a, v) -> a.path("app").path("app_name").asText().contains(v.asText()))
        .filter("show_only", (c, a, v) -> v.asText().equals("AUTH") == a.path("authed").asBoolean(true))
        .filter("app_ids", (c, a, v) -> v.toString().contains("\"" + a.path("app").path("app_id").asText() + "\""))
        .filter("iphertext_enabled", (c, a, v) -> true)
        .seeder(ctx -> Seeds.repeat("modelarts-list-api-auths.response-200.json", "auths", Seeds.API_AUTHS, (a, i) -> {
          ((ObjectNode) a.path("app")).put("app_id", Ids.hex(16)).put("app_name", "app_" + (i + 1));
          a.put("authed", i % 2 == 0);
        }))
        .build();
  }

  /** ListWorkflows' name/description filters: exact by default, substring with search_type=contain. */
  private static boolean searchText(StoreContext ctx, String actual, JsonNode value) {
    boolean contain = ctx.request().flatMap(r -> r.queryText("search_type")).map("contain"::equals).orElse(false);
    return contain ? actual.contains(value.asText()) : actual.equals(value.asText());
  }

  private static String shortName(StoreContext ctx) {
    String pool = ctx.scopeParams().getOrDefault("pool_name", "pool");
    return Integer.toHexString(pool.hashCode() & 0xfff);
  }

  /** Dev-env instances: what a create adds, the start/stop/restart actions, failures in failed_reasons. */
  private static final class DevEnvHooks implements ResourceKind.Hooks {
    private static final Set<String> STARTABLE = Set.of("STOPPED", "START_FAILED", "CREATE_FAILED", "UNAVAILABLE");
    private static final Set<String> STOPPABLE = Set.of("RUNNING", "STARTING", "RESTARTING", "START_QUEUING",
        "CREATE_QUEUING");

    @Override
    public void onCreate(StoreContext ctx, Resource r, ObjectNode req) {
      ObjectNode d = r.body();
      String now = Long.toString(ctx.now().toEpochMilli());
      d.put("creation_timestamp", now);
      d.put("latest_update_timestamp", now);
      d.putObject("profile").put("id", req.path("profile_id").asText()).put("name", "simulated-profile")
          .put("de_type", "Notebook");
      d.putObject("flavor_details").put("name", req.path("flavor").asText()).put("status", "onSale");
      d.putObject("user").put("id", Ids.hex(16)).put("name", USER);
      if (!d.has("workspace")) {
        d.putObject("workspace").put("id", "0");
      }
      ObjectNode spec = Json.mapper().createObjectNode();
      JsonNode storage = req.path("spec").path("storage");
      if (storage.isObject()) {
        spec.set("storage", storage.deepCopy());
      }
      JsonNode autoStop = req.path("spec").path("auto_stop");
      if (autoStop.isObject()) {
        spec.set("auto_stop", autoStop.deepCopy());
      }
      d.set("spec", spec);
    }

    @Override
    public void onUpdate(StoreContext ctx, Resource r, ObjectNode req) {
      if (req.has("description")) {
        r.body().set("description", req.get("description").deepCopy());
      }
      JsonNode autoStop = req.path("spec").path("auto_stop");
      if (autoStop.isObject()) {
        ObjectNode spec = r.body().with("spec");
        spec.with("auto_stop").setAll((ObjectNode) autoStop.deepCopy());
      }
    }

    @Override
    public SimResponse onAction(StoreContext ctx, Resource r) {
      String action = ctx.request().orElseThrow().bodyObject().path("action").asText();
      String previous = r.status().orElse("");
      String trigger = switch (action) {
        case "start" -> STARTABLE.contains(previous) ? "start" : null;
        case "stop" -> STOPPABLE.contains(previous) ? "stop" : null;
        case "restart" -> previous.equals("RUNNING") ? "restart" : null;
        default -> ""; // queue / dequeue: accepted, nothing to simulate
      };
      if (trigger == null || "delete".equals(r.trigger)) {
        throw ErrorBodies.invalid(ctx.operation(), "The instance in status " + previous + " cannot " + action);
      }
      if (!trigger.isEmpty()) {
        r.body().remove("error_code");
        r.body().with("spec").remove("failed_reasons");
        ctx.store().begin(ctx, r, trigger);
      }
      ObjectNode out = Json.mapper().createObjectNode();
      out.put("current_status", r.status().orElse(previous));
      out.put("previous_state", previous);
      return SimResponse.json(ctx.operation().successStatus(), out);
    }

    @Override
    public void onStatusChange(StoreContext ctx, Resource r) {
      r.body().put("latest_update_timestamp", Long.toString(ctx.now().toEpochMilli()));
    }

    @Override
    public void onFailure(StoreContext ctx, Resource r, String code, String message) {
      r.body().put("error_code", code);
      r.body().with("spec").putObject("failed_reasons").put("code", code).put("message", message);
    }
  }
}
