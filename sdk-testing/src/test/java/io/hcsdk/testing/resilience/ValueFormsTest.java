package io.hcsdk.testing.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.hcsdk.core.page.Page;
import io.hcsdk.testing.CapturedRequest;
import io.hcsdk.testing.Fault;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The value forms the documents show where the schema says otherwise: {@code ""} for a number (read
 * as absent, never a failure), and every time form (ISO-8601 with an offset and five or six fraction
 * digits, with Z and milliseconds or none, without an offset meaning UTC, epoch milliseconds as a
 * number and as a string, and {@code ""} for none), each put into every time field of every read
 * of both services and read back, through the typed accessors and at every depth, as the right
 * instant. Driven by the specs: the reads are the GET operations whose answers hold such fields, and
 * they answer every response type that holds one (creates and updates answer the same types).
 */
@Resilience
class ValueFormsTest extends BodiesScenarios {
  /** The time forms of the documents, each with the instant it means (null: absent). */
  enum TimeForm {
    /** workflows, schedules: {@code 2022-11-02T09:40:52.714657+08:00} */
    OFFSET_AND_MICROSECONDS("2022-11-02T09:40:52.714657+08:00", "2022-11-02T01:40:52.714657Z"),
    /** the to-do list: {@code 2022-10-20T14:53:13.05412+08:00} */
    OFFSET_AND_FIVE_DIGITS("2022-10-20T14:53:13.05412+08:00", "2022-10-20T06:53:13.054120Z"),
    /** Fabric: {@code 2023-05-30T12:24:30.401Z} */
    Z_AND_MILLISECONDS("2023-05-30T12:24:30.401Z", "2023-05-30T12:24:30.401Z"),
    /** pools: {@code 2022-09-16T05:32:44Z} */
    Z_AND_SECONDS("2022-09-16T05:32:44Z", "2022-09-16T05:32:44Z"),
    /** edge nodes, "YYYY-MM-DDThh:mm:ss (UTC)" */
    WITHOUT_OFFSET_MEANING_UTC("2022-09-16T05:32:44", "2022-09-16T05:32:44Z"),
    /** clusters, APIG apps, services: {@code 1683173880900} */
    EPOCH_MILLISECONDS_NUMBER(null, "2023-05-04T04:18:00.900Z"),
    /** dev-env: {@code "1614669154682"} */
    EPOCH_MILLISECONDS_STRING("1614669154682", "2021-03-02T07:12:34.682Z"),
    /** no time at all */
    EMPTY_STRING("", null);

    final JsonNode wire;
    final Instant meaning;

    TimeForm(String text, String instant) {
      this.meaning = instant == null ? null : Instant.parse(instant);
      this.wire = text == null ? JsonNodeFactory.instance.numberNode(meaning.toEpochMilli())
          : JsonNodeFactory.instance.textNode(text);
    }
  }

  private final Map<String, BodiesOperations.Call> prepared = new HashMap<>();

  @Test
  void theReadsAnswerEveryResponseTypeThatHoldsATimeOrANumber() {
    for (BodiesSpecs.Shape shape : List.of(BodiesSpecs.Shape.TIME, BodiesSpecs.Shape.NUMBER)) {
      List<BodiesSpecs.Operation> all = BodiesSpecs.withBody().stream().filter(op -> BodiesSpecs.answers(op, shape))
          .toList();
      List<String> read = BodiesSpecs.SERVICES.stream().flatMap(service -> reads(service, shape).stream())
          .map(ValueFormsTest::typeName).toList();
      assertThat(all).as("operations answering a %s field", shape).isNotEmpty()
          .allSatisfy(op -> assertThat(read).as("%s's answer is among the reads", op).contains(typeName(op)));
    }
  }

  private static String typeName(BodiesSpecs.Operation op) {
    return op.body().orElseThrow().path("$ref").asText();
  }

  static Stream<Arguments> timeForms() {
    return BodiesSpecs.SERVICES.stream().flatMap(service -> Stream.of(TimeForm.values())
        .map(form -> Arguments.of(service, form)));
  }

  @ParameterizedTest(name = "{0}: every time field of every read, sent as {1}, reads as its instant")
  @MethodSource("timeForms")
  void everyTimeFormReadsAsItsInstant(String service, TimeForm form) throws Exception {
    List<BodiesSpecs.Operation> reads = reads(service, BodiesSpecs.Shape.TIME);
    assertThat(reads).isNotEmpty();
    int checked = 0;
    for (BodiesSpecs.Operation op : reads) {
      List<String> times = new ArrayList<>();
      Reply reply = call(op, new BodiesSpecs.Rewriter() {
        @Override
        JsonNode time(String pointer, JsonNode value) {
          times.add(pointer);
          return form.wire;
        }
      });
      for (String pointer : reply.within(times)) {
        JsonNode written = reply.json().at(pointer);
        if (form.meaning == null) {
          assertThat(written.isMissingNode() || written.isNull()).as("%s %s absent", op, pointer).isTrue();
        } else {
          assertThat(instantOf(written)).as("%s %s", op, pointer).isEqualTo(asWritten(written, form.meaning));
        }
        checked++;
      }
      reply.topLevel().ifPresent(model -> {
        List<BodiesModels.Read> read = new ArrayList<>(BodiesModels.present(model, OffsetDateTime.class));
        read.addAll(BodiesModels.present(model, Instant.class));
        assertThat(read).as("%s: the time accessors", op)
            .hasSize(form.meaning == null ? 0 : reply.topLevelCount(times))
            .allSatisfy(r -> assertThat(r.value() instanceof OffsetDateTime t ? t.toInstant() : r.value())
                .as(r.accessor()).isEqualTo(form.meaning));
      });
    }
    assertThat(checked).as("time fields read back").isPositive();
  }

  static Stream<String> readsWithNumbers() {
    return BodiesSpecs.SERVICES.stream().flatMap(service -> reads(service, BodiesSpecs.Shape.NUMBER).stream())
        .map(BodiesSpecs.Operation::id);
  }

  @ParameterizedTest(name = "{0}: \"\" in every number field reads as absent")
  @MethodSource("readsWithNumbers")
  void anEmptyStringWhereANumberBelongsIsAbsent(String operationId) throws Exception {
    BodiesSpecs.Operation op = BodiesSpecs.operation(operationId);
    List<String> numbers = new ArrayList<>();
    Reply reply = call(op, new BodiesSpecs.Rewriter() {
      @Override
      JsonNode number(String pointer, JsonNode value) {
        numbers.add(pointer);
        return JsonNodeFactory.instance.textNode("");
      }
    });

    assertThat(numbers).as("number fields in the answer").isNotEmpty();
    for (String pointer : reply.within(numbers)) {
      JsonNode written = reply.json().at(pointer);
      // an element of a list of numbers is dropped, so its index may now hold the next one
      if (!pointer.matches(".*/\\d+")) {
        assertThat(written.isMissingNode() || written.isNull()).as("%s absent, was %s", pointer, written).isTrue();
      }
    }
    reply.topLevel().ifPresent(model -> assertThat(BodiesModels.present(model, Number.class))
        .as("number accessors of the top level").isEmpty());
    if (reply.result() instanceof Page<?> page && op.total().filter(numbers::contains).isPresent()) {
      assertThat(page.total()).as("the page's total").isEmpty();
    }
  }

  /** The GET operations of {@code service} whose answer holds a field of {@code shape} at some depth. */
  private static List<BodiesSpecs.Operation> reads(String service, BodiesSpecs.Shape shape) {
    return BodiesSpecs.withBody().stream().filter(op -> op.service().equals(service) && op.method().equals("GET")
        && BodiesSpecs.answers(op, shape)).toList();
  }

  /** What a read handed back: its result, as JSON, and where in the answer that JSON sits. */
  private record Reply(Object result, JsonNode json, String view) {
    /** The pointers of {@code pointers} inside the returned part, relative to it. */
    List<String> within(List<String> pointers) {
      return pointers.stream().filter(p -> p.startsWith(view + "/")).map(p -> p.substring(view.length())).toList();
    }

    Optional<Object> topLevel() {
      return BodiesModels.topLevel(result);
    }

    int topLevelCount(List<String> pointers) {
      String pattern = BodiesModels.topLevelPointers(result);
      return (int) within(pointers).stream().filter(p -> p.matches(pattern)).count();
    }
  }

  /** Calls {@code op} once (prepared on first use; reads can be repeated) with its answer rewritten. */
  private Reply call(BodiesSpecs.Operation op, BodiesSpecs.Rewriter rewriter) throws Exception {
    BodiesOperations.Call call = prepared.computeIfAbsent(op.id(), ops::prepare);
    ops.sim.clearRequests();
    ops.sim.on(op.id()).next(1, Fault.rewriteJson(body -> rewriter.apply(op, body)));

    Object result = call.call().call();

    List<CapturedRequest> sent = ops.sim.requests().of(op.id());
    assertThat(sent).as("%s: one attempt", op).hasSize(1);
    assertThat(sent.get(0).fault()).as("%s: the answer was rewritten", op).contains("rewritten");
    JsonNode json = BodiesOperations.asJson(result).orElseThrow();
    return new Reply(result, json, BodiesOperations.viewOf(op, call, result).orElseThrow());
  }

  /** A time as the SDK wrote it back: epoch milliseconds (number or digits) or ISO-8601 with an offset. */
  private static Instant instantOf(JsonNode written) {
    if (written.isNumber()) {
      return Instant.ofEpochMilli(written.asLong());
    }
    String text = written.asText();
    return text.chars().allMatch(Character::isDigit) ? Instant.ofEpochMilli(Long.parseLong(text))
        : OffsetDateTime.parse(text).toInstant();
  }

  /** Epoch-millisecond fields are written back in milliseconds: what a finer instant becomes there. */
  private static Instant asWritten(JsonNode written, Instant meaning) {
    boolean millis = written.isNumber() || written.asText().chars().allMatch(Character::isDigit);
    return millis ? meaning.truncatedTo(ChronoUnit.MILLIS) : meaning;
  }
}
