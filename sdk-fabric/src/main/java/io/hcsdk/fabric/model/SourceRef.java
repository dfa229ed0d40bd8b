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
 * The source of a service instance: for an inference service, a model and its version.
 *
 * <p>Also read from responses ({@link ServiceInstance#source()}), so {@code id} is an
 * {@link Optional} that {@link #validate} requires.
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableSourceRef.class)
@JsonDeserialize(as = ImmutableSourceRef.class)
public interface SourceRef extends Validatable {
  /** Source ID (the model ID): 1 to 36 letters, digits and hyphens. Mandatory in requests. */
  @JsonProperty("id")
  Optional<String> id();

  /** Version ID (the model version ID): 1 to 36 letters, digits and hyphens. */
  @JsonProperty("version_id")
  Optional<String> versionId();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableSourceRef.Builder {}

  @Override
  default void validate(Validator v) {
    Checks.requiredText(v, "id", id(), 1, 36, Validator.ID_CHARS, Checks.ID_CHARS_TEXT);
    v.text("version_id", versionId(), 1, 36, Validator.ID_CHARS, Checks.ID_CHARS_TEXT);
  }
}
