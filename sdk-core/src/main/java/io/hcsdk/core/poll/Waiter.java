package io.hcsdk.core.poll;

import io.hcsdk.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Waits for a resource to settle, described as data: which statuses mean success, which mean
 * failure (every other status, known or not, keeps waiting), what a 404 means and how patiently
 * to poll ({@link WaitPolicy}). A service module declares one waiter per resource state and reuses
 * it; it is immutable and thread-safe.
 *
 * <pre>{@code
 * Waiter<Endpoint> untilRunning = Waiter.<Endpoint>builder()
 *     .statusOf(Endpoint::status).successOn("RUNNING").failureOn("CREATE_FAILED", "FROZEN")
 *     .errorCodeOf(Endpoint::errorCode).errorMessageOf(Endpoint::errorMsg)
 *     .notFound(NotFoundBehaviour.keepWaitingFor(Duration.ofMinutes(1))).build();
 * Endpoint ep = untilRunning.describedAs("endpoint " + id).waitFor(() -> show(id)).resource().orElseThrow();
 * }</pre>
 *
 * <p>Each poll's outcome: a success status ends the wait with a {@link WaitResult}; a failure
 * status throws {@link WaiterFailedException}; a transient error (5xx, throttling, 408, transport)
 * is tolerated up to {@link WaitPolicy#maxConsecutiveFailures()} in a row, honouring the server's
 * {@code Retry-After}; a 404 is handled by {@link NotFoundBehaviour}; any other exception is
 * rethrown unchanged at once. Past the timeout: {@link WaiterTimeoutException}.
 */
public final class Waiter<T> {
  private static final WaitListener NO_LISTENER = change -> { };

  private final Function<? super T, ?> statusOf;
  private final Set<String> successStatuses;
  private final Set<String> failureStatuses;
  private final Function<? super T, Optional<String>> errorCodeOf;
  private final Function<? super T, Optional<String>> errorMessageOf;
  private final NotFoundBehaviour notFound;
  private final WaitPolicy policy;
  private final String description;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ScheduledExecutorService scheduler;
  private final WaitListener listener;

  private Waiter(Builder<T> b) {
    this.statusOf = b.statusOf;
    this.successStatuses = Set.copyOf(b.successStatuses);
    this.failureStatuses = Set.copyOf(b.failureStatuses);
    this.errorCodeOf = b.errorCodeOf;
    this.errorMessageOf = b.errorMessageOf;
    this.notFound = b.notFound;
    this.policy = b.policy;
    this.description = b.description;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.scheduler = b.scheduler;
    this.listener = b.listener;
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** A builder holding this waiter's settings, to derive a variant. */
  public Builder<T> newBuilder() {
    return new Builder<>(this);
  }

  /** A copy whose messages, logs and events name the resource, such as {@code "endpoint 0b56..."}. */
  public Waiter<T> describedAs(String description) {
    return newBuilder().description(description).build();
  }

  /** Waits on the calling thread within the policy's timeout. */
  public WaitResult<T> waitFor(Supplier<? extends T> poll) {
    return waitFor(poll, policy.timeout());
  }

  /**
   * Waits on the calling thread, sleeping through the {@link Sleeper}, within {@code timeout}.
   *
   * @throws WaiterFailedException the resource reached a failure status, or polling kept failing
   * @throws WaiterTimeoutException the timeout ran out first
   * @throws WaiterInterruptedException the thread was interrupted (its flag is set again)
   */
  public WaitResult<T> waitFor(Supplier<? extends T> poll, Duration timeout) {
    Objects.requireNonNull(poll, "poll");
    WaitRun<T> run = new WaitRun<>(this, timeout);
    Duration delay = run.firstDelay();
    while (true) {
      try {
        sleeper.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw run.interrupted(e);
      }
      // A poll may swallow an interrupt's exception (blocking I/O), so look at the flag as well.
      if (Thread.currentThread().isInterrupted()) {
        throw run.interrupted(null);
      }
      WaitRun.Step<T> step;
      try {
        step = run.onResource(poll.get());
      } catch (RuntimeException e) {
        step = run.onError(e);
      }
      if (step instanceof WaitRun.Done<T> done) {
        return done.result();
      }
      if (step instanceof WaitRun.Fail<T> fail) {
        throw fail.error();
      }
      delay = ((WaitRun.Again<T>) step).delay();
    }
  }

  /** Waits without blocking a thread, within the policy's timeout; see {@link #waitForAsync(Supplier, Duration)}. */
  public CompletableFuture<WaitResult<T>> waitForAsync(Supplier<? extends CompletionStage<? extends T>> poll) {
    return waitForAsync(poll, policy.timeout());
  }

  /**
   * Waits without blocking a thread: sleeps are tasks on the {@linkplain Builder#scheduler shared
   * scheduler} and each poll is a future, so thousands of waits share a couple of threads. The
   * returned future fails with the exceptions {@link #waitFor(Supplier, Duration)} throws.
   * Cancelling it stops polling and cancels the poll in flight.
   *
   * @throws IllegalStateException no scheduler was configured
   */
  public CompletableFuture<WaitResult<T>> waitForAsync(Supplier<? extends CompletionStage<? extends T>> poll,
      Duration timeout) {
    Objects.requireNonNull(poll, "poll");
    if (scheduler == null) {
      throw new IllegalStateException("waitForAsync needs a scheduler: set Waiter.builder().scheduler(...)");
    }
    return new AsyncWait<>(new WaitRun<>(this, timeout), poll, scheduler).start();
  }

  Function<? super T, ?> statusOf() {
    return statusOf;
  }

  Set<String> successStatuses() {
    return successStatuses;
  }

  Set<String> failureStatuses() {
    return failureStatuses;
  }

  Function<? super T, Optional<String>> errorCodeOf() {
    return errorCodeOf;
  }

  Function<? super T, Optional<String>> errorMessageOf() {
    return errorMessageOf;
  }

  NotFoundBehaviour notFound() {
    return notFound;
  }

  WaitListener listener() {
    return listener;
  }

  public WaitPolicy policy() {
    return policy;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return "Waiter{" + (description == null ? "" : description + ", ") + "success=" + successStatuses
        + ", failure=" + failureStatuses + ", notFound=" + notFound + ", " + policy + "}";
  }

  public static final class Builder<T> {
    private Function<? super T, ?> statusOf;
    private final Set<String> successStatuses = new LinkedHashSet<>();
    private final Set<String> failureStatuses = new LinkedHashSet<>();
    private Function<? super T, Optional<String>> errorCodeOf = r -> Optional.empty();
    private Function<? super T, Optional<String>> errorMessageOf = r -> Optional.empty();
    private NotFoundBehaviour notFound = NotFoundBehaviour.FAIL;
    private WaitPolicy policy = WaitPolicy.defaults();
    private String description;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private ScheduledExecutorService scheduler;
    private WaitListener listener = NO_LISTENER;

    private Builder() {}

    private Builder(Waiter<T> w) {
      statusOf = w.statusOf;
      successStatuses.addAll(w.successStatuses);
      failureStatuses.addAll(w.failureStatuses);
      errorCodeOf = w.errorCodeOf;
      errorMessageOf = w.errorMessageOf;
      notFound = w.notFound;
      policy = w.policy;
      description = w.description;
      clock = w.clock;
      sleeper = w.sleeper;
      scheduler = w.scheduler;
      listener = w.listener;
    }

    /** Reads the status; its {@code toString()} (an open enum's wire value) is what is compared. */
    public Builder<T> statusOf(Function<? super T, ?> statusOf) {
      this.statusOf = Objects.requireNonNull(statusOf, "statusOf");
      return this;
    }

    /** Statuses that end the wait successfully; strings or open enums, compared by {@code toString()}. */
    public Builder<T> successOn(Object... statuses) {
      successStatuses.addAll(strings(statuses));
      return this;
    }

    /** Statuses from which the resource will not reach success. */
    public Builder<T> failureOn(Object... statuses) {
      failureStatuses.addAll(strings(statuses));
      return this;
    }

    /** The resource's own error code ({@code error_code}), reported on a failure status. */
    public Builder<T> errorCodeOf(Function<? super T, Optional<String>> errorCodeOf) {
      this.errorCodeOf = Objects.requireNonNull(errorCodeOf, "errorCodeOf");
      return this;
    }

    /** The resource's own error message ({@code error_msg}), reported on a failure status. */
    public Builder<T> errorMessageOf(Function<? super T, Optional<String>> errorMessageOf) {
      this.errorMessageOf = Objects.requireNonNull(errorMessageOf, "errorMessageOf");
      return this;
    }

    public Builder<T> notFound(NotFoundBehaviour notFound) {
      this.notFound = Objects.requireNonNull(notFound, "notFound");
      return this;
    }

    public Builder<T> policy(WaitPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Names the resource in messages, logs and events, such as {@code "endpoint 0b56..."}. */
    public Builder<T> description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    public Builder<T> clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder<T> sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Drives {@link Waiter#waitForAsync}; shared, never shut down by the waiter. */
    public Builder<T> scheduler(ScheduledExecutorService scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    public Builder<T> listener(WaitListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    public Waiter<T> build() {
      if (statusOf == null) {
        throw new IllegalStateException("statusOf is required");
      }
      if (successStatuses.isEmpty() && notFound.kind() != NotFoundBehaviour.Kind.SUCCESS) {
        throw new IllegalStateException("nothing ends the wait successfully: set successOn(...) or notFound(SUCCESS)");
      }
      Set<String> both = new LinkedHashSet<>(successStatuses);
      both.retainAll(failureStatuses);
      if (!both.isEmpty()) {
        throw new IllegalStateException("statuses both success and failure: " + both);
      }
      return new Waiter<>(this);
    }

    private static Set<String> strings(Object... statuses) {
      Set<String> out = new LinkedHashSet<>();
      for (Object status : Arrays.asList(statuses)) {
        out.add(Objects.requireNonNull(status, "status").toString());
      }
      return out;
    }
  }
}
