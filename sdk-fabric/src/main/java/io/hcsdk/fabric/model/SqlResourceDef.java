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
 * A SQL (DPU) resource definition.
 *
 * <p>Also read from responses ({@link Endpoint#reservedResource()}), so the mandatory fields are
 * {@link Optional}s that {@link #validate} requires.
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableSqlResourceDef.class)
@JsonDeserialize(as = ImmutableSqlResourceDef.class)
public interface SqlResourceDef extends Validatable {
  /** Resource specification code, as listed by the ListSpecs API. Mandatory in requests. */
  @JsonProperty("spec_code")
  Optional<String> specCode();

  /** Number of resources to warm up, [1, 5000]. Mandatory in requests. */
  @JsonProperty("warm_up_num")
  Optional<Integer> warmUpNum();

  /**
   * Maximum number of resources, [1, 5000], not below {@code warm_up_num}; when absent the server
   * uses {@code warm_up_num}.
   */
  @JsonProperty("max_num")
  Optional<Integer> maxNum();

  /** Whether to use public resources. */
  @JsonProperty("use_public_resource")
  Optional<Boolean> usePublicResource();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableSqlResourceDef.Builder {}

  @Override
  default void validate(Validator v) {
    Checks.required(v, "spec_code", specCode());
    Checks.requiredRange(v, "warm_up_num", warmUpNum(), 1, 5000);
    v.range("max_num", maxNum(), 1, 5000);
    v.notBelow("max_num", maxNum(), "warm_up_num", warmUpNum());
  }
}
