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

/**
 * Ray cluster configuration of a Ray service endpoint.
 *
 * <p>Also read from responses, so {@code head_group_spec} is an {@link Optional} that
 * {@link #validate} requires.
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableRayClusterConfig.class)
@JsonDeserialize(as = ImmutableRayClusterConfig.class)
public interface RayClusterConfig extends Validatable {
  /** Whether to enable resource customization (server default false). */
  @JsonProperty("enable_custom")
  Optional<Boolean> enableCustom();

  /** Head group configuration. Mandatory in requests. */
  @JsonProperty("head_group_spec")
  Optional<HeadGroupSpecV2> headGroupSpec();

  /** Worker group configuration: 1 to 1000 entries. */
  @JsonProperty("worker_group_specs")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<WorkerGroupSpecV2> workerGroupSpecs();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableRayClusterConfig.Builder {}

  @Override
  default void validate(Validator v) {
    Checks.requiredNested(v, "head_group_spec", headGroupSpec());
    v.size("worker_group_specs", workerGroupSpecs(), 1, 1000);
    v.each("worker_group_specs", workerGroupSpecs());
  }
}
