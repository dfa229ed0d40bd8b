package io.hcsdk.codegen;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A spec file read into a JSON tree, remembering the YAML line of every value so that problems
 * can name the file, the line and the JSON pointer.
 */
public final class SpecDocument {
  private static final YAMLFactory YAML = new YAMLFactory();

  private final String file;
  private final JsonNode root;
  private final Map<String, Integer> lines;
  private final List<SpecProblem> problems = new ArrayList<>();

  private SpecDocument(String file, JsonNode root, Map<String, Integer> lines) {
    this.file = file;
    this.root = root;
    this.lines = lines;
  }

  public static SpecDocument read(Path path) {
    try {
      return parse(path.getFileName().toString(), Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** Parses YAML (or JSON, a subset of it); a syntax error is a {@link SpecException}. */
  public static SpecDocument parse(String file, String yaml) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = YAML.createParser(yaml)) {
      if (parser.nextToken() == null) {
        throw new SpecException(List.of(new SpecProblem(file, 0, "", "the file is empty")));
      }
      JsonNode root = readValue(file, parser, "", lines);
      return new SpecDocument(file, root, lines);
    } catch (IOException e) {
      int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
          && j.getLocation() != null ? j.getLocation().getLineNr() : 0;
      throw new SpecException(List.of(new SpecProblem(file, line, "",
          "not valid YAML: " + firstLine(e.getMessage()))));
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  private static JsonNode readValue(String file, JsonParser p, String pointer,
      Map<String, Integer> lines)
      throws IOException {
    lines.put(pointer, p.currentTokenLocation().getLineNr());
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          String child = pointer + "/" + escape(name);
          if (object.has(name)) {
            throw new SpecException(List.of(new SpecProblem(file, p.currentTokenLocation()
                .getLineNr(), child, "duplicate key '" + name + "'")));
          }
          p.nextToken();
          object.set(name, readValue(file, p, child, lines));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(readValue(file, p, pointer + "/" + index++, lines));
        }
        return array;
      }
      case VALUE_STRING -> {
        return nodes.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return nodes.numberNode(p.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return nodes.numberNode(p.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return nodes.nullNode();
      }
      default -> throw new IOException("unexpected YAML token " + token);
    }
  }

  /** Escapes a key for a JSON pointer (RFC 6901): {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  public static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  public String file() {
    return file;
  }

  public JsonNode root() {
    return root;
  }

  /** The value at a JSON pointer, or a missing node. */
  public JsonNode at(String pointer) {
    return pointer.isEmpty() ? root : root.at(pointer);
  }

  public int line(String pointer) {
    Integer line = lines.get(pointer);
    return line == null ? 0 : line;
  }

  /** Records a problem; {@link #throwIfProblems()} reports them all together. */
  public void problem(String pointer, String message) {
    problems.add(new SpecProblem(file, line(pointer), pointer, message));
  }

  public List<SpecProblem> problems() {
    return List.copyOf(problems);
  }

  public void throwIfProblems() {
    if (!problems.isEmpty()) {
      List<SpecProblem> byLine = new ArrayList<>(problems);
      byLine.sort(java.util.Comparator.comparingInt(SpecProblem::line));
      throw new SpecException(byLine);
    }
  }
}
