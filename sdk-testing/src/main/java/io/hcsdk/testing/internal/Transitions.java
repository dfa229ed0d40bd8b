package io.hcsdk.testing.internal;

import io.hcsdk.testing.Pace;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The lifecycle engine of {@link ResourceStore}: starts a family's transition, moves it on by Show
 * calls or by the clock as the family's {@link Pace} says, and settles it in its end status, its
 * failure status when a test armed one, or gone. Used under the store's lock only.
 */
final class Transitions {
  /** A failure a test armed: the transition's end becomes a failure status with these error fields. */
  private static final class FailureRule {
    final String kind;
    final String trigger;
    final Optional<String> match;
    final Optional<String> status;
    final String code;
    final String message;
    int remaining;

    FailureRule(String kind, String trigger, Optional<String> match, Optional<String> status, String code,
        String message, int remaining) {
      this.kind = kind;
      this.trigger = trigger;
      this.match = match;
      this.status = status;
      this.code = code;
      this.message = message;
      this.remaining = remaining;
    }
  }

  private final Clock clock;
  private final Pace defaultPace;
  private final Map<String, Pace> paces;
  private final Predicate<Resource> present;
  private final Consumer<Resource> remove;
  private final List<FailureRule> failures = new ArrayList<>();

  Transitions(Clock clock, Pace defaultPace, Map<String, Pace> paces, Predicate<Resource> present,
      Consumer<Resource> remove) {
    this.clock = clock;
    this.defaultPace = defaultPace;
    this.paces = Map.copyOf(paces);
    this.present = present;
    this.remove = remove;
  }

  /** Starts {@code trigger}'s transition (if the family declares one) from the first of its statuses. */
  void begin(StoreContext ctx, Resource r, String trigger) {
    Optional<ResourceKind.Transition> t = r.kind().transition(trigger);
    if (t.isEmpty()) {
      if (trigger.equals("delete")) {
        remove.accept(r);
      }
      return;
    }
    r.trigger = trigger;
    r.transition = t.get();
    r.step = 0;
    r.reads = 0;
    r.enteredAt = clock.instant();
    if (t.get().passing().isEmpty()) {
      settle(ctx, r);
    } else {
      setStatus(ctx, r, t.get().passing().get(0));
    }
  }

  void setStatus(StoreContext ctx, Resource r, String status) {
    r.kind().statusField().ifPresent(f -> Json2.put(r.body(), f, status));
    r.kind().hooks().onStatusChange(ctx, r);
  }

  /**
   * Applies what happened since the resource was last seen: a Show call ({@code isRead}) under a
   * reads pace moves it one step past its count; under a time pace, every step whose time is up.
   */
  void observe(StoreContext ctx, Resource r, boolean isRead) {
    if (r.trigger == null) {
      return;
    }
    Pace pace = paces.getOrDefault(r.kind().name(), defaultPace);
    if (pace.showCalls().isPresent()) {
      if (isRead && ++r.reads > pace.showCalls().get()) {
        advance(ctx, r);
        r.reads = 1; // this read already shows the new status, so it is that status's first read
      }
      return;
    }
    Duration each = pace.duration().orElseThrow();
    while (r.trigger != null && present.test(r) && !clock.instant().isBefore(r.enteredAt.plus(each))) {
      Duration late = Duration.between(r.enteredAt.plus(each), clock.instant());
      advance(ctx, r);
      if (r.trigger != null) {
        r.enteredAt = clock.instant().minus(late); // time beyond this step counts toward the next one
      }
    }
  }

  /** One step: the next transitional status, or the end. */
  void advance(StoreContext ctx, Resource r) {
    r.step++;
    r.reads = 0;
    r.enteredAt = clock.instant();
    if (r.step < r.transition.passing().size()) {
      setStatus(ctx, r, r.transition.passing().get(r.step));
    } else {
      settle(ctx, r);
    }
  }

  void fail(String kind, String trigger, Optional<String> nameOrId, Optional<String> status, String code,
      String message, int count) {
    failures.add(new FailureRule(kind, trigger, nameOrId, status, code, message, count));
  }

  void clearFailures() {
    failures.clear();
  }

  private void settle(StoreContext ctx, Resource r) {
    ResourceKind.Transition t = r.transition;
    String trigger = r.trigger;
    r.trigger = null;
    r.transition = null;
    FailureRule rule = failureFor(r, trigger);
    if (rule != null && (rule.status.isPresent() || t.failure().isPresent())) {
      setStatus(ctx, r, rule.status.orElse(t.failure().orElseThrow()));
      r.kind().hooks().onFailure(ctx, r, rule.code, rule.message);
    } else if (t.settled().isPresent()) {
      setStatus(ctx, r, t.settled().get());
    } else {
      remove.accept(r);
    }
  }

  private FailureRule failureFor(Resource r, String trigger) {
    for (Iterator<FailureRule> it = failures.iterator(); it.hasNext(); ) {
      FailureRule f = it.next();
      if (f.kind.equals(r.kind().name()) && f.trigger.equals(trigger)
          && (f.match.isEmpty() || f.match.get().equals(r.id()) || f.match.get().equals(r.name()))) {
        if (f.remaining > 0 && --f.remaining == 0) {
          it.remove();
        }
        return f;
      }
    }
    return null;
  }
}
