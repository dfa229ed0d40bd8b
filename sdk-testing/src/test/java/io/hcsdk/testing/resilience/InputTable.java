package io.hcsdk.testing.resilience;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.json.Json;
import io.hcsdk.testing.Fixtures;
import io.hcsdk.testing.resilience.InputCases.Case;
import io.hcsdk.testing.resilience.InputCases.Where;
import io.hcsdk.testing.resilience.InputSpec.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The constraint cases of both services, built once: per operation with a body or a constrained
 * parameter, its valid base (the document's request example where there is one, else the smallest
 * valid request), the spec's constraints and one case per way of breaking each, plus the
 * hand-written cross-field rules ({@code x-hcsdk-customization}) that the schema cannot state.
 */
final class InputTable {
  /** The documents' verbatim request examples (sdk-testing's test resources) used as valid bases. */
  private static final Map<String, String> EXAMPLES = Map.of(
      "CreateEndpoint", "fabric-create-endpoint.request.json",
      "UpdateEndpoint", "fabric-update-endpoint.request.json",
      "DeployService", "fabric-deploy-service-instance.request.json",
      // UpdateServiceInstance's body is DeployService's with every field optional.
      "UpdateServiceInstance", "fabric-deploy-service-instance.request.json",
      "CreateDevEnvInstance", "modelarts-create-devenv.request.json",
      "CreateService", "modelarts-create-service.request-1-real-time.json",
      "AuthorizeWorkflowService", "modelarts-workflow-service-auth.request.json",
      "UpdateWorkflowSchedule", "modelarts-update-workflow-schedule.request.json",
      "CreateNotebookTags", "modelarts-create-notebook-tags.request.json");

  /** Valid shapes the hand-written storage rules need (only obs, extended only obsfs, both with a path). */
  private static final Map<String, JsonNode> SEEDS = Map.of(
      "DevEnvStorageInput", json("{\"type\":\"obs\",\"location\":{\"path\":\"/bucket/dir/\"}}"),
      "DevEnvExtendStorageInput", json("{\"type\":\"obsfs\",\"location\":{\"path\":\"/bucket/extended/\"}}"));

  private static final String AUTOSCALING =
      "/config/ray_service_config/ray_serve_config/applications/0/deployments/0/autoscaling_config";
  private static final String AUTOSCALING_PATH =
      "config.ray_service_config.ray_serve_config.applications[0].deployments[0].autoscaling_config";

  private static volatile InputTable table;

  private final List<OpCases> operations = new ArrayList<>();

  /** One operation's cases; its name is the scenario's. */
  record OpCases(Op op, String validBody, String validQuery, Set<String> inventory, List<Case> cases) {
    @Override
    public String toString() {
      String service = op.service().equals("fabric") ? "Fabric" : "ModelArts";
      return service + " " + op.id() + ": each of its " + cases.size()
          + " ways to break a documented constraint is refused with the field's path, nothing sent";
    }
  }

  static InputTable get() {
    if (table == null) {
      synchronized (InputTable.class) {
        if (table == null) {
          table = new InputTable();
        }
      }
    }
    return table;
  }

  private InputTable() {
    for (String service : List.of("fabric", "modelarts")) {
      InputSpec spec = InputSpec.load(service);
      InputCases walker = new InputCases(spec, SEEDS);
      for (Op op : spec.operations()) {
        Set<String> inventory = walker.inventory(op);
        if (op.body() == null && inventory.isEmpty()) {
          continue;
        }
        List<Case> cases = new ArrayList<>();
        ObjectNode body = op.body() == null ? null
            : EXAMPLES.containsKey(op.id()) ? (ObjectNode) json(Fixtures.read(EXAMPLES.get(op.id())))
                : walker.minimal(op.body());
        if (body != null) {
          cases.addAll(walker.body(op, body));
        }
        ObjectNode query = Json.mapper().createObjectNode();
        if (op.queryType() != null) {
          cases.addAll(walker.query(op, query));
        }
        cases.addAll(walker.path(op));
        if (body != null) {
          cases.addAll(rules(op, body));
        }
        operations.add(new OpCases(op, body == null ? null : body.toString(), query.toString(), inventory,
            List.copyOf(cases)));
      }
    }
  }

  List<OpCases> operations() {
    return operations;
  }

  /** The cross-field rules of the customized types, each broken alone on the valid base. */
  private static List<Case> rules(Op op, ObjectNode valid) {
    List<Case> rules = new ArrayList<>();
    switch (op.id()) {
      case "CreateEndpoint", "UpdateEndpoint" -> {
        String initial = AUTOSCALING_PATH + ".initial_replicas";
        rules.add(rule(op, valid, AUTOSCALING, initial, "AutoscalingConfigRules: initial below min_replicas",
            h -> h.put("min_replicas", 5).put("max_replicas", 10).put("initial_replicas", 4)));
        rules.add(rule(op, valid, AUTOSCALING, initial, "AutoscalingConfigRules: initial above max_replicas",
            h -> h.put("min_replicas", 1).put("max_replicas", 5).put("initial_replicas", 6)));
      }
      case "CreateDevEnvInstance" -> {
        rules.add(rule(op, valid, "/spec/auto_stop", "spec.auto_stop.duration",
            "DevEnvAutoStopRules: enabled without a duration", h -> h.put("enable", true).remove("duration")));
        storage(op, valid, rules, "/spec/storage", "spec.storage", "efs");
        storage(op, valid, rules, "/spec/extend_storage/0", "spec.extend_storage[0]", "obs");
      }
      case "UpdateDevEnvInstance" -> {
        rules.add(rule(op, valid, "/spec/auto_stop", "spec.auto_stop.duration",
            "DevEnvAutoStopRules: enabled without a duration", h -> h.put("enable", true).remove("duration")));
      }
      default -> { }
    }
    return rules;
  }

  private static void storage(Op op, ObjectNode valid, List<Case> rules, String pointer, String field,
      String unsupported) {
    rules.add(rule(op, valid, pointer, field + ".type", "storage rules: type " + unsupported + " is not supported",
        h -> h.put("type", unsupported)));
    rules.add(rule(op, valid, pointer, field + ".location", "storage rules: no location",
        h -> h.remove("location")));
    rules.add(rule(op, valid, pointer + "/location", field + ".location.path", "storage rules: location without a path",
        h -> h.remove("path")));
  }

  private static Case rule(Op op, ObjectNode valid, String pointer, String field, String what,
      Consumer<ObjectNode> change) {
    ObjectNode copy = valid.deepCopy();
    change.accept((ObjectNode) copy.at(pointer));
    return new Case(op, Where.BODY, field, "cross-field rule, " + what, "rule " + what, copy.toString(),
        Set.of());
  }

  static JsonNode json(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
