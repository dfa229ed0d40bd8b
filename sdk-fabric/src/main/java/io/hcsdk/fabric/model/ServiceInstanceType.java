package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.hcsdk.core.json.OpenEnum;
import java.util.Collection;

/**
 * Type of a service instance.
 *
 * <p>An open enum: a value this SDK does not know yet is kept verbatim (see {@link #isKnown()}).
 */
public final class ServiceInstanceType extends OpenEnum {
  private static final Registry<ServiceInstanceType> REGISTRY =
      new Registry<>(ServiceInstanceType::new);

  public static final ServiceInstanceType PGSQL_SERVICE = REGISTRY.register("PGSQL_SERVICE");
  public static final ServiceInstanceType LLM_MODEL = REGISTRY.register("LLM_MODEL");

  private ServiceInstanceType(String value) {
    super(value);
  }

  /** The constant for {@code value}, or a new instance keeping an unknown value verbatim. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ServiceInstanceType of(String value) {
    return REGISTRY.of(value);
  }

  /** The values this SDK version knows, in documentation order. */
  public static Collection<ServiceInstanceType> knownValues() {
    return REGISTRY.values();
  }

  @Override
  public boolean isKnown() {
    return REGISTRY.isKnown(value());
  }
}
