package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.hcsdk.core.json.OpenEnum;
import java.util.Collection;

/**
 * Status of a DataArts Fabric endpoint.
 *
 * <p>An open enum: a value this SDK does not know yet is kept verbatim (see {@link #isKnown()}).
 */
public final class EndpointStatus extends OpenEnum {
  private static final Registry<EndpointStatus> REGISTRY = new Registry<>(EndpointStatus::new);

  public static final EndpointStatus CREATING = REGISTRY.register("CREATING");
  public static final EndpointStatus RUNNING = REGISTRY.register("RUNNING");
  public static final EndpointStatus CREATE_FAILED = REGISTRY.register("CREATE_FAILED");
  public static final EndpointStatus UPDATING = REGISTRY.register("UPDATING");
  public static final EndpointStatus UPDATE_FAILED = REGISTRY.register("UPDATE_FAILED");
  public static final EndpointStatus DELETING = REGISTRY.register("DELETING");
  public static final EndpointStatus DELETED = REGISTRY.register("DELETED");
  public static final EndpointStatus DELETE_FAILED = REGISTRY.register("DELETE_FAILED");
  public static final EndpointStatus FROZEN = REGISTRY.register("FROZEN");
  public static final EndpointStatus INACTIVE = REGISTRY.register("INACTIVE");
  public static final EndpointStatus TRIAL_ENDED = REGISTRY.register("TRIAL_ENDED");

  private EndpointStatus(String value) {
    super(value);
  }

  /** The constant for {@code value}, or a new instance keeping an unknown value verbatim. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static EndpointStatus of(String value) {
    return REGISTRY.of(value);
  }

  /** The values this SDK version knows, in documentation order. */
  public static Collection<EndpointStatus> knownValues() {
    return REGISTRY.values();
  }

  @Override
  public boolean isKnown() {
    return REGISTRY.isKnown(value());
  }

  /** Whether the endpoint is on its way to another status: CREATING, UPDATING or DELETING. */
  public boolean isTransitional() {
    return equals(CREATING) || equals(UPDATING) || equals(DELETING);
  }

  /** Whether the endpoint is settled and usable: only {@code RUNNING}. */
  public boolean isHealthy() {
    return equals(RUNNING);
  }
}
