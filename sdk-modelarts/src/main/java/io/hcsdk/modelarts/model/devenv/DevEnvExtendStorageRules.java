package io.hcsdk.modelarts.model.devenv;

import io.hcsdk.core.validate.Validator;

/**
 * The rules of {@link DevEnvExtendStorageInput} that an open enum cannot say
 * ({@code x-hcsdk-customization}): "Extended storage supports only obsfs", and its location and
 * path are mandatory (an extended storage mounts an OBS path; see NOTES.md).
 */
final class DevEnvExtendStorageRules {
  private DevEnvExtendStorageRules() {}

  /** Called last by the generated {@link DevEnvExtendStorageInput#validate}. */
  static void validate(DevEnvExtendStorageInput storage, Validator v) {
    if (DevEnvStorageRules.onlyType(v, storage.type(), DevEnvStorageType.OBSFS,
        "extended storage supports only obsfs")) {
      DevEnvStorageRules.requirePath(v, storage.location(), "type is obsfs");
    }
  }
}
