package io.hcsdk.testing.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.testing.resilience.InputSpec.Op;
import io.hcsdk.testing.resilience.InputSpec.Param;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The constraints a spec states, found by a plain scan of its schemas and parameters (not by
 * {@link InputCases}' walk, whose coverage it checks), and whether a schema constrains anything.
 */
final class InputInventory {
  /** The keywords of a property that constrain a request, as sdk-codegen/README.md lists them. */
  static final Set<String> KNOWN_CONSTRAINTS = Set.of("required", "minLength", "maxLength", "pattern", "minimum",
      "maximum", "minItems", "maxItems", "x-hcsdk-forbidden-chars", "x-hcsdk-not-blank", "x-hcsdk-not-below");
  /** The keywords that describe without constraining (enums are open: any value is kept). */
  private static final Set<String> DESCRIPTIVE = Set.of("type", "format", "description", "$ref", "allOf", "items",
      "additionalProperties", "default", "nullable", "enum", "x-hcsdk-pattern-text", "x-hcsdk-free-form",
      "x-hcsdk-env-map", "x-hcsdk-wire", "x-hcsdk-java-name", "x-hcsdk-time", "x-hcsdk-secret", "x-hcsdk-identity",
      "x-hcsdk-open-enum", "x-hcsdk-package-suffix");

  private final InputSpec spec;

  InputInventory(InputSpec spec) {
    this.spec = spec;
  }

  /**
   * Every constraint {@code op} states, found by a plain scan of the spec (not by the walk):
   * {@code Schema.property keyword}, query parameters under the query model's name, path parameters
   * under their own. Fails on a keyword that is neither a known constraint nor descriptive.
   */
  Set<String> of(Op op) {
    Set<String> found = new LinkedHashSet<>();
    if (op.body() != null) {
      scan(op.body(), found, new HashSet<>());
    }
    for (Param p : op.params()) {
      if (p.in().equals("query")) {
        keywords(op.queryType() + "." + p.name(), p.schema(), p.required(), found);
      } else if (p.in().equals("path") && constrained(p.schema())) {
        keywords(p.name(), p.schema(), false, found);
      }
    }
    return found;
  }

  private void scan(String schemaName, Set<String> found, Set<String> seen) {
    if (!seen.add(schemaName) || spec.isEnum(schemaName)) {
      return;
    }
    JsonNode schema = spec.schema(schemaName);
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
      keywords(schemaName + "." + p.getKey(), p.getValue(), required.contains(p.getKey()), found);
      for (JsonNode node : List.of(p.getValue(), p.getValue().path("items"),
          p.getValue().path("additionalProperties"))) {
        String ref = InputSpec.ref(node);
        if (ref != null) {
          scan(ref, found, seen);
        }
      }
    }
  }

  private static void keywords(String key, JsonNode ps, boolean required, Set<String> found) {
    if (required) {
      found.add(key + " required");
    }
    for (Map.Entry<String, JsonNode> k : ps.properties()) {
      String keyword = k.getKey();
      if (DESCRIPTIVE.contains(keyword)) {
        continue;
      }
      if (!KNOWN_CONSTRAINTS.contains(keyword)) {
        throw new IllegalStateException(key + ": keyword " + keyword + " is not a constraint this walk can break");
      }
      boolean vacuous = (keyword.equals("minLength") || keyword.equals("minItems")) && k.getValue().asInt() == 0
          || keyword.equals("x-hcsdk-not-blank") && !k.getValue().asBoolean();
      if (!vacuous) {
        found.add(key + " " + keyword);
      }
    }
  }

  // ------------------------------------------------------------------ valid values

  /** Whether schema {@code schemaName}, or one it reaches, constrains a request. */
  boolean constrained(String schemaName) {
    return constrained(schemaName, new HashSet<>());
  }

  private boolean constrained(String schemaName, Set<String> seen) {
    if (!seen.add(schemaName) || spec.isEnum(schemaName)) {
      return false;
    }
    JsonNode schema = spec.schema(schemaName);
    if (schema.path("required").size() > 0 || schema.has("x-hcsdk-customization")) {
      return true;
    }
    for (JsonNode p : schema.path("properties")) {
      if (constrained(p)) {
        return true;
      }
      for (JsonNode node : List.of(p, p.path("items"))) {
        String ref = InputSpec.ref(node);
        if (ref != null && constrained(ref, seen)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean constrained(JsonNode ps) {
    Set<String> found = new HashSet<>();
    keywords("p", ps, false, found);
    return !found.isEmpty();
  }
}
