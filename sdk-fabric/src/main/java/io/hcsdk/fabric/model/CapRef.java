package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import java.util.Optional;
import org.immutables.value.Value;

/** A reference to an image package (CAP) version. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableCapRef.class)
@JsonDeserialize(as = ImmutableCapRef.class)
public interface CapRef extends Validatable {
  /** Image package ID: 32 to 36 letters, digits and hyphens. */
  @JsonProperty("cap_id")
  Optional<String> capId();

  /** Image package version ID: 32 to 36 letters, digits and hyphens. */
  @JsonProperty("version_id")
  Optional<String> versionId();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableCapRef.Builder {}

  @Override
  default void validate(Validator v) {
    v.text("cap_id", capId(), 32, 36, Validator.ID_CHARS, Checks.ID_CHARS_TEXT);
    v.text("version_id", versionId(), 32, 36, Validator.ID_CHARS, Checks.ID_CHARS_TEXT);
  }
}
