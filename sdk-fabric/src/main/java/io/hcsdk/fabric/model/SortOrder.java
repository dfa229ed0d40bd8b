package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.hcsdk.core.json.OpenEnum;
import java.util.Collection;

/**
 * Sort direction of a list query (query {@code order_by}).
 *
 * <p>An open enum: a value this SDK does not know yet is kept verbatim (see {@link #isKnown()}).
 */
public final class SortOrder extends OpenEnum {
  private static final Registry<SortOrder> REGISTRY = new Registry<>(SortOrder::new);

  public static final SortOrder ASC = REGISTRY.register("ASC");
  public static final SortOrder DESC = REGISTRY.register("DESC");

  private SortOrder(String value) {
    super(value);
  }

  /** The constant for {@code value}, or a new instance keeping an unknown value verbatim. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static SortOrder of(String value) {
    return REGISTRY.of(value);
  }

  /** The values this SDK version knows, in documentation order. */
  public static Collection<SortOrder> knownValues() {
    return REGISTRY.values();
  }

  @Override
  public boolean isKnown() {
    return REGISTRY.isKnown(value());
  }
}
