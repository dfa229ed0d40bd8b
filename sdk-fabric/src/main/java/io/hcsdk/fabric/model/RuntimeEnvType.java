package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.hcsdk.core.json.OpenEnum;
import java.util.Collection;

/**
 * Runtime environment of an endpoint ({@code runtime_env_type}).
 *
 * <p>An open enum: a value this SDK does not know yet is kept verbatim (see {@link #isKnown()}).
 */
public final class RuntimeEnvType extends OpenEnum {
  private static final Registry<RuntimeEnvType> REGISTRY = new Registry<>(RuntimeEnvType::new);

  public static final RuntimeEnvType RELEASE = REGISTRY.register("RELEASE");
  public static final RuntimeEnvType GRAY = REGISTRY.register("GRAY");

  private RuntimeEnvType(String value) {
    super(value);
  }

  /** The constant for {@code value}, or a new instance keeping an unknown value verbatim. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static RuntimeEnvType of(String value) {
    return REGISTRY.of(value);
  }

  /** The values this SDK version knows, in documentation order. */
  public static Collection<RuntimeEnvType> knownValues() {
    return REGISTRY.values();
  }

  @Override
  public boolean isKnown() {
    return REGISTRY.isKnown(value());
  }
}
