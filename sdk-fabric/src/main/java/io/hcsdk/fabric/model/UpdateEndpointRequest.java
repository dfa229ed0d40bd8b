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
 * Body of UpdateEndpoint ({@code PUT /v1/workspaces/{workspace_id}/endpoints/{endpoint_id}}).
 *
 * <p>Every field is optional; the objects inside keep their own required fields. The type of an
 * endpoint and its caches cannot be changed, and the configuration is an
 * {@link UpdateEndpointConfig}: the server ignores a Ray service's {@code log_config} on update,
 * so it cannot be given here.
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableUpdateEndpointRequest.class)
@JsonDeserialize(as = ImmutableUpdateEndpointRequest.class)
public interface UpdateEndpointRequest extends Validatable {
  /** New endpoint name: 1 to 128 letters, digits, {@code - _ .} and spaces. */
  @JsonProperty("name")
  Optional<String> name();

  /** New description. */
  @JsonProperty("description")
  Optional<String> description();

  /** General reserved resources. */
  @JsonProperty("reserved_resource")
  Optional<ReservedResource> reservedResource();

  /** Resources of the Ray cluster. */
  @JsonProperty("ray_resource")
  Optional<RayResourceInput> rayResource();

  /** Image package. */
  @JsonProperty("cap")
  Optional<CapRef> cap();

  /** Endpoint configuration (without log configuration). */
  @JsonProperty("config")
  Optional<UpdateEndpointConfig> config();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableUpdateEndpointRequest.Builder {}

  @Override
  default void validate(Validator v) {
    v.text("name", name(), 1, 128, Validator.NAME_CHARS, Checks.NAME_CHARS_TEXT);
    v.nested("reserved_resource", reservedResource());
    v.nested("ray_resource", rayResource());
    v.nested("cap", cap());
    v.nested("config", config());
  }
}
