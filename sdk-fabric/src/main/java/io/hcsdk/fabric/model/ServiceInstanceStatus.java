package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.hcsdk.core.json.OpenEnum;
import java.util.Collection;

/**
 * Status of a DataArts Fabric service instance.
 *
 * <p>An open enum: a value this SDK does not know yet is kept verbatim (see {@link #isKnown()}).
 */
public final class ServiceInstanceStatus extends OpenEnum {
  private static final Registry<ServiceInstanceStatus> REGISTRY =
      new Registry<>(ServiceInstanceStatus::new);

  public static final ServiceInstanceStatus PENDING = REGISTRY.register("PENDING");
  public static final ServiceInstanceStatus CREATING = REGISTRY.register("CREATING");
  public static final ServiceInstanceStatus RUNNING = REGISTRY.register("RUNNING");
  public static final ServiceInstanceStatus UPDATING = REGISTRY.register("UPDATING");
  public static final ServiceInstanceStatus SUCCEEDED = REGISTRY.register("SUCCEEDED");
  public static final ServiceInstanceStatus FAILED = REGISTRY.register("FAILED");
  public static final ServiceInstanceStatus STOPPING = REGISTRY.register("STOPPING");
  public static final ServiceInstanceStatus STOPPED = REGISTRY.register("STOPPED");
  public static final ServiceInstanceStatus DELETING = REGISTRY.register("DELETING");
  public static final ServiceInstanceStatus DELETED = REGISTRY.register("DELETED");

  private ServiceInstanceStatus(String value) {
    super(value);
  }

  /** The constant for {@code value}, or a new instance keeping an unknown value verbatim. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ServiceInstanceStatus of(String value) {
    return REGISTRY.of(value);
  }

  /** The values this SDK version knows, in documentation order. */
  public static Collection<ServiceInstanceStatus> knownValues() {
    return REGISTRY.values();
  }

  @Override
  public boolean isKnown() {
    return REGISTRY.isKnown(value());
  }

  /**
   * Whether the instance is on its way to another status
   * ({@code PENDING, CREATING, UPDATING, STOPPING, DELETING}).
   */
  public boolean isTransitional() {
    return equals(PENDING) || equals(CREATING) || equals(UPDATING) || equals(STOPPING)
        || equals(DELETING);
  }
}
