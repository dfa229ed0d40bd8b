package io.hcsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * A request that passed routing and its operation's schema checks: path parameters, query parameters
 * typed by their schemas (enums in their documented case), and the JSON body.
 *
 * @param operation the routed operation
 * @param path decoded path parameters
 * @param query the given query parameters, typed; absent ones are missing
 * @param body the JSON body, when the operation takes one
 */
public record SimRequest(OperationSpec operation, Map<String, String> path, Map<String, JsonNode> query,
    Optional<JsonNode> body) {

  public SimRequest {
    path = Map.copyOf(path);
    query = Map.copyOf(query);
  }

  /** A text query parameter, if given. */
  public Optional<String> queryText(String name) {
    JsonNode v = query.get(name);
    return v == null ? Optional.empty() : Optional.of(v.asText());
  }

  public Optional<Long> queryLong(String name) {
    JsonNode v = query.get(name);
    return v == null || !v.canConvertToLong() ? Optional.empty() : Optional.of(v.asLong());
  }

  public Optional<Boolean> queryBool(String name) {
    JsonNode v = query.get(name);
    return v == null ? Optional.empty() : Optional.of(v.asBoolean());
  }

  /** The body as an object (empty object when there is none). */
  public ObjectNode bodyObject() {
    return body.filter(JsonNode::isObject).map(b -> (ObjectNode) b).orElseGet(() -> Json.mapper().createObjectNode());
  }

  /**
   * Checks {@code url} and {@code rawBody} against {@code route}'s operation.
   *
   * @throws SimError the service's 400 when anything is off
   */
  public static SimRequest read(ApiSpec.Route route, HttpUrl url, String rawBody) {
    OperationSpec op = route.operation();
    SchemaValidator validator = new SchemaValidator(op.document(), false);
    List<SchemaValidator.Violation> violations = new ArrayList<>();
    for (OperationSpec.ParamSpec p : op.pathParameters()) {
      String value = route.pathParams().get(p.name());
      if (value != null) {
        violations.addAll(validator.validate(JsonNodeFactory.instance.textNode(value), p.schema(), p.name()));
      }
    }
    Map<String, JsonNode> query = new LinkedHashMap<>();
    for (OperationSpec.ParamSpec p : op.queryParameters()) {
      List<String> raw = url.queryParameterValues(p.name()).stream().filter(v -> v != null && !v.isEmpty()).toList();
      if (raw.isEmpty()) {
        if (p.required()) {
          violations.add(new SchemaValidator.Violation(p.name(), "is required", false));
        }
        continue;
      }
      JsonNode schema = op.document().resolve(p.schema());
      JsonNode typed;
      if (schema.path("type").asText().equals("array")) {
        typed = JsonNodeFactory.instance.arrayNode();
        for (String v : raw) {
          ((com.fasterxml.jackson.databind.node.ArrayNode) typed).add(typedQuery(v, schema.path("items"), op));
        }
      } else {
        typed = typedQuery(raw.get(0), schema, op);
      }
      violations.addAll(validator.validate(typed, p.schema(), p.name()));
      query.put(p.name(), typed);
    }
    Optional<JsonNode> body = Optional.empty();
    if (op.body().isPresent()) {
      if (rawBody == null || rawBody.isBlank()) {
        if (op.bodyRequired()) {
          throw ErrorBodies.badRequest(op, List.of(new SchemaValidator.Violation("", "Required request body is missing",
              false)));
        }
      } else {
        JsonNode parsed;
        try {
          parsed = Json.mapper().readTree(rawBody);
        } catch (Exception e) {
          throw ErrorBodies.badRequest(op, List.of(new SchemaValidator.Violation("",
              "JSON parse error., cause: HttpMessageNotReadableException", true)));
        }
        violations.addAll(validator.validate(parsed, op.body().get(), ""));
        body = Optional.of(parsed);
      }
    }
    if (!violations.isEmpty()) {
      throw ErrorBodies.badRequest(op, violations);
    }
    return new SimRequest(op, route.pathParams(), query, body);
  }

  /** A query string value as the JSON its schema describes; left as text when it does not parse. */
  private static JsonNode typedQuery(String value, JsonNode rawSchema, OperationSpec op) {
    JsonNode schema = op.document().resolve(rawSchema);
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (schema.path("type").asText("string")) {
      case "integer" -> {
        try {
          return f.numberNode(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
          return f.textNode(value);
        }
      }
      case "number" -> {
        try {
          return f.numberNode(new java.math.BigDecimal(value.trim()));
        } catch (NumberFormatException e) {
          return f.textNode(value);
        }
      }
      case "boolean" -> {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("false") ? f.booleanNode(Boolean.parseBoolean(v)) : f.textNode(value);
      }
      default -> {
        // Query enums are matched without regard to case, as the services' parameter binding does.
        for (JsonNode allowed : schema.path("enum")) {
          if (allowed.asText().equalsIgnoreCase(value)) {
            return f.textNode(allowed.asText());
          }
        }
        return f.textNode(value);
      }
    }
  }
}
