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
 * A resource definition: a specification, how many to warm up, and how many at most.
 *
 * <p>Also read from responses ({@link Endpoint#reservedResource()}), so the mandatory fields are
 * {@link Optional}s that {@link #validate} requires.
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableResourceDef.class)
@JsonDeserialize(as = ImmutableResourceDef.class)
public interface ResourceDef extends Validatable {
  /** Resource specification code, as listed by the ListSpecs API. Mandatory in requests. */
  @JsonProperty("spec_code")
  Optional<String> specCode();

  /** Number of resources to warm up. Mandatory in requests. */
  @JsonProperty("warm_up_num")
  Optional<Integer> warmUpNum();

  /**
   * Maximum number of resources, [1, 1000], not below {@code warm_up_num}; when absent the server
   * uses {@code warm_up_num} (no elastic resources).
   */
  @JsonProperty("max_num")
  Optional<Integer> maxNum();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableResourceDef.Builder {}

  @Override
  default void validate(Validator v) {
    Checks.required(v, "spec_code", specCode());
    Checks.present(v, "warm_up_num", warmUpNum());
    v.range("max_num", maxNum(), 1, 1000);
    v.notBelow("max_num", maxNum(), "warm_up_num", warmUpNum());
  }
}
