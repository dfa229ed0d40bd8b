package io.hcsdk.core.poll;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of progress: the status moved from {@code previous} (empty on the first observation) to
 * {@code current}. A 404 shows as {@link #NOT_FOUND}, a resource without status as
 * {@link #NO_STATUS}; both are written so they cannot be mistaken for a service status.
 */
public record StatusChange(Optional<String> description, Optional<String> previous, String current,
    Duration elapsed, int polls) {
  public static final String NOT_FOUND = "<not found>";
  public static final String NO_STATUS = "<no status>";

  public StatusChange {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  @Override
  public String toString() {
    return description.orElse("resource") + ": " + previous.orElse("(start)") + " -> " + current + " after "
        + Durations.format(elapsed) + " (" + polls + (polls == 1 ? " poll)" : " polls)");
  }
}
