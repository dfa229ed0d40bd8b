package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.hcsdk.core.json.OpenEnum;
import java.util.Collection;

/**
 * Which version ShowEndpoint returns (query {@code version}).
 *
 * <p>An open enum: a value this SDK does not know yet is kept verbatim (see {@link #isKnown()}).
 */
public final class EndpointVersion extends OpenEnum {
  private static final Registry<EndpointVersion> REGISTRY = new Registry<>(EndpointVersion::new);

  public static final EndpointVersion CURRENT = REGISTRY.register("CURRENT");
  public static final EndpointVersion PREVIOUS = REGISTRY.register("PREVIOUS");

  private EndpointVersion(String value) {
    super(value);
  }

  /** The constant for {@code value}, or a new instance keeping an unknown value verbatim. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static EndpointVersion of(String value) {
    return REGISTRY.of(value);
  }

  /** The values this SDK version knows, in documentation order. */
  public static Collection<EndpointVersion> knownValues() {
    return REGISTRY.values();
  }

  @Override
  public boolean isKnown() {
    return REGISTRY.isKnown(value());
  }
}
