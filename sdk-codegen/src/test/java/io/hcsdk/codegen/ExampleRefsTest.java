package io.hcsdk.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code x-hcsdk-example} names one file or a list of them; each becomes one reference to its schema. */
class ExampleRefsTest {
  @Test
  void aListOfExamplesGivesOneReferenceEach() {
    SpecDocument spec = SpecDocument.parse("e.yaml", """
        openapi: 3.0.3
        info: {title: t, version: '1', x-hcsdk-service: demo, x-hcsdk-model-package: io.demo.model}
        paths:
          /things:
            post:
              operationId: CreateThing
              x-hcsdk-host: demo
              requestBody:
                x-hcsdk-example: [one.json, two.json]
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Thing'}
              responses:
                '200':
                  description: ok
                  x-hcsdk-example: answer.json
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Thing'}
        components:
          schemas:
            Thing: {type: object, description: A thing., properties: {name: {type: string}}}
        """);

    assertThat(ExampleRefs.of(spec)).extracting(ExampleRefs.ExampleRef::toString)
        .containsExactly("one.json (CreateThing request)", "two.json (CreateThing request)",
            "answer.json (CreateThing 200)");
    assertThat(ExampleRefs.of(spec)).extracting(ExampleRefs.ExampleRef::schemaPointer).containsOnly(
        "/paths/~1things/post/requestBody/content/application~1json/schema",
        "/paths/~1things/post/responses/200/content/application~1json/schema");
  }
}
