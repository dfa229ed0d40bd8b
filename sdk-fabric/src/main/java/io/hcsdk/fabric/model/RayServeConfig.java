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

/** Ray Serve configuration: the applications to serve. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableRayServeConfig.class)
@JsonDeserialize(as = ImmutableRayServeConfig.class)
public interface RayServeConfig extends Validatable {
  /** Applications: 0 to 5 entries. */
  @JsonProperty("applications")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<ServeApplication> applications();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableRayServeConfig.Builder {}

  @Override
  default void validate(Validator v) {
    v.size("applications", applications(), 0, 5);
    v.each("applications", applications());
  }
}
