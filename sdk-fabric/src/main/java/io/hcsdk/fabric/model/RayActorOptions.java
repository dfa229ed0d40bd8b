package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import java.util.Optional;
import org.immutables.value.Value;

/** Ray actor options of a {@link Deployment}. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableRayActorOptions.class)
@JsonDeserialize(as = ImmutableRayActorOptions.class)
public interface RayActorOptions extends Validatable {
  /** CPU size. */
  @JsonProperty("num_cpus")
  Optional<Double> numCpus();

  /** Memory size. */
  @JsonProperty("memory")
  Optional<Double> memory();

  /** Resource configuration: at most 1024 characters. */
  @JsonProperty("resources")
  Optional<String> resources();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableRayActorOptions.Builder {}

  @Override
  default void validate(Validator v) {
    v.text("resources", resources(), 0, 1024, null, null);
  }
}
