package io.hcsdk.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Structural validity of an OpenAPI 3.0 document: the objects, their allowed and required fields,
 * value types, status codes, path parameters against path templates, unique operation ids and
 * resolvable local {@code $ref}s. Not a full meta-schema: enough to catch the mistakes of a hand
 * transcription (a typo in a keyword, a 3.1-ism such as a type list, a dangling reference).
 */
public final class OpenApiChecker {
  private static final Set<String> ROOT = Set.of("openapi", "info", "servers", "paths",
      "components", "security", "tags", "externalDocs");
  private static final Set<String> INFO = Set.of("title", "description", "termsOfService",
      "contact", "license", "version");
  private static final Set<String> PATH_ITEM = Set.of("$ref", "summary", "description", "get",
      "put", "post", "delete", "options", "head", "patch", "trace", "servers", "parameters");
  static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head",
      "patch", "trace");
  private static final Set<String> OPERATION = Set.of("tags", "summary", "description",
      "externalDocs", "operationId", "parameters", "requestBody", "responses", "callbacks",
      "deprecated", "security", "servers");
  private static final Set<String> PARAMETER = Set.of("name", "in", "description", "required",
      "deprecated", "allowEmptyValue", "style", "explode", "allowReserved", "schema", "example",
      "examples", "content");
  private static final Set<String> REQUEST_BODY = Set.of("description", "content", "required");
  private static final Set<String> RESPONSE = Set.of("description", "headers", "content", "links");
  private static final Set<String> MEDIA_TYPE = Set.of("schema", "example", "examples", "encoding");
  private static final Set<String> COMPONENTS = Set.of("schemas", "responses", "parameters",
      "examples", "requestBodies", "headers", "securitySchemes", "links", "callbacks");
  private static final Set<String> SCHEMA = Set.of("title", "multipleOf", "maximum",
      "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern",
      "maxItems", "minItems", "uniqueItems", "maxProperties", "minProperties", "required", "enum",
      "type", "allOf", "oneOf", "anyOf", "not", "items", "properties", "additionalProperties",
      "description", "format", "default", "nullable", "discriminator", "readOnly", "writeOnly",
      "xml", "externalDocs", "example", "deprecated", "$ref");
  private static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean",
      "array", "object");
  private static final Set<String> SECURITY_SCHEME = Set.of("type", "description", "name", "in",
      "scheme", "bearerFormat", "flows", "openIdConnectUrl");
  private static final Pattern STATUS = Pattern.compile("[1-5](\\d\\d|XX)|default");
  private static final Pattern COMPONENT_KEY = Pattern.compile("[A-Za-z0-9._-]+");
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");

  private final SpecDocument spec;
  private final Map<String, String> operationIds = new HashMap<>();

  private OpenApiChecker(SpecDocument spec) {
    this.spec = spec;
  }

  /** Every structural problem of {@code spec}, recorded on it (see {@link SpecDocument#problems()}). */
  public static List<SpecProblem> check(SpecDocument spec) {
    new OpenApiChecker(spec).root();
    return spec.problems();
  }

  private void root() {
    JsonNode root = spec.root();
    if (!object("", root, ROOT, Set.of("openapi", "info", "paths"))) {
      return;
    }
    JsonNode version = root.path("openapi");
    if (!version.isTextual() || !version.asText().matches("3\\.0\\.\\d+")) {
      spec.problem("/openapi", "must be a 3.0.x version string (was " + version + ")");
    }
    if (object("/info", root.path("info"), INFO, Set.of("title", "version"))) {
      text("/info/title", root.path("info").path("title"));
      text("/info/version", root.path("info").path("version"));
    }
    if (root.has("servers")) {
      array("/servers", root.get("servers"));
    }
    JsonNode components = root.path("components");
    if (!components.isMissingNode() && object("/components", components, COMPONENTS, Set.of())) {
      components.properties().forEach(section -> {
        if (section.getKey().startsWith("x-")) {
          return;
        }
        String pointer = "/components/" + section.getKey();
        if (!section.getValue().isObject()) {
          spec.problem(pointer, "must be an object");
          return;
        }
        section.getValue().properties().forEach(entry -> {
          String child = pointer + "/" + SpecDocument.escape(entry.getKey());
          if (!COMPONENT_KEY.matcher(entry.getKey()).matches()) {
            spec.problem(child, "component names may contain only letters, digits, . _ -");
          }
          switch (section.getKey()) {
            case "schemas" -> schema(child, entry.getValue());
            case "parameters" -> parameter(child, entry.getValue());
            case "responses" -> response(child, entry.getValue());
            case "requestBodies" -> requestBody(child, entry.getValue());
            case "securitySchemes" -> securityScheme(child, entry.getValue());
            default -> { }
          }
        });
      });
    }
    JsonNode paths = root.path("paths");
    if (!paths.isObject()) {
      spec.problem("/paths", "must be an object");
      return;
    }
    paths.properties().forEach(entry -> {
      String path = entry.getKey();
      if (path.startsWith("x-")) {
        return;
      }
      String pointer = "/paths/" + SpecDocument.escape(path);
      if (!path.startsWith("/")) {
        spec.problem(pointer, "a path must start with '/'");
      }
      pathItem(pointer, path, entry.getValue());
    });
  }

  private void pathItem(String pointer, String path, JsonNode item) {
    if (!object(pointer, item, PATH_ITEM, Set.of())) {
      return;
    }
    Set<String> shared = parameters(pointer + "/parameters", item.path("parameters"));
    item.properties().forEach(entry -> {
      if (METHODS.contains(entry.getKey())) {
        operation(pointer + "/" + entry.getKey(), path, entry.getValue(), shared);
      }
    });
  }

  private void operation(String pointer, String path, JsonNode op, Set<String> sharedPathParams) {
    if (!object(pointer, op, OPERATION, Set.of("responses"))) {
      return;
    }
    JsonNode id = op.path("operationId");
    if (!id.isMissingNode() && text(pointer + "/operationId", id)) {
      String previous = operationIds.putIfAbsent(id.asText(), pointer);
      if (previous != null) {
        spec.problem(pointer + "/operationId", "operationId '" + id.asText()
            + "' is already used at " + previous);
      }
    }
    Set<String> declared = new LinkedHashSet<>(sharedPathParams);
    declared.addAll(parameters(pointer + "/parameters", op.path("parameters")));
    Set<String> inTemplate = new LinkedHashSet<>();
    Matcher m = TEMPLATE.matcher(path);
    while (m.find()) {
      inTemplate.add(m.group(1));
    }
    for (String name : inTemplate) {
      if (!declared.contains(name)) {
        spec.problem(pointer, "path parameter '" + name + "' of " + path + " is not declared");
      }
    }
    for (String name : declared) {
      if (!inTemplate.contains(name)) {
        spec.problem(pointer, "path parameter '" + name + "' is not in the path " + path);
      }
    }
    if (op.has("requestBody")) {
      requestBody(pointer + "/requestBody", op.get("requestBody"));
    }
    JsonNode responses = op.path("responses");
    if (responses.isMissingNode()) {
      return;
    }
    if (!responses.isObject() || responses.isEmpty()) {
      spec.problem(pointer + "/responses", "must be an object with at least one response");
      return;
    }
    responses.properties().forEach(entry -> {
      String child = pointer + "/responses/" + entry.getKey();
      if (entry.getKey().startsWith("x-")) {
        return;
      }
      if (!STATUS.matcher(entry.getKey()).matches()) {
        spec.problem(child, "a response key must be a status code (200, 4XX) or 'default'");
      }
      response(child, entry.getValue());
    });
  }

  /** Checks a parameter list; returns the names of its path parameters. */
  private Set<String> parameters(String pointer, JsonNode list) {
    Set<String> pathParams = new LinkedHashSet<>();
    if (list.isMissingNode()) {
      return pathParams;
    }
    if (!array(pointer, list)) {
      return pathParams;
    }
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String child = pointer + "/" + i;
      JsonNode parameter = resolve(child, list.get(i));
      if (parameter == null) {
        continue;
      }
      parameter(child, list.get(i));
      String key = parameter.path("in").asText() + ":" + parameter.path("name").asText();
      if (!seen.add(key)) {
        spec.problem(child, "parameter " + key + " is declared twice");
      }
      if ("path".equals(parameter.path("in").asText())) {
        pathParams.add(parameter.path("name").asText());
      }
    }
    return pathParams;
  }

  private void parameter(String pointer, JsonNode parameter) {
    if (parameter.has("$ref")) {
      ref(pointer, parameter);
      return;
    }
    if (!object(pointer, parameter, PARAMETER, Set.of("name", "in"))) {
      return;
    }
    text(pointer + "/name", parameter.path("name"));
    String in = parameter.path("in").asText();
    if (!Set.of("query", "header", "path", "cookie").contains(in)) {
      spec.problem(pointer + "/in", "must be query, header, path or cookie (was '" + in + "')");
    }
    if ("path".equals(in) && !parameter.path("required").asBoolean(false)) {
      spec.problem(pointer, "a path parameter must have required: true");
    }
    bool(pointer + "/required", parameter.path("required"));
    if (parameter.has("schema") == parameter.has("content")) {
      spec.problem(pointer, "a parameter needs exactly one of schema and content");
    }
    if (parameter.has("schema")) {
      schema(pointer + "/schema", parameter.get("schema"));
    }
    if (parameter.has("content")) {
      content(pointer + "/content", parameter.get("content"));
    }
  }

  private void requestBody(String pointer, JsonNode body) {
    if (body.has("$ref")) {
      ref(pointer, body);
      return;
    }
    if (object(pointer, body, REQUEST_BODY, Set.of("content"))) {
      content(pointer + "/content", body.get("content"));
      bool(pointer + "/required", body.path("required"));
    }
  }

  private void response(String pointer, JsonNode response) {
    if (response.has("$ref")) {
      ref(pointer, response);
      return;
    }
    if (object(pointer, response, RESPONSE, Set.of("description"))) {
      text(pointer + "/description", response.get("description"));
      if (response.has("content")) {
        content(pointer + "/content", response.get("content"));
      }
    }
  }

  private void content(String pointer, JsonNode content) {
    if (!content.isObject()) {
      spec.problem(pointer, "must be an object of media types");
      return;
    }
    content.properties().forEach(entry -> {
      String child = pointer + "/" + SpecDocument.escape(entry.getKey());
      if (!entry.getKey().contains("/")) {
        spec.problem(child, "'" + entry.getKey() + "' is not a media type");
      }
      if (object(child, entry.getValue(), MEDIA_TYPE, Set.of()) && entry.getValue().has("schema")) {
        schema(child + "/schema", entry.getValue().get("schema"));
      }
    });
  }

  private void securityScheme(String pointer, JsonNode scheme) {
    if (!object(pointer, scheme, SECURITY_SCHEME, Set.of("type"))) {
      return;
    }
    String type = scheme.path("type").asText();
    if (!Set.of("apiKey", "http", "oauth2", "openIdConnect").contains(type)) {
      spec.problem(pointer + "/type", "must be apiKey, http, oauth2 or openIdConnect");
    }
    if ("apiKey".equals(type) && (!scheme.has("name") || !scheme.has("in"))) {
      spec.problem(pointer, "an apiKey scheme needs name and in");
    }
  }

  void schema(String pointer, JsonNode schema) {
    if (schema.has("$ref")) {
      schema.fieldNames().forEachRemaining(name -> {
        if (!name.equals("$ref") && !name.equals("description") && !name.startsWith("x-")) {
          spec.problem(pointer + "/" + name, "beside $ref only description and x- extensions"
              + " are read ('" + name + "' would be ignored)");
        }
      });
      ref(pointer, schema);
      return;
    }
    if (!object(pointer, schema, SCHEMA, Set.of())) {
      return;
    }
    JsonNode type = schema.path("type");
    if (!type.isMissingNode() && !(type.isTextual() && TYPES.contains(type.asText()))) {
      spec.problem(pointer + "/type", "must be one of " + String.join(", ", List.copyOf(
          new java.util.TreeSet<>(TYPES))) + " (OpenAPI 3.0 has no type lists; use nullable)");
    }
    if ("array".equals(type.asText()) && !schema.has("items")) {
      spec.problem(pointer, "an array schema needs items");
    }
    for (String key : List.of("maxLength", "minLength", "maxItems", "minItems", "maxProperties",
        "minProperties")) {
      JsonNode value = schema.path(key);
      if (!value.isMissingNode() && !(value.isIntegralNumber() && value.asLong() >= 0)) {
        spec.problem(pointer + "/" + key, "must be a non-negative integer");
      }
    }
    for (String key : List.of("maximum", "minimum", "multipleOf")) {
      JsonNode value = schema.path(key);
      if (!value.isMissingNode() && !value.isNumber()) {
        spec.problem(pointer + "/" + key, "must be a number");
      }
    }
    for (String key : List.of("exclusiveMaximum", "exclusiveMinimum", "nullable", "readOnly",
        "writeOnly", "deprecated", "uniqueItems")) {
      bool(pointer + "/" + key, schema.path(key));
    }
    if (schema.path("minimum").isNumber() && schema.path("maximum").isNumber()
        && schema.get("minimum").decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
      spec.problem(pointer, "minimum is above maximum");
    }
    if (schema.path("minLength").isIntegralNumber() && schema.path("maxLength").isIntegralNumber()
        && schema.get("minLength").asLong() > schema.get("maxLength").asLong()) {
      spec.problem(pointer, "minLength is above maxLength");
    }
    if (schema.path("minItems").isIntegralNumber() && schema.path("maxItems").isIntegralNumber()
        && schema.get("minItems").asLong() > schema.get("maxItems").asLong()) {
      spec.problem(pointer, "minItems is above maxItems");
    }
    if (schema.has("pattern")) {
      if (!schema.get("pattern").isTextual()) {
        spec.problem(pointer + "/pattern", "must be a string");
      } else {
        try {
          Pattern.compile(schema.get("pattern").asText());
        } catch (PatternSyntaxException e) {
          spec.problem(pointer + "/pattern", "not a valid regular expression: " + e.getDescription());
        }
      }
    }
    if (schema.has("enum") && !(schema.get("enum").isArray() && !schema.get("enum").isEmpty())) {
      spec.problem(pointer + "/enum", "must be a non-empty array");
    }
    JsonNode required = schema.path("required");
    if (!required.isMissingNode()) {
      if (!required.isArray() || required.isEmpty()) {
        spec.problem(pointer + "/required", "must be a non-empty array of property names");
      } else {
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < required.size(); i++) {
          String name = required.get(i).asText();
          if (!required.get(i).isTextual() || !names.add(name)) {
            spec.problem(pointer + "/required/" + i, "must be a unique property name");
          } else if (schema.has("properties") && !schema.get("properties").has(name)) {
            spec.problem(pointer + "/required/" + i, "'" + name + "' is not a property");
          }
        }
      }
    }
    if (schema.has("properties")) {
      JsonNode properties = schema.get("properties");
      if (!properties.isObject()) {
        spec.problem(pointer + "/properties", "must be an object");
      } else {
        properties.properties().forEach(entry -> schema(
            pointer + "/properties/" + SpecDocument.escape(entry.getKey()), entry.getValue()));
      }
    }
    if (schema.has("items")) {
      schema(pointer + "/items", schema.get("items"));
    }
    JsonNode additional = schema.path("additionalProperties");
    if (additional.isObject()) {
      schema(pointer + "/additionalProperties", additional);
    } else if (!additional.isMissingNode() && !additional.isBoolean()) {
      spec.problem(pointer + "/additionalProperties", "must be a boolean or a schema");
    }
    for (String key : List.of("allOf", "oneOf", "anyOf")) {
      JsonNode list = schema.path(key);
      if (list.isMissingNode()) {
        continue;
      }
      if (!list.isArray() || list.isEmpty()) {
        spec.problem(pointer + "/" + key, "must be a non-empty array of schemas");
        continue;
      }
      for (int i = 0; i < list.size(); i++) {
        schema(pointer + "/" + key + "/" + i, list.get(i));
      }
    }
    if (schema.has("not")) {
      schema(pointer + "/not", schema.get("not"));
    }
  }

  /** A {@code $ref} must be a local reference that resolves. */
  private void ref(String pointer, JsonNode node) {
    resolve(pointer, node);
  }

  /** The node itself, or what its {@code $ref} points to; null (and a problem) when dangling. */
  private JsonNode resolve(String pointer, JsonNode node) {
    if (!node.has("$ref")) {
      return node;
    }
    JsonNode ref = node.get("$ref");
    if (!ref.isTextual() || !ref.asText().startsWith("#/")) {
      spec.problem(pointer + "/$ref", "only local references (#/components/...) are supported");
      return null;
    }
    JsonNode target = spec.at(ref.asText().substring(1));
    if (target.isMissingNode()) {
      spec.problem(pointer + "/$ref", "'" + ref.asText() + "' does not resolve");
      return null;
    }
    return target;
  }

  private boolean object(String pointer, JsonNode node, Set<String> allowed, Set<String> required) {
    if (!node.isObject()) {
      spec.problem(pointer, "must be an object");
      return false;
    }
    node.fieldNames().forEachRemaining(name -> {
      if (!name.startsWith("x-") && !allowed.contains(name)) {
        spec.problem(pointer + "/" + SpecDocument.escape(name), "'" + name
            + "' is not an OpenAPI 3.0 keyword here");
      }
    });
    for (String name : required) {
      if (!node.has(name)) {
        spec.problem(pointer, "'" + name + "' is required");
      }
    }
    return true;
  }

  private boolean text(String pointer, JsonNode node) {
    if (!node.isTextual()) {
      spec.problem(pointer, "must be a string");
      return false;
    }
    return true;
  }

  private void bool(String pointer, JsonNode node) {
    if (!node.isMissingNode() && !node.isBoolean()) {
      spec.problem(pointer, "must be true or false");
    }
  }

  private boolean array(String pointer, JsonNode node) {
    if (!node.isArray()) {
      spec.problem(pointer, "must be an array");
      return false;
    }
    return true;
  }
}
