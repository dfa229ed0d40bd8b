package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Dumping of a Ray service's logs to LTS (Log Tank Service). */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableRayServiceLogLtsConfig.class)
@JsonDeserialize(as = ImmutableRayServiceLogLtsConfig.class)
public interface RayServiceLogLtsConfig {
  /** Whether to dump the logs to LTS (server default false). */
  @JsonProperty("enabled")
  Optional<Boolean> enabled();

  /** ID of an existing LTS log group. */
  @JsonProperty("log_group_id")
  Optional<String> logGroupId();

  /** ID of an existing LTS log stream. */
  @JsonProperty("log_stream_id")
  Optional<String> logStreamId();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableRayServiceLogLtsConfig.Builder {}
}
