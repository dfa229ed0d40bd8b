package io.hcsdk.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The documented examples a spec names with {@code x-hcsdk-example} (a file or a list of files, on
 * a request body or a response), each with the schema it must validate against, so a test can check every example
 * file of a service against its operation.
 */
public final class ExampleRefs {
  /** One example: its file name, the operation and status, and the JSON pointer of its schema. */
  public record ExampleRef(String file, String operationId, String status, String schemaPointer) {
    @Override
    public String toString() {
      return file + " (" + operationId + " " + status + ")";
    }
  }

  private ExampleRefs() {}

  public static List<ExampleRef> of(SpecDocument spec) {
    List<ExampleRef> refs = new ArrayList<>();
    spec.root().path("paths").properties().forEach(path -> path.getValue().properties()
        .forEach(entry -> {
          if (!OpenApiChecker.METHODS.contains(entry.getKey())) {
            return;
          }
          JsonNode op = entry.getValue();
          String id = op.path("operationId").asText();
          String pointer = "/paths/" + SpecDocument.escape(path.getKey()) + "/" + entry.getKey();
          JsonNode body = op.path("requestBody");
          for (String file : files(body)) {
            refs.add(new ExampleRef(file, id, "request", schemaOf(spec, body, pointer + "/requestBody")));
          }
          op.path("responses").properties().forEach(response -> {
            for (String file : files(response.getValue())) {
              refs.add(new ExampleRef(file, id, response.getKey(), schemaOf(spec, response.getValue(),
                  pointer + "/responses/" + response.getKey())));
            }
          });
        }));
    return refs;
  }

  /** The files {@code x-hcsdk-example} names: one, or a list (CreateService's seven request examples). */
  private static List<String> files(JsonNode bodyOrResponse) {
    JsonNode example = bodyOrResponse.path("x-hcsdk-example");
    if (example.isArray()) {
      List<String> files = new ArrayList<>();
      example.forEach(file -> files.add(file.asText()));
      return files;
    }
    return example.isMissingNode() ? List.of() : List.of(example.asText());
  }

  /** The pointer of the JSON schema of a request body or response (following one $ref). */
  private static String schemaOf(SpecDocument spec, JsonNode bodyOrResponse, String pointer) {
    JsonNode node = bodyOrResponse;
    String at = pointer;
    if (node.has("$ref")) {
      at = node.get("$ref").asText().substring(1);
      node = spec.at(at);
    }
    return at + "/content/application~1json/schema";
  }
}
