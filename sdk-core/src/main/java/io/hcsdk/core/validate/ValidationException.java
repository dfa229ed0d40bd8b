package io.hcsdk.core.validate;

import io.hcsdk.core.HcException;
import java.util.List;
import java.util.stream.Collectors;

/** Bad input found before anything was sent; lists every violation with its field path. */
public class ValidationException extends HcException {
  private final List<Violation> violations;

  public ValidationException(String subject, List<Violation> violations) {
    super(subject + " is invalid: " + violations.stream().map(Violation::toString)
        .collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
