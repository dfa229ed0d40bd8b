package io.hcsdk.core.validate;

import java.util.Objects;

/** One broken constraint: where (a JSON field path such as {@code config.applications[0].name}) and what. */
public record Violation(String path, String message) {
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
