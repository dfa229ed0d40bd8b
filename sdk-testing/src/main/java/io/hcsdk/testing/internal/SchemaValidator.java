package io.hcsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against a spec schema the way the service does: types, required fields, enums,
 * lengths, patterns, ranges, array sizes and the conventions' {@code x-hcsdk-forbidden-chars},
 * {@code x-hcsdk-not-below}, {@code x-hcsdk-not-blank} and wire quirks. Unknown fields are ignored, as
 * the services' JSON readers do. The same rules as sdk-codegen's SchemaValidator, written again here so
 * that sdk-testing does not depend on the build-time generator.
 *
 * <p>{@code strict} mode (for checking the simulator's own answers) also refuses unknown fields of
 * closed objects.
 */
public final class SchemaValidator {
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  /** One problem: where, what, and whether it is a type mismatch (the services word those apart). */
  public record Violation(String path, String message, boolean typeMismatch) {
    @Override
    public String toString() {
      return (path.isEmpty() ? "body" : path) + ": " + message;
    }
  }

  private final SpecDocument doc;
  private final boolean strict;

  public SchemaValidator(SpecDocument doc, boolean strict) {
    this.doc = doc;
    this.strict = strict;
  }

  public List<Violation> validate(JsonNode value, JsonNode schema, String path) {
    List<Violation> out = new ArrayList<>();
    check(value, schema, path, out);
    return out;
  }

  private void check(JsonNode value, JsonNode rawSchema, String path, List<Violation> out) {
    JsonNode schema = doc.resolve(rawSchema);
    if (value == null || value.isNull() || value.isMissingNode()) {
      return; // absent: the parent's `required` decides
    }
    if (schema.path("x-hcsdk-free-form").asBoolean(false)) {
      return;
    }
    if (schema.has("allOf")) {
      for (JsonNode part : schema.get("allOf")) {
        check(value, part, path, out);
      }
    }
    if (schema.has("oneOf") || schema.has("anyOf")) {
      JsonNode options = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
      boolean any = false;
      for (JsonNode option : options) {
        if (validate(value, option, path).isEmpty()) {
          any = true;
          break;
        }
      }
      if (!any) {
        out.add(new Violation(path, "matches none of the allowed shapes", true));
      }
      return;
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
    switch (type) {
      case "object" -> checkObject(value, schema, path, out);
      case "array" -> checkArray(value, schema, path, out);
      case "string" -> checkString(value, schema, path, out);
      case "integer", "number" -> checkNumber(value, schema, path, type.equals("integer"), out);
      case "boolean" -> {
        if (!value.isBoolean() && !emptyStringAbsent(value, schema)) {
          out.add(new Violation(path, "must be a boolean", true));
        }
      }
      default -> { } // no type: any JSON value
    }
  }

  private void checkObject(JsonNode value, JsonNode schema, String path, List<Violation> out) {
    if (!value.isObject()) {
      if (!emptyStringAbsent(value, schema)) {
        out.add(new Violation(path, "must be an object", true));
      }
      return;
    }
    JsonNode properties = schema.path("properties");
    for (JsonNode required : schema.path("required")) {
      JsonNode v = value.get(required.asText());
      if (v == null || v.isNull()) {
        out.add(new Violation(join(path, required.asText()), "is required", false));
      } else if (v.isTextual() && v.asText().isBlank() && isPlainString(properties.get(required.asText()))) {
        out.add(new Violation(join(path, required.asText()), "is required", false));
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode propertySchema = properties.get(field.getKey());
      String fieldPath = join(path, field.getKey());
      if (propertySchema != null) {
        check(field.getValue(), propertySchema, fieldPath, out);
        notBlank(field.getValue(), propertySchema, fieldPath, out);
        notBelow(value, field.getKey(), doc.resolve(propertySchema), fieldPath, out);
      } else {
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && additional.isObject()) {
          check(field.getValue(), additional, fieldPath, out);
        } else if (strict && additional == null && !schema.path("x-hcsdk-keep-unknown").asBoolean(false)) {
          out.add(new Violation(fieldPath, "is not a documented field", true));
        }
      }
    }
  }

  private void checkArray(JsonNode value, JsonNode schema, String path, List<Violation> out) {
    if (!value.isArray()) {
      out.add(new Violation(path, "must be an array", true));
      return;
    }
    int min = schema.path("minItems").asInt(0);
    int max = schema.path("maxItems").asInt(Integer.MAX_VALUE);
    if (value.size() < min || value.size() > max) {
      out.add(new Violation(path, "must have " + min + " to " + (max == Integer.MAX_VALUE ? "any number of" : max)
          + " entries (had " + value.size() + ")", false));
    }
    JsonNode items = schema.path("items");
    for (int i = 0; i < value.size(); i++) {
      check(value.get(i), items, path + "[" + i + "]", out);
    }
  }

  private void checkString(JsonNode value, JsonNode schema, String path, List<Violation> out) {
    if (!value.isTextual()) {
      out.add(new Violation(path, "must be a string", true));
      return;
    }
    String text = value.asText();
    if (schema.has("enum")) {
      boolean known = false;
      for (JsonNode allowed : schema.get("enum")) {
        known |= allowed.asText().equals(text);
      }
      if (!known) {
        out.add(new Violation(path, "must be one of " + schema.get("enum") + " (was " + text + ")", true));
      }
      return;
    }
    int length = text.codePointCount(0, text.length());
    int min = schema.path("minLength").asInt(0);
    int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
    if (length < min || length > max) {
      out.add(new Violation(path, "must be " + min + " to " + (max == Integer.MAX_VALUE ? "any number of" : max)
          + " characters (was " + length + ")", false));
    }
    if (schema.has("pattern") && !text.isEmpty()) {
      Pattern pattern = PATTERNS.computeIfAbsent(schema.get("pattern").asText(), Pattern::compile);
      if (!pattern.matcher(text).find()) {
        out.add(new Violation(path, "may contain only "
            + schema.path("x-hcsdk-pattern-text").asText(schema.get("pattern").asText()), false));
      }
    }
    String forbidden = schema.path("x-hcsdk-forbidden-chars").asText("");
    for (int i = 0; i < forbidden.length(); i++) {
      if (text.indexOf(forbidden.charAt(i)) >= 0) {
        out.add(new Violation(path, "must not contain any of " + forbidden, false));
        break;
      }
    }
  }

  private static void checkNumber(JsonNode value, JsonNode schema, String path, boolean integer,
      List<Violation> out) {
    JsonNode number = value;
    String wire = schema.path("x-hcsdk-wire").asText("");
    if (value.isTextual()) {
      if (value.asText().isEmpty() && emptyStringAbsent(value, schema)) {
        return;
      }
      if (wire.equals("int-or-string") || wire.equals("string")) {
        try {
          number = com.fasterxml.jackson.databind.node.DecimalNode.valueOf(new java.math.BigDecimal(value.asText()));
        } catch (NumberFormatException e) {
          out.add(new Violation(path, "must be a number", true));
          return;
        }
      }
    }
    if (!number.isNumber() || (integer && !isIntegral(number))) {
      out.add(new Violation(path, integer ? "must be an integer" : "must be a number", true));
      return;
    }
    double v = number.asDouble();
    boolean low = schema.has("minimum") && v < schema.get("minimum").asDouble();
    boolean high = schema.has("maximum") && v > schema.get("maximum").asDouble();
    if (low || high) {
      String min = schema.has("minimum") ? schema.get("minimum").asText() : "-∞";
      String max = schema.has("maximum") ? schema.get("maximum").asText() : "∞";
      out.add(new Violation(path, "must be between " + min + " and " + max + " (was " + number.asText() + ")", false));
    }
  }

  private static boolean isIntegral(JsonNode number) {
    return number.isIntegralNumber() || number.decimalValue().stripTrailingZeros().scale() <= 0;
  }

  /** {@code x-hcsdk-not-below: sibling}: this number must not be below the sibling when both are given. */
  private static void notBelow(JsonNode object, String field, JsonNode schema, String path, List<Violation> out) {
    String sibling = schema.path("x-hcsdk-not-below").asText("");
    if (sibling.isEmpty()) {
      return;
    }
    JsonNode high = object.get(field);
    JsonNode low = object.get(sibling);
    if (high != null && low != null && high.isNumber() && low.isNumber() && high.asDouble() < low.asDouble()) {
      out.add(new Violation(path, "must be >= " + sibling + " (" + high.asText() + " < " + low.asText() + ")", false));
    }
  }

  private void notBlank(JsonNode value, JsonNode rawSchema, String path, List<Violation> out) {
    JsonNode schema = doc.resolve(rawSchema);
    if (schema.path("x-hcsdk-not-blank").asBoolean(false) && value.isTextual() && value.asText().isBlank()) {
      out.add(new Violation(path, "is required", false));
    }
  }

  /** A required string without minLength is implicitly not blank (the conventions' rule). */
  private boolean isPlainString(JsonNode rawSchema) {
    if (rawSchema == null) {
      return false;
    }
    JsonNode schema = doc.resolve(rawSchema);
    return schema.path("type").asText("").equals("string") && !schema.has("minLength") && !schema.has("enum");
  }

  private static boolean emptyStringAbsent(JsonNode value, JsonNode schema) {
    return value.isTextual() && value.asText().isEmpty()
        && schema.path("x-hcsdk-wire").asText("").equals("empty-string-absent");
  }

  private static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }
}
