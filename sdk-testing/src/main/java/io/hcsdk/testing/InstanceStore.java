package io.hcsdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/** DataArts Fabric EP service instances: deploy, show, list, update, delete, and their progression. */
final class InstanceStore extends ResourceStore {
  static final String PENDING = "PENDING";
  static final String CREATING = "CREATING";
  static final String RUNNING = "RUNNING";
  static final String UPDATING = "UPDATING";
  static final String FAILED = "FAILED";
  static final String STOPPING = "STOPPING";
  static final String STOPPED = "STOPPED";
  static final String DELETING = "DELETING";

  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_. -]{1,64}");
  private static final Set<String> SORT_BY = Set.of("CREATE_TIME", "DURATION");
  private static final Set<String> ORDER_BY = Set.of("ASC", "DESC");
  private static final String USER = "simulated-user";

  private record Failure(String code, String message) {}

  private final Map<String, Failure> deploymentFailures = new ConcurrentHashMap<>();

  InstanceStore(Clock clock, int stepsPerTransition) {
    super(clock, stepsPerTransition);
  }

  void failDeploymentOf(String name, String code, String message) {
    deploymentFailures.put(name, new Failure(code, message));
  }

  void clearFailures() {
    deploymentFailures.clear();
  }

  @Override
  boolean isTransitional(String status) {
    return switch (status) {
      case PENDING, CREATING, UPDATING, STOPPING, DELETING -> true;
      default -> false;
    };
  }

  @Override
  void advance(Stored i) {
    Instant now = clock.instant();
    switch (i.status()) {
      case PENDING -> i.moveTo(CREATING, now);
      case CREATING -> {
        Failure f = deploymentFailures.get(i.name());
        if (f == null) {
          i.moveTo(RUNNING, now);
        } else {
          i.moveTo(FAILED, now);
          i.body.put("error_code", f.code()).put("error_msg", f.message());
        }
      }
      case UPDATING -> i.moveTo(RUNNING, now);
      case STOPPING -> i.moveTo(STOPPED, now);
      case DELETING -> remove(i);
      default -> { }
    }
  }

  /** Duration is computed on every view: milliseconds since creation, by the simulator's clock. */
  @Override
  ObjectNode view(Stored i) {
    return view(i, clock.millis());
  }

  private ObjectNode view(Stored i, long nowMillis) {
    ObjectNode out = super.view(i);
    out.put("duration", Math.max(0, nowMillis - i.created.toEpochMilli()));
    return out;
  }

  /** @param endpointAccepts whether (workspace, endpoint id) can take an instance */
  SimResponse deploy(String workspaceId, String rawBody, BiPredicate<String, String> endpointAccepts) {
    ObjectNode req = Params.object(rawBody);
    String name = Params.requiredText(req, "name");
    Params.checkName(name, NAME, "name");
    Optional<String> description = Params.optionalText(req, "description");
    ObjectNode source = Params.optionalObject(req, "source")
        .orElseThrow(() -> Errors.badRequest("source must not be null"));
    Params.requiredText(source, "id");
    String endpointId = Params.requiredText(req, "endpoint_id");
    Optional<ObjectNode> config = Params.optionalObject(req, "config");
    config.ifPresent(InstanceStore::checkResource);
    if (!endpointAccepts.test(workspaceId, endpointId)) {
      throw Errors.notFound();
    }
    if (nameTaken(workspaceId, name, null)) {
      throw Errors.duplicateName("service instance", name);
    }
    String id = Ids.instanceId();
    String now = Ids.timestamp(clock.instant());
    ObjectNode i = Json.mapper().createObjectNode();
    i.put("id", id);
    i.put("name", name);
    description.ifPresent(d -> i.put("description", d));
    i.put("endpoint_id", endpointId);
    i.set("source", source.deepCopy());
    config.ifPresent(c -> i.set("config", c.deepCopy()));
    i.put("status", PENDING);
    boolean pgsql = config.map(c -> c.has("pgsql_instance_config")).orElse(false);
    i.put("type", pgsql ? "PGSQL_SERVICE" : "LLM_MODEL");
    i.put("url", "https://" + id + ".infer.fabric-ep-sim.invalid/v1/chat/completions");
    i.put("duration", 0L);
    i.put("create_user", USER);
    i.put("update_user", USER);
    i.put("create_time", now);
    i.put("update_time", now);
    insert(workspaceId, id, i);
    return idBody(id);
  }

  SimResponse show(String workspaceId, String id) {
    return SimResponse.json(200, read(workspaceId, id));
  }

  SimResponse list(String workspaceId, HttpUrl url) {
    int offset = Params.integer(url, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = Params.integer(url, "limit", 10, 1, 100);
    Optional<String> id = Params.text(url, "id");
    Optional<String> name = Params.text(url, "name");
    Optional<String> endpointId = Params.text(url, "endpoint_id");
    Optional<String> sourceId = Params.text(url, "source_id");
    Optional<String> versionId = Params.text(url, "version_id");
    Optional<String> type = Params.text(url, "type");
    // visibility is documented for this list but instances carry none: accepted and ignored.
    String sortBy = Params.oneOf(url, "sort_by", "CREATE_TIME", SORT_BY);
    String orderBy = Params.oneOf(url, "order_by", "DESC", ORDER_BY);

    // One "now" for the whole listing, so durations agree with each other and with the sort.
    long now = clock.millis();
    Comparator<Stored> order = Comparator.comparing((Stored s) -> s.created).thenComparingLong(s -> s.seq);
    if (sortBy.equals("DURATION")) {
      order = order.reversed(); // the oldest has run the longest
    }
    if (orderBy.equals("DESC")) {
      order = order.reversed();
    }
    List<ObjectNode> matches = inWorkspace(workspaceId).stream()
        .filter(i -> id.isEmpty() || i.id.equals(id.get()))
        .filter(i -> name.isEmpty() || i.name().contains(name.get()))
        .filter(i -> endpointId.isEmpty() || i.body.path("endpoint_id").asText().equals(endpointId.get()))
        .filter(i -> sourceId.isEmpty() || i.body.path("source").path("id").asText().equals(sourceId.get()))
        .filter(i -> versionId.isEmpty()
            || i.body.path("source").path("version_id").asText().equals(versionId.get()))
        .filter(i -> type.isEmpty() || i.body.path("type").asText().equalsIgnoreCase(type.get()))
        .sorted(order)
        .map(i -> view(i, now))
        .toList();
    return SimResponse.json(200, Params.page("service_instances", matches, offset, limit));
  }

  SimResponse update(String workspaceId, String id, String rawBody, BiPredicate<String, String> endpointAccepts) {
    Stored i = require(workspaceId, id);
    ObjectNode req = Params.object(rawBody);
    if (i.status().equals(DELETING)) {
      throw Errors.invalidState("service instance " + id + " is being deleted");
    }
    Optional<String> name = Params.optionalText(req, "name");
    if (name.isPresent()) {
      Params.checkName(name.get(), NAME, "name");
      if (nameTaken(workspaceId, name.get(), id)) {
        throw Errors.duplicateName("service instance", name.get());
      }
    }
    Optional<String> description = Params.optionalText(req, "description");
    Optional<String> endpointId = Params.optionalText(req, "endpoint_id");
    if (endpointId.isPresent() && !endpointAccepts.test(workspaceId, endpointId.get())) {
      throw Errors.notFound();
    }
    Optional<ObjectNode> source = Params.optionalObject(req, "source");
    Optional<ObjectNode> config = Params.optionalObject(req, "config");
    config.ifPresent(InstanceStore::checkResource);

    name.ifPresent(n -> i.body.put("name", n));
    description.ifPresent(d -> i.body.put("description", d));
    endpointId.ifPresent(e -> i.body.put("endpoint_id", e));
    source.ifPresent(s -> i.body.set("source", s.deepCopy()));
    config.ifPresent(c -> i.body.set("config", c.deepCopy()));
    i.body.put("update_user", USER);
    i.body.remove(List.of("error_code", "error_msg"));
    i.moveTo(UPDATING, clock.instant());
    return idBody(id);
  }

  SimResponse delete(String workspaceId, String id) {
    Stored i = require(workspaceId, id);
    if (!i.status().equals(DELETING)) {
      i.moveTo(DELETING, clock.instant());
    }
    return SimResponse.empty(200);
  }

  /** DeleteEndpoint with is_delete_app_instance=true takes its instances down with it. */
  void deleteAllOn(String workspaceId, String endpointId) {
    Instant now = clock.instant();
    for (Stored i : inWorkspace(workspaceId)) {
      if (i.body.path("endpoint_id").asText().equals(endpointId) && !i.status().equals(DELETING)) {
        i.moveTo(DELETING, now);
      }
    }
  }

  /** Endpoint ids hosting an instance of this model: what ListEndpoints' model_id filters on. */
  Set<String> endpointsServing(String workspaceId, String modelId) {
    return inWorkspace(workspaceId).stream()
        .filter(i -> i.body.path("source").path("id").asText().equals(modelId))
        .map(i -> i.body.path("endpoint_id").asText())
        .collect(Collectors.toSet());
  }

  /** The document's one stated check: max must be at least min. */
  private static void checkResource(ObjectNode config) {
    JsonNode resource = config.path("model_instance_config").path("resource");
    if (resource.path("min").isNumber() && resource.path("max").isNumber()
        && resource.path("max").asLong() < resource.path("min").asLong()) {
      throw Errors.badRequest("resource max must be greater than or equal to min");
    }
  }

  private static SimResponse idBody(String id) {
    return SimResponse.json(200, Json.mapper().createObjectNode().put("id", id));
  }
}
