package io.hcsdk.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.hcsdk.codegen.JType.Kind;
import io.hcsdk.codegen.ServiceModel.EnumType;
import io.hcsdk.codegen.ServiceModel.ObjectType;
import io.hcsdk.codegen.ServiceModel.Operation;
import io.hcsdk.codegen.ServiceModel.Parameter;
import io.hcsdk.codegen.ServiceModel.Property;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Reads a checked OpenAPI document into a {@link ServiceModel}, applying the hcsdk conventions
 * (sdk-codegen/README.md). Every convention broken is a problem with its JSON pointer.
 */
final class ModelReader {
  static final Set<String> EXTENSIONS = Set.of(
      // document
      "x-hcsdk-service", "x-hcsdk-model-package", "x-hcsdk-operations-class",
      // operations, request bodies and responses
      "x-hcsdk-host", "x-hcsdk-scope", "x-hcsdk-query-type", "x-hcsdk-idempotent",
      "x-hcsdk-paging", "x-hcsdk-customization", "x-hcsdk-example",
      // schemas
      "x-hcsdk-java-name", "x-hcsdk-package-suffix", "x-hcsdk-open-enum", "x-hcsdk-status-groups",
      "x-hcsdk-enum-java-names", "x-hcsdk-keep-unknown", "x-hcsdk-variant-of", "x-hcsdk-generate",
      // properties
      "x-hcsdk-secret", "x-hcsdk-env-map", "x-hcsdk-free-form", "x-hcsdk-time", "x-hcsdk-wire",
      "x-hcsdk-pattern-text", "x-hcsdk-forbidden-chars", "x-hcsdk-not-below", "x-hcsdk-not-blank",
      "x-hcsdk-identity");
  private static final Set<String> PAGING = Set.of("style", "offset-param", "limit-param",
      "token-param", "items", "total", "next-token", "default-page-size", "max-page-size",
      "zero-means-all", "first-page", "remaining-items");
  /** Names the generated types use for themselves; no accessor may take them. */
  private static final Set<String> RESERVED_ACCESSORS = Set.of("builder", "from", "fromJson",
      "toJson", "toBuilder", "validate", "validateOrThrow", "toString", "hashCode", "equals",
      "getClass", "notify", "notifyAll", "wait", "clone", "finalize");
  private static final Pattern JAVA_PACKAGE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

  private final SpecDocument spec;
  private final ServiceModel model = new ServiceModel();
  private final Set<String> skipped = new HashSet<>();

  private ModelReader(SpecDocument spec) {
    this.spec = spec;
  }

  /** The model of a structurally valid spec; a {@link SpecException} lists every problem. */
  static ServiceModel read(SpecDocument spec) {
    ModelReader reader = new ModelReader(spec);
    reader.readAll();
    spec.throwIfProblems();
    return reader.model;
  }

  private void readAll() {
    model.file = spec.file();
    unknownExtensions("", spec.root());
    JsonNode info = spec.root().path("info");
    model.service = info.path("x-hcsdk-service").asText(null);
    model.modelPackage = info.path("x-hcsdk-model-package").asText(null);
    if (model.service == null) {
      spec.problem("/info", "x-hcsdk-service is required (fabric, modelarts, ...)");
    }
    if (model.modelPackage == null || !JAVA_PACKAGE.matcher(model.modelPackage).matches()) {
      spec.problem("/info", "x-hcsdk-model-package must be a Java package name");
      model.modelPackage = "invalid";
    }
    String operations = info.path("x-hcsdk-operations-class").asText(null);
    if (operations == null && model.service != null) {
      String base = model.modelPackage.endsWith(".model")
          ? model.modelPackage.substring(0, model.modelPackage.length() - ".model".length())
          : model.modelPackage;
      operations = base + ".internal." + Character.toUpperCase(model.service.charAt(0))
          + camelCase(model.service).substring(1) + "Operations";
    }
    if (operations != null) {
      int dot = operations.lastIndexOf('.');
      model.operationsPackage = dot < 0 ? "" : operations.substring(0, dot);
      model.operationsClass = operations.substring(dot + 1);
      if (dot < 0 || !JAVA_PACKAGE.matcher(model.operationsPackage).matches()
          || !SourceVersion.isName(model.operationsClass)) {
        spec.problem("/info", "x-hcsdk-operations-class must be a qualified Java class name");
      }
    }
    JsonNode schemas = spec.root().path("components").path("schemas");
    schemas.properties().forEach(e -> {
      if (!e.getValue().path("x-hcsdk-generate").asBoolean(true)) {
        skipped.add(e.getKey());
      }
    });
    schemas.properties().forEach(e -> schema(e.getKey(), e.getValue()));
    spec.root().path("paths").properties().forEach(path -> path.getValue().properties()
        .forEach(op -> {
          if (OpenApiChecker.METHODS.contains(op.getKey())) {
            operation(path.getKey(), path.getValue(), op.getKey(), op.getValue());
          }
        }));
    variantsMatchTheirBase();
    roles();
    shapes();
    validatable();
    names();
  }

  private void unknownExtensions(String pointer, JsonNode node) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        String child = pointer + "/" + SpecDocument.escape(e.getKey());
        if (e.getKey().startsWith("x-hcsdk-") && !EXTENSIONS.contains(e.getKey())) {
          spec.problem(child, "unknown extension " + e.getKey() + " (see sdk-codegen/README.md)");
        }
        unknownExtensions(child, e.getValue());
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        unknownExtensions(pointer + "/" + i, node.get(i));
      }
    }
  }

  /** The model package, plus the node's {@code x-hcsdk-package-suffix} (a schema's, or an operation's for its query model). */
  private String packageOf(String pointer, JsonNode node) {
    String javaPackage = model.modelPackage;
    if (node.has("x-hcsdk-package-suffix")) {
      javaPackage += "." + node.get("x-hcsdk-package-suffix").asText();
      if (!JAVA_PACKAGE.matcher(javaPackage).matches()) {
        spec.problem(pointer + "/x-hcsdk-package-suffix", "not a Java package name part");
      }
    }
    return javaPackage;
  }

  // ------------------------------------------------------------------ schemas

  private void schema(String key, JsonNode schema) {
    String pointer = "/components/schemas/" + SpecDocument.escape(key);
    if (skipped.contains(key)) {
      return;
    }
    String javaPackage = packageOf(pointer, schema);
    String javaName = schema.path("x-hcsdk-java-name").asText(key);
    if (!SourceVersion.isName(javaName) || !Character.isUpperCase(javaName.charAt(0))) {
      spec.problem(pointer, "'" + javaName + "' is not a Java type name (set x-hcsdk-java-name)");
    }
    if (schema.has("enum")) {
      enumType(key, javaName, javaPackage, pointer, schema);
      return;
    }
    if (!"object".equals(schema.path("type").asText())) {
      spec.problem(pointer, "a named schema must be an object or a string enum (or set"
          + " x-hcsdk-generate: false)");
      return;
    }
    for (String unsupported : List.of("allOf", "oneOf", "anyOf", "not")) {
      if (schema.has(unsupported)) {
        spec.problem(pointer + "/" + unsupported, unsupported + " is not supported in a generated"
            + " schema (or set x-hcsdk-generate: false)");
      }
    }
    ObjectType type = new ObjectType();
    type.key = key;
    type.javaName = javaName;
    type.javaPackage = javaPackage;
    type.pointer = pointer;
    type.description = schema.path("description").asText("");
    type.keepUnknown = schema.path("x-hcsdk-keep-unknown").asBoolean(false);
    type.customization = schema.path("x-hcsdk-customization").asText(null);
    type.variantOf = schema.path("x-hcsdk-variant-of").asText(null);
    if (type.customization != null && !SourceVersion.isName(type.customization)) {
      spec.problem(pointer + "/x-hcsdk-customization", "must be a Java class name");
    }
    JsonNode additional = schema.path("additionalProperties");
    if (!type.keepUnknown && (additional.isObject() || additional.asBoolean(false))) {
      spec.problem(pointer, "additionalProperties on a schema with properties needs"
          + " x-hcsdk-keep-unknown: true (the Java type then keeps the unknown keys)");
    }
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    schema.path("properties").properties().forEach(e -> {
      Property property = property(pointer + "/properties/" + SpecDocument.escape(e.getKey()),
          e.getKey(), e.getValue());
      if (property != null) {
        property.required = required.contains(e.getKey());
        if (property.identity && !property.required) {
          spec.problem(property.pointer, "x-hcsdk-identity needs the property in required");
        }
        type.properties.add(property);
      }
    });
    for (Property property : type.properties) {
      if (property.notBelow != null) {
        Property low = type.property(property.notBelow);
        if (low == null || !isNumber(low.type) || !isNumber(property.type)) {
          spec.problem(property.pointer + "/x-hcsdk-not-below", "must name a numeric sibling of"
              + " this numeric property");
        }
      }
    }
    (type.variantOf != null ? model.variants : model.objects).put(key, type);
  }

  private static boolean isNumber(JType type) {
    return type instanceof JType.Scalar s
        && (s.kind() == Kind.INT || s.kind() == Kind.LONG || s.kind() == Kind.DOUBLE);
  }

  private void enumType(String key, String javaName, String javaPackage, String pointer,
      JsonNode schema) {
    if (!"string".equals(schema.path("type").asText())) {
      spec.problem(pointer + "/type", "an enum must be of type string");
    }
    if (!schema.path("x-hcsdk-open-enum").asBoolean(true)) {
      spec.problem(pointer + "/x-hcsdk-open-enum", "only open enums are generated (the server adds"
          + " values over time): remove x-hcsdk-open-enum: false");
    }
    EnumType type = new EnumType();
    type.key = key;
    type.javaName = javaName;
    type.javaPackage = javaPackage;
    type.pointer = pointer;
    type.description = schema.path("description").asText("");
    JsonNode names = schema.path("x-hcsdk-enum-java-names");
    Set<String> constants = new HashSet<>(Set.of("REGISTRY"));
    for (int i = 0; i < schema.path("enum").size(); i++) {
      JsonNode value = schema.get("enum").get(i);
      if (!value.isTextual()) {
        spec.problem(pointer + "/enum/" + i, "enum values must be strings (quote yes, no, on, off,"
            + " numbers)");
        continue;
      }
      String name = names.path(value.asText()).asText(constantName(value.asText()));
      if (!SourceVersion.isName(name) || !constants.add(name)) {
        spec.problem(pointer + "/enum/" + i, "constant name '" + name + "' is not a unique Java"
            + " name (set x-hcsdk-enum-java-names)");
      }
      type.values.add(value.asText());
      type.constantNames.put(value.asText(), name);
    }
    names.fieldNames().forEachRemaining(value -> {
      if (!type.values.contains(value)) {
        spec.problem(pointer + "/x-hcsdk-enum-java-names/" + SpecDocument.escape(value),
            "'" + value + "' is not one of the enum's values");
      }
    });
    schema.path("x-hcsdk-status-groups").properties().forEach(group -> {
      String groupPointer = pointer + "/x-hcsdk-status-groups/" + group.getKey();
      if (!group.getKey().matches("[a-z][a-zA-Z]*")) {
        spec.problem(groupPointer, "a group name must be a lower-case word (is<Group>() is generated)");
      }
      List<String> members = new java.util.ArrayList<>();
      group.getValue().forEach(m -> {
        if (!type.values.contains(m.asText())) {
          spec.problem(groupPointer, "'" + m.asText() + "' is not one of the enum's values");
        }
        members.add(m.asText());
      });
      type.groups.put(group.getKey(), members);
    });
    model.enums.put(key, type);
  }

  static String constantName(String value) {
    String name = value.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_")
        .replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
    return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "_" + name : name;
  }

  static String camelCase(String wireName) {
    String[] parts = wireName.split("[^A-Za-z0-9]+");
    StringBuilder name = new StringBuilder();
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      if (name.length() == 0) {
        name.append(Character.toLowerCase(part.charAt(0))).append(part.substring(1));
      } else {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.toString();
  }

  private Property property(String pointer, String wireName, JsonNode schema) {
    Property p = new Property();
    p.wireName = wireName;
    p.pointer = pointer;
    p.javaName = schema.path("x-hcsdk-java-name").asText(null);
    if (p.javaName == null) {
      p.javaName = camelCase(wireName);
      if (SourceVersion.isKeyword(p.javaName)) {
        p.javaName += "Value"; // default -> defaultValue, continue -> continueValue
      }
    }
    if (!SourceVersion.isName(p.javaName) || RESERVED_ACCESSORS.contains(p.javaName)) {
      spec.problem(pointer, "accessor name '" + p.javaName + "' is not usable in Java (set"
          + " x-hcsdk-java-name)");
    }
    p.description = schema.path("description").asText("");
    p.type = type(pointer, schema);
    if (p.type == null) {
      return null;
    }
    p.identity = schema.path("x-hcsdk-identity").asBoolean(false);
    p.secret = schema.path("x-hcsdk-secret").asBoolean(false);
    p.envMap = schema.path("x-hcsdk-env-map").asBoolean(false);
    p.wire = schema.path("x-hcsdk-wire").asText(null);
    p.minLength = intOrNull(schema.path("minLength"));
    p.maxLength = intOrNull(schema.path("maxLength"));
    p.pattern = schema.path("pattern").asText(null);
    p.patternText = schema.path("x-hcsdk-pattern-text").asText(null);
    p.forbiddenChars = schema.path("x-hcsdk-forbidden-chars").asText(null);
    p.minimum = schema.path("minimum").isNumber() ? schema.get("minimum").decimalValue() : null;
    p.maximum = schema.path("maximum").isNumber() ? schema.get("maximum").decimalValue() : null;
    p.minItems = intOrNull(schema.path("minItems"));
    p.maxItems = intOrNull(schema.path("maxItems"));
    p.defaultValue = schema.get("default");
    p.notBelow = schema.path("x-hcsdk-not-below").asText(null);
    p.notBlank = schema.path("x-hcsdk-not-blank").asBoolean(false);
    boolean string = p.type instanceof JType.Scalar s && s.kind() == Kind.STRING;
    if (p.wire != null && !Set.of("int-or-string", "empty-string-absent", "string")
        .contains(p.wire)) {
      spec.problem(pointer + "/x-hcsdk-wire", "must be int-or-string, empty-string-absent or string");
    }
    if (("int-or-string".equals(p.wire) || "string".equals(p.wire)) && !isNumber(p.type)) {
      spec.problem(pointer + "/x-hcsdk-wire", p.wire + " is for numbers");
    }
    if ((p.minLength != null || p.maxLength != null || p.pattern != null || p.notBlank
        || p.forbiddenChars != null) && !string) {
      spec.problem(pointer, "length, pattern, not-blank and forbidden characters apply to strings");
    }
    if ((p.minimum != null || p.maximum != null) && !isNumber(p.type)) {
      spec.problem(pointer, "minimum and maximum apply to numbers");
    }
    if (p.minimum != null && p.type instanceof JType.Scalar s && s.kind() != Kind.DOUBLE
        && (p.minimum.stripTrailingZeros().scale() > 0
            || p.maximum != null && p.maximum.stripTrailingZeros().scale() > 0)) {
      spec.problem(pointer, "an integer's minimum and maximum must be whole numbers");
    }
    if ((p.minItems != null || p.maxItems != null) && !(p.type instanceof JType.ListOf)) {
      spec.problem(pointer, "minItems and maxItems apply to arrays");
    }
    if (p.envMap && !(p.type instanceof JType.MapOf m && m.value() instanceof JType.Scalar v
        && v.kind() == Kind.STRING)) {
      spec.problem(pointer + "/x-hcsdk-env-map", "applies to string maps"
          + " (additionalProperties: {type: string})");
    }
    if (p.pattern != null && p.patternText == null) {
      spec.problem(pointer, "a pattern needs x-hcsdk-pattern-text, the wording of its error"
          + " (\"may contain only <text>\")");
    }
    return p;
  }

  private static Integer intOrNull(JsonNode node) {
    return node.isIntegralNumber() ? node.asInt() : null;
  }

  /** The Java-facing type of a property or parameter schema; null (and a problem) if none. */
  private JType type(String pointer, JsonNode schema) {
    JsonNode allOf = schema.path("allOf");
    if (allOf.size() == 1 && allOf.get(0).has("$ref") && !schema.has("type")) {
      // the usual OpenAPI 3.0 way to give a $ref a description or nullable: allOf: [{$ref: X}]
      return type(pointer + "/allOf/0", allOf.get(0));
    }
    if (schema.path("x-hcsdk-free-form").asBoolean(false) && !schema.has("type")) {
      return new JType.Scalar(Kind.JSON);
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      String prefix = "#/components/schemas/";
      String key = ref.startsWith(prefix) ? ref.substring(prefix.length()) : null;
      if (key == null || skipped.contains(key)) {
        spec.problem(pointer + "/$ref", "must name a generated schema of components/schemas");
        return null;
      }
      return new JType.Named(key.replace("~1", "/").replace("~0", "~"));
    }
    if (schema.has("enum")) {
      spec.problem(pointer + "/enum", "an enum must be a named schema (components/schemas) that"
          + " is $ref'd, so it gets a Java type");
      return null;
    }
    String time = schema.path("x-hcsdk-time").asText(null);
    String type = schema.path("type").asText("");
    switch (type) {
      case "string" -> {
        if ("epoch-millis-string".equals(time)) {
          return new JType.Scalar(Kind.EPOCH_MILLIS_STRING);
        }
        if (time != null) {
          spec.problem(pointer + "/x-hcsdk-time", "a string time is epoch-millis-string (or use"
              + " format: date-time)");
        }
        return new JType.Scalar("date-time".equals(schema.path("format").asText())
            ? Kind.DATE_TIME : Kind.STRING);
      }
      case "integer" -> {
        if ("epoch-millis".equals(time)) {
          return new JType.Scalar(Kind.EPOCH_MILLIS);
        }
        if (time != null) {
          spec.problem(pointer + "/x-hcsdk-time", "an integer time is epoch-millis");
        }
        return new JType.Scalar("int64".equals(schema.path("format").asText())
            ? Kind.LONG : Kind.INT);
      }
      case "number" -> {
        return new JType.Scalar(Kind.DOUBLE);
      }
      case "boolean" -> {
        return new JType.Scalar(Kind.BOOLEAN);
      }
      case "array" -> {
        JType element = type(pointer + "/items", schema.path("items"));
        if (element instanceof JType.ListOf || element instanceof JType.MapOf) {
          spec.problem(pointer + "/items", "nested collections are not supported: name the element");
          return null;
        }
        return element == null ? null : new JType.ListOf(element);
      }
      case "object" -> {
        JsonNode additional = schema.path("additionalProperties");
        boolean freeForm = schema.path("x-hcsdk-free-form").asBoolean(false);
        if (schema.has("properties")) {
          spec.problem(pointer, "an inline object with properties: move it to components/schemas"
              + " and $ref it");
          return null;
        }
        if (freeForm || additional.isBoolean() && additional.asBoolean()
            || additional.isObject() && additional.isEmpty()) {
          if (!freeForm) {
            spec.problem(pointer, "a free-form object needs x-hcsdk-free-form: true (kept as JSON)");
          }
          return new JType.Scalar(Kind.JSON);
        }
        if (additional.isObject()) {
          JType value = type(pointer + "/additionalProperties", additional);
          if (value instanceof JType.ListOf || value instanceof JType.MapOf) {
            spec.problem(pointer + "/additionalProperties", "nested collections are not supported");
            return null;
          }
          return value == null ? null : new JType.MapOf(value);
        }
        spec.problem(pointer, "an object property needs additionalProperties (a map) or"
            + " x-hcsdk-free-form: true");
        return null;
      }
      default -> {
        spec.problem(pointer, type.isEmpty() ? "needs a type or a $ref" : "unsupported type " + type);
        return null;
      }
    }
  }

  // ------------------------------------------------------------------ operations

  private void operation(String path, JsonNode pathItem, String method, JsonNode node) {
    Operation op = new Operation();
    op.id = node.path("operationId").asText(null);
    op.method = method.toUpperCase(Locale.ROOT);
    op.path = path;
    op.pointer = "/paths/" + SpecDocument.escape(path) + "/" + method;
    op.description = node.path("description").asText(node.path("summary").asText(""));
    if (op.id == null || !op.id.matches("[A-Z][A-Za-z0-9]*")) {
      spec.problem(op.pointer, "operationId must be the documented name in UpperCamelCase");
      return;
    }
    op.constant = node.path("x-hcsdk-java-name").asText(constantName(op.id));
    if (!op.constant.matches("[A-Z][A-Z0-9_]*")) {
      spec.problem(op.pointer + "/x-hcsdk-java-name", "an operation's Java name is its descriptor constant, "
          + "in UPPER_SNAKE_CASE");
    }
    op.host = node.path("x-hcsdk-host").asText(null);
    if (op.host == null) {
      spec.problem(op.pointer, "x-hcsdk-host is required (the service key the client resolves)");
    }
    node.path("x-hcsdk-scope").forEach(s -> op.scope.add(s.asText()));
    op.customization = node.path("x-hcsdk-customization").asText(null);
    op.idempotent = node.path("x-hcsdk-idempotent").asBoolean(!op.method.equals("POST")
        && !op.method.equals("PATCH"));
    op.idempotentDeclared = node.has("x-hcsdk-idempotent");
    node.path("x-hcsdk-paging").properties().forEach(e -> {
      if (!PAGING.contains(e.getKey())) {
        spec.problem(op.pointer + "/x-hcsdk-paging/" + e.getKey(), "unknown paging key (known: "
            + String.join(", ", new java.util.TreeSet<>(PAGING)) + ")");
      }
      op.paging.put(e.getKey(), e.getValue());
    });
    if (!op.paging.isEmpty() && !Set.of("item-offset", "page-number", "token")
        .contains(op.paging.getOrDefault("style", MissingNode.getInstance()).asText())) {
      spec.problem(op.pointer + "/x-hcsdk-paging", "style must be item-offset, page-number or token");
    }
    op.queryType = node.path("x-hcsdk-query-type").asText(null);
    ObjectType query = null;
    if (op.queryType != null) {
      query = new ObjectType();
      query.key = op.queryType;
      query.javaName = op.queryType;
      // An operation's x-hcsdk-package-suffix places its query model with the family's other types.
      query.javaPackage = packageOf(op.pointer, node);
      query.pointer = op.pointer + "/x-hcsdk-query-type";
      query.queryOf = op;
      query.request = true;
      query.description = "Query parameters of " + op.id + " ({@code " + op.method + " " + path
          + "}). Not a JSON body: the accessors carry the query parameter names.";
      if (model.objects.containsKey(op.queryType) || model.enums.containsKey(op.queryType)) {
        spec.problem(query.pointer, "'" + op.queryType + "' is already a schema");
      }
    }
    Map<String, String> seen = new HashMap<>();
    for (JsonNode list : List.of(pathItem.path("parameters"), node.path("parameters"))) {
      for (int i = 0; i < list.size(); i++) {
        String pointer = (list == node.path("parameters") ? op.pointer : "/paths/"
            + SpecDocument.escape(path)) + "/parameters/" + i;
        JsonNode parameter = list.get(i);
        if (parameter.has("$ref")) {
          pointer = parameter.get("$ref").asText().substring(1);
          parameter = spec.at(pointer);
        }
        String name = parameter.path("name").asText();
        String in = parameter.path("in").asText();
        seen.put(in + ":" + name, pointer);
        if (in.equals("path")) {
          op.pathParams.add(name);
        } else if (in.equals("query") && !op.scope.contains(name)) {
          if (query != null) {
            Property p = property(pointer + "/schema", name, parameter.path("schema"));
            if (p != null && parameter.has("x-hcsdk-java-name")) {
              p.javaName = parameter.get("x-hcsdk-java-name").asText();
            }
            if (p != null) {
              p.pointer = pointer;
              p.required = parameter.path("required").asBoolean(false);
              p.description = parameter.path("description").asText(p.description);
              query.properties.add(p);
            }
          } else {
            JType type = type(pointer + "/schema", parameter.path("schema"));
            op.queryParams.add(new Parameter(name, type, parameter.path("required")
                .asBoolean(false), parameter.path("description").asText("")));
          }
        }
      }
    }
    for (String scope : op.scope) {
      if (!op.pathParams.contains(scope) && !seen.containsKey("query:" + scope)) {
        spec.problem(op.pointer + "/x-hcsdk-scope", "'" + scope + "' is not a parameter");
      }
    }
    if (query != null) {
      if (query.properties.isEmpty()) {
        spec.problem(query.pointer, "the operation has no query parameters to gather");
      }
      model.objects.put(query.key, query);
    }
    JsonNode body = node.path("requestBody");
    if (body.has("$ref")) {
      body = spec.at(body.get("$ref").asText().substring(1));
    }
    if (!body.isMissingNode()) {
      op.bodyType = schemaKey(op.pointer + "/requestBody",
          body.path("content").path("application/json").path("schema"));
    }
    node.path("responses").properties().forEach(e -> {
      if (!e.getKey().matches("2\\d\\d") || op.successStatus != 0) {
        return;
      }
      op.successStatus = Integer.parseInt(e.getKey());
      JsonNode response = e.getValue().has("$ref")
          ? spec.at(e.getValue().get("$ref").asText().substring(1)) : e.getValue();
      JsonNode schema = response.path("content").path("application/json").path("schema");
      if (!schema.isMissingNode()) {
        op.responseType = schemaKey(op.pointer + "/responses/" + e.getKey(), schema);
      }
    });
    if (op.successStatus == 0) {
      spec.problem(op.pointer + "/responses", "no 2xx response");
    }
    if (!op.paging.isEmpty()) {
      paging(op);
    }
    model.operations.add(op);
  }

  /** Resolves the paging paths of a list operation against its response type. */
  private void paging(Operation op) {
    String pointer = op.pointer + "/x-hcsdk-paging";
    if (op.queryType == null || op.bodyType != null || op.responseType == null) {
      spec.problem(pointer, "a paged operation needs x-hcsdk-query-type and a response body, and"
          + " no request body");
      return;
    }
    ObjectType response = model.objects.get(op.responseType);
    String items = op.paging.getOrDefault("items", MissingNode.getInstance()).asText();
    Property list = response == null ? null : response.property(items);
    if (list == null || !(list.type instanceof JType.ListOf)) {
      spec.problem(pointer + "/items", "'" + items + "' is not an array property of "
          + op.responseType);
    } else {
      op.pagingItems = list;
    }
    path(pointer + "/total", response, op.paging.get("total"), op.pagingTotal, true);
    path(pointer + "/next-token", response, op.paging.get("next-token"), op.pagingNextToken, false);
    String style = op.paging.getOrDefault("style", MissingNode.getInstance()).asText();
    if (style.equals("token") && op.pagingNextToken.isEmpty()) {
      spec.problem(pointer, "token paging needs next-token");
    }
  }

  /** Fills {@code into} with the properties a dotted path walks, ending on a number or string. */
  private void path(String pointer, ObjectType root, JsonNode path, List<Property> into,
      boolean number) {
    if (path == null || root == null) {
      return;
    }
    ObjectType current = root;
    for (String segment : path.asText().split("\\.")) {
      Property p = current == null ? null : current.property(segment);
      if (p == null) {
        spec.problem(pointer, "'" + path.asText() + "' does not lead through " + root.key
            + "'s properties");
        into.clear();
        return;
      }
      into.add(p);
      current = p.type instanceof JType.Named n ? model.objects.get(n.schema()) : null;
    }
    JType last = into.get(into.size() - 1).type;
    if (number ? !isNumber(last) : !(last instanceof JType.Scalar s && s.kind() == Kind.STRING)) {
      spec.problem(pointer, "'" + path.asText() + "' must end on a " + (number ? "number"
          : "string"));
      into.clear();
    }
  }

  private String schemaKey(String pointer, JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    if (!ref.startsWith("#/components/schemas/") || skipped.contains(ref.substring(21))) {
      spec.problem(pointer, "a body must $ref a generated schema of components/schemas");
      return null;
    }
    return ref.substring("#/components/schemas/".length());
  }

  // ------------------------------------------------------------------ cross-schema rules

  private void variantsMatchTheirBase() {
    for (ObjectType variant : model.variants.values()) {
      ObjectType base = model.objects.get(variant.variantOf);
      if (base == null) {
        spec.problem(variant.pointer + "/x-hcsdk-variant-of", "'" + variant.variantOf
            + "' is not a generated object schema");
        continue;
      }
      for (Property p : variant.properties) {
        Property b = base.property(p.wireName);
        if (b == null || !b.type.equals(p.type)) {
          spec.problem(p.pointer, "a variant's property must be one of " + base.key
              + "'s, of the same type");
        }
      }
    }
    for (ObjectType type : allTypes()) {
      for (Property p : type.properties) {
        String named = namedSchema(p.type);
        if (named != null && !model.objects.containsKey(named) && !model.enums.containsKey(named)
            && !model.variants.containsKey(named)) {
          spec.problem(p.pointer, "'" + named + "' is not a generated schema");
        }
      }
    }
  }

  /** The schema a type names, directly or as list element or map value. */
  static String namedSchema(JType type) {
    if (type instanceof JType.Named n) {
      return n.schema();
    }
    if (type instanceof JType.ListOf l) {
      return namedSchema(l.element());
    }
    if (type instanceof JType.MapOf m) {
      return namedSchema(m.value());
    }
    return null;
  }

  private List<ObjectType> allTypes() {
    List<ObjectType> all = new java.util.ArrayList<>(model.objects.values());
    all.addAll(model.variants.values());
    return all;
  }

  /** The object type whose Java type a schema key stands for (a variant stands for its base). */
  private ObjectType javaTypeOf(String key) {
    ObjectType variant = model.variants.get(key);
    return model.objects.get(variant != null ? variant.variantOf : key);
  }

  /** Marks every object type reachable from a request body or query, and from a response. */
  private void roles() {
    for (Operation op : model.operations) {
      if (op.bodyType != null) {
        mark(op.bodyType, true);
      }
      if (op.queryType != null) {
        mark(op.queryType, true);
      }
      if (op.responseType != null) {
        mark(op.responseType, false);
      }
    }
  }

  private void mark(String root, boolean request) {
    Deque<String> todo = new ArrayDeque<>(List.of(root));
    Set<String> done = new HashSet<>();
    while (!todo.isEmpty()) {
      String key = todo.pop();
      if (!done.add(key)) {
        continue;
      }
      ObjectType type = model.variants.containsKey(key) ? model.variants.get(key)
          : model.objects.get(key);
      if (type == null) {
        continue;
      }
      if (request) {
        type.request = true;
      } else {
        type.response = true;
      }
      if (type.variantOf != null) {
        todo.push(type.variantOf);
      }
      for (Property p : type.properties) {
        String named = namedSchema(p.type);
        if (named != null) {
          todo.push(named);
        }
      }
    }
  }

  /**
   * Java shapes: a required property is a plain value only where no response can omit it (the
   * type is never read from a response) or where it is the resource's identity.
   */
  private void shapes() {
    for (ObjectType type : model.objects.values()) {
      for (Property p : type.properties) {
        p.optional = !(p.required && (p.identity || !type.response));
      }
    }
    for (ObjectType variant : model.variants.values()) {
      ObjectType base = model.objects.get(variant.variantOf);
      for (Property p : variant.properties) {
        Property b = base == null ? null : base.property(p.wireName);
        p.optional = b == null || b.optional;
      }
    }
  }

  /** A request type validates when it, or anything it holds, has a rule; computed to a fixpoint. */
  private void validatable() {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (ObjectType type : allTypes()) {
        if (type.validatable || !type.request && type.variantOf == null) {
          continue;
        }
        boolean rules = type.customization != null || type.variantOf != null;
        for (Property p : type.properties) {
          rules |= hasOwnRule(p) || holdsValidatable(p);
        }
        if (rules) {
          type.validatable = true;
          changed = true;
        }
      }
    }
  }

  boolean holdsValidatable(Property p) {
    String named = namedSchema(p.type);
    if (named == null) {
      return false;
    }
    if (model.variants.containsKey(named)) {
      return true;
    }
    ObjectType target = model.objects.get(named);
    return target != null && target.validatable;
  }

  static boolean hasOwnRule(Property p) {
    boolean stringLike = p.type instanceof JType.Scalar s && s.kind() == Kind.STRING
        || p.type instanceof JType.Named;
    return p.minLength != null || p.maxLength != null || p.pattern != null || p.notBlank
        || p.forbiddenChars != null || p.minimum != null || p.maximum != null
        || p.minItems != null || p.maxItems != null || p.notBelow != null
        || p.required && (p.optional || stringLike || p.type instanceof JType.ListOf
            || p.type instanceof JType.MapOf);
  }

  private void names() {
    Map<String, String> taken = new HashMap<>();
    Set<String> all = new LinkedHashSet<>();
    for (ObjectType type : model.objects.values()) {
      claim(taken, type.javaPackage + "." + type.javaName, type.pointer);
      claim(taken, type.javaPackage + "." + type.javaName + "Json", type.pointer);
      claim(taken, type.javaPackage + ".Immutable" + type.javaName, type.pointer);
      all.add(type.javaPackage);
      Set<String> accessors = new HashSet<>();
      for (Property p : type.properties) {
        if (!accessors.add(p.javaName)) {
          spec.problem(p.pointer, "accessor " + p.javaName + "() is taken by another property");
        }
      }
      if (type.keepUnknown) {
        type.unknownAccessor = accessors.contains("additionalProperties") ? "unknownProperties"
            : "additionalProperties";
        if (accessors.contains(type.unknownAccessor)) {
          spec.problem(type.pointer, "additionalProperties() and unknownProperties() are both"
              + " taken by properties: the unknown keys need one of them");
        }
      }
    }
    for (EnumType type : model.enums.values()) {
      claim(taken, type.javaPackage + "." + type.javaName, type.pointer);
      all.add(type.javaPackage);
    }
    for (String pkg : all) {
      claim(taken, pkg + "." + Emitter.SUPPORT, "(generated)");
    }
  }

  private void claim(Map<String, String> taken, String name, String pointer) {
    String previous = taken.putIfAbsent(name, pointer);
    if (previous != null) {
      spec.problem(pointer, "Java type " + name + " is already generated for " + previous);
    }
  }
}
