package io.hcsdk.modelarts.model;

import static io.hcsdk.modelarts.model.Examples.assertSameJson;
import static io.hcsdk.modelarts.model.Examples.example;
import static io.hcsdk.modelarts.model.Examples.toTree;
import static io.hcsdk.modelarts.model.Examples.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.codegen.ExampleRefs;
import io.hcsdk.codegen.ExampleRefs.ExampleRef;
import io.hcsdk.core.validate.Validatable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented ModelArts example that is a model (the three error bodies are core's: see
 * ModelArtsErrorsTest) reads strictly into the type its operation names and writes back with
 * nothing lost. Three wire forms come back normalised, each only where an example has it (which
 * {@link #onlyTheKnownQuirksAreNormalised} checks): a numeric string in {@code weight} ({@code "70"},
 * an int-or-string field) is written as the number; an explicit {@code null} is written as absence,
 * and so is an empty {@code envs} map (the model holds no null and no "empty versus absent" map,
 * and the service reads them alike).
 */
class ExampleRoundTripTest {
  static List<ExampleRef> modelExamples() {
    return ExampleRefs.of(ModelArtsSpecTest.SPEC).stream().filter(ref -> !schemaKey(ref).equals("ModelArtsError"))
        .toList();
  }

  private static String schemaKey(ExampleRef ref) {
    return ModelArtsSpecTest.SPEC.at(ref.schemaPointer()).path("$ref").asText().replace("#/components/schemas/", "");
  }

  /** The Java type the spec gives the example's schema (its package suffix and key). */
  private static Class<?> javaType(ExampleRef ref) throws ClassNotFoundException {
    String key = schemaKey(ref);
    JsonNode schema = ModelArtsSpecTest.SPEC.at("/components/schemas/" + key);
    return Class.forName("io.hcsdk.modelarts.model." + schema.path("x-hcsdk-package-suffix").asText() + "." + key);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelExamples")
  void readsStrictlyAndWritesBackWithNothingLost(ExampleRef ref) throws Exception {
    Object model = example(ref.file(), javaType(ref));

    assertSameJson(toTree(model), Examples.normalised(tree(ref.file())));
    if (model instanceof Validatable request) {
      assertThat(Examples.violations(request)).as("the documented request is valid").isEmpty();
    }
  }

  @Test
  void thereAreTwentyTwoModelExamplesAndThreeErrorBodies() {
    assertThat(modelExamples()).hasSize(22);
    assertThat(ExampleRefs.of(ModelArtsSpecTest.SPEC)).hasSize(25);
  }

  @Test
  void onlyTheKnownQuirksAreNormalised() {
    List<String> normalisedFiles = new ArrayList<>();
    for (ExampleRef ref : modelExamples()) {
      if (!Examples.normalised(tree(ref.file())).equals(tree(ref.file()))) {
        normalisedFiles.add(ref.file());
      }
    }

    assertThat(normalisedFiles).containsExactlyInAnyOrder(
        "modelarts-create-devenv.response-200.json",            // spec.{extend_params, extend_storage, failed_reasons, repository}: null
        "modelarts-create-service.request-2-real-time.json",    // weight "70", "30"
        "modelarts-create-service.request-3-real-time.json",    // weight "100"
        "modelarts-create-service.request-4-real-time.json",    // weight "100"
        "modelarts-create-service.request-7-edge.json");        // envs {}
  }
}
