package io.hcsdk.fabric.model;

import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Constraint checks the models share beyond what {@link Validator} offers: lower bounds without
 * an upper one, non-blank required strings, and the documents' character rules and their wording.
 *
 * <p>Types that can appear inside a response hold their documented-mandatory fields as
 * {@link Optional}s, so that a server omitting one never breaks parsing; the {@code Optional}
 * overloads here enforce "mandatory" at validation time instead, as {@code "<path>: is required"}.
 */
final class Checks {
  static final String NAME_CHARS_TEXT = "letters, digits, hyphens, underscores, periods and spaces";
  static final String ID_CHARS_TEXT = "letters, digits and hyphens";
  /** Letters, digits, hyphens and underscores: worker group names. */
  static final Pattern GROUP_NAME_CHARS = Pattern.compile("[A-Za-z0-9_-]*");
  static final String GROUP_NAME_CHARS_TEXT = "letters, digits, hyphens and underscores";
  /**
   * The characters a service instance description must not contain; the document prints
   * {@code !<>=&'''}, read as {@code ! < > = & ' "}.
   */
  static final String DESCRIPTION_FORBIDDEN = "!<>=&'\"";

  private Checks() {}

  /** A required string that must not be empty or blank. */
  static void required(Validator v, String field, String value) {
    v.check(value != null && !value.isBlank(), field, "is required");
  }

  /** A mandatory string held as an {@link Optional}: present and not blank. */
  static void required(Validator v, String field, Optional<String> value) {
    required(v, field, value.orElse(null));
  }

  /**
   * A mandatory value of any type held as an {@link Optional}: reports {@code "is required"} when
   * absent. Returns whether it is present, so further checks can follow.
   */
  static boolean present(Validator v, String field, Optional<?> value) {
    v.check(value.isPresent(), field, "is required");
    return value.isPresent();
  }

  /** A mandatory nested object held as an {@link Optional}: present, then its own checks. */
  static void requiredNested(Validator v, String field, Optional<? extends Validatable> value) {
    v.nested(field, value.orElse(null));
  }

  /**
   * A mandatory string held as an {@link Optional}, with {@link Validator#text}'s length and
   * character rules when present.
   */
  static void requiredText(Validator v, String field, Optional<String> value, int min, int max,
      Pattern allowed, String charsDescription) {
    v.text(field, value.orElse(null), min, max, allowed, charsDescription);
  }

  /** A mandatory number held as an {@link Optional}: present and within [min, max]. */
  static void requiredRange(Validator v, String field, Optional<? extends Number> value, long min,
      long max) {
    if (present(v, field, value)) {
      v.range(field, value, min, max);
    }
  }

  /** A mandatory number held as an {@link Optional}: present and at least {@code min}. */
  static void requiredAtLeast(Validator v, String field, Optional<? extends Number> value,
      long min) {
    if (present(v, field, value)) {
      atLeast(v, field, value, min);
    }
  }

  static void atLeast(Validator v, String field, long value, long min) {
    v.check(value >= min, field, "must be >= " + min + " (was " + value + ")");
  }

  static void atLeast(Validator v, String field, Optional<? extends Number> value, long min) {
    value.ifPresent(n -> atLeast(v, field, n.longValue(), min));
  }

  /** {@code low <= high} when both are present, reported on {@code lowField}. */
  static void notAbove(Validator v, String lowField, Optional<? extends Number> low,
      String highField, Optional<? extends Number> high) {
    if (low.isPresent() && high.isPresent() && low.get().longValue() > high.get().longValue()) {
      v.fail(lowField, "must be <= " + highField + " (" + low.get() + " > " + high.get() + ")");
    }
  }
}
