package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.hcsdk.core.json.OpenEnum;
import java.util.Collection;

/**
 * The {@code visibility} filter of the list queries: {@link Visibility}'s values plus {@code ALL}.
 *
 * <p>An open enum: a value this SDK does not know yet is kept verbatim (see {@link #isKnown()}).
 */
public final class VisibilityFilter extends OpenEnum {
  private static final Registry<VisibilityFilter> REGISTRY = new Registry<>(VisibilityFilter::new);

  public static final VisibilityFilter PRIVATE = REGISTRY.register("PRIVATE");
  public static final VisibilityFilter PUBLIC = REGISTRY.register("PUBLIC");
  public static final VisibilityFilter ALL = REGISTRY.register("ALL");

  private VisibilityFilter(String value) {
    super(value);
  }

  /** The constant for {@code value}, or a new instance keeping an unknown value verbatim. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static VisibilityFilter of(String value) {
    return REGISTRY.of(value);
  }

  /** The values this SDK version knows, in documentation order. */
  public static Collection<VisibilityFilter> knownValues() {
    return REGISTRY.values();
  }

  @Override
  public boolean isKnown() {
    return REGISTRY.isKnown(value());
  }
}
