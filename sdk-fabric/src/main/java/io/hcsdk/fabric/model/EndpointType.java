package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.hcsdk.core.json.OpenEnum;
import java.util.Collection;

/**
 * Type of an endpoint; lower case on the wire, and the service adds new types over time.
 *
 * <p>An open enum: a value this SDK does not know yet is kept verbatim (see {@link #isKnown()}).
 */
public final class EndpointType extends OpenEnum {
  private static final Registry<EndpointType> REGISTRY = new Registry<>(EndpointType::new);

  public static final EndpointType SERVICE = REGISTRY.register("service");
  public static final EndpointType RAY = REGISTRY.register("ray");
  public static final EndpointType INFERENCE = REGISTRY.register("inference");
  public static final EndpointType JOB = REGISTRY.register("job");
  public static final EndpointType RAY_SERVICE = REGISTRY.register("ray_service");
  public static final EndpointType SQL = REGISTRY.register("sql");
  public static final EndpointType CONTAINER_JOB = REGISTRY.register("container_job");
  public static final EndpointType NOTEBOOK = REGISTRY.register("notebook");

  private EndpointType(String value) {
    super(value);
  }

  /** The constant for {@code value}, or a new instance keeping an unknown value verbatim. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static EndpointType of(String value) {
    return REGISTRY.of(value);
  }

  /** The values this SDK version knows, in documentation order. */
  public static Collection<EndpointType> knownValues() {
    return REGISTRY.values();
  }

  @Override
  public boolean isKnown() {
    return REGISTRY.isKnown(value());
  }
}
