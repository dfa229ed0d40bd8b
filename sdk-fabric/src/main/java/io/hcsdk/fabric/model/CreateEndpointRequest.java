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

/** Body of CreateEndpoint ({@code POST /v1/workspaces/{workspace_id}/endpoints}). */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableCreateEndpointRequest.class)
@JsonDeserialize(as = ImmutableCreateEndpointRequest.class)
public interface CreateEndpointRequest extends Validatable {
  /** Endpoint name: 1 to 128 letters, digits, {@code - _ .} and spaces. */
  @JsonProperty("name")
  String name();

  /** Description. */
  @JsonProperty("description")
  Optional<String> description();

  /** Endpoint type. */
  @JsonProperty("type")
  EndpointType type();

  /** General reserved resources. */
  @JsonProperty("reserved_resource")
  Optional<ReservedResource> reservedResource();

  /** Resources of the Ray cluster. */
  @JsonProperty("ray_resource")
  Optional<RayResourceInput> rayResource();

  /** Image package. */
  @JsonProperty("cap")
  Optional<CapRef> cap();

  /** Endpoint configuration. */
  @JsonProperty("config")
  Optional<EndpointConfig> config();

  /** Distributed caches. */
  @JsonProperty("cache_list")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<CacheConfig> cacheList();

  /** Whether to enable public network access (server default false). */
  @JsonProperty("public_access")
  Optional<Boolean> publicAccess();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableCreateEndpointRequest.Builder {}

  @Override
  default void validate(Validator v) {
    v.text("name", name(), 1, 128, Validator.NAME_CHARS, Checks.NAME_CHARS_TEXT);
    Checks.required(v, "type", type().value());
    v.nested("reserved_resource", reservedResource());
    v.nested("ray_resource", rayResource());
    v.nested("cap", cap());
    v.nested("config", config());
  }
}
