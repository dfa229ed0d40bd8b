package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resource requirement: a specification with a minimum and a maximum count.
 *
 * <p>Endpoint rules: {@code min >= 0}, {@code max >= 1}, {@code max >= min}. A service instance's
 * resource ({@link ModelServiceInstanceConfig}) has stricter rules, checked there.
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableResourceDemand.class)
@JsonDeserialize(as = ImmutableResourceDemand.class)
public interface ResourceDemand extends Validatable {
  /** Resource specification, from the specifications list. */
  @JsonProperty("spec_code")
  String specCode();

  /** Minimum number, at least 0. */
  @JsonProperty("min")
  int min();

  /** Maximum number, at least 1 and not below {@code min}. */
  @JsonProperty("max")
  int max();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableResourceDemand.Builder {}

  @Override
  default void validate(Validator v) {
    Checks.required(v, "spec_code", specCode());
    Checks.atLeast(v, "min", min(), 0);
    Checks.atLeast(v, "max", max(), 1);
    v.notBelow("max", Optional.of(max()), "min", Optional.of(min()));
  }
}
