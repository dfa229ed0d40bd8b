package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Runtime environment of a Ray Serve application. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableServeRuntimeEnv.class)
@JsonDeserialize(as = ImmutableServeRuntimeEnv.class)
public interface ServeRuntimeEnv {
  /** Working directory of the code: a remote URI (such as S3) or a local path. */
  @JsonProperty("working_dir")
  Optional<String> workingDir();

  /** Environment variables to set. */
  @JsonProperty("env_vars")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, String> envVars();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableServeRuntimeEnv.Builder {}
}
