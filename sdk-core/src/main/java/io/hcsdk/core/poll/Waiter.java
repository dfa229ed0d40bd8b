package io.hcsdk.core.poll;

import io.hcsdk.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Waits for a resource to settle: a {@link WaiterSpec} (which statuses mean success or failure,
 * what a 404 means) run by a {@link WaitPolicy} on a clock, a sleeper and a scheduler. A service
 * module declares the spec once as a constant and makes a waiter only when someone waits; a waiter
 * is immutable and thread-safe.
 *
 * <pre>{@code
 * Waiter<Endpoint> untilRunning = Waiter.builder(ENDPOINT_RUNNING).policy(policy).clock(clock)
 *     .scheduler(scheduler).description("endpoint " + id).build();
 * Endpoint ep = untilRunning.waitFor(timeLeft -> show(id, timeLeft)).resource().orElseThrow();
 * }</pre>
 *
 * <p>Each poll's outcome: a success status ends the wait with a {@link WaitResult} (a success with
 * a warning too, saying so); a failure status throws {@link WaiterFailedException}; a transient
 * error (5xx, throttling, 408, transport) is tolerated up to {@link WaitPolicy#maxConsecutiveFailures()}
 * in a row, honouring the server's {@code Retry-After}; a 404 is handled by {@link NotFoundBehaviour};
 * any other exception is rethrown unchanged at once. Past the timeout: {@link WaiterTimeoutException}.
 *
 * <p>A poll given as a {@code Function<Duration, ...>} receives the time its call may take: what is
 * left of the wait (at least {@link WaitPolicy#minPollTime()}), to use as the call's whole-call
 * timeout, so a slow service cannot stretch a 10 s wait into minutes.
 */
public final class Waiter<T> {
  private static final WaitListener NO_LISTENER = change -> { };

  private final WaiterSpec<T> spec;
  private final WaitPolicy policy;
  private final String description;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ScheduledExecutorService scheduler;
  private final WaitListener listener;

  private Waiter(Builder<T> b, WaiterSpec<T> spec) {
    this.spec = spec;
    this.policy = b.policy;
    this.description = b.description;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.scheduler = b.scheduler;
    this.listener = b.listener;
  }

  public static <T> Builder<T> builder() {
    return new Builder<>((WaiterSpec<T>) null);
  }

  /** A builder for a waiter of a declared {@code spec}; set the policy, time sources and description. */
  public static <T> Builder<T> builder(WaiterSpec<T> spec) {
    return new Builder<>(Objects.requireNonNull(spec, "spec"));
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
    return waitFor(timeLeft -> poll.get(), timeout);
  }

  /** {@link #waitFor(Function, Duration)} within the policy's timeout. */
  public WaitResult<T> waitFor(Function<Duration, ? extends T> poll) {
    return waitFor(poll, policy.timeout());
  }

  /**
   * Waits on the calling thread like {@link #waitFor(Supplier, Duration)}; each poll is given the
   * time its call may take (the wait's time left, at least {@link WaitPolicy#minPollTime()}). A poll
   * that overruns the deadline without reaching success ends the wait with a
   * {@link WaiterTimeoutException} carrying the last resource seen.
   */
  public WaitResult<T> waitFor(Function<Duration, ? extends T> poll, Duration timeout) {
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
        step = run.onResource(poll.apply(run.pollBudget()));
      } catch (RuntimeException e) {
        if (Thread.currentThread().isInterrupted()) {
          throw run.interrupted(e); // the poll failed because we were interrupted (a cancelled call)
        }
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
   * returned future fails with the exceptions {@link #waitFor(Supplier, Duration)} throws. Ending it
   * from outside (cancel, {@code orTimeout}, {@code completeOnTimeout}, a completion by the caller)
   * stops polling and cancels the poll in flight.
   *
   * @throws IllegalStateException no scheduler was configured
   */
  public CompletableFuture<WaitResult<T>> waitForAsync(Supplier<? extends CompletionStage<? extends T>> poll,
      Duration timeout) {
    Objects.requireNonNull(poll, "poll");
    return waitForAsync(timeLeft -> poll.get(), timeout);
  }

  /** {@link #waitForAsync(Function, Duration)} within the policy's timeout. */
  public CompletableFuture<WaitResult<T>> waitForAsync(Function<Duration, ? extends CompletionStage<? extends T>> poll) {
    return waitForAsync(poll, policy.timeout());
  }

  /**
   * Waits without blocking a thread like {@link #waitForAsync(Supplier, Duration)}; each poll is given
   * the time its call may take (the wait's time left, at least {@link WaitPolicy#minPollTime()}), and
   * a poll that takes longer is cancelled.
   *
   * @throws IllegalStateException no scheduler was configured
   */
  public CompletableFuture<WaitResult<T>> waitForAsync(Function<Duration, ? extends CompletionStage<? extends T>> poll,
      Duration timeout) {
    Objects.requireNonNull(poll, "poll");
    if (scheduler == null) {
      throw new IllegalStateException("waitForAsync needs a scheduler: set Waiter.builder().scheduler(...)");
    }
    return new AsyncWait<>(new WaitRun<>(this, timeout), poll, scheduler).start();
  }

  /** What this waiter looks for. */
  public WaiterSpec<T> spec() {
    return spec;
  }

  WaitListener listener() {
    return listener;
  }

  public WaitPolicy policy() {
    return policy;
  }

  /** The name of the resource waited for: the waiter's own, else the spec's. */
  public Optional<String> description() {
    return description != null ? Optional.of(description) : spec.description();
  }

  Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return "Waiter{" + description().map(d -> d + ", ").orElse("") + "success=" + spec.successStatuses()
        + (spec.successWithWarningStatuses().isEmpty() ? "" : ", successWithWarning=" + spec.successWithWarningStatuses())
        + ", failure=" + spec.failureStatuses() + ", notFound=" + spec.notFound() + ", " + policy + "}";
  }

  /**
   * Builds a waiter. The status settings ({@link #statusOf}, {@link #successOn}, ...) are those of
   * {@link WaiterSpec.Builder}, for a waiter declared in one go; {@link Waiter#builder(WaiterSpec)}
   * starts from a declared spec.
   */
  public static final class Builder<T> {
    private WaiterSpec<T> spec;
    private WaiterSpec.Builder<T> specChanges;
    private WaitPolicy policy = WaitPolicy.defaults();
    private String description;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private ScheduledExecutorService scheduler;
    private WaitListener listener = NO_LISTENER;

    private Builder(WaiterSpec<T> spec) {
      this.spec = spec;
    }

    private Builder(Waiter<T> w) {
      spec = w.spec;
      policy = w.policy;
      description = w.description;
      clock = w.clock;
      sleeper = w.sleeper;
      scheduler = w.scheduler;
      listener = w.listener;
    }

    /** Starts from a declared spec, as {@link Waiter#builder(WaiterSpec)} does. */
    public static <R> Builder<R> from(WaiterSpec<R> spec) {
      return Waiter.builder(spec);
    }

    /** See {@link WaiterSpec.Builder#statusOf}. */
    public Builder<T> statusOf(Function<? super T, ?> statusOf) {
      specChanges().statusOf(statusOf);
      return this;
    }

    /** See {@link WaiterSpec.Builder#successOn}. */
    public Builder<T> successOn(Object... statuses) {
      specChanges().successOn(statuses);
      return this;
    }

    /** See {@link WaiterSpec.Builder#successWithWarningOn}. */
    public Builder<T> successWithWarningOn(Object... statuses) {
      specChanges().successWithWarningOn(statuses);
      return this;
    }

    /** See {@link WaiterSpec.Builder#failureOn}. */
    public Builder<T> failureOn(Object... statuses) {
      specChanges().failureOn(statuses);
      return this;
    }

    /** See {@link WaiterSpec.Builder#transitional}. */
    public Builder<T> transitional(Object... statuses) {
      specChanges().transitional(statuses);
      return this;
    }

    /** See {@link WaiterSpec.Builder#errorCodeOf}. */
    public Builder<T> errorCodeOf(Function<? super T, Optional<String>> errorCodeOf) {
      specChanges().errorCodeOf(errorCodeOf);
      return this;
    }

    /** See {@link WaiterSpec.Builder#errorMessageOf}. */
    public Builder<T> errorMessageOf(Function<? super T, Optional<String>> errorMessageOf) {
      specChanges().errorMessageOf(errorMessageOf);
      return this;
    }

    public Builder<T> notFound(NotFoundBehaviour notFound) {
      specChanges().notFound(notFound);
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

    /** @throws IllegalStateException the status settings are incomplete or contradictory (see {@link WaiterSpec.Builder#build()}) */
    public Waiter<T> build() {
      WaiterSpec<T> built = specChanges != null ? specChanges.build()
          : spec != null ? spec : WaiterSpec.<T>builder().build();
      return new Waiter<>(this, built);
    }

    /** The spec being changed; a declared spec is copied only when a status setting changes it. */
    private WaiterSpec.Builder<T> specChanges() {
      if (specChanges == null) {
        specChanges = spec != null ? spec.toBuilder() : WaiterSpec.builder();
      }
      return specChanges;
    }
  }
}
