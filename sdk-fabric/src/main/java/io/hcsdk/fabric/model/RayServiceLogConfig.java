package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Log configuration of a Ray service. Honoured on create only; updates ignore it. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableRayServiceLogConfig.class)
@JsonDeserialize(as = ImmutableRayServiceLogConfig.class)
public interface RayServiceLogConfig {
  /** Dumping of the logs to LTS. */
  @JsonProperty("lts")
  Optional<RayServiceLogLtsConfig> lts();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableRayServiceLogConfig.Builder {}
}
