package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The head group of a returned {@link RayResource}. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableRayHeadGroup.class)
@JsonDeserialize(as = ImmutableRayHeadGroup.class)
public interface RayHeadGroup {
  /** Resource specification. */
  @JsonProperty("spec_code")
  Optional<String> specCode();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableRayHeadGroup.Builder {}
}
