package io.hcsdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The shared mapper's leniencies, each one tied to a quirk of the documents. */
class JsonTest {
  record Nested(@JsonProperty("name") String name) {}

  record Model(
      @JsonProperty("count") Optional<Integer> count,
      @JsonProperty("ratio") Optional<Double> ratio,
      @JsonProperty("enabled") Optional<Boolean> enabled,
      @JsonProperty("nested") Optional<Nested> nested,
      @JsonProperty("plain_nested") Nested plainNested,
      @JsonProperty("boxed") Integer boxed,
      @JsonProperty("label") Optional<String> label) {}

  /** A plain mutable bean, as older models are written. */
  static final class Bean {
    @JsonProperty("max_replicas_per_node")
    Optional<Integer> maxReplicasPerNode = Optional.of(-1);

    @JsonProperty("nested")
    Nested nested = new Nested("default");
  }

  record Times(
      @JsonProperty("instant") Optional<Instant> instant,
      @JsonProperty("time") Optional<OffsetDateTime> time) {}

  private static Times times(String jsonValue) throws JsonProcessingException {
    return Json.mapper().readValue("{\"instant\":" + jsonValue + ",\"time\":" + jsonValue + "}", Times.class);
  }

  @Test
  void emptyStringIsAbsentForNumbersBooleansAndObjects() throws Exception {
    Model model = Json.mapper().readValue("{\"count\":\"\",\"ratio\":\"\",\"enabled\":\"\",\"nested\":\"\","
        + "\"plain_nested\":\"\",\"boxed\":\"\",\"label\":\"\"}", Model.class);

    assertThat(model.count()).isEmpty();
    assertThat(model.ratio()).isEmpty();
    assertThat(model.enabled()).isEmpty();
    assertThat(model.nested()).isEmpty();
    assertThat(model.plainNested()).isNull();
    assertThat(model.boxed()).isNull();
    // A string stays a string: "" is a legitimate (empty) description.
    assertThat(model.label()).contains("");
  }

  @Test
  void presentValuesStillRead() throws Exception {
    Model model = Json.mapper().readValue("{\"count\":3,\"ratio\":0.5,\"enabled\":true,"
        + "\"nested\":{\"name\":\"n\"},\"plain_nested\":{\"name\":\"p\"},\"boxed\":\"7\"}", Model.class);

    assertThat(model.count()).contains(3);
    assertThat(model.ratio()).contains(0.5);
    assertThat(model.enabled()).contains(true);
    assertThat(model.nested()).contains(new Nested("n"));
    assertThat(model.plainNested()).isEqualTo(new Nested("p"));
    assertThat(model.boxed()).isEqualTo(7);
    assertThat(model.label()).isEmpty();
  }

  @Test
  void emptyStringIsAbsentInAPlainBean() throws Exception {
    Bean bean = Json.mapper().readValue("{\"max_replicas_per_node\":\"\",\"nested\":\"\"}", Bean.class);

    assertThat(bean.maxReplicasPerNode).isEmpty();
    assertThat(bean.nested).isNull();
  }

  @Test
  void isoWithZ() throws Exception {
    Times t = times("\"2022-09-16T05:32:44Z\"");

    assertThat(t.instant()).contains(Instant.parse("2022-09-16T05:32:44Z"));
    assertThat(t.time()).contains(OffsetDateTime.of(2022, 9, 16, 5, 32, 44, 0, ZoneOffset.UTC));
  }

  @Test
  void isoWithOffsetAndMicrosecondsKeepsBoth() throws Exception {
    Times t = times("\"2022-11-02T09:40:52.714657+08:00\"");

    assertThat(t.instant()).contains(Instant.parse("2022-11-02T01:40:52.714657Z"));
    OffsetDateTime time = t.time().orElseThrow();
    assertThat(time.getOffset()).isEqualTo(ZoneOffset.ofHours(8));
    assertThat(time.getNano()).isEqualTo(714_657_000);
    assertThat(time.getHour()).isEqualTo(9);
    // and it is written back unchanged
    assertThat(Json.mapper().writeValueAsString(time)).isEqualTo("\"2022-11-02T09:40:52.714657+08:00\"");
  }

  @Test
  void isoWithoutOffsetIsUtc() throws Exception {
    Times t = times("\"2022-09-16T05:32:44\"");

    assertThat(t.instant()).contains(Instant.parse("2022-09-16T05:32:44Z"));
    assertThat(t.time()).contains(OffsetDateTime.of(2022, 9, 16, 5, 32, 44, 0, ZoneOffset.UTC));
  }

  @Test
  void epochMillisAsNumberAndAsString() throws Exception {
    Instant expected = Instant.ofEpochMilli(1614669154682L);

    for (String json : List.of("1614669154682", "\"1614669154682\"")) {
      Times t = times(json);
      assertThat(t.instant()).as(json).contains(expected);
      assertThat(t.time()).as(json).contains(expected.atOffset(ZoneOffset.UTC));
    }
    assertThat(expected).isEqualTo(Instant.parse("2021-03-02T07:12:34.682Z"));
  }

  @Test
  void emptyAndNullTimesAreAbsent() throws Exception {
    assertThat(times("\"\"")).isEqualTo(new Times(Optional.empty(), Optional.empty()));
    assertThat(times("\"  \"")).isEqualTo(new Times(Optional.empty(), Optional.empty()));
    assertThat(times("null")).isEqualTo(new Times(Optional.empty(), Optional.empty()));
    assertThat(Json.mapper().readValue("{}", Times.class)).isEqualTo(new Times(Optional.empty(), Optional.empty()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"yesterday\"", "\"2022-13-45T99:00:00Z\"", "\"12ab\"", "\"99999999999999999999999\""})
  void garbageTimeIsAJacksonError(String json) {
    assertThatThrownBy(() -> times(json)).isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("not an ISO-8601 time nor epoch milliseconds");
  }

  @Test
  void wrongTokenForATimeIsAJacksonError() {
    assertThatThrownBy(() -> times("true")).isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> times("{\"a\":1}")).isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void unknownFieldsAreIgnoredByTheSharedMapperAndRejectedByTheStrictOne() throws Exception {
    String json = "{\"name\":\"n\",\"added_later\":{\"x\":[1,2]}}";

    assertThat(Json.mapper().readValue(json, Nested.class)).isEqualTo(new Nested("n"));
    assertThatThrownBy(() -> Json.strictMapper().readValue(json, Nested.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("added_later");
  }

  @Test
  void strictMapperKeepsTheOtherLeniencies() throws Exception {
    Model model = Json.strictMapper().readValue("{\"count\":\"\",\"nested\":\"\"}", Model.class);
    assertThat(model.count()).isEmpty();
    assertThat(model.nested()).isEmpty();
    assertThat(Json.strictMapper().readValue("{\"instant\":\"1614669154682\"}", Times.class).instant())
        .contains(Instant.ofEpochMilli(1614669154682L));
  }

  @Test
  void absentNullAndEmptyOptionalAreNotWritten() throws Exception {
    Model model = new Model(Optional.empty(), Optional.of(1.5), Optional.empty(), Optional.empty(), null, null,
        Optional.of("x"));

    assertThat(Json.mapper().writeValueAsString(model)).isEqualTo("{\"ratio\":1.5,\"label\":\"x\"}");
    assertThat(Json.strictMapper().writeValueAsString(model)).isEqualTo("{\"ratio\":1.5,\"label\":\"x\"}");
  }

  @Test
  void timesAreWrittenAsIsoText() throws Exception {
    Times t = new Times(Optional.of(Instant.parse("2022-09-16T05:32:44Z")),
        Optional.of(OffsetDateTime.parse("2022-11-02T09:40:52.714657+08:00")));

    String json = Json.mapper().writeValueAsString(t);

    assertThat(json).isEqualTo("{\"instant\":\"2022-09-16T05:32:44Z\",\"time\":\"2022-11-02T09:40:52.714657+08:00\"}");
    assertThat(Json.mapper().readValue(json, Times.class)).isEqualTo(t);
  }

  @Test
  void theSharedMapperIsASingletonAndTheStrictOneIsSeparate() {
    assertThat(Json.mapper()).isSameAs(Json.mapper());
    assertThat(Json.strictMapper()).isNotSameAs(Json.mapper());
  }
}
