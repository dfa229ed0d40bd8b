package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import java.util.Optional;
import org.immutables.value.Value;

/** Resources of a Ray group: a specification or explicit CPU, memory and NPU amounts. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableResourceSpec.class)
@JsonDeserialize(as = ImmutableResourceSpec.class)
public interface ResourceSpec extends Validatable {
  /** Resource specification, from the specifications list. */
  @JsonProperty("spec_code")
  Optional<String> specCode();

  /** CPU cores, [0, 192]. */
  @JsonProperty("cpu_resource")
  Optional<Integer> cpuResource();

  /** Memory size, [0, 1536]. */
  @JsonProperty("memory_resource")
  Optional<Integer> memoryResource();

  /** Huawei Cloud AI processing units (NPUs), [0, 8]. */
  @JsonProperty("npu_resource")
  Optional<Integer> npuResource();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableResourceSpec.Builder {}

  @Override
  default void validate(Validator v) {
    v.range("cpu_resource", cpuResource(), 0, 192);
    v.range("memory_resource", memoryResource(), 0, 1536);
    v.range("npu_resource", npuResource(), 0, 8);
  }
}
