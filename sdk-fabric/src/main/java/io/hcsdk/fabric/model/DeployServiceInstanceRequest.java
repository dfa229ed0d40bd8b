package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import java.util.Optional;
import org.immutables.value.Value;

/** Body of DeployService ({@code POST /v1/workspaces/{workspace_id}/services/instances}). */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableDeployServiceInstanceRequest.class)
@JsonDeserialize(as = ImmutableDeployServiceInstanceRequest.class)
public interface DeployServiceInstanceRequest extends Validatable {
  /** Source: the model and its version. */
  @JsonProperty("source")
  SourceRef source();

  /** Instance name: 1 to 64 letters, digits, {@code - _ .} and spaces. */
  @JsonProperty("name")
  String name();

  /** Description: at most 1024 characters, none of {@code !<>=&'"}. */
  @JsonProperty("description")
  Optional<String> description();

  /** ID of the endpoint to deploy on. */
  @JsonProperty("endpoint_id")
  String endpointId();

  /** Configuration used when the instance starts. */
  @JsonProperty("config")
  Optional<ServiceInstanceConfig> config();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableDeployServiceInstanceRequest.Builder {}

  @Override
  default void validate(Validator v) {
    v.nested("source", source());
    v.text("name", name(), 1, 64, Validator.NAME_CHARS, Checks.NAME_CHARS_TEXT);
    v.text("description", description(), 0, 1024, null, null);
    v.noneOf("description", description(), Checks.DESCRIPTION_FORBIDDEN);
    Checks.required(v, "endpoint_id", endpointId());
    v.nested("config", config());
  }
}
