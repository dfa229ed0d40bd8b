package io.hcsdk.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An operation's {@code x-hcsdk-package-suffix} puts its query model beside its family's other
 * types (ModelArts: {@code ListDevEnvInstancesRequest} in {@code model.devenv}, with
 * {@code CreateDevEnvInstanceRequest}); without one the query model stays in the model package.
 */
class QueryTypePackageTest {
  private static String spec(String suffix) {
    return """
        openapi: 3.0.3
        info: {title: t, version: '1', x-hcsdk-service: demo, x-hcsdk-model-package: io.demo.model}
        paths:
          /things:
            get:
              operationId: ListThings
              description: Lists things.
              x-hcsdk-host: demo
              x-hcsdk-query-type: ListThingsRequest
        %s
              parameters:
                - {name: name, in: query, description: A name., schema: {type: string}}
              responses:
                '200': {description: ok}
        """.formatted(suffix);
  }

  @Test
  void anOperationsSuffixPlacesItsQueryModel() {
    Map<String, String> files = Generator.generate(SpecDocument.parse("q.yaml",
        spec("      x-hcsdk-package-suffix: things")));

    assertThat(files).containsKey("io/demo/model/things/ListThingsRequest.java")
        .doesNotContainKey("io/demo/model/ListThingsRequest.java");
    assertThat(files.get("io/demo/model/things/ListThingsRequest.java"))
        .startsWith("package io.demo.model.things;");
    assertThat(files.get("io/demo/internal/DemoOperations.java"))
        .contains("import io.demo.model.things.ListThingsRequest;");
  }

  @Test
  void withoutOneTheQueryModelStaysInTheModelPackage() {
    Map<String, String> files = Generator.generate(SpecDocument.parse("q.yaml", spec("")));

    assertThat(files).containsKey("io/demo/model/ListThingsRequest.java");
  }

  @Test
  void aBadSuffixIsAProblem() {
    assertThatThrownBy(() -> Generator.generate(SpecDocument.parse("q.yaml",
        spec("      x-hcsdk-package-suffix: Bad-Name"))))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("/paths/~1things/get/x-hcsdk-package-suffix: not a Java package name part");
  }
}
