package io.hcsdk.testing.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.json.JsonException;
import io.hcsdk.core.validate.ValidationException;
import io.hcsdk.core.validate.Violation;
import io.hcsdk.testing.AuthMode;
import io.hcsdk.testing.CloudSimulator;
import io.hcsdk.testing.resilience.InputCases.Case;
import io.hcsdk.testing.resilience.InputCases.Where;
import io.hcsdk.testing.resilience.InputTable.OpCases;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented constraint of every request of both services, broken one at a time, is refused
 * before anything is sent, naming the field's JSON path. The cases come from the specs the SDK ships
 * ({@link InputCases} walks them from the documents' own request examples); one scenario per
 * operation runs all of its cases (soft assertions: every failing case is listed), and one proves
 * that the cases cover every constraint the specs state and that every valid base is accepted.
 */
@Resilience
class ConstraintViolationsTest {

  static Stream<OpCases> operationsWithConstraints() {
    return InputTable.get().operations().stream().filter(o -> !o.cases().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationsWithConstraints")
  void eachConstraintBrokenAloneIsRefusedNamingItsFieldAndNothingIsSent(OpCases op) {
    try (CloudSimulator sim = Sims.start();
        InputTargets targets = InputTargets.on(sim, AuthMode.TOKEN)) {
      SoftAssertions soft = new SoftAssertions();
      for (Case c : op.cases()) {
        soft.check(() -> refused(c, targets.send(c, op)));
        soft.check(() -> assertThat(sim.requests().count()).as("%s: requests the simulator received", c).isZero());
        sim.clearRequests();
      }
      soft.assertAll();
    }
  }

  private static void refused(Case c, Throwable thrown) {
    assertThat(thrown).as("%s must be refused", c).isNotNull();
    RuntimeException e = Sentinels.typed(thrown);
    Set<String> allowed = new TreeSet<>(c.also());
    allowed.add(c.field());
    assertThat(e).as("%s", c).isInstanceOfSatisfying(ValidationException.class, v -> {
      assertThat(v.violations()).as("%s: the violations' paths", c).extracting(Violation::path)
          .contains(c.field()).isSubsetOf(allowed);
      assertThat(v.getMessage()).as("%s: the message", c).contains(c.field() + ": ");
    });
  }

  @Test
  void theCasesCoverEveryConstraintOfEveryOperationWithABodyOrConstrainedParameterAndEveryValidBaseIsSent() {
    InputTable table = InputTable.get();
    Set<String> missed = new TreeSet<>();
    for (OpCases op : table.operations()) {
      Set<String> broken = new TreeSet<>();
      op.cases().forEach(c -> broken.add(c.key()));
      op.inventory().stream().filter(k -> !broken.contains(k)).forEach(k -> missed.add(op.op().id() + ": " + k));
    }
    assertThat(missed).as("constraints the specs state that no case breaks").isEmpty();
    // Independently of the walk: every operation of both specs with a body, a required query
    // parameter or a constrained parameter has its scenario.
    Set<String> withInput = new TreeSet<>();
    for (String service : List.of("fabric", "modelarts")) {
      for (InputSpec.Op op : InputSpec.load(service).operations()) {
        boolean constrainedParam = op.params().stream().anyMatch(p -> p.required() && p.in().equals("query")
            || InputInventory.KNOWN_CONSTRAINTS.stream().anyMatch(p.schema()::has));
        if (op.body() != null || constrainedParam) {
          withInput.add(op.id());
        }
      }
    }
    assertThat(table.operations()).extracting(o -> o.op().id()).as("operations with a body or a constrained parameter")
        .containsExactlyInAnyOrderElementsOf(withInput)
        .contains("CreateEndpoint", "UpdateEndpoint", "DeployService", "UpdateServiceInstance", "CreateDevEnvInstance",
            "UpdateDevEnvInstance", "ManageDevEnvInstance", "CreateService", "AuthorizeWorkflowService",
            "CreateWorkflowSchedule", "UpdateWorkflowSchedule", "CreateNotebookTags");
    assertThat(table.operations()).filteredOn(o -> !o.inventory().isEmpty()).allSatisfy(o ->
        assertThat(o.cases()).as("%s", o).isNotEmpty());
    assertThat(table.operations().stream().mapToInt(o -> o.cases().size()).sum()).as("cases in all").isGreaterThan(
        150);

    // Each case is its valid base with one thing broken: the base itself must pass and be sent.
    try (CloudSimulator sim = Sims.start();
        InputTargets targets = InputTargets.on(sim, AuthMode.TOKEN)) {
      SoftAssertions soft = new SoftAssertions();
      for (OpCases op : table.operations()) {
        Case valid = new Case(op.op(), Where.BODY, "", "valid base", "", op.validBody(), Set.of());
        Throwable thrown = targets.send(valid, op);
        soft.check(() -> {
          if (thrown != null) {
            assertThat(Sentinels.typed(thrown)).as("%s", op).isNotInstanceOfAny(ValidationException.class,
                JsonException.class);
          }
        });
        soft.assertThat(sim.requests().count(op.op().id())).as("%s: the valid base reached the simulator", op)
            .isGreaterThanOrEqualTo(1);
        sim.clearRequests();
      }
      soft.assertAll();
    }
  }
}
