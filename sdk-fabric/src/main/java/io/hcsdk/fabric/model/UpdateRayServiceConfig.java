package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import java.util.List;
import org.immutables.value.Value;

/**
 * Configuration of a Ray service endpoint as sent on update.
 *
 * <p>Unlike {@link RayServiceConfig} it has no {@code log_config}: the UpdateEndpoint document
 * states that a Ray service's log configuration is ignored and cannot be updated, so this type
 * does not offer it. A JSON body carrying one is still read by the lenient mapper, which drops it.
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableUpdateRayServiceConfig.class)
@JsonDeserialize(as = ImmutableUpdateRayServiceConfig.class)
public interface UpdateRayServiceConfig extends Validatable {
  /** Ray Serve configuration. */
  @JsonProperty("ray_serve_config")
  RayServeConfig rayServeConfig();

  /** Ray cluster configuration. */
  @JsonProperty("ray_cluster_config")
  RayClusterConfig rayClusterConfig();

  /** Data information: 0 or 1 entry. */
  @JsonProperty("data_infos")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<DataBriefInfo> dataInfos();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableUpdateRayServiceConfig.Builder {}

  @Override
  default void validate(Validator v) {
    v.nested("ray_serve_config", rayServeConfig());
    v.nested("ray_cluster_config", rayClusterConfig());
    v.size("data_infos", dataInfos(), 0, 1);
  }
}
