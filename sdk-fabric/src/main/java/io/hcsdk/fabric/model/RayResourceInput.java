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
 * Resources of the Ray cluster of an endpoint, as sent on create and update
 * ({@code ray_resource}).
 *
 * <p>The endpoint returned by the server describes its Ray resources in another shape:
 * {@link RayResource}.
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableRayResourceInput.class)
@JsonDeserialize(as = ImmutableRayResourceInput.class)
public interface RayResourceInput extends Validatable {
  /** Head node resources. */
  @JsonProperty("head_node_resource")
  HeadNodeResourceDemand headNodeResource();

  /** Worker node resources: 1 to 10 entries. */
  @JsonProperty("work_node_resources")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<WorkNodeResourceDemand> workNodeResources();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableRayResourceInput.Builder {}

  @Override
  default void validate(Validator v) {
    v.nested("head_node_resource", headNodeResource());
    v.size("work_node_resources", workNodeResources(), 1, 10);
    v.each("work_node_resources", workNodeResources());
  }
}
