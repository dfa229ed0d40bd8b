package io.hcsdk.modelarts.model.devenv;

import io.hcsdk.core.validate.Validator;
import java.util.Optional;

/**
 * The rules of {@link DevEnvStorageInput} that an open enum cannot say
 * ({@code x-hcsdk-customization}): "Only obs is supported", and with type obs the location and its
 * path are mandatory. {@link DevEnvExtendStorageRules} applies the same two checks with obsfs.
 */
final class DevEnvStorageRules {
  private DevEnvStorageRules() {}

  /** Called last by the generated {@link DevEnvStorageInput#validate}. */
  static void validate(DevEnvStorageInput storage, Validator v) {
    if (onlyType(v, storage.type(), DevEnvStorageType.OBS, "only obs is supported")) {
      requirePath(v, storage.location(), "type is obs");
    }
  }

  /** Whether {@code type} is {@code supported}; a violation of {@code type} when it is not. */
  static boolean onlyType(Validator v, DevEnvStorageType type, DevEnvStorageType supported, String rule) {
    boolean ok = type.equals(supported);
    v.check(ok, "type", "must be " + supported.value() + ": " + rule + " (was " + type.value() + ")");
    return ok;
  }

  /** {@code location} and {@code location.path} are present; violations say {@code when}. */
  static void requirePath(Validator v, Optional<DevEnvStorageLocationInput> location, String when) {
    if (location.isEmpty()) {
      v.fail("location", "is required when " + when);
    } else if (location.get().path().isEmpty()) {
      v.child("location").fail("path", "is required when " + when);
    }
  }
}
