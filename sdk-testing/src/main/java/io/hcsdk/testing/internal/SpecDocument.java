package io.hcsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * One service spec (OpenAPI 3.0 YAML, the conventions of sdk-codegen/README.md) as a JSON tree, with
 * local {@code $ref} resolution. Read from the class path, where each service module ships its spec as
 * {@code META-INF/hcsdk/<service>.yaml}: the simulator serves exactly what the SDK was generated from.
 */
public final class SpecDocument {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final String name;
  private final JsonNode root;

  SpecDocument(String name, JsonNode root) {
    this.name = name;
    this.root = root;
  }

  /** Reads {@code META-INF/hcsdk/<service>.yaml} from the class path. */
  static SpecDocument fromClassPath(String service) {
    String resource = "META-INF/hcsdk/" + service + ".yaml";
    ClassLoader loader = SpecDocument.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The simulator needs " + resource + " on the class path (it ships in the "
            + "service module's jar)");
      }
      return new SpecDocument(service + ".yaml", YAML.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + resource, e);
    }
  }

  public String name() {
    return name;
  }

  JsonNode root() {
    return root;
  }

  /** {@code node} itself, or what its {@code $ref} (transitively) names; never null. */
  public JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int depth = 0; current != null && current.has("$ref"); depth++) {
      if (depth > 20) {
        throw new IllegalStateException(name + ": $ref cycle at " + node);
      }
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException(name + ": only local $refs are supported: " + ref);
      }
      JsonNode target = root.at(ref.substring(1));
      if (target.isMissingNode()) {
        throw new IllegalStateException(name + ": unresolved $ref " + ref);
      }
      current = target;
    }
    return current;
  }

  /** The schema name a {@code $ref} points to ({@code #/components/schemas/Endpoint} gives Endpoint). */
  static Optional<String> refName(JsonNode node) {
    if (node == null || !node.has("$ref")) {
      return Optional.empty();
    }
    String ref = node.get("$ref").asText();
    return Optional.of(ref.substring(ref.lastIndexOf('/') + 1));
  }

  /** A named schema of {@code components/schemas}. */
  public Optional<JsonNode> schema(String schemaName) {
    JsonNode s = root.path("components").path("schemas").path(schemaName);
    return s.isMissingNode() ? Optional.empty() : Optional.of(s);
  }

  @Override
  public String toString() {
    return name;
  }
}
