package io.hcsdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenEnumTest {
  /** Written as the javadoc of {@link OpenEnum} tells service modules to write theirs. */
  static final class Colour extends OpenEnum {
    private static final Registry<Colour> REGISTRY = new Registry<>(Colour::new);

    static final Colour RED = REGISTRY.register("red");
    static final Colour GREEN = REGISTRY.register("GREEN");

    private Colour(String value) {
      super(value);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Colour of(String value) {
      return REGISTRY.of(value);
    }

    @Override
    public boolean isKnown() {
      return REGISTRY.isKnown(value());
    }
  }

  /** Another open enum sharing a value with {@link Colour}, to prove equality includes the class. */
  static final class Fruit extends OpenEnum {
    private static final Registry<Fruit> REGISTRY = new Registry<>(Fruit::new);

    static final Fruit RED = REGISTRY.register("red");

    private Fruit(String value) {
      super(value);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Fruit of(String value) {
      return REGISTRY.of(value);
    }

    @Override
    public boolean isKnown() {
      return REGISTRY.isKnown(value());
    }
  }

  record Paint(@JsonProperty("colour") Colour colour, @JsonProperty("others") List<Colour> others,
      @JsonProperty("maybe") Optional<Colour> maybe) {}

  @Test
  void knownValuesAreTheConstants() {
    assertThat(Colour.of("red")).isSameAs(Colour.RED);
    assertThat(Colour.of("GREEN")).isSameAs(Colour.GREEN);
    assertThat(Colour.RED.isKnown()).isTrue();
    assertThat(Colour.RED.value()).isEqualTo("red");
    assertThat(Colour.RED).hasToString("red");
    assertThat(Colour.REGISTRY.values()).containsExactly(Colour.RED, Colour.GREEN);
  }

  @Test
  void unknownValuesAreKeptVerbatim() {
    Colour purple = Colour.of("Purple-2");

    assertThat(purple.value()).isEqualTo("Purple-2");
    assertThat(purple.isKnown()).isFalse();
    assertThat(Colour.REGISTRY.isKnown("Purple-2")).isFalse();
    // matching is exact: the wire's case is the value
    assertThat(Colour.of("RED").isKnown()).isFalse();
    assertThat(Colour.of("RED")).isNotEqualTo(Colour.RED);
    // an unknown value never joins the known ones
    assertThat(Colour.REGISTRY.values()).containsExactly(Colour.RED, Colour.GREEN);
    assertThatThrownBy(() -> Colour.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void equalityIsByValueAndClass() {
    Colour a = Colour.of("blue");
    Colour b = Colour.of("blue");

    assertThat(a).isNotSameAs(b).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Colour.of("cyan"));
    assertThat(Colour.RED).isNotEqualTo(Fruit.RED);
    assertThat(Colour.RED.value()).isEqualTo(Fruit.RED.value());
    assertThat(Colour.RED).isNotEqualTo(null).isNotEqualTo("red");
  }

  @Test
  void roundTripsInsideARecord() throws Exception {
    Paint paint = new Paint(Colour.RED, List.of(Colour.GREEN, Colour.of("ultraviolet")), Optional.of(Colour.of("x")));

    String json = Json.mapper().writeValueAsString(paint);

    assertThat(json).isEqualTo("{\"colour\":\"red\",\"others\":[\"GREEN\",\"ultraviolet\"],\"maybe\":\"x\"}");
    Paint read = Json.mapper().readValue(json, Paint.class);
    assertThat(read).isEqualTo(paint);
    assertThat(read.colour()).isSameAs(Colour.RED);
    assertThat(read.others().get(0)).isSameAs(Colour.GREEN);
  }

  @Test
  void unknownValueInsideAListDoesNotFailTheCall() throws Exception {
    List<Colour> colours = Json.strictMapper().readValue("[\"red\",\"infrared\",\"GREEN\"]",
        new TypeReference<List<Colour>>() {});

    assertThat(colours).containsExactly(Colour.RED, Colour.of("infrared"), Colour.GREEN);
    assertThat(colours).extracting(OpenEnum::isKnown).containsExactly(true, false, true);
    assertThat(Json.mapper().writeValueAsString(colours)).isEqualTo("[\"red\",\"infrared\",\"GREEN\"]");
  }

  @Test
  void worksAsAMapKeyAfterReading() throws Exception {
    Paint paint = Json.mapper().readValue("{\"colour\":\"mauve\"}", Paint.class);

    Map<Colour, String> names = Map.of(Colour.of("mauve"), "found");
    assertThat(names.get(paint.colour())).isEqualTo("found");
    assertThat(paint.others()).isNull();
    assertThat(paint.maybe()).isEmpty();
  }
}
