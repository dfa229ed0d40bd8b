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
 * Query of ListServiceInstances ({@code GET /v1/workspaces/{workspace_id}/services/instances}):
 * every parameter optional. Not a JSON body; the accessors carry the query parameter names.
 *
 * <p>The documents give no range for {@code limit} here; it is checked like ListEndpoints' (1 to
 * 100).
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableListServiceInstancesRequest.class)
@JsonDeserialize(as = ImmutableListServiceInstancesRequest.class)
public interface ListServiceInstancesRequest extends Validatable {
  /** Only the instance with this ID. */
  @JsonProperty("id")
  Optional<String> id();

  /** Only instances with this name. */
  @JsonProperty("name")
  Optional<String> name();

  /** Page size, [1, 100] (assumed as for ListEndpoints). */
  @JsonProperty("limit")
  Optional<Integer> limit();

  /** Offset of the first result, at least 0. */
  @JsonProperty("offset")
  Optional<Integer> offset();

  /** Only instances on this endpoint. */
  @JsonProperty("endpoint_id")
  Optional<String> endpointId();

  /** Only instances of this source (model) ID. */
  @JsonProperty("source_id")
  Optional<String> sourceId();

  /** Only instances of this source version ID. */
  @JsonProperty("version_id")
  Optional<String> versionId();

  /** Only instances of this type. */
  @JsonProperty("type")
  Optional<ServiceInstanceType> type();

  /** Only instances of this visibility. */
  @JsonProperty("visibility")
  Optional<VisibilityFilter> visibility();

  /** Sort key. */
  @JsonProperty("sort_by")
  Optional<ServiceInstanceSortBy> sortBy();

  /** Sort direction. */
  @JsonProperty("order_by")
  Optional<SortOrder> orderBy();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableListServiceInstancesRequest.Builder {}

  @Override
  default void validate(Validator v) {
    v.range("limit", limit(), 1, 100);
    Checks.atLeast(v, "offset", offset(), 0);
  }
}
