package io.hcsdk.core.poll;

import io.hcsdk.core.Sleeper;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * What a wait looks for, as data and nothing else: how to read the status, which statuses end it
 * and how, what a 404 means. A service module declares each one once, as a constant; a
 * {@link Waiter} (which adds the policy, clock, sleeper and scheduler) is made from it only when
 * someone actually waits. Immutable and thread-safe.
 *
 * <pre>{@code
 * static final WaiterSpec<Service> SERVICE_RUNNING = WaiterSpec.<Service>builder()
 *     .statusOf(Service::status).successOn("running").successWithWarningOn("concerning")
 *     .failureOn("failed", "stopped", "finished").transitional("deploying", "pending", "waiting")
 *     .errorMessageOf(Service::errorMsg).description("service").build();
 * }</pre>
 *
 * <p>Statuses are compared by {@code toString()}, so strings and open enums mix freely. A status
 * that is neither success nor failure keeps the wait going. When a {@link Builder#transitional
 * transitional} set is declared, a status outside every set (one this SDK does not know yet) still
 * keeps waiting, but is reported as {@link StatusChange.Kind#UNEXPECTED} and logged at WARN.
 */
public final class WaiterSpec<T> {
  private final Function<? super T, ?> statusOf;
  private final Set<String> successStatuses;
  private final Set<String> warningStatuses;
  private final Set<String> failureStatuses;
  private final Set<String> transitionalStatuses;
  private final Function<? super T, Optional<String>> errorCodeOf;
  private final Function<? super T, Optional<String>> errorMessageOf;
  private final NotFoundBehaviour notFound;
  private final String description;

  private WaiterSpec(Builder<T> b) {
    this.statusOf = b.statusOf;
    this.successStatuses = Set.copyOf(b.successStatuses);
    this.warningStatuses = Set.copyOf(b.warningStatuses);
    this.failureStatuses = Set.copyOf(b.failureStatuses);
    this.transitionalStatuses = Set.copyOf(b.transitionalStatuses);
    this.errorCodeOf = b.errorCodeOf;
    this.errorMessageOf = b.errorMessageOf;
    this.notFound = b.notFound;
    this.description = b.description;
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** A builder holding this declaration, to derive a variant. */
  public Builder<T> toBuilder() {
    return new Builder<>(this);
  }

  /** A waiter for this declaration, polling by {@code policy} on the given time sources. */
  public Waiter<T> toWaiter(WaitPolicy policy, Clock clock, Sleeper sleeper, ScheduledExecutorService scheduler) {
    return Waiter.builder(this).policy(policy).clock(clock).sleeper(sleeper).scheduler(scheduler).build();
  }

  /** What a status means to this wait; {@code null} is a resource that carries no status. */
  public StatusChange.Kind classify(String status) {
    if (status != null) {
      if (successStatuses.contains(status)) {
        return StatusChange.Kind.SUCCESS;
      }
      if (warningStatuses.contains(status)) {
        return StatusChange.Kind.SUCCESS_WITH_WARNING;
      }
      if (failureStatuses.contains(status)) {
        return StatusChange.Kind.FAILURE;
      }
      if (transitionalStatuses.contains(status)) {
        return StatusChange.Kind.IN_PROGRESS;
      }
    }
    return transitionalStatuses.isEmpty() ? StatusChange.Kind.IN_PROGRESS : StatusChange.Kind.UNEXPECTED;
  }

  /** Statuses that end the wait successfully. */
  public Set<String> successStatuses() {
    return successStatuses;
  }

  /** Statuses that end the wait successfully with a warning, such as ModelArts {@code concerning}. */
  public Set<String> successWithWarningStatuses() {
    return warningStatuses;
  }

  /** Statuses from which the resource will not reach success. */
  public Set<String> failureStatuses() {
    return failureStatuses;
  }

  /** The statuses on the way; empty when not declared (then every other status counts as on the way). */
  public Set<String> transitionalStatuses() {
    return transitionalStatuses;
  }

  public NotFoundBehaviour notFound() {
    return notFound;
  }

  /** The kind of resource, such as {@code "service instance"}, when declared; a waiter may name it better. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  Function<? super T, ?> statusOf() {
    return statusOf;
  }

  Function<? super T, Optional<String>> errorCodeOf() {
    return errorCodeOf;
  }

  Function<? super T, Optional<String>> errorMessageOf() {
    return errorMessageOf;
  }

  @Override
  public String toString() {
    return "WaiterSpec{" + (description == null ? "" : description + ", ") + "success=" + successStatuses
        + (warningStatuses.isEmpty() ? "" : ", successWithWarning=" + warningStatuses) + ", failure=" + failureStatuses
        + (transitionalStatuses.isEmpty() ? "" : ", transitional=" + transitionalStatuses) + ", notFound=" + notFound + "}";
  }

  public static final class Builder<T> {
    private Function<? super T, ?> statusOf;
    private final Set<String> successStatuses = new LinkedHashSet<>();
    private final Set<String> warningStatuses = new LinkedHashSet<>();
    private final Set<String> failureStatuses = new LinkedHashSet<>();
    private final Set<String> transitionalStatuses = new LinkedHashSet<>();
    private Function<? super T, Optional<String>> errorCodeOf = r -> Optional.empty();
    private Function<? super T, Optional<String>> errorMessageOf = r -> Optional.empty();
    private NotFoundBehaviour notFound = NotFoundBehaviour.FAIL;
    private String description;

    private Builder() {}

    private Builder(WaiterSpec<T> spec) {
      statusOf = spec.statusOf;
      successStatuses.addAll(spec.successStatuses);
      warningStatuses.addAll(spec.warningStatuses);
      failureStatuses.addAll(spec.failureStatuses);
      transitionalStatuses.addAll(spec.transitionalStatuses);
      errorCodeOf = spec.errorCodeOf;
      errorMessageOf = spec.errorMessageOf;
      notFound = spec.notFound;
      description = spec.description;
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

    /**
     * Statuses that end the wait successfully but deserve attention (ModelArts {@code concerning}:
     * running with an alarm): the result {@linkplain WaitResult#warning() says so}, the listener gets a
     * {@link StatusChange.Kind#SUCCESS_WITH_WARNING} change and the SDK logs a WARN.
     */
    public Builder<T> successWithWarningOn(Object... statuses) {
      warningStatuses.addAll(strings(statuses));
      return this;
    }

    /** Statuses from which the resource will not reach success. */
    public Builder<T> failureOn(Object... statuses) {
      failureStatuses.addAll(strings(statuses));
      return this;
    }

    /**
     * The statuses a resource passes through on its way (such as CREATING); declaring them lets the
     * wait tell an unknown status apart (it keeps waiting, reported as {@link StatusChange.Kind#UNEXPECTED}).
     */
    public Builder<T> transitional(Object... statuses) {
      transitionalStatuses.addAll(strings(statuses));
      return this;
    }

    /** The resource's own error code ({@code error_code}), reported on a failure status. */
    public Builder<T> errorCodeOf(Function<? super T, Optional<String>> errorCodeOf) {
      this.errorCodeOf = Objects.requireNonNull(errorCodeOf, "errorCodeOf");
      return this;
    }

    /** The resource's own error message ({@code error_msg}), reported on a failure or warning status. */
    public Builder<T> errorMessageOf(Function<? super T, Optional<String>> errorMessageOf) {
      this.errorMessageOf = Objects.requireNonNull(errorMessageOf, "errorMessageOf");
      return this;
    }

    public Builder<T> notFound(NotFoundBehaviour notFound) {
      this.notFound = Objects.requireNonNull(notFound, "notFound");
      return this;
    }

    /** Names the resource in messages, logs and events, such as {@code "endpoint 0b56..."}. */
    public Builder<T> description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * @throws IllegalStateException no status function, nothing that ends the wait successfully, or a
     *     status declared in two sets
     */
    public WaiterSpec<T> build() {
      if (statusOf == null) {
        throw new IllegalStateException("statusOf is required");
      }
      if (successStatuses.isEmpty() && warningStatuses.isEmpty() && notFound.kind() != NotFoundBehaviour.Kind.SUCCESS) {
        throw new IllegalStateException("nothing ends the wait successfully: set successOn(...) or notFound(SUCCESS)");
      }
      Set<String> seen = new LinkedHashSet<>();
      Set<String> twice = new LinkedHashSet<>();
      for (Set<String> group : Arrays.asList(successStatuses, warningStatuses, failureStatuses, transitionalStatuses)) {
        for (String status : group) {
          if (!seen.add(status)) {
            twice.add(status);
          }
        }
      }
      if (!twice.isEmpty()) {
        throw new IllegalStateException("statuses declared in more than one of success, success with warning,"
            + " failure and transitional: " + twice);
      }
      return new WaiterSpec<>(this);
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
