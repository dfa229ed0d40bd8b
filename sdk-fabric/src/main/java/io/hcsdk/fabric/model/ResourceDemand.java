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
 *
 * <p>Also read from responses (an endpoint's {@code mu}, a service instance's resource), so every
 * field is an {@link Optional}; {@link #validate} requires all three.
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableResourceDemand.class)
@JsonDeserialize(as = ImmutableResourceDemand.class)
public interface ResourceDemand extends Validatable {
  /** Resource specification, from the specifications list. Mandatory in requests. */
  @JsonProperty("spec_code")
  Optional<String> specCode();

  /** Minimum number, at least 0. Mandatory in requests. */
  @JsonProperty("min")
  Optional<Integer> min();

  /** Maximum number, at least 1 and not below {@code min}. Mandatory in requests. */
  @JsonProperty("max")
  Optional<Integer> max();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableResourceDemand.Builder {}

  @Override
  default void validate(Validator v) {
    Checks.required(v, "spec_code", specCode());
    Checks.requiredAtLeast(v, "min", min(), 0);
    Checks.requiredAtLeast(v, "max", max(), 1);
    v.notBelow("max", max(), "min", min());
  }
}
