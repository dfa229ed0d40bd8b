package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Data information of a Ray service: where data is read and written. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableDataBriefInfo.class)
@JsonDeserialize(as = ImmutableDataBriefInfo.class)
public interface DataBriefInfo {
  /** Input path, such as {@code OBS://bucket/dir/}. */
  @JsonProperty("input_path")
  Optional<String> inputPath();

  /** Output path. */
  @JsonProperty("output_path")
  Optional<String> outputPath();

  /** Name of the environment variable that carries the data information. */
  @JsonProperty("env_var_name")
  Optional<String> envVarName();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableDataBriefInfo.Builder {}
}
