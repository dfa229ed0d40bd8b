package io.hcsdk.core.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Collects constraint violations under a field path, so one call reports all of them at once.
 * Methods taking an {@link Optional} skip absent values: "optional" in the documents means the
 * constraint applies only when the field is given.
 */
public final class Validator {
  /** Letters, digits, hyphens: the documents' rule for ids. */
  public static final Pattern ID_CHARS = Pattern.compile("[A-Za-z0-9-]*");
  /** Letters, digits, hyphens, underscores, periods and spaces: the documents' rule for names. */
  public static final Pattern NAME_CHARS = Pattern.compile("[A-Za-z0-9_.\\- ]*");

  // The path is built only when a violation needs it: valid input, the common case, allocates no
  // path strings however deep the model.
  private final Validator parent;
  private final String field;
  private final int index;
  private final List<Violation> sink;
  private String prefix;

  private Validator(Validator parent, String field, int index, List<Violation> sink) {
    this.parent = parent;
    this.field = field;
    this.index = index;
    this.sink = sink;
    this.prefix = parent == null ? "" : null;
  }

  public static Validator root() {
    return new Validator(null, null, -1, new ArrayList<>());
  }

  /** A validator whose paths sit under {@code field} of this one. */
  public Validator child(String field) {
    return new Validator(this, field, -1, sink);
  }

  /** A validator for element {@code index} of the list {@code field}. */
  public Validator child(String field, int index) {
    return new Validator(this, field, index, sink);
  }

  public String path(String field) {
    String base = prefix();
    return base.isEmpty() ? field : base + "." + field;
  }

  private String prefix() {
    if (prefix == null) {
      prefix = index < 0 ? parent.path(field) : parent.path(field) + "[" + index + "]";
    }
    return prefix;
  }

  public Validator fail(String field, String message) {
    sink.add(new Violation(path(field), message));
    return this;
  }

  public Validator check(boolean ok, String field, String message) {
    return ok ? this : fail(field, message);
  }

  /** A required string: present, within [min, max] characters, made of {@code allowed} characters. */
  public Validator text(String field, String value, int min, int max, Pattern allowed, String charsDescription) {
    if (value == null) {
      return fail(field, "is required");
    }
    if (value.length() < min || value.length() > max) {
      fail(field, "must be " + min + " to " + max + " characters (was " + value.length() + ")");
    }
    if (allowed != null && !CharClassCheck.matches(allowed, value)) {
      fail(field, "may contain only " + charsDescription);
    }
    return this;
  }

  public Validator text(String field, Optional<String> value, int min, int max, Pattern allowed, String charsDescription) {
    return value.isPresent() ? text(field, value.get(), min, max, allowed, charsDescription) : this;
  }

  /** A string that must not contain any of {@code forbidden}'s characters. */
  public Validator noneOf(String field, Optional<String> value, String forbidden) {
    value.ifPresent(text -> {
      for (char c : forbidden.toCharArray()) {
        if (text.indexOf(c) >= 0) {
          fail(field, "must not contain any of " + forbidden);
          return;
        }
      }
    });
    return this;
  }

  public Validator range(String field, long value, long min, long max) {
    return value >= min && value <= max ? this
        : fail(field, "must be between " + min + " and " + max + " (was " + value + ")");
  }

  // The Optional forms test isPresent() rather than pass a lambda to ifPresent: a valid body runs
  // them for every field of every nested model, and each lambda captured here was an allocation.
  public Validator range(String field, Optional<? extends Number> value, long min, long max) {
    return value.isPresent() ? range(field, value.get().longValue(), min, max) : this;
  }

  public Validator range(String field, OptionalInt value, long min, long max) {
    return value.isPresent() ? range(field, value.getAsInt(), min, max) : this;
  }

  public Validator range(String field, OptionalDouble value, double min, double max) {
    if (value.isPresent() && !(value.getAsDouble() >= min && value.getAsDouble() <= max)) {
      fail(field, "must be between " + min + " and " + max + " (was " + value.getAsDouble() + ")");
    }
    return this;
  }

  public Validator size(String field, Collection<?> values, int min, int max) {
    return values.size() >= min && values.size() <= max ? this
        : fail(field, "must have " + min + " to " + max + " entries (had " + values.size() + ")");
  }

  /** {@code high >= low} when both are present, reported on {@code highField}. */
  public Validator notBelow(String highField, Optional<? extends Number> high, String lowField,
      Optional<? extends Number> low) {
    if (high.isPresent() && low.isPresent() && high.get().longValue() < low.get().longValue()) {
      fail(highField, "must be >= " + lowField + " (" + high.get() + " < " + low.get() + ")");
    }
    return this;
  }

  public Validator nested(String field, Validatable value) {
    if (value == null) {
      return fail(field, "is required");
    }
    value.validate(child(field));
    return this;
  }

  public Validator nested(String field, Optional<? extends Validatable> value) {
    if (value.isPresent()) {
      value.get().validate(child(field));
    }
    return this;
  }

  public Validator each(String field, List<? extends Validatable> values) {
    for (int i = 0; i < values.size(); i++) {
      values.get(i).validate(child(field, i));
    }
    return this;
  }

  public List<Violation> violations() {
    return List.copyOf(sink);
  }

  public boolean isValid() {
    return sink.isEmpty();
  }

  public void throwIfInvalid(String subject) {
    if (!sink.isEmpty()) {
      throw new ValidationException(subject, sink);
    }
  }
}
