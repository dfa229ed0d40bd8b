package io.hcsdk.modelarts.model.devenv;

import io.hcsdk.core.validate.Validator;

/**
 * The cross-field rule of {@link DevEnvAutoStopInput} that the spec cannot say
 * ({@code x-hcsdk-customization}): "duration is mandatory when enable is set to true". Its
 * 3,600–86,400 range is the generated check.
 */
final class DevEnvAutoStopRules {
  private DevEnvAutoStopRules() {}

  /** Called last by the generated {@link DevEnvAutoStopInput#validate}. */
  static void validate(DevEnvAutoStopInput autoStop, Validator v) {
    if (autoStop.enable().orElse(false) && autoStop.duration().isEmpty()) {
      v.fail("duration", "is required when enable is true");
    }
  }
}
