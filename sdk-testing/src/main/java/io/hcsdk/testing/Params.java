package io.hcsdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** Query and body parsing shared by the stores; every failure is a Fabric-style 400. */
final class Params {
  private static final Pattern WORKSPACE_ID = Pattern.compile("[A-Za-z0-9-]{1,36}");

  private Params() {}

  static void checkWorkspace(String workspaceId) {
    if (!WORKSPACE_ID.matcher(workspaceId).matches()) {
      throw Errors.badRequest("workspace_id must be 1 to 36 letters, digits or hyphens");
    }
  }

  /** A non-empty query parameter. */
  static Optional<String> text(HttpUrl url, String name) {
    String value = url.queryParameter(name);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  static int integer(HttpUrl url, String name, int defaultValue, int min, int max) {
    Optional<String> raw = text(url, name);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    int value;
    try {
      value = Integer.parseInt(raw.get());
    } catch (NumberFormatException e) {
      throw Errors.badRequest("Type mismatch., parameter " + name + " is not an integer");
    }
    if (value < min || value > max) {
      throw Errors.badRequest(name + " must be between " + min + " and " + max);
    }
    return value;
  }

  static Optional<Boolean> bool(HttpUrl url, String name) {
    Optional<String> raw = text(url, name);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    String v = raw.get().toLowerCase(Locale.ROOT);
    if (!v.equals("true") && !v.equals("false")) {
      throw Errors.badRequest("Type mismatch., parameter " + name + " is not a boolean");
    }
    return Optional.of(Boolean.parseBoolean(v));
  }

  /** An enumerated query parameter, compared case-insensitively and returned upper case. */
  static String oneOf(HttpUrl url, String name, String defaultValue, Set<String> allowed) {
    Optional<String> raw = text(url, name);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    String v = raw.get().toUpperCase(Locale.ROOT);
    if (!allowed.contains(v)) {
      throw Errors.badRequest(name + " must be one of " + allowed);
    }
    return v;
  }

  /** The request body as a JSON object, or a 400 like the document's "Type mismatch". */
  static ObjectNode object(String body) {
    if (body == null || body.isBlank()) {
      throw Errors.badRequest("Required request body is missing");
    }
    JsonNode node;
    try {
      node = Json.mapper().readTree(body);
    } catch (Exception e) {
      throw Errors.badRequest("JSON parse error., cause: HttpMessageNotReadableException");
    }
    if (node == null || !node.isObject()) {
      throw Errors.badRequest("Type mismatch., cause: TypeMismatchException");
    }
    return (ObjectNode) node;
  }

  /** A string field that must be present and non-blank. */
  static String requiredText(ObjectNode body, String field) {
    return optionalText(body, field)
        .filter(s -> !s.isBlank())
        .orElseThrow(() -> Errors.badRequest(field + " must not be blank"));
  }

  /** A string field if present; a non-string value is a type mismatch. */
  static Optional<String> optionalText(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      throw Errors.badRequest("Type mismatch., field " + field + " must be a string");
    }
    return Optional.of(node.asText());
  }

  /** An object field if present; anything else is a type mismatch. */
  static Optional<ObjectNode> optionalObject(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw Errors.badRequest("Type mismatch., field " + field + " must be an object");
    }
    return Optional.of((ObjectNode) node);
  }

  static void checkName(String name, Pattern pattern, String field) {
    if (!pattern.matcher(name).matches()) {
      throw Errors.badRequest(field + " is invalid: " + name);
    }
  }

  /** {@code {"total": N, key: [page]}}: total counts every match, not just the page. */
  static ObjectNode page(String key, List<ObjectNode> matches, int offset, int limit) {
    ObjectNode out = Json.mapper().createObjectNode();
    out.put("total", matches.size());
    ArrayNode items = out.putArray(key);
    matches.stream().skip(offset).limit(limit).forEach(items::add);
    return out;
  }
}
