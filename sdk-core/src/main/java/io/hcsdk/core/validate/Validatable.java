package io.hcsdk.core.validate;

/**
 * A request model that knows its documented constraints. The request pipeline validates every
 * {@code Validatable} body before anything is sent.
 */
public interface Validatable {
  /** Reports every broken constraint to {@code validator}; never throws for bad values. */
  void validate(Validator validator);

  /** Validates and throws one {@link ValidationException} listing all violations, if any. */
  default void validateOrThrow() {
    Validator validator = Validator.root();
    validate(validator);
    // The subject is named only on failure: its regex replace ran on every valid body sent.
    if (!validator.isValid()) {
      validator.throwIfInvalid(getClass().getSimpleName().replaceFirst("^Immutable", ""));
    }
  }
}
