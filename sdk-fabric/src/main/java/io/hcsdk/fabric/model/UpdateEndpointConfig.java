package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import java.util.Optional;
import org.immutables.value.Value;

/** Configuration of an endpoint as sent on update; see {@link UpdateRayServiceConfig}. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableUpdateEndpointConfig.class)
@JsonDeserialize(as = ImmutableUpdateEndpointConfig.class)
public interface UpdateEndpointConfig extends Validatable {
  /** Configuration of a Ray service endpoint. */
  @JsonProperty("ray_service_config")
  Optional<UpdateRayServiceConfig> rayServiceConfig();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableUpdateEndpointConfig.Builder {}

  @Override
  default void validate(Validator v) {
    v.nested("ray_service_config", rayServiceConfig());
  }
}
