package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import org.immutables.value.Value;

/** Resources of one group of worker nodes of a Ray cluster. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableWorkNodeResourceDemand.class)
@JsonDeserialize(as = ImmutableWorkNodeResourceDemand.class)
public interface WorkNodeResourceDemand extends Validatable {
  /** Name of the resource configuration. */
  @JsonProperty("name")
  String name();

  /** Resource requirement. */
  @JsonProperty("resource")
  ResourceDemand resource();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableWorkNodeResourceDemand.Builder {}

  @Override
  default void validate(Validator v) {
    Checks.required(v, "name", name());
    v.nested("resource", resource());
  }
}
