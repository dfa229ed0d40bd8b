package io.hcsdk.core.poll;

import io.hcsdk.core.HcException;
import io.hcsdk.core.error.ApiException;
import io.hcsdk.core.error.NotFoundException;
import io.hcsdk.core.error.RequestTimeoutException;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.core.error.ThrottledException;
import io.hcsdk.core.error.TransportException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one wait and the decision after each poll, shared by the sync and async forms so
 * both behave the same. Not thread-safe: each form hands it from one step to the next. Never
 * throws for what a poll returned: the service's status and error accessors are guarded here, so
 * both forms always reach a {@link Step}.
 */
final class WaitRun<T> {
  private static final Logger LOG = LoggerFactory.getLogger(Waiter.class);

  /** What to do after a poll. */
  sealed interface Step<T> permits Done, Fail, Again {}

  record Done<T>(WaitResult<T> result) implements Step<T> {}

  record Fail<T>(RuntimeException error) implements Step<T> {}

  record Again<T>(Duration delay) implements Step<T> {}

  /** What the exceptions carry; fields may be null. */
  record Snapshot(String description, Object lastResource, String lastStatus, int polls, Duration elapsed) {}

  private final Waiter<T> waiter;
  private final WaiterSpec<T> spec;
  private final Instant start;
  private final Instant deadline;
  private final Duration timeout;
  private int polls;
  private int consecutiveFailures;
  private T lastResource;
  private String lastStatus;
  private RuntimeException lastError;
  private String reported;

  WaitRun(Waiter<T> waiter, Duration timeout) {
    this.waiter = waiter;
    this.spec = waiter.spec();
    this.timeout = WaitPolicy.Builder.positive(timeout, "timeout");
    this.start = waiter.clock().instant();
    this.deadline = start.plus(timeout);
  }

  /** The sleep before the first poll, never past the deadline. */
  Duration firstDelay() {
    return min(waiter.policy().delay(0), remaining());
  }

  /**
   * The time the next poll's call may take: what is left of the wait, but at least the policy's
   * {@linkplain WaitPolicy#minPollTime() minimum}, so the last look at the deadline can still answer.
   */
  Duration pollBudget() {
    Duration floor = waiter.policy().minPollTime();
    Duration remaining = remaining();
    return remaining.compareTo(floor) >= 0 ? remaining : floor;
  }

  Step<T> onResource(T resource) {
    polls++;
    consecutiveFailures = 0;
    lastError = null;
    if (resource == null) {
      return new Fail<>(new HcException(subject() + ": the poll returned no resource"));
    }
    lastResource = resource;
    try {
      Object raw = spec.statusOf().apply(resource);
      lastStatus = raw == null ? null : raw.toString();
    } catch (RuntimeException e) {
      // A bug in the service's status accessor will not heal by waiting; the sync form has always rethrown it.
      return new Fail<>(e);
    }
    StatusChange.Kind kind = spec.classify(lastStatus);
    report(lastStatus == null ? StatusChange.NO_STATUS : lastStatus, kind);
    switch (kind) {
      case SUCCESS:
        return new Done<>(WaitResult.reached(resource, lastStatus, polls, elapsed()));
      case SUCCESS_WITH_WARNING:
        return new Done<>(WaitResult.reachedWithWarning(resource, lastStatus, polls, elapsed(), warning(resource)));
      case FAILURE:
        return new Fail<>(failureStatus(resource));
      default:
        return next(Optional.empty());
    }
  }

  Step<T> onError(Throwable thrown) {
    polls++;
    Throwable error = unwrap(thrown);
    if (error instanceof NotFoundException notFound) {
      return onNotFound(notFound);
    }
    if (isTransient(error)) {
      RuntimeException transientError = (RuntimeException) error;
      lastError = transientError;
      consecutiveFailures++;
      if (remaining().isZero()) {
        // Most likely the poll itself ran out of the wait's time (its call timeout is the time left).
        return new Fail<>(timedOut());
      }
      if (consecutiveFailures >= waiter.policy().maxConsecutiveFailures()) {
        return new Fail<>(new WaiterFailedException(subject() + ": " + consecutiveFailures
            + " polls in a row failed, giving up after " + progress(), transientError, snapshot(),
            WaiterFailedException.Reason.TOO_MANY_ERRORS, Optional.empty(), Optional.empty()));
      }
      LOG.debug("{}: poll {} failed ({} in a row), will retry: {}", subject(), polls, consecutiveFailures, error.toString());
      Optional<Duration> retryAfter = error instanceof ApiException api ? api.retryAfter() : Optional.empty();
      return next(retryAfter);
    }
    // Anything else (400, 401, 403, a parse error, a bug in the supplier) will not heal by waiting.
    return new Fail<>(error instanceof RuntimeException runtime ? runtime
        : new HcException(subject() + ": poll failed", error));
  }

  private Step<T> onNotFound(NotFoundException notFound) {
    NotFoundBehaviour behaviour = spec.notFound();
    switch (behaviour.kind()) {
      case SUCCESS:
        consecutiveFailures = 0;
        report(StatusChange.NOT_FOUND, StatusChange.Kind.NOT_FOUND);
        return new Done<>(WaitResult.gone(polls, elapsed()));
      case KEEP_WAITING:
        if (lastResource != null) {
          return new Fail<>(notFoundFailure(subject() + " disappeared (404) while " + lastStatus + " after " + progress(), notFound));
        }
        Duration grace = behaviour.grace().orElseThrow();
        if (elapsed().compareTo(grace) >= 0) {
          return new Fail<>(notFoundFailure(subject() + " still not found after " + progress()
              + " (allowed " + Durations.format(grace) + ")", notFound));
        }
        consecutiveFailures = 0;
        lastError = notFound;
        report(StatusChange.NOT_FOUND, StatusChange.Kind.NOT_FOUND);
        return next(notFound.retryAfter());
      default:
        return new Fail<>(notFound);
    }
  }

  private WaiterFailedException failureStatus(T resource) {
    List<RuntimeException> accessorBugs = new ArrayList<>();
    Optional<String> code = guarded(spec.errorCodeOf(), resource, accessorBugs);
    Optional<String> message = guarded(spec.errorMessageOf(), resource, accessorBugs);
    String detail = code.map(c -> ": " + c).orElse("") + message.map(m -> (code.isPresent() ? " " : ": ") + m).orElse("");
    WaiterFailedException failure = new WaiterFailedException(subject() + " reached " + lastStatus + " after "
        + progress() + detail, null, snapshot(), WaiterFailedException.Reason.FAILURE_STATUS, code, message);
    accessorBugs.forEach(failure::addSuppressed);
    return failure;
  }

  private String warning(T resource) {
    List<RuntimeException> accessorBugs = new ArrayList<>();
    Optional<String> message = guarded(spec.errorMessageOf(), resource, accessorBugs);
    String warning = subject() + " reached " + lastStatus + ", which counts as success with a warning"
        + message.map(m -> ": " + m).orElse("");
    if (accessorBugs.isEmpty()) {
      LOG.warn("{}", warning);
    } else {
      LOG.warn("{} (its error message could not be read)", warning, accessorBugs.get(0));
    }
    return warning;
  }

  /** The resource's own error field; a broken accessor must not hide the status the wait ends on. */
  private static <T> Optional<String> guarded(Function<? super T, Optional<String>> accessor, T resource,
      List<RuntimeException> bugs) {
    try {
      return Objects.requireNonNull(accessor.apply(resource), "error field accessor returned null");
    } catch (RuntimeException e) {
      bugs.add(e);
      return Optional.empty();
    }
  }

  private WaiterFailedException notFoundFailure(String message, NotFoundException cause) {
    return new WaiterFailedException(message, cause, snapshot(), WaiterFailedException.Reason.NOT_FOUND,
        Optional.empty(), Optional.empty());
  }

  /** Keep waiting: the next sleep, or a timeout when the deadline has come. */
  private Step<T> next(Optional<Duration> retryAfter) {
    Duration remaining = remaining();
    if (remaining.isZero()) {
      return new Fail<>(timedOut());
    }
    Duration delay = waiter.policy().delay(polls);
    if (retryAfter.isPresent()) {
      if (retryAfter.get().compareTo(remaining) > 0) {
        // The server asked us to come back after our deadline: no poll we may make can succeed.
        return new Fail<>(timedOut());
      }
      // Never earlier than the server asked; later is fine if our schedule is already slower.
      delay = retryAfter.get().compareTo(delay) > 0 ? retryAfter.get() : delay;
    }
    // The last sleep ends exactly at the deadline so the last poll happens just in time.
    return new Again<>(min(delay, remaining));
  }

  /** The poll in flight outlived its budget and was cancelled: it counts as a poll, and the wait is over. */
  WaiterTimeoutException pollCutAtDeadline() {
    polls++;
    return timedOut();
  }

  WaiterTimeoutException timedOut() {
    String state = lastStatus != null ? "still " + lastStatus
        : lastError instanceof NotFoundException ? "still not found" : "not observed";
    return new WaiterTimeoutException(subject() + " " + state + " after " + progress()
        + " (timeout " + Durations.format(timeout) + ")", lastError, snapshot());
  }

  /** The waiting thread was interrupted; {@code cause} is the sleep's exception or what the poll threw, if any. */
  WaiterInterruptedException interrupted(Throwable cause) {
    return new WaiterInterruptedException("Interrupted while waiting for " + subject() + " after " + progress()
        + (lastStatus == null ? "" : ", last status " + lastStatus), cause, snapshot());
  }

  Duration remaining() {
    Duration left = Duration.between(waiter.clock().instant(), deadline);
    return left.isNegative() ? Duration.ZERO : left;
  }

  Duration elapsed() {
    return Duration.between(start, waiter.clock().instant());
  }

  private Snapshot snapshot() {
    return new Snapshot(waiter.description().orElse(null), lastResource, lastStatus, polls, elapsed());
  }

  private String subject() {
    return waiter.description().orElse("resource");
  }

  private String progress() {
    return Durations.format(elapsed()) + ", " + polls + (polls == 1 ? " poll" : " polls");
  }

  private void report(String status, StatusChange.Kind kind) {
    if (Objects.equals(status, reported)) {
      return;
    }
    StatusChange change = new StatusChange(waiter.description(), Optional.ofNullable(reported), status, elapsed(),
        polls, kind);
    reported = status;
    if (kind == StatusChange.Kind.UNEXPECTED) {
      LOG.warn("{}; the SDK does not know this status and keeps waiting", change);
    } else {
      LOG.debug("{}", change);
    }
    try {
      waiter.listener().onStatusChange(change);
    } catch (RuntimeException e) {
      LOG.warn("Wait listener failed on {}", change, e);
    }
  }

  static boolean isTransient(Throwable error) {
    return error instanceof ServerException || error instanceof ThrottledException
        || error instanceof TransportException || error instanceof RequestTimeoutException;
  }

  static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while ((current instanceof CompletionException || current instanceof ExecutionException) && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
