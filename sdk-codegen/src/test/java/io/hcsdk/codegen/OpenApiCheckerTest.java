package io.hcsdk.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiCheckerTest {
  private static List<String> problems(String yaml) {
    return OpenApiChecker.check(SpecDocument.parse("bad.yaml", yaml)).stream()
        .map(SpecProblem::toString).toList();
  }

  private static final String HEAD = """
      openapi: 3.0.3
      info: {title: t, version: '1'}
      """;

  @Test
  void aMinimalDocumentIsValid() {
    assertThat(problems(HEAD + "paths: {}\n")).isEmpty();
  }

  @Test
  void problemsNameTheFileTheLineAndThePointer() {
    String yaml = HEAD + """
        paths:
          /things/{id}:
            get:
              operationId: ShowThing
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Thing'}
        components:
          schemas:
            Thing:
              type: object
              required: [id, nme]
              properties:
                id: {type: [string, 'null']}
                size: {type: integer, minimum: 5, maximum: 1, tpye: x}
                tags: {type: array}
                ref: {$ref: '#/components/schemas/Missing'}
        """;

    assertThat(problems(yaml)).containsExactlyInAnyOrder(
        "bad.yaml:17: /components/schemas/Thing/required/1: 'nme' is not a property",
        "bad.yaml:19: /components/schemas/Thing/properties/id/type: must be one of array, boolean,"
            + " integer, number, object, string (OpenAPI 3.0 has no type lists; use nullable)",
        "bad.yaml:20: /components/schemas/Thing/properties/size/tpye: 'tpye' is not an OpenAPI 3.0"
            + " keyword here",
        "bad.yaml:20: /components/schemas/Thing/properties/size: minimum is above maximum",
        "bad.yaml:21: /components/schemas/Thing/properties/tags: an array schema needs items",
        "bad.yaml:22: /components/schemas/Thing/properties/ref/$ref: '#/components/schemas/Missing'"
            + " does not resolve",
        "bad.yaml:6: /paths/~1things~1{id}/get: path parameter 'id' of /things/{id} is not declared");
  }

  @Test
  void operationsNeedResponsesAndUniqueIds() {
    String yaml = HEAD + """
        paths:
          /a:
            get: {operationId: Same, responses: {'200': {description: ok}}}
            post: {operationId: Same, responses: {'2000': {description: ok}}}
            put: {operationId: Other}
        """;

    assertThat(problems(yaml)).containsExactlyInAnyOrder(
        "bad.yaml:6: /paths/~1a/post/operationId: operationId 'Same' is already used at /paths/~1a/get",
        "bad.yaml:6: /paths/~1a/post/responses/2000: a response key must be a status code (200, 4XX)"
            + " or 'default'",
        "bad.yaml:7: /paths/~1a/put: 'responses' is required");
  }

  @Test
  void theVersionMustBe30() {
    assertThat(problems("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"))
        .containsExactly("bad.yaml:1: /openapi: must be a 3.0.x version string (was \"3.1.0\")");
  }

  @Test
  void unreadableYamlIsReportedWithItsLine() {
    assertThatThrownBy(() -> SpecDocument.parse("bad.yaml", "a: [1, 2\nb: 3\n"))
        .isInstanceOf(SpecException.class).hasMessageContaining("bad.yaml:")
        .hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> SpecDocument.parse("bad.yaml", "a: 1\nb: 2\na: 3\n"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("bad.yaml:3: /a: duplicate key 'a'");
  }
}
