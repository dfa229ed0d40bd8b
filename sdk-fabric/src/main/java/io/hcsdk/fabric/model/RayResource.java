package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Resources of the Ray cluster of an endpoint as the server returns them ({@code ray_resource}).
 *
 * <p>Requests describe them as a {@link RayResourceInput}, a different shape.
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableRayResource.class)
@JsonDeserialize(as = ImmutableRayResource.class)
public interface RayResource {
  /** Head group. */
  @JsonProperty("head_group_spec")
  Optional<RayHeadGroup> headGroupSpec();

  /** Worker groups (the wire name is singular although it is a list). */
  @JsonProperty("worker_group_spec")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<RayWorkerGroup> workerGroupSpec();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableRayResource.Builder {}
}
