package io.hcsdk.testing.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The two specs exactly as the SDK ships them ({@code META-INF/hcsdk/fabric.yaml} and
 * {@code modelarts.yaml}), read so that the body scenarios follow every operation and every
 * response schema, not a hand-made list: a new operation or field is covered the day it is added.
 * {@link Rewriter} walks a response along its schema and changes what a scenario aims at (enums,
 * numbers, times, objects), naming each place by its JSON pointer.
 */
final class BodiesSpecs {
  static final List<String> SERVICES = List.of("fabric", "modelarts");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final List<Operation> OPERATIONS = load();

  private BodiesSpecs() {}

  /**
   * One operation of a spec.
   *
   * @param body the success answer's schema; empty when the operation answers no body
   * @param items the top-level property holding a paged list's items ({@code x-hcsdk-paging.items})
   * @param total the pointer of a paged list's total ({@code x-hcsdk-paging.total}, {@code /total_count})
   */
  record Operation(String id, String service, String method, Optional<JsonNode> body, Optional<String> items,
      Optional<String> total, Spec spec) {
    @Override
    public String toString() {
      return id;
    }
  }

  /** What a (resolved) schema describes, as far as the body scenarios care. */
  enum Shape { ENUM, TIME, NUMBER, OBJECT, MAP, ARRAY, FREE_FORM, SCALAR }

  /** Every operation of both specs, in spec order. */
  static List<Operation> operations() {
    return OPERATIONS;
  }

  static List<Operation> withBody() {
    return OPERATIONS.stream().filter(op -> op.body().isPresent()).toList();
  }

  static Operation operation(String id) {
    return OPERATIONS.stream().filter(op -> op.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No operation " + id + " in the specs"));
  }

  /** Whether the operation's answer has, at some depth, a property of this shape. */
  static boolean answers(Operation op, Shape shape) {
    return op.body().isPresent() && op.spec().contains(op.body().get(), s -> op.spec().shape(s) == shape,
        new ArrayList<>());
  }

  /** One spec document with local {@code $ref} resolution. */
  static final class Spec {
    private final JsonNode root;

    Spec(JsonNode root) {
      this.root = root;
    }

    /** The schema itself, or what its {@code $ref} (or a one-element {@code allOf}) names. */
    JsonNode resolve(JsonNode schema) {
      JsonNode s = schema;
      for (int depth = 0; depth < 20; depth++) {
        if (s.has("$ref")) {
          s = root.at(s.get("$ref").asText().substring(1));
        } else if (s.path("allOf").size() == 1) {
          s = s.get("allOf").get(0);
        } else {
          return s;
        }
      }
      throw new IllegalStateException("$ref cycle at " + schema);
    }

    Shape shape(JsonNode schema) {
      JsonNode s = resolve(schema);
      String type = s.path("type").asText("");
      if (s.has("enum")) {
        return Shape.ENUM;
      }
      if (s.path("format").asText().equals("date-time") || s.has("x-hcsdk-time")) {
        return Shape.TIME;
      }
      if (type.equals("array") || s.has("items")) {
        return Shape.ARRAY;
      }
      if (s.has("properties")) {
        return Shape.OBJECT;
      }
      if (s.path("additionalProperties").isObject() && !s.path("x-hcsdk-free-form").asBoolean()) {
        return Shape.MAP;
      }
      if (type.equals("integer") || type.equals("number")) {
        return Shape.NUMBER;
      }
      return type.isEmpty() || type.equals("object") ? Shape.FREE_FORM : Shape.SCALAR;
    }

    private boolean contains(JsonNode schema, Predicate<JsonNode> wanted, List<JsonNode> seen) {
      JsonNode s = resolve(schema);
      if (seen.stream().anyMatch(v -> v == s)) {
        return false;
      }
      seen.add(s);
      if (wanted.test(s)) {
        return true;
      }
      return switch (shape(s)) {
        case OBJECT -> {
          for (JsonNode property : s.get("properties")) {
            if (contains(property, wanted, seen)) {
              yield true;
            }
          }
          yield false;
        }
        case ARRAY -> contains(s.path("items"), wanted, seen);
        case MAP -> contains(s.get("additionalProperties"), wanted, seen);
        default -> false;
      };
    }
  }

  /**
   * Changes a response along its schema. Each hook gets the place's JSON pointer and value and
   * returns the value to put there (the same one to leave it); objects are changed in place after
   * their properties were visited.
   */
  abstract static class Rewriter {
    JsonNode enumValue(String pointer, JsonNode value) {
      return value;
    }

    JsonNode number(String pointer, JsonNode value) {
      return value;
    }

    JsonNode time(String pointer, JsonNode value) {
      return value;
    }

    /** A documented object ({@code freeForm} false) or free-form JSON object. */
    void object(String pointer, ObjectNode object, boolean freeForm) {}

    /** {@code body} rewritten along {@code op}'s success schema. */
    final JsonNode apply(Operation op, JsonNode body) {
      return walk(op.spec(), op.body().orElseThrow(), body, "");
    }

    private JsonNode walk(Spec spec, JsonNode schema, JsonNode node, String pointer) {
      JsonNode s = spec.resolve(schema);
      switch (spec.shape(s)) {
        case ENUM -> {
          return node.isTextual() ? enumValue(pointer, node) : node;
        }
        case TIME -> {
          return node.isNull() ? node : time(pointer, node);
        }
        case NUMBER -> {
          return node.isNumber() || node.isTextual() ? number(pointer, node) : node;
        }
        case ARRAY -> {
          if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
              array.set(i, walk(spec, s.path("items"), array.get(i), pointer + "/" + i));
            }
          }
          return node;
        }
        case OBJECT, MAP -> {
          if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
              JsonNode property = s.has("properties") ? s.get("properties").get(name) : s.get("additionalProperties");
              if (property != null && property.isObject()) {
                object.set(name, walk(spec, property, object.get(name), pointer + "/" + escape(name)));
              }
            }
            if (spec.shape(s) == Shape.OBJECT) {
              object(pointer, object, false);
            }
          }
          return node;
        }
        case FREE_FORM -> {
          if (node instanceof ObjectNode object) {
            object(pointer, object, true);
          }
          return node;
        }
        default -> {
          return node;
        }
      }
    }
  }

  /** A JSON pointer's reference token (RFC 6901): map keys such as {@code nvidia.com/gpu} hold a slash. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** The pointers of every text value of {@code node} (at any depth) equal to {@code text}. */
  static List<String> pointersOf(JsonNode node, String text) {
    List<String> found = new ArrayList<>();
    collect(node, "", text, found);
    return found;
  }

  private static void collect(JsonNode node, String pointer, String text, List<String> found) {
    if (node.isTextual() && node.asText().equals(text)) {
      found.add(pointer);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, text, found);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        collect(field.getValue(), pointer + "/" + escape(field.getKey()), text, found);
      }
    }
  }

  private static List<Operation> load() {
    List<Operation> all = new ArrayList<>();
    for (String service : SERVICES) {
      Spec spec = new Spec(read("META-INF/hcsdk/" + service + ".yaml"));
      for (Iterator<Map.Entry<String, JsonNode>> paths = spec.root.path("paths").fields(); paths.hasNext(); ) {
        JsonNode item = paths.next().getValue();
        for (String method : List.of("get", "post", "put", "delete", "patch")) {
          JsonNode op = item.get(method);
          if (op != null) {
            JsonNode paging = op.path("x-hcsdk-paging");
            all.add(new Operation(op.path("operationId").asText(), service, method.toUpperCase(),
                successSchema(spec, op), Optional.ofNullable(paging.get("items")).map(JsonNode::asText),
                Optional.ofNullable(paging.get("total")).map(total -> "/" + total.asText().replace('.', '/')), spec));
          }
        }
      }
    }
    return List.copyOf(all);
  }

  /** The first 2xx answer's JSON schema, as the SDK's generator reads it. */
  private static Optional<JsonNode> successSchema(Spec spec, JsonNode op) {
    List<String> codes = new ArrayList<>();
    op.path("responses").fieldNames().forEachRemaining(codes::add);
    return codes.stream().filter(code -> code.startsWith("2")).sorted().findFirst()
        .map(code -> spec.resolve(op.path("responses").get(code)))
        .map(response -> response.path("content").path("application/json").path("schema"))
        .filter(schema -> !schema.isMissingNode());
  }

  private static JsonNode read(String resource) {
    try (InputStream in = BodiesSpecs.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      return YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
