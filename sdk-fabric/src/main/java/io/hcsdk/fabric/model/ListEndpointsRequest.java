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
 * Query of ListEndpoints ({@code GET /v1/workspaces/{workspace_id}/endpoints}): every parameter
 * optional. Not a JSON body; the accessors carry the query parameter names.
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableListEndpointsRequest.class)
@JsonDeserialize(as = ImmutableListEndpointsRequest.class)
public interface ListEndpointsRequest extends Validatable {
  /** Offset of the first result, at least 0. */
  @JsonProperty("offset")
  Optional<Integer> offset();

  /** Page size, [1, 100] (server default 10). */
  @JsonProperty("limit")
  Optional<Integer> limit();

  /** Only endpoints of this model. */
  @JsonProperty("model_id")
  Optional<String> modelId();

  /** Only endpoints with this name. */
  @JsonProperty("name")
  Optional<String> name();

  /** Only the endpoint with this ID. */
  @JsonProperty("endpoint_id")
  Optional<String> endpointId();

  /** Only endpoints of this type. */
  @JsonProperty("type")
  Optional<EndpointType> type();

  /** Only endpoints of this visibility ({@code ALL} for both). */
  @JsonProperty("visibility")
  Optional<VisibilityFilter> visibility();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableListEndpointsRequest.Builder {}

  @Override
  default void validate(Validator v) {
    Checks.atLeast(v, "offset", offset(), 0);
    v.range("limit", limit(), 1, 100);
  }
}
