package io.hcsdk.core.poll;

import io.hcsdk.core.HcException;
import java.time.Duration;
import java.util.Optional;

/**
 * A wait ended without success. Says which resource, what it last looked like, how many polls
 * were made and how long it took. (Exceptions cannot be generic, so the resource is an
 * {@code Object}; {@link #lastResource(Class)} gives it typed.)
 */
public abstract class WaiterException extends HcException {
  private final String description;
  private final transient Object lastResource;
  private final String lastStatus;
  private final int polls;
  private final Duration elapsed;

  WaiterException(String message, Throwable cause, WaitRun.Snapshot at) {
    super(message, cause);
    this.description = at.description();
    this.lastResource = at.lastResource();
    this.lastStatus = at.lastStatus();
    this.polls = at.polls();
    this.elapsed = at.elapsed();
  }

  /** What was waited for, such as {@code endpoint 0b56...}, when the caller said. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** The resource as last observed; empty when no poll returned it. */
  public Optional<Object> lastResource() {
    return Optional.ofNullable(lastResource);
  }

  public <R> Optional<R> lastResource(Class<R> type) {
    return lastResource().filter(type::isInstance).map(type::cast);
  }

  /** The status last observed; empty when no poll returned the resource (or it had none). */
  public Optional<String> lastStatus() {
    return Optional.ofNullable(lastStatus);
  }

  public int polls() {
    return polls;
  }

  public Duration elapsed() {
    return elapsed;
  }
}
