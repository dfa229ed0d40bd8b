package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.hcsdk.core.json.OpenEnum;
import java.util.Collection;

/**
 * Network type of an endpoint URL ({@code urls[].type}).
 *
 * <p>An open enum: a value this SDK does not know yet is kept verbatim (see {@link #isKnown()}).
 */
public final class UrlType extends OpenEnum {
  private static final Registry<UrlType> REGISTRY = new Registry<>(UrlType::new);

  public static final UrlType PRIVATE = REGISTRY.register("PRIVATE");
  public static final UrlType PUBLIC = REGISTRY.register("PUBLIC");

  private UrlType(String value) {
    super(value);
  }

  /** The constant for {@code value}, or a new instance keeping an unknown value verbatim. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static UrlType of(String value) {
    return REGISTRY.of(value);
  }

  /** The values this SDK version knows, in documentation order. */
  public static Collection<UrlType> knownValues() {
    return REGISTRY.values();
  }

  @Override
  public boolean isKnown() {
    return REGISTRY.isKnown(value());
  }
}
