package io.hcsdk.core.poll;

import java.time.Duration;
import java.util.Optional;

/**
 * What a 404 from a poll means. {@link #FAIL} (the default): the {@code NotFoundException} ends the
 * wait at once. {@link #SUCCESS}: the resource is gone, which is what a delete waits for.
 * {@link #keepWaitingFor(Duration)}: right after a create the service may not list the new resource
 * yet, so 404s are tolerated until the resource was first seen or the grace period (counted from
 * the start of the wait) ran out.
 */
public final class NotFoundBehaviour {
  public enum Kind { FAIL, SUCCESS, KEEP_WAITING }

  public static final NotFoundBehaviour FAIL = new NotFoundBehaviour(Kind.FAIL, null);
  public static final NotFoundBehaviour SUCCESS = new NotFoundBehaviour(Kind.SUCCESS, null);

  private final Kind kind;
  private final Duration grace;

  private NotFoundBehaviour(Kind kind, Duration grace) {
    this.kind = kind;
    this.grace = grace;
  }

  public static NotFoundBehaviour keepWaitingFor(Duration grace) {
    return new NotFoundBehaviour(Kind.KEEP_WAITING, WaitPolicy.Builder.positive(grace, "grace"));
  }

  public Kind kind() {
    return kind;
  }

  /** How long 404s are tolerated; present for {@link Kind#KEEP_WAITING} only. */
  public Optional<Duration> grace() {
    return Optional.ofNullable(grace);
  }

  @Override
  public String toString() {
    return grace == null ? kind.name() : kind.name() + "(" + Durations.format(grace) + ")";
  }
}
