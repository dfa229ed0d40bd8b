package io.hcsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.json.Json;

/**
 * Operations that belong to no resource family: the documented answers of the ModelArts read-only
 * singletons, and a schema-shaped answer for any operation a newer spec adds before the simulator knows
 * it (so every operation of the specs is routed and answered).
 */
public final class Singletons {
  private Singletons() {}

  public static SimResponse answer(ResourceStore store, SimRequest request) {
    OperationSpec op = request.operation();
    return switch (op.id()) {
      case "ShowWorkflowTodoList" -> SimResponse.json(op.successStatus(),
          Seeds.example("modelarts-workflow-todolist.response-200.json"));
      case "ShowAutoSearchYamlTemplates" -> SimResponse.json(op.successStatus(),
          Seeds.example("modelarts-autosearch-yaml-templates.response-200.json"));
      case "ShowAutoSearchYamlTemplateContent" -> {
        String name = request.path().getOrDefault("algorithm_name", "template");
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("file_name", name + ".yaml");
        out.put("content", "# AutoSearch template " + request.path().getOrDefault("algorithm_type", "") + "/" + name
            + "\nsearch_space: []\n");
        yield SimResponse.json(op.successStatus(), out);
      }
      case "AuthorizeWorkflowService" -> SimResponse.json(op.successStatus(),
          Json.mapper().createObjectNode().put("result", "success"));
      case "CreateNotebookTags" -> {
        String project = request.path().getOrDefault("project_id", "");
        String id = request.path().getOrDefault("resource_id", "");
        synchronized (store) {
          if (store.find(ModelArtsKinds.DEVENVS, project, id).isEmpty()) {
            throw ErrorBodies.notFound(op, "instance", id);
          }
        }
        yield SimResponse.empty(op.successStatus());
      }
      default -> generic(op);
    };
  }

  /** The success status with the least body its schema allows: required strings get placeholder values. */
  private static SimResponse generic(OperationSpec op) {
    if (op.successSchema().isEmpty()) {
      return SimResponse.empty(op.successStatus());
    }
    JsonNode schema = op.document().resolve(op.successSchema().get());
    ObjectNode out = Json.mapper().createObjectNode();
    for (JsonNode required : schema.path("required")) {
      out.put(required.asText(), Ids.uuid());
    }
    return SimResponse.json(op.successStatus(), out);
  }
}
