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
 * Configuration of a model service instance.
 *
 * <p>Its resource follows DeployService's rules, stricter than an endpoint's
 * {@link ResourceDemand}: {@code spec_code} 1 to 64 characters, {@code min} and {@code max} in [1,
 * 1000], {@code max >= min}. They are checked here, under {@code resource.}, instead of the
 * endpoint rules.
 *
 * <p>Also read from responses ({@link ServiceInstance#config()}), so {@code resource} and its
 * fields are {@link Optional}s that {@link #validate} requires.
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableModelServiceInstanceConfig.class)
@JsonDeserialize(as = ImmutableModelServiceInstanceConfig.class)
public interface ModelServiceInstanceConfig extends Validatable {
  /** Resource requirement. Mandatory in requests. */
  @JsonProperty("resource")
  Optional<ResourceDemand> resource();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableModelServiceInstanceConfig.Builder {}

  @Override
  default void validate(Validator v) {
    if (!Checks.present(v, "resource", resource())) {
      return;
    }
    ResourceDemand resource = resource().get();
    Validator r = v.child("resource");
    Checks.requiredText(r, "spec_code", resource.specCode(), 1, 64, null, null);
    Checks.requiredRange(r, "min", resource.min(), 1, 1000);
    Checks.requiredRange(r, "max", resource.max(), 1, 1000);
    r.notBelow("max", resource.max(), "min", resource.min());
  }
}
