package io.hcsdk.codegen;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A spec breaking the conventions fails generation with the file, line, pointer and what. */
class BadSpecTest {
  private static final String HEAD = """
      openapi: 3.0.3
      info: {title: t, version: '1', x-hcsdk-service: demo, x-hcsdk-model-package: io.demo}
      """;

  private static void assertProblems(String yaml, String... problems) {
    assertThatThrownBy(() -> Generator.generate(SpecDocument.parse("bad.yaml", yaml)))
        .isInstanceOf(SpecException.class)
        .hasMessageStartingWith(problems.length + (problems.length == 1 ? " problem" : " problems"))
        .hasMessageContainingAll(problems);
  }

  private static String schemas(String schemas) {
    return HEAD + "paths: {}\ncomponents:\n  schemas:\n" + schemas.indent(4);
  }

  @Test
  void structuralProblemsComeFirst() {
    assertProblems(HEAD + "paths: {}\ncomponents: {schemas: {A: {type: object, propertees: {}}}}\n",
        "bad.yaml:4: /components/schemas/A/propertees: 'propertees' is not an OpenAPI 3.0 keyword");
  }

  @Test
  void inlineEnumsAndObjectsMustBeNamed() {
    assertProblems(schemas("""
        A:
          type: object
          properties:
            state: {type: string, enum: [a, b]}
            inner: {type: object, properties: {x: {type: string}}}
        """),
        "bad.yaml:9: /components/schemas/A/properties/state/enum: an enum must be a named schema",
        "bad.yaml:10: /components/schemas/A/properties/inner: an inline object with properties:"
            + " move it to components/schemas and $ref it");
  }

  @Test
  void extensionsAreCheckedForTyposAndMeaning() {
    assertProblems(schemas("""
        A:
          type: object
          required: [name]
          properties:
            id: {type: string, x-hcsdk-identity: true}
            name: {type: string, pattern: '^a$', x-hcsdk-secrett: true}
            size: {type: integer, x-hcsdk-not-below: name, x-hcsdk-wire: text}
            to_json: {type: string}
        """),
        "bad.yaml:10: /components/schemas/A/properties/id: x-hcsdk-identity needs the property in"
            + " required",
        "bad.yaml:11: /components/schemas/A/properties/name/x-hcsdk-secrett: unknown extension",
        "bad.yaml:11: /components/schemas/A/properties/name: a pattern needs x-hcsdk-pattern-text",
        "bad.yaml:12: /components/schemas/A/properties/size/x-hcsdk-wire: must be int-or-string,"
            + " empty-string-absent or string",
        "bad.yaml:12: /components/schemas/A/properties/size/x-hcsdk-not-below: must name a numeric"
            + " sibling",
        "bad.yaml:13: /components/schemas/A/properties/to_json: accessor name 'toJson' is not usable"
            + " in Java (set x-hcsdk-java-name)");
  }

  @Test
  void variantsMustMatchTheirBase() {
    assertProblems(schemas("""
        A:
          type: object
          properties:
            n: {type: integer}
        StrictA:
          type: object
          x-hcsdk-variant-of: A
          properties:
            n: {type: string}
            m: {type: integer}
        """),
        "bad.yaml:14: /components/schemas/StrictA/properties/n: a variant's property must be one"
            + " of A's, of the same type",
        "bad.yaml:15: /components/schemas/StrictA/properties/m: a variant's property must be one"
            + " of A's, of the same type");
  }

  @Test
  void enumsMustBeOpenStringsWithUniqueConstantNames() {
    assertProblems(schemas("""
        Mode:
          type: string
          enum: [fast-lane, FAST_LANE, 'on']
          x-hcsdk-open-enum: false
          x-hcsdk-status-groups: {transitional: [slow]}
        """),
        "bad.yaml:8: /components/schemas/Mode/enum/1: constant name 'FAST_LANE' is not a unique"
            + " Java name (set x-hcsdk-enum-java-names)",
        "bad.yaml:9: /components/schemas/Mode/x-hcsdk-open-enum: only open enums are generated",
        "bad.yaml:10: /components/schemas/Mode/x-hcsdk-status-groups/transitional: 'slow' is not"
            + " one of the enum's values");
  }

  @Test
  void operationsNeedAHostAndBodiesNeedGeneratedSchemas() {
    assertProblems(HEAD + """
        paths:
          /a:
            post:
              operationId: CreateA
              x-hcsdk-scope: [project_id]
              x-hcsdk-paging: {style: cursor, items: things}
              requestBody:
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Err'}
              responses:
                '200': {description: ok}
        components:
          schemas:
            Err: {type: object, x-hcsdk-generate: false}
        """,
        "bad.yaml:6: /paths/~1a/post: x-hcsdk-host is required",
        "bad.yaml:8: /paths/~1a/post/x-hcsdk-paging: style must be item-offset, page-number or"
            + " token",
        "bad.yaml:7: /paths/~1a/post/x-hcsdk-scope: 'project_id' is not a parameter",
        "bad.yaml:8: /paths/~1a/post/x-hcsdk-paging: a paged operation needs x-hcsdk-query-type"
            + " and a response body, and no request body",
        "bad.yaml:10: /paths/~1a/post/requestBody: a body must $ref a generated schema");
  }

  @Test
  void anOperationsJavaNameIsItsConstantInUpperSnakeCase() {
    assertProblems(HEAD + """
        paths:
          /a:
            get:
              operationId: ShowA
              x-hcsdk-java-name: showA
              x-hcsdk-host: demo
              responses:
                '200': {description: ok}
        """,
        "/paths/~1a/get/x-hcsdk-java-name: an operation's Java name is its descriptor constant, in"
            + " UPPER_SNAKE_CASE");
  }

  @Test
  void theDocumentNeedsItsServiceAndPackage() {
    assertProblems("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n",
        "bad.yaml:2: /info: x-hcsdk-service is required",
        "bad.yaml:2: /info: x-hcsdk-model-package must be a Java package name");
  }
}
