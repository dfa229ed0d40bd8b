package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.hcsdk.core.json.OpenEnum;
import java.util.Collection;

/**
 * Sort key of ListServiceInstances (query {@code sort_by}).
 *
 * <p>An open enum: a value this SDK does not know yet is kept verbatim (see {@link #isKnown()}).
 */
public final class ServiceInstanceSortBy extends OpenEnum {
  private static final Registry<ServiceInstanceSortBy> REGISTRY =
      new Registry<>(ServiceInstanceSortBy::new);

  public static final ServiceInstanceSortBy CREATE_TIME = REGISTRY.register("CREATE_TIME");
  public static final ServiceInstanceSortBy DURATION = REGISTRY.register("DURATION");

  private ServiceInstanceSortBy(String value) {
    super(value);
  }

  /** The constant for {@code value}, or a new instance keeping an unknown value verbatim. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ServiceInstanceSortBy of(String value) {
    return REGISTRY.of(value);
  }

  /** The values this SDK version knows, in documentation order. */
  public static Collection<ServiceInstanceSortBy> knownValues() {
    return REGISTRY.values();
  }

  @Override
  public boolean isKnown() {
    return REGISTRY.isKnown(value());
  }
}
