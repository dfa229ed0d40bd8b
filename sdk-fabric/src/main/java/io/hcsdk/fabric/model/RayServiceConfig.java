package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Configuration of a Ray service endpoint (on create, and as returned by the server).
 *
 * <p>Because responses carry it, its mandatory fields are {@link Optional}s that {@link #validate}
 * requires.
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableRayServiceConfig.class)
@JsonDeserialize(as = ImmutableRayServiceConfig.class)
public interface RayServiceConfig extends Validatable {
  /** Ray Serve configuration. Mandatory in requests. */
  @JsonProperty("ray_serve_config")
  Optional<RayServeConfig> rayServeConfig();

  /** Ray cluster configuration. Mandatory in requests. */
  @JsonProperty("ray_cluster_config")
  Optional<RayClusterConfig> rayClusterConfig();

  /** Log configuration; only honoured on create (the server ignores it on update). */
  @JsonProperty("log_config")
  Optional<RayServiceLogConfig> logConfig();

  /** Data information: 0 or 1 entry. */
  @JsonProperty("data_infos")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<DataBriefInfo> dataInfos();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableRayServiceConfig.Builder {}

  @Override
  default void validate(Validator v) {
    Checks.requiredNested(v, "ray_serve_config", rayServeConfig());
    Checks.requiredNested(v, "ray_cluster_config", rayClusterConfig());
    v.size("data_infos", dataInfos(), 0, 1);
  }
}
