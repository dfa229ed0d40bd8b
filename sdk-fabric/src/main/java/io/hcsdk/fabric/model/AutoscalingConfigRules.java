package io.hcsdk.fabric.model;

import io.hcsdk.core.validate.Validator;
import java.util.Optional;

/**
 * The cross-field rule of {@link AutoscalingConfig} that the spec cannot say
 * ({@code x-hcsdk-customization}): {@code initial_replicas} lies within
 * [{@code min_replicas}, {@code max_replicas}], checked only when all three are given.
 */
final class AutoscalingConfigRules {
  private AutoscalingConfigRules() {}

  /** Called last by the generated {@link AutoscalingConfig#validate}. */
  static void validate(AutoscalingConfig config, Validator v) {
    Optional<Integer> min = config.minReplicas();
    Optional<Integer> max = config.maxReplicas();
    Optional<Integer> initial = config.initialReplicas();
    if (min.isEmpty() || max.isEmpty()) {
      return;
    }
    v.notBelow("initial_replicas", initial, "min_replicas", min);
    if (initial.isPresent() && initial.get() > max.get()) {
      v.fail("initial_replicas",
          "must be <= max_replicas (" + initial.get() + " > " + max.get() + ")");
    }
  }
}
