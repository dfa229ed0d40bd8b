package io.hcsdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** DataArts Fabric endpoints: create, show, list, update, delete, and their status progression. */
final class EndpointStore extends ResourceStore {
  static final String CREATING = "CREATING";
  static final String RUNNING = "RUNNING";
  static final String CREATE_FAILED = "CREATE_FAILED";
  static final String UPDATING = "UPDATING";
  static final String DELETING = "DELETING";

  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_. -]{1,128}");
  private static final Set<String> VISIBILITIES = Set.of("PRIVATE", "PUBLIC", "ALL");
  private static final Set<String> VERSIONS = Set.of("CURRENT", "PREVIOUS");
  // The update document lists exactly these; anything else in an update body is ignored.
  private static final List<String> UPDATABLE = List.of("name", "description", "reserved_resource", "cap");

  private record Failure(String code, String message) {}

  /** Creation failures by endpoint name; read at transition time, so they may be set after create. */
  private final Map<String, Failure> creationFailures = new ConcurrentHashMap<>();

  EndpointStore(Clock clock, int stepsPerTransition) {
    super(clock, stepsPerTransition);
  }

  void failCreationOf(String name, String code, String message) {
    creationFailures.put(name, new Failure(code, message));
  }

  void clearFailures() {
    creationFailures.clear();
  }

  @Override
  boolean isTransitional(String status) {
    return status.equals(CREATING) || status.equals(UPDATING) || status.equals(DELETING);
  }

  @Override
  void advance(Stored e) {
    Instant now = clock.instant();
    switch (e.status()) {
      case CREATING -> {
        Failure f = creationFailures.get(e.name());
        if (f == null) {
          e.moveTo(RUNNING, now);
        } else {
          e.moveTo(CREATE_FAILED, now);
          e.body.put("error_code", f.code()).put("error_msg", f.message());
        }
      }
      case UPDATING -> e.moveTo(RUNNING, now);
      case DELETING -> remove(e);
      default -> { }
    }
  }

  SimResponse create(String workspaceId, String rawBody) {
    ObjectNode req = Params.object(rawBody);
    String name = Params.requiredText(req, "name");
    Params.checkName(name, NAME, "name");
    String type = Params.requiredText(req, "type");
    Optional<String> description = Params.optionalText(req, "description");
    boolean publicAccess = publicAccess(req);
    if (nameTaken(workspaceId, name, null)) {
      throw Errors.duplicateName("endpoint", name);
    }
    String id = Ids.endpointId();
    String now = Ids.timestamp(clock.instant());

    // Field order follows the document's 202 example, so dumps read like the docs.
    ObjectNode e = Json.mapper().createObjectNode();
    e.put("visibility", publicAccess ? "PUBLIC" : "PRIVATE");
    e.put("id", id);
    e.put("name", name);
    e.put("type", type);
    e.put("status", CREATING);
    description.ifPresent(d -> e.put("description", d));
    e.put("create_time", now);
    e.put("update_time", now);
    e.set("owner", owner());
    copyIfPresent(req, e, "cap");
    copyIfPresent(req, e, "reserved_resource");
    Params.optionalObject(req, "ray_resource").ifPresent(r -> e.set("ray_resource", rayResourceView(r)));
    if (req.hasNonNull("cache_list")) {
      e.set("caches", req.get("cache_list").deepCopy());
    }
    e.set("urls", urls(id, publicAccess));
    e.putArray("business_engine_instance_ids");
    e.put("runtime_env_type", "RELEASE");
    copyIfPresent(req, e, "config");
    return SimResponse.json(202, view(insert(workspaceId, id, e)));
  }

  SimResponse show(String workspaceId, String id, HttpUrl url) {
    // Only the current version is kept; PREVIOUS is accepted and answered with it.
    Params.oneOf(url, "version", "CURRENT", VERSIONS);
    return SimResponse.json(200, read(workspaceId, id));
  }

  /** @param servingModel endpoint ids that host an instance of a model id (for {@code model_id}) */
  SimResponse list(String workspaceId, HttpUrl url, BiFunction<String, String, Set<String>> servingModel) {
    int offset = Params.integer(url, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = Params.integer(url, "limit", 10, 1, 100);
    Optional<String> name = Params.text(url, "name");
    Optional<String> endpointId = Params.text(url, "endpoint_id");
    Optional<String> type = Params.text(url, "type");
    String visibility = Params.oneOf(url, "visibility", "ALL", VISIBILITIES);
    Optional<Set<String>> withModel = Params.text(url, "model_id").map(m -> servingModel.apply(workspaceId, m));
    List<ObjectNode> matches = inWorkspace(workspaceId).stream()
        .filter(e -> name.isEmpty() || e.name().contains(name.get()))
        .filter(e -> endpointId.isEmpty() || e.id.equals(endpointId.get()))
        .filter(e -> type.isEmpty() || e.body.path("type").asText().equals(type.get()))
        .filter(e -> visibility.equals("ALL") || e.body.path("visibility").asText().equals(visibility))
        .filter(e -> withModel.isEmpty() || withModel.get().contains(e.id))
        .map(this::view)
        .toList();
    return SimResponse.json(200, Params.page("endpoints", matches, offset, limit));
  }

  SimResponse update(String workspaceId, String id, String rawBody) {
    Stored e = require(workspaceId, id);
    ObjectNode req = Params.object(rawBody);
    if (e.status().equals(DELETING)) {
      throw Errors.invalidState("endpoint " + id + " is being deleted");
    }
    Optional<String> name = Params.optionalText(req, "name");
    if (name.isPresent()) {
      Params.checkName(name.get(), NAME, "name");
      if (nameTaken(workspaceId, name.get(), id)) {
        throw Errors.duplicateName("endpoint", name.get());
      }
    }
    Params.optionalText(req, "description");
    for (String field : UPDATABLE) {
      copyIfPresent(req, e.body, field);
    }
    Params.optionalObject(req, "ray_resource").ifPresent(r -> e.body.set("ray_resource", rayResourceView(r)));
    Params.optionalObject(req, "config").ifPresent(c -> e.body.set("config", mergeConfig(e.body.get("config"), c)));
    e.body.remove(List.of("error_code", "error_msg"));
    e.moveTo(UPDATING, clock.instant());
    return SimResponse.json(202, view(e));
  }

  /** Marks the endpoint DELETING; a repeated delete is answered the same way. */
  SimResponse delete(String workspaceId, String id) {
    Stored e = require(workspaceId, id);
    if (!e.status().equals(DELETING)) {
      e.moveTo(DELETING, clock.instant());
    }
    return SimResponse.json(202, Json.mapper().createObjectNode().put("id", id));
  }

  /** Whether an instance may be deployed onto it: it exists and is not on its way out. */
  boolean acceptsInstances(String workspaceId, String id) {
    return find(workspaceId, id).filter(e -> !e.status().equals(DELETING)).isPresent();
  }

  private static boolean publicAccess(ObjectNode req) {
    JsonNode v = req.get("public_access");
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw Errors.badRequest("Type mismatch., field public_access must be a boolean");
    }
    return v.booleanValue();
  }

  private static void copyIfPresent(ObjectNode from, ObjectNode to, String field) {
    if (from.hasNonNull(field)) {
      to.set(field, from.get(field).deepCopy());
    }
  }

  private static ObjectNode owner() {
    return Json.mapper().createObjectNode()
        .put("domain_name", "simulated-domain")
        .put("domain_id", "0b5633ba2b904511ad514346f4d23d4b")
        .put("user_name", "simulated-user")
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
  private static ObjectNode rayResourceView(ObjectNode input) {
    ObjectNode out = Json.mapper().createObjectNode();
    JsonNode head = input.path("head_node_resource");
    if (head.isObject()) {
      copyNode(head.get("spec_code"), out.putObject("head_group_spec"), "spec_code");
    }
    ArrayNode workers = out.putArray("worker_group_spec");
    for (JsonNode w : input.path("work_node_resources")) {
      JsonNode r = w.path("resource");
      ObjectNode spec = workers.addObject();
      copyNode(w.get("name"), spec, "name");
      copyNode(r.get("spec_code"), spec, "spec_code");
      copyNode(r.get("min"), spec, "min_replicas");
      copyNode(r.get("max"), spec, "max_replicas");
    }
    return out;
  }

  private static void copyNode(JsonNode value, ObjectNode to, String field) {
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
