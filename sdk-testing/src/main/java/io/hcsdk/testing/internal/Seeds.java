package io.hcsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The data read-only families start with: the documents' own response examples (copied verbatim under
 * {@code io/hcsdk/testing/seeds}), repeated with fresh ids and names so that lists have pages to page
 * through.
 */
final class Seeds {
  /** Clusters, apps and workflows per project; nodes per pool (3 pages of the default ListPoolNodes limit 10). */
  static final int CLUSTERS = 3;
  static final int APPS = 3;
  static final int AUTH_APIS = 2;
  static final int API_AUTHS = 2;
  static final int WORKFLOWS = 12;
  static final int NODES = 25;

  private static final Map<String, JsonNode> EXAMPLES = new ConcurrentHashMap<>();

  private Seeds() {}

  /** A documented example (a copy). */
  static JsonNode example(String file) {
    return EXAMPLES.computeIfAbsent(file, Seeds::read).deepCopy();
  }

  /**
   * {@code count} copies of the first element of {@code array} in the example {@code file}, each given its
   * index by {@code vary} (fresh ids and names).
   */
  static List<ObjectNode> repeat(String file, String array, int count, BiConsumer<ObjectNode, Integer> vary) {
    JsonNode items = Json2.at(example(file), array);
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ObjectNode item = (ObjectNode) items.get(i % items.size()).deepCopy();
      vary.accept(item, i);
      out.add(item);
    }
    return out;
  }

  private static JsonNode read(String file) {
    String resource = "/io/hcsdk/testing/seeds/" + file;
    try (InputStream in = Seeds.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing simulator resource " + resource);
      }
      return Json.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
