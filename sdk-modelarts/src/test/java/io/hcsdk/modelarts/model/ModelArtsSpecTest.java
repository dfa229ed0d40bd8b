package io.hcsdk.modelarts.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.codegen.ExampleRefs;
import io.hcsdk.codegen.ExampleRefs.ExampleRef;
import io.hcsdk.codegen.OpenApiChecker;
import io.hcsdk.codegen.SchemaValidator;
import io.hcsdk.codegen.SpecDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped spec is valid OpenAPI 3.0, has the 25 operations, and every documented example validates against it. */
class ModelArtsSpecTest {
  static final SpecDocument SPEC = SpecDocument.parse("modelarts.yaml", shipped());

  private static String shipped() {
    try (InputStream in = ModelArtsSpecTest.class.getResourceAsStream("/META-INF/hcsdk/modelarts.yaml")) {
      assertThat(in).as("META-INF/hcsdk/modelarts.yaml in the jar").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theShippedSpecIsValidOpenApi30AndNamesItsOperationsClass() {
    assertThat(OpenApiChecker.check(SPEC)).isEmpty();
    assertThat(SPEC.root().path("openapi").asText()).startsWith("3.0.");
    assertThat(SPEC.root().at("/info/x-hcsdk-operations-class").asText())
        .isEqualTo("io.hcsdk.modelarts.internal.ModelArtsOperations");
    assertThat(ModelArtsSpecTest.class.getResource("/META-INF/hcsdk/NOTES.md")).as("NOTES.md stays in the source tree")
        .isNull();
  }

  @Test
  void theTwentyFiveOperationsOfIssueNineAreThere() {
    Set<String> ids = new TreeSet<>();
    SPEC.root().path("paths").forEach(path -> path.forEach(op -> {
      if (op.has("operationId")) {
        ids.add(op.get("operationId").asText());
      }
    }));
    assertThat(ids).containsExactlyInAnyOrder("CreateDevEnvInstance", "ShowDevEnvInstance", "ListDevEnvInstances",
        "UpdateDevEnvInstance", "DeleteDevEnvInstance", "ManageDevEnvInstance", "CreateService", "ShowService",
        "ListClusters", "ShowPool", "ListPoolNodes", "ListApigApps", "ListAppAuthApis", "ListApiAuths",
        "ListWorkflows", "AuthorizeWorkflowService", "CreateWorkflowSchedule", "ListWorkflowSchedules",
        "ShowWorkflowSchedule", "UpdateWorkflowSchedule", "DeleteWorkflowSchedule", "ShowWorkflowTodoList",
        "CreateNotebookTags", "ShowAutoSearchYamlTemplates", "ShowAutoSearchYamlTemplateContent");
  }

  @Test
  void theToDoListDescriptorIsNamedByTheSpecAndKeepsTheDocumentedOperationName() {
    assertThat(io.hcsdk.modelarts.internal.ModelArtsOperations.SHOW_WORKFLOW_TO_DO_LIST.name())
        .isEqualTo("ShowWorkflowTodoList");
  }

  @Test
  void everyModelArtsExampleIsReferencedByExactlyOneOperation() {
    List<String> referenced = ExampleRefs.of(SPEC).stream().map(ExampleRef::file).sorted().toList();
    assertThat(referenced).doesNotHaveDuplicates().containsExactlyElementsOf(Examples.exampleNames());
    assertThat(referenced).hasSize(25);
  }

  static List<ExampleRef> examples() {
    return ExampleRefs.of(SPEC);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleValidatesAgainstItsOperationSchema(ExampleRef example) {
    JsonNode json = Examples.parseTree(Examples.text(example.file()));

    assertThat(new SchemaValidator(SPEC).validate(json, example.schemaPointer())).isEmpty();
  }

  @Test
  void theValidatorIsNotBlind() {
    JsonNode request = Examples.tree("modelarts-create-devenv.request.json").put("name", "bad name!").put("surprise", 1);

    assertThat(new SchemaValidator(SPEC).validate(request, "/components/schemas/CreateDevEnvInstanceRequest").stream()
        .collect(Collectors.joining("\n")))
        .contains("$.name: 'bad name!' does not match").contains("$.surprise: not in the schema");
  }
}
