package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import java.util.Optional;
import org.immutables.value.Value;

/** Head group configuration of a Ray cluster. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableHeadGroupSpecV2.class)
@JsonDeserialize(as = ImmutableHeadGroupSpecV2.class)
public interface HeadGroupSpecV2 extends Validatable {
  /** Resource limits. */
  @JsonProperty("limits")
  Optional<ResourceSpec> limits();

  /** Resource requests. */
  @JsonProperty("requests")
  Optional<ResourceSpec> requests();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableHeadGroupSpecV2.Builder {}

  @Override
  default void validate(Validator v) {
    v.nested("limits", limits());
    v.nested("requests", requests());
  }
}
