package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One worker group of a returned {@link RayResource}. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableRayWorkerGroup.class)
@JsonDeserialize(as = ImmutableRayWorkerGroup.class)
public interface RayWorkerGroup {
  /** Group name. */
  @JsonProperty("name")
  Optional<String> name();

  /** Resource specification. */
  @JsonProperty("spec_code")
  Optional<String> specCode();

  /** Minimum replicas. */
  @JsonProperty("min_replicas")
  Optional<Integer> minReplicas();

  /** Maximum replicas. */
  @JsonProperty("max_replicas")
  Optional<Integer> maxReplicas();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableRayWorkerGroup.Builder {}
}
