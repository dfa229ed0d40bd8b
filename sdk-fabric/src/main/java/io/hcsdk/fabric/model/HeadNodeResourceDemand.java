package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import org.immutables.value.Value;

/** Resources of the head node of a Ray cluster. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableHeadNodeResourceDemand.class)
@JsonDeserialize(as = ImmutableHeadNodeResourceDemand.class)
public interface HeadNodeResourceDemand extends Validatable {
  /** Resource specification, from the specifications list. */
  @JsonProperty("spec_code")
  String specCode();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableHeadNodeResourceDemand.Builder {}

  @Override
  default void validate(Validator v) {
    Checks.required(v, "spec_code", specCode());
  }
}
