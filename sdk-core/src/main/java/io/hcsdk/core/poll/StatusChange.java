package io.hcsdk.core.poll;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of progress: the status moved from {@code previous} (empty on the first observation) to
 * {@code current}, which means {@code kind} to the wait. A 404 shows as {@link #NOT_FOUND}, a
 * resource without status as {@link #NO_STATUS}; both are written so they cannot be mistaken for a
 * service status.
 */
public record StatusChange(Optional<String> description, Optional<String> previous, String current,
    Duration elapsed, int polls, Kind kind) {
  public static final String NOT_FOUND = "<not found>";
  public static final String NO_STATUS = "<no status>";

  /** What the new status means to the wait. */
  public enum Kind {
    /** On its way: a declared transitional status, or any unsettled status when none are declared. */
    IN_PROGRESS,
    /** Not declared in any set although transitional ones are (new to this SDK): the wait goes on. */
    UNEXPECTED,
    /** Answered 404, which the wait tolerates or counts as success (a delete). */
    NOT_FOUND,
    /** The wait ends successfully. */
    SUCCESS,
    /** The wait ends successfully, with a warning (such as ModelArts {@code concerning}). */
    SUCCESS_WITH_WARNING,
    /** The wait ends with a failure. */
    FAILURE
  }

  public StatusChange {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(kind, "kind");
  }

  /** A change without a stated meaning: {@link Kind#NOT_FOUND} for {@link #NOT_FOUND}, else in progress. */
  public StatusChange(Optional<String> description, Optional<String> previous, String current, Duration elapsed,
      int polls) {
    this(description, previous, current, elapsed, polls, NOT_FOUND.equals(current) ? Kind.NOT_FOUND : Kind.IN_PROGRESS);
  }

  /** Whether this change deserves a user's attention: a success with a warning or an unexpected status. */
  public boolean isWarning() {
    return kind == Kind.SUCCESS_WITH_WARNING || kind == Kind.UNEXPECTED;
  }

  @Override
  public String toString() {
    String meaning = switch (kind) {
      case SUCCESS_WITH_WARNING -> " (success with a warning)";
      case UNEXPECTED -> " (unexpected status, still waiting)";
      default -> "";
    };
    return description.orElse("resource") + ": " + previous.orElse("(start)") + " -> " + current + meaning + " after "
        + Durations.format(elapsed) + " (" + polls + (polls == 1 ? " poll)" : " polls)");
  }
}
