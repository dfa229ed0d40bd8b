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
 * Auto scaling configuration of a {@link Deployment}.
 *
 * <p>{@code max_ongoing_requests} is not in the document's table but appears in every example of
 * it (create and update, request and response), so it is modelled; the document gives it no range
 * here, so it is not checked (the deployment-level field of the same name is).
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableAutoscalingConfig.class)
@JsonDeserialize(as = ImmutableAutoscalingConfig.class)
public interface AutoscalingConfig extends Validatable {
  /** Average requests per replica per unit of time, [1, 1000]. */
  @JsonProperty("target_ongoing_requests")
  Optional<Integer> targetOngoingRequests();

  /** Maximum concurrent requests per replica; only in the document's examples, not in its table. */
  @JsonProperty("max_ongoing_requests")
  Optional<Integer> maxOngoingRequests();

  /** Minimum replicas, [0, 1000]. */
  @JsonProperty("min_replicas")
  Optional<Integer> minReplicas();

  /** Maximum replicas, [0, 1000], not below {@code min_replicas}. */
  @JsonProperty("max_replicas")
  Optional<Integer> maxReplicas();

  /** Initial replicas, [0, 1000], within [{@code min_replicas}, {@code max_replicas}]. */
  @JsonProperty("initial_replicas")
  Optional<Integer> initialReplicas();

  /** Seconds to wait before scaling up, [0, 86400]. */
  @JsonProperty("upscale_delay_s")
  Optional<Integer> upscaleDelayS();

  /** Seconds to wait before scaling down, [0, 86400]. */
  @JsonProperty("downscale_delay_s")
  Optional<Integer> downscaleDelayS();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableAutoscalingConfig.Builder {}

  @Override
  default void validate(Validator v) {
    v.range("target_ongoing_requests", targetOngoingRequests(), 1, 1000);
    v.range("min_replicas", minReplicas(), 0, 1000);
    v.range("max_replicas", maxReplicas(), 0, 1000);
    v.range("initial_replicas", initialReplicas(), 0, 1000);
    v.range("upscale_delay_s", upscaleDelayS(), 0, 86_400);
    v.range("downscale_delay_s", downscaleDelayS(), 0, 86_400);
    v.notBelow("max_replicas", maxReplicas(), "min_replicas", minReplicas());
    if (minReplicas().isPresent() && maxReplicas().isPresent()) {
      v.notBelow("initial_replicas", initialReplicas(), "min_replicas", minReplicas());
      Checks.notAbove(v, "initial_replicas", initialReplicas(), "max_replicas", maxReplicas());
    }
  }
}
