package io.hcsdk.testing.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.json.Json;
import io.hcsdk.core.json.OpenEnum;
import io.hcsdk.testing.CapturedRequest;
import io.hcsdk.testing.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The services add fields and enum values without notice: every response type of both services, at
 * every depth, must absorb them. Driven by the specs: for each operation that answers a JSON body,
 * the simulator's answer gets an unknown field in every object and {@value #FUTURE} in every
 * enum-typed field, the call goes through the typed client, and what the client hands back still
 * holds {@value #FUTURE} exactly where the answer had it (the SDK keeps the raw string of an enum
 * value it does not know).
 */
@Resilience
class UnknownDataTest extends BodiesScenarios {
  static final String FUTURE = "FUTURE_VALUE";
  /** Added to every object: a nested value, so the readers must skip a whole structure, not one token. */
  static final String UNKNOWN_FIELD = "hcsdk_field_from_the_future";

  static Stream<String> operationsWithABody() {
    return BodiesSpecs.withBody().stream().map(BodiesSpecs.Operation::id);
  }

  @Test
  void theCallTableCoversEveryOperationOfBothSpecs() throws Exception {
    List<String> inSpecs = BodiesSpecs.operations().stream().map(BodiesSpecs.Operation::id).toList();

    assertThat(inSpecs).hasSize(35).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(BodiesOperations.covered())).as("operations the table can call")
        .isEqualTo(new TreeSet<>(inSpecs));
    // the table's calls of the operations without a body, which the scenarios below do not use
    for (BodiesSpecs.Operation op : BodiesSpecs.operations()) {
      if (op.body().isEmpty()) {
        BodiesOperations.Call call = ops.prepare(op.id());
        ops.sim.clearRequests();
        assertThat(BodiesOperations.asJson(call.call().call())).as("%s hands back no body", op).isEmpty();
        assertThat(ops.sim.requests().of(op.id())).singleElement()
            .satisfies(sent -> assertThat(sent.status()).isBetween(200, 299));
      }
    }
  }

  @ParameterizedTest(name = "{0} absorbs unknown fields and keeps unknown enum values at every depth")
  @MethodSource("operationsWithABody")
  void unknownFieldsAndEnumValuesAreAbsorbed(String operationId) throws Exception {
    BodiesSpecs.Operation op = BodiesSpecs.operation(operationId);
    BodiesOperations.Call call = ops.prepare(operationId);
    ops.sim.clearRequests();
    List<String> enums = new ArrayList<>();
    List<String> objects = new ArrayList<>();
    ops.sim.on(operationId).next(1, Fault.rewriteJson(body -> new BodiesSpecs.Rewriter() {
      @Override
      JsonNode enumValue(String pointer, JsonNode value) {
        enums.add(pointer);
        return Json.mapper().getNodeFactory().textNode(FUTURE);
      }

      @Override
      void object(String pointer, ObjectNode object, boolean freeForm) {
        objects.add(pointer);
        object.set(UNKNOWN_FIELD, unknownValue());
      }
    }.apply(op, body)));

    Object result = call.call().call();

    CapturedRequest answered = ops.sim.requests().last(operationId).orElseThrow();
    assertThat(answered.fault()).as("the answer was rewritten").contains("rewritten");
    assertThat(ops.sim.requests().of(operationId)).as("one attempt").hasSize(1);
    assertThat(objects).as("objects that got an unknown field").isNotEmpty();
    Optional<JsonNode> returned = BodiesOperations.asJson(result);
    if (returned.isPresent()) {
      String view = BodiesOperations.viewOf(op, call, result).orElseThrow();
      List<String> expected = enums.stream().filter(p -> p.startsWith(view + "/") || p.equals(view))
          .map(p -> p.substring(view.length())).sorted().toList();
      assertThat(BodiesSpecs.pointersOf(returned.get(), FUTURE).stream().sorted().toList())
          .as("where the returned %s holds %s", result.getClass().getSimpleName(), FUTURE)
          .isEqualTo(expected);
      assertTopLevelEnumsReadAsTheirString(result, expected);
    }
  }

  /** The typed accessors of the top-level enum fields give back the unknown value, not a failure or null. */
  private static void assertTopLevelEnumsReadAsTheirString(Object result, List<String> pointers) {
    Optional<Object> model = BodiesModels.topLevel(result);
    if (model.isEmpty()) {
      return;
    }
    List<BodiesModels.Read> unknown = BodiesModels.present(model.get(), OpenEnum.class).stream()
        .filter(read -> !((OpenEnum) read.value()).isKnown()).toList();
    assertThat(unknown).as("unknown values read through the accessors").allSatisfy(read -> {
      assertThat(((OpenEnum) read.value()).value()).as(read.accessor()).isEqualTo(FUTURE);
      assertThat(read.value()).hasToString(FUTURE);
    });
    String topLevel = BodiesModels.topLevelPointers(result);
    assertThat(unknown).as("top-level enums read through their accessors")
        .hasSize((int) pointers.stream().filter(p -> p.matches(topLevel)).count());
  }

  private static JsonNode unknownValue() {
    ObjectNode value = Json.mapper().createObjectNode();
    value.putArray("nested").add(1).add("two").addObject().put("three", 3.5).putNull("four");
    value.put("flag", true);
    return value;
  }
}
