package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import java.util.Optional;
import org.immutables.value.Value;

/** General reserved resources of an endpoint ({@code reserved_resource}). */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableReservedResource.class)
@JsonDeserialize(as = ImmutableReservedResource.class)
public interface ReservedResource extends Validatable {
  /** APU resources. */
  @JsonProperty("apu")
  Optional<ResourceDef> apu();

  /** DPU (SQL) resources. */
  @JsonProperty("dpu")
  Optional<SqlResourceDef> dpu();

  /** MU resources. */
  @JsonProperty("mu")
  Optional<ResourceDemand> mu();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableReservedResource.Builder {}

  @Override
  default void validate(Validator v) {
    v.nested("apu", apu());
    v.nested("dpu", dpu());
    v.nested("mu", mu());
  }
}
