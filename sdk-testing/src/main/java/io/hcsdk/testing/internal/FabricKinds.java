package io.hcsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.json.Json;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * DataArts Fabric's two families: endpoints (host fabric) and service instances (host fabric-ep), with
 * the documents' lifecycles (CREATING → RUNNING; UPDATING → RUNNING; DELETING → gone; instances
 * PENDING → CREATING → RUNNING) and what the server adds to a create.
 */
final class FabricKinds {
  static final String ENDPOINTS = "endpoints";
  static final String INSTANCES = "service-instances";
  private static final String USER = "simulated-user";
  // The update document lists exactly these; anything else in an update body is ignored.
  private static final List<String> UPDATABLE = List.of("name", "description", "reserved_resource", "cap");

  private FabricKinds() {}

  static List<ResourceKind> all() {
    return List.of(endpoints(), instances());
  }

  private static ResourceKind endpoints() {
    return ResourceKind.builder(ENDPOINTS, "endpoint", "/v1/workspaces/{workspace_id}/endpoints", "endpoint_id")
        .statusField("status")
        .nameField("name", true)
        .ids(() -> Ids.hex(16))
        .transition("create", ResourceKind.Transition.through("CREATING").settlesAt("RUNNING").failsAt("CREATE_FAILED"))
        .transition("update", ResourceKind.Transition.through("UPDATING").settlesAt("RUNNING").failsAt("UPDATE_FAILED"))
        .transition("delete", ResourceKind.Transition.through("DELETING").failsAt("DELETE_FAILED"))
        .filter("name", (c, e, v) -> e.path("name").asText().contains(v.asText()))
        .filter("endpoint_id", (c, e, v) -> e.path("id").asText().equals(v.asText()))
        .filter("visibility", (c, e, v) -> v.asText().equals("ALL") || e.path("visibility").asText().equals(v.asText()))
        .filter("model_id", (c, e, v) -> endpointsServing(c, v.asText()).contains(e.path("id").asText()))
        .hooks(new EndpointHooks())
        .build();
  }

  private static ResourceKind instances() {
    Comparator<ObjectNode> byCreateTime = Comparator.comparing(i -> i.path("create_time").asText());
    return ResourceKind.builder(INSTANCES, "service instance", "/v1/workspaces/{workspace_id}/services/instances",
            "instance_id")
        .statusField("status")
        .nameField("name", true)
        .transition("create",
            ResourceKind.Transition.through("PENDING", "CREATING").settlesAt("RUNNING").failsAt("FAILED"))
        .transition("update", ResourceKind.Transition.through("UPDATING").settlesAt("RUNNING").failsAt("FAILED"))
        .transition("delete", ResourceKind.Transition.through("DELETING"))
        .filter("name", (c, i, v) -> i.path("name").asText().contains(v.asText()))
        .filter("source_id", (c, i, v) -> i.path("source").path("id").asText().equals(v.asText()))
        .filter("version_id", (c, i, v) -> i.path("source").path("version_id").asText().equals(v.asText()))
        .filter("visibility", (c, i, v) -> true) // documented for this list, but instances carry none
        .sort(new ResourceKind.Sort("sort_by", "order_by", Map.of(
            "CREATE_TIME", byCreateTime,
            // the oldest has run the longest
            "DURATION", Comparator.comparingLong((ObjectNode i) -> i.path("duration").asLong())),
            "CREATE_TIME", true))
        .hooks(new InstanceHooks())
        .build();
  }

  /** Endpoint ids that host an instance of {@code modelId}: what ListEndpoints' model_id filters on. */
  private static Set<String> endpointsServing(StoreContext ctx, String modelId) {
    return ctx.store().inScope(INSTANCES, ctx.scope()).stream()
        .filter(i -> i.body().path("source").path("id").asText().equals(modelId))
        .map(i -> i.body().path("endpoint_id").asText())
        .collect(Collectors.toSet());
  }

  private static final class EndpointHooks implements ResourceKind.Hooks {
    @Override
    public void onCreate(StoreContext ctx, Resource r, ObjectNode req) {
      ObjectNode given = r.body().deepCopy();
      boolean publicAccess = req.path("public_access").asBoolean(false);
      String now = Ids.isoMillis(ctx.now());
      // Field order follows the document's 202 example, so dumps read like the docs.
      ObjectNode e = Json.mapper().createObjectNode();
      e.put("visibility", publicAccess ? "PUBLIC" : "PRIVATE");
      e.put("id", r.id());
      e.set("name", given.get("name"));
      e.set("type", given.get("type"));
      e.set("status", given.get("status"));
      copy(given, e, "description");
      e.put("create_time", now);
      e.put("update_time", now);
      e.set("owner", owner());
      copy(given, e, "cap");
      copy(given, e, "reserved_resource");
      if (req.path("ray_resource").isObject()) {
        e.set("ray_resource", rayResourceView(req.path("ray_resource")));
      }
      if (req.hasNonNull("cache_list")) {
        e.set("caches", req.get("cache_list").deepCopy());
      }
      e.set("urls", urls(r.id(), publicAccess));
      e.putArray("business_engine_instance_ids");
      e.put("runtime_env_type", "RELEASE");
      copy(given, e, "config");
      r.body().removeAll();
      r.body().setAll(e);
    }

    @Override
    public void onUpdate(StoreContext ctx, Resource r, ObjectNode req) {
      for (String field : UPDATABLE) {
        copy(req, r.body(), field);
      }
      if (req.path("ray_resource").isObject()) {
        r.body().set("ray_resource", rayResourceView(req.path("ray_resource")));
      }
      if (req.path("config").isObject()) {
        r.body().set("config", mergeConfig(r.body().get("config"), (ObjectNode) req.get("config")));
      }
    }

    @Override
    public void onDelete(StoreContext ctx, Resource r) {
      boolean withInstances = ctx.request().flatMap(q -> q.queryBool("is_delete_app_instance")).orElse(false);
      if (withInstances) {
        for (Resource i : ctx.store().inScope(INSTANCES, ctx.scope())) {
          if (i.body().path("endpoint_id").asText().equals(r.id()) && !"delete".equals(i.trigger)) {
            ctx.store().begin(ctx, i, "delete");
          }
        }
      }
    }

    @Override
    public void onStatusChange(StoreContext ctx, Resource r) {
      r.body().put("update_time", Ids.isoMillis(ctx.now()));
    }

    @Override
    public ObjectNode view(StoreContext ctx, Resource r) {
      return r.body().deepCopy();
    }
  }

  private static final class InstanceHooks implements ResourceKind.Hooks {
    @Override
    public void checkCreate(StoreContext ctx, ObjectNode req) {
      requireEndpoint(ctx, req.path("endpoint_id").asText());
    }

    @Override
    public void onCreate(StoreContext ctx, Resource r, ObjectNode req) {
      ObjectNode i = r.body();
      String now = Ids.isoMillis(ctx.now());
      boolean pgsql = req.path("config").has("pgsql_instance_config");
      i.put("type", pgsql ? "PGSQL_SERVICE" : "LLM_MODEL");
      i.put("url", "https://" + r.id() + ".infer.fabric-ep-sim.invalid/v1/chat/completions");
      i.put("create_user", USER);
      i.put("update_user", USER);
      i.put("create_time", now);
      i.put("update_time", now);
    }

    @Override
    public void onUpdate(StoreContext ctx, Resource r, ObjectNode req) {
      if (req.hasNonNull("endpoint_id")) {
        requireEndpoint(ctx, req.get("endpoint_id").asText());
      }
      ctx.store().copyDocumented(r.kind(), req, r.body());
      r.body().put("update_user", USER);
    }

    @Override
    public void onStatusChange(StoreContext ctx, Resource r) {
      r.body().put("update_time", Ids.isoMillis(ctx.now()));
    }

    /** Duration is computed on every view: milliseconds since creation, by the simulator's clock. */
    @Override
    public ObjectNode view(StoreContext ctx, Resource r) {
      ObjectNode out = r.body().deepCopy();
      out.put("duration", Math.max(0, ctx.now().toEpochMilli() - r.created().toEpochMilli()));
      return out;
    }

    /** An instance may be deployed onto an endpoint that exists and is not on its way out. */
    private static void requireEndpoint(StoreContext ctx, String endpointId) {
      boolean accepts = ctx.store().find(ENDPOINTS, ctx.scope(), endpointId)
          .filter(e -> !"delete".equals(e.trigger)).isPresent();
      if (!accepts) {
        throw ErrorBodies.notFound(ctx.operation(), "endpoint", endpointId);
      }
    }
  }

  private static void copy(JsonNode from, ObjectNode to, String field) {
    if (from.hasNonNull(field)) {
      to.set(field, from.get(field).deepCopy());
    }
  }

  private static ObjectNode owner() {
    return Json.mapper().createObjectNode()
        .put("domain_name", "simulated-domain")
        .put("domain_id", "0b5633ba2b904511ad514346f4d23d4b")
        .put("user_name", USER)
        .put("user_id", "0b5633ba2b904511ad514346f4d23d4c");
  }

  private static ArrayNode urls(String id, boolean publicAccess) {
    ArrayNode urls = Json.mapper().createArrayNode();
    // .invalid never resolves (RFC 2606): a client that calls it fails fast instead of leaking.
    urls.addObject().put("name", "private").put("address", "https://" + id + ".private.fabric-sim.invalid")
        .put("type", "PRIVATE").put("token", Ids.secretToken());
    if (publicAccess) {
      urls.addObject().put("name", "public").put("address", "https://" + id + ".public.fabric-sim.invalid")
          .put("type", "PUBLIC").put("token", Ids.secretToken());
    }
    return urls;
  }

  /** The request's RayResourceInput reshaped into the response's RayResource, as the example shows. */
  private static ObjectNode rayResourceView(JsonNode input) {
    ObjectNode out = Json.mapper().createObjectNode();
    JsonNode head = input.path("head_node_resource");
    if (head.isObject()) {
      copyAs(head.get("spec_code"), out.putObject("head_group_spec"), "spec_code");
    }
    ArrayNode workers = out.putArray("worker_group_spec");
    for (JsonNode w : input.path("work_node_resources")) {
      JsonNode r = w.path("resource");
      ObjectNode spec = workers.addObject();
      copyAs(w.get("name"), spec, "name");
      copyAs(r.get("spec_code"), spec, "spec_code");
      copyAs(r.get("min"), spec, "min_replicas");
      copyAs(r.get("max"), spec, "max_replicas");
    }
    return out;
  }

  private static void copyAs(JsonNode value, ObjectNode to, String field) {
    if (value != null) {
      to.set(field, value.deepCopy());
    }
  }

  /** New config wins, except a Ray service's log_config, which the update document says is ignored. */
  private static ObjectNode mergeConfig(JsonNode old, ObjectNode update) {
    ObjectNode merged = update.deepCopy();
    JsonNode oldLog = old == null ? null : old.path("ray_service_config").get("log_config");
    JsonNode newRay = merged.get("ray_service_config");
    if (newRay instanceof ObjectNode ray) {
      ray.remove("log_config");
      if (oldLog != null) {
        ray.set("log_config", oldLog.deepCopy());
      }
    }
    return merged;
  }
}
