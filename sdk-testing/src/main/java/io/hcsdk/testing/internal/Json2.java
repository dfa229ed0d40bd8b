package io.hcsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Dotted-path access into JSON objects ({@code status.phase}, {@code metadata.continue}). */
public final class Json2 {
  private Json2() {}

  public static JsonNode at(JsonNode node, String dotted) {
    JsonNode current = node;
    for (String part : dotted.split("\\.")) {
      if (current == null || !current.isObject()) {
        return MissingNode.getInstance();
      }
      current = current.get(part);
    }
    return current == null ? MissingNode.getInstance() : current;
  }

  public static String text(JsonNode node, String dotted) {
    JsonNode v = at(node, dotted);
    return v.isValueNode() ? v.asText() : "";
  }

  /** Sets a dotted field, making the objects on the way. */
  public static void put(ObjectNode node, String dotted, JsonNode value) {
    String[] parts = dotted.split("\\.");
    ObjectNode current = node;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode next = current.get(parts[i]);
      current = next instanceof ObjectNode o ? o : current.putObject(parts[i]);
    }
    current.set(parts[parts.length - 1], value);
  }

  public static void put(ObjectNode node, String dotted, String value) {
    put(node, dotted, node.textNode(value));
  }
}
