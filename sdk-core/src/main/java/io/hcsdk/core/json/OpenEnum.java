package io.hcsdk.core.json;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A string enum the server may extend. Known values are constants of the subclass; an unknown
 * value read from the wire becomes a new instance carrying the raw string, so it round-trips
 * unchanged and never fails a call.
 *
 * <p>Subclasses declare their constants through a {@link Registry} and expose a
 * {@code @JsonCreator static X of(String)} that delegates to {@link Registry#of}.
 */
public abstract class OpenEnum {
  private final String value;

  protected OpenEnum(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The string exactly as the wire carries it. */
  @JsonValue
  public final String value() {
    return value;
  }

  /** Whether this SDK version knows the value (false for values the server added later). */
  public abstract boolean isKnown();

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((OpenEnum) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }

  /** The known constants of one open enum, and the factory for unknown ones. */
  public static final class Registry<E extends OpenEnum> {
    private final Map<String, E> known = new LinkedHashMap<>();
    private final Function<String, E> factory;

    public Registry(Function<String, E> factory) {
      this.factory = factory;
    }

    /** Declares a known constant; call from the subclass's static initialisers. */
    public E register(String value) {
      E constant = factory.apply(value);
      known.put(value, constant);
      return constant;
    }

    /** The known constant for {@code value}, or a new instance that keeps the raw string. */
    public E of(String value) {
      Objects.requireNonNull(value, "value");
      E constant = known.get(value);
      return constant != null ? constant : factory.apply(value);
    }

    public boolean isKnown(String value) {
      return known.containsKey(value);
    }

    public Collection<E> values() {
      return Collections.unmodifiableCollection(known.values());
    }
  }
}
