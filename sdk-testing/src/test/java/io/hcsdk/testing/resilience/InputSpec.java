package io.hcsdk.testing.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The request side of a service's spec as the SDK ships it ({@code META-INF/hcsdk/<service>.yaml}):
 * its operations with their bodies and parameters, and its schemas.
 */
final class InputSpec {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

  final String service;
  private final JsonNode root;

  /** One parameter, its {@code $ref} resolved. */
  record Param(String name, String in, boolean required, JsonNode schema) {}

  /** One operation: its body schema (or null), query model (or null), parameters and scope. */
  record Op(String service, String id, String method, String path, String body, String queryType,
      List<Param> params, List<String> scope) {}

  private InputSpec(String service, JsonNode root) {
    this.service = service;
    this.root = root;
  }

  static InputSpec load(String service) {
    String resource = "/META-INF/hcsdk/" + service + ".yaml";
    try (InputStream in = InputSpec.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No " + resource + " on the class path");
      }
      return new InputSpec(service, new ObjectMapper(new YAMLFactory()).readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Op> operations() {
    List<Op> ops = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
      List<Param> shared = params(path.getValue().path("parameters"));
      for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
        if (!METHODS.contains(entry.getKey())) {
          continue;
        }
        JsonNode op = entry.getValue();
        List<Param> params = new ArrayList<>(shared);
        params.addAll(params(op.path("parameters")));
        List<String> scope = new ArrayList<>();
        op.path("x-hcsdk-scope").forEach(s -> scope.add(s.asText()));
        String body = ref(op.path("requestBody").path("content").path("application/json").path("schema"));
        String queryType = op.path("x-hcsdk-query-type").isTextual() ? op.get("x-hcsdk-query-type").asText() : null;
        ops.add(new Op(service, op.path("operationId").asText(), entry.getKey().toUpperCase(), path.getKey(), body,
            queryType, List.copyOf(params), List.copyOf(scope)));
      }
    }
    return ops;
  }

  private List<Param> params(JsonNode list) {
    List<Param> params = new ArrayList<>();
    for (JsonNode p : list) {
      JsonNode param = p.has("$ref") ? root.at(p.get("$ref").asText().substring(1)) : p;
      params.add(new Param(param.path("name").asText(), param.path("in").asText(), param.path("required").asBoolean(),
          param.path("schema")));
    }
    return params;
  }

  JsonNode schema(String name) {
    JsonNode schema = root.path("components").path("schemas").path(name);
    if (schema.isMissingNode()) {
      throw new IllegalArgumentException("No schema " + name + " in " + service + ".yaml");
    }
    return schema;
  }

  /** Whether {@code name} is a string enum. */
  boolean isEnum(String name) {
    return name != null && schema(name).has("enum");
  }

  /** The first documented value of enum {@code name}. */
  String firstEnumValue(String name) {
    return schema(name).path("enum").get(0).asText();
  }

  /** The schema named by {@code $ref} or {@code allOf: [{$ref}]}, or null. */
  static String ref(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return null;
    }
    if (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      return ref.substring(ref.lastIndexOf('/') + 1);
    }
    if (node.has("allOf")) {
      return ref(node.get("allOf").get(0));
    }
    return null;
  }


}
