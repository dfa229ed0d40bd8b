package io.hcsdk.fabric.model;

import io.hcsdk.core.validate.Validator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Constraint checks the models share beyond what {@link Validator} offers: lower bounds without
 * an upper one, non-blank required strings, and the documents' character rules and their wording.
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
