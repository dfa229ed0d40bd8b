package io.hcsdk.modelarts.model;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.json.Json;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import io.hcsdk.core.validate.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Test helpers: the documented examples (verbatim copies under {@code /examples}), JSON trees, the strict mapper. */
public final class Examples {
  public static final ObjectMapper STRICT = Json.strictMapper();

  /** Equal values, numbers compared by value: {@code 0} (int) equals {@code 0.0} (a Double). */
  private static final Comparator<JsonNode> NUMERIC_AWARE = (a, b) -> {
    if (a.equals(b)) {
      return 0;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return 1;
  };

  private Examples() {}

  public static String text(String name) {
    try (InputStream in = Examples.class.getResourceAsStream("/examples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no example " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode tree(String name) {
    return (ObjectNode) parseTree(text(name));
  }

  public static JsonNode parseTree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Reads {@code json} with the strict mapper: fails on any field the model does not know. */
  public static <T> T strict(String json, Class<T> type) {
    try {
      return STRICT.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new AssertionError("cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /** The example {@code name} read strictly as {@code type}. */
  public static <T> T example(String name, Class<T> type) {
    return strict(text(name), type);
  }

  public static JsonNode toTree(Object value) {
    return Json.mapper().valueToTree(value);
  }

  /** The file names of every ModelArts example resource. */
  public static List<String> exampleNames() {
    URL dir = Examples.class.getResource("/examples");
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("modelarts-") && n.endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void assertSameJson(JsonNode actual, JsonNode expected) {
    if (!expected.equals(NUMERIC_AWARE, actual)) {
      fail("JSON differs.%nexpected: %s%nactual:   %s", expected.toPrettyString(), actual.toPrettyString());
    }
  }

  /** Every violation of {@code value} as {@code "path: message"}. */
  public static List<String> violations(Validatable value) {
    Validator validator = Validator.root();
    value.validate(validator);
    return validator.violations().stream().map(Violation::toString).toList();
  }

  /**
   * {@code json} as the model writes it back: numeric-string weights as numbers, no nulls, no empty
   * envs (the wire forms ExampleRoundTripTest names).
   */
  public static ObjectNode normalised(ObjectNode json) {
    ObjectNode copy = json.deepCopy();
    normalise(copy);
    return copy;
  }

  private static void normalise(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> absent = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        JsonNode value = field.getValue();
        if (value.isNull() || field.getKey().equals("envs") && value.isEmpty()) {
          absent.add(field.getKey());
        } else if (field.getKey().equals("weight") && value.isTextual()) {
          field.setValue(IntNode.valueOf(Integer.parseInt(value.asText())));
        }
      }
      object.remove(absent);
    }
    node.forEach(Examples::normalise);
  }
}
