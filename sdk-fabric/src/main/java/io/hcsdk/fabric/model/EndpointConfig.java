package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Configuration of an endpoint, as sent on create and returned by the server.
 *
 * <p>Updates use {@link UpdateEndpointConfig}, which cannot carry a log configuration.
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableEndpointConfig.class)
@JsonDeserialize(as = ImmutableEndpointConfig.class)
public interface EndpointConfig extends Validatable {
  /** Configuration of a Ray service endpoint. */
  @JsonProperty("ray_service_config")
  Optional<RayServiceConfig> rayServiceConfig();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableEndpointConfig.Builder {}

  @Override
  default void validate(Validator v) {
    v.nested("ray_service_config", rayServiceConfig());
  }
}
