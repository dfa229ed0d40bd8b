package io.hcsdk.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a JSON value (a documented example) against a schema of a spec: types, required
 * properties, enums, lengths, patterns, ranges, array sizes and the {@code x-hcsdk-...} wire
 * quirks. Objects are closed unless {@code additionalProperties} opens them, as the strict mapper
 * is: an example field the spec lacks is a problem, since the models would drop it.
 */
public final class SchemaValidator {
  private final JsonNode root;

  public SchemaValidator(SpecDocument spec) {
    this.root = spec.root();
  }

  /** Every problem of {@code value} against the schema at {@code schemaPointer}, as "path: what". */
  public List<String> validate(JsonNode value, String schemaPointer) {
    List<String> problems = new ArrayList<>();
    check(value, root.at(schemaPointer), "$", problems);
    return problems;
  }

  /** The schema a {@code $ref} names, or the schema itself. */
  JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    while (current.has("$ref")) {
      current = root.at(current.get("$ref").asText().substring(1));
    }
    return current;
  }

  private void check(JsonNode value, JsonNode schemaOrRef, String path, List<String> problems) {
    JsonNode schema = resolve(schemaOrRef);
    if (schema.isMissingNode()) {
      problems.add(path + ": no schema");
      return;
    }
    String wire = schema.path("x-hcsdk-wire").asText();
    if (value.isNull()) {
      if (!schema.path("nullable").asBoolean(false)) {
        problems.add(path + ": null is not allowed");
      }
      return;
    }
    if (value.isTextual() && value.asText().isEmpty() && "empty-string-absent".equals(wire)) {
      return;
    }
    if (schema.has("allOf")) {
      schema.get("allOf").forEach(part -> check(value, part, path, problems));
    }
    for (String key : List.of("oneOf", "anyOf")) {
      if (schema.has(key)) {
        int matching = 0;
        for (JsonNode part : schema.get(key)) {
          List<String> partProblems = new ArrayList<>();
          check(value, part, path, partProblems);
          matching += partProblems.isEmpty() ? 1 : 0;
        }
        if (matching == 0 || (key.equals("oneOf") && matching > 1)) {
          problems.add(path + ": matches " + matching + " of the " + key + " schemas");
        }
      }
    }
    String type = schema.path("type").asText(null);
    if (type == null) {
      return;
    }
    switch (type) {
      case "string" -> string(value, schema, path, problems);
      case "integer" -> {
        if ("int-or-string".equals(wire) && value.isTextual()) {
          if (!value.asText().matches("-?\\d+")) {
            problems.add(path + ": '" + value.asText() + "' is not an integer");
          } else {
            range(new BigDecimal(value.asText()), schema, path, problems);
          }
        } else if (!value.isIntegralNumber()) {
          problems.add(path + ": expected an integer, found " + value.getNodeType());
        } else {
          range(value.decimalValue(), schema, path, problems);
        }
      }
      case "number" -> {
        if (!value.isNumber()) {
          problems.add(path + ": expected a number, found " + value.getNodeType());
        } else {
          range(value.decimalValue(), schema, path, problems);
        }
      }
      case "boolean" -> {
        if (!value.isBoolean()) {
          problems.add(path + ": expected true or false, found " + value.getNodeType());
        }
      }
      case "array" -> array(value, schema, path, problems);
      case "object" -> object(value, schema, path, problems);
      default -> problems.add(path + ": unknown type " + type);
    }
  }

  private void string(JsonNode value, JsonNode schema, String path, List<String> problems) {
    if ("epoch-millis-string".equals(schema.path("x-hcsdk-time").asText())) {
      if (!value.isTextual() || !value.asText().matches("\\d+")) {
        problems.add(path + ": expected epoch milliseconds as a string");
      }
      return;
    }
    if (!value.isTextual()) {
      problems.add(path + ": expected a string, found " + value.getNodeType());
      return;
    }
    String text = value.asText();
    if (schema.has("enum")) {
      boolean known = false;
      for (JsonNode option : schema.get("enum")) {
        known |= option.asText().equals(text);
      }
      if (!known) {
        problems.add(path + ": '" + text + "' is not one of " + schema.get("enum"));
      }
    }
    if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
      problems.add(path + ": shorter than " + schema.get("minLength").asInt() + " characters");
    }
    if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
      problems.add(path + ": longer than " + schema.get("maxLength").asInt() + " characters");
    }
    if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text)
        .find()) {
      problems.add(path + ": '" + text + "' does not match " + schema.get("pattern").asText());
    }
    String forbidden = schema.path("x-hcsdk-forbidden-chars").asText("");
    for (char c : forbidden.toCharArray()) {
      if (text.indexOf(c) >= 0) {
        problems.add(path + ": contains the forbidden character " + c);
      }
    }
    if ("date-time".equals(schema.path("format").asText())) {
      try {
        OffsetDateTime.parse(text);
      } catch (DateTimeParseException e) {
        problems.add(path + ": '" + text + "' is not an ISO-8601 date-time with offset");
      }
    }
  }

  private void range(BigDecimal number, JsonNode schema, String path, List<String> problems) {
    if (schema.has("minimum") && number.compareTo(schema.get("minimum").decimalValue()) < 0) {
      problems.add(path + ": " + number + " is below the minimum " + schema.get("minimum"));
    }
    if (schema.has("maximum") && number.compareTo(schema.get("maximum").decimalValue()) > 0) {
      problems.add(path + ": " + number + " is above the maximum " + schema.get("maximum"));
    }
  }

  private void array(JsonNode value, JsonNode schema, String path, List<String> problems) {
    if (!value.isArray()) {
      problems.add(path + ": expected an array, found " + value.getNodeType());
      return;
    }
    if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
      problems.add(path + ": fewer than " + schema.get("minItems").asInt() + " items");
    }
    if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
      problems.add(path + ": more than " + schema.get("maxItems").asInt() + " items");
    }
    for (int i = 0; i < value.size(); i++) {
      check(value.get(i), schema.get("items"), path + "[" + i + "]", problems);
    }
  }

  private void object(JsonNode value, JsonNode schema, String path, List<String> problems) {
    if (!value.isObject()) {
      problems.add(path + ": expected an object, found " + value.getNodeType());
      return;
    }
    JsonNode properties = schema.path("properties");
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        problems.add(path + ": the required property '" + required.asText() + "' is missing");
      }
    }
    JsonNode additional = schema.path("additionalProperties");
    value.properties().forEach(entry -> {
      String child = path + "." + entry.getKey();
      if (properties.has(entry.getKey())) {
        check(entry.getValue(), properties.get(entry.getKey()), child, problems);
      } else if (additional.isObject()) {
        check(entry.getValue(), additional, child, problems);
      } else if (!additional.asBoolean(false)
          && !schema.path("x-hcsdk-keep-unknown").asBoolean(false)) {
        problems.add(child + ": not in the schema");
      }
    });
    properties.properties().forEach(entry -> {
      JsonNode property = resolve(entry.getValue());
      String low = entry.getValue().path("x-hcsdk-not-below").asText(
          property.path("x-hcsdk-not-below").asText(null));
      if (low != null && value.path(entry.getKey()).isNumber() && value.path(low).isNumber()
          && value.get(entry.getKey()).decimalValue().compareTo(value.get(low).decimalValue()) < 0) {
        problems.add(path + "." + entry.getKey() + ": below " + low);
      }
    });
  }
}
