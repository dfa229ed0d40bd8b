package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import java.util.Optional;
import org.immutables.value.Value;

/** One worker group of a Ray cluster. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableWorkerGroupSpecV2.class)
@JsonDeserialize(as = ImmutableWorkerGroupSpecV2.class)
public interface WorkerGroupSpecV2 extends Validatable {
  /** Name: 0 to 128 letters, digits, hyphens and underscores. */
  @JsonProperty("name")
  Optional<String> name();

  /** Minimum replicas, [0, 10000]. */
  @JsonProperty("min_replicas")
  Optional<Integer> minReplicas();

  /** Maximum replicas, [1, 10000], not below {@code min_replicas}. */
  @JsonProperty("max_replicas")
  Optional<Integer> maxReplicas();

  /** Resource limits. */
  @JsonProperty("limits")
  Optional<ResourceSpec> limits();

  /** Minimum resources. */
  @JsonProperty("requests")
  Optional<ResourceSpec> requests();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableWorkerGroupSpecV2.Builder {}

  @Override
  default void validate(Validator v) {
    v.text("name", name(), 0, 128, Checks.GROUP_NAME_CHARS, Checks.GROUP_NAME_CHARS_TEXT);
    v.range("min_replicas", minReplicas(), 0, 10_000);
    v.range("max_replicas", maxReplicas(), 1, 10_000);
    v.notBelow("max_replicas", maxReplicas(), "min_replicas", minReplicas());
    v.nested("limits", limits());
    v.nested("requests", requests());
  }
}
