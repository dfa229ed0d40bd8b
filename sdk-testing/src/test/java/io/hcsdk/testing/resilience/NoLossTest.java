package io.hcsdk.testing.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hcsdk.core.error.NotCreatedException;
import io.hcsdk.core.error.NotFoundException;
import io.hcsdk.core.http.CallListener;
import io.hcsdk.core.poll.Deletion;
import io.hcsdk.testing.CloudSimulator;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.core.error.TransportException;
import io.hcsdk.testing.CapturedRequest;
import io.hcsdk.testing.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No loss, no duplicates: under storms of 503s and dropped connections every create the client reports
 * as done exists exactly once on the simulator, nothing it reports as not created exists, and no create
 * is sent again after an answer that says the service may have acted (a read timeout, 500, 502, 504, a
 * connection dropped after sending). Faults are drawn from the simulator's seeded random source and the
 * creates run one after another, so every run meets the same storm (except in the concurrent scenario,
 * whose creates race for the draws; its verdicts do not depend on which create met which fault).
 */
@Resilience
class NoLossTest {
  static final String UNAVAILABLE = "{\"error_code\":\"APIG.0503\",\"error_msg\":\"Service unavailable\"}";
  private static final int CREATES = 24;
  /** More than the largest page a lookup by name can ask for (100). */
  private static final int SIMILAR = 120;
  private static final long TIMEOUT_S = 30;

  @ParameterizedTest(name = "{0}: 24 creates under 503s and dropped connections, each exists once or not at all")
  @EnumSource(NoLossKind.class)
  void everyCreateUnderAStormOf503sAndDroppedConnectionsExistsExactlyOnceOrNotAtAll(NoLossKind kind) {
    try (NoLossRig rig = NoLossRig.start()) {
      prepare(rig, kind);
      storm(rig, kind);

      Map<String, Outcome> outcomes = new LinkedHashMap<>();
      for (int i = 0; i < CREATES; i++) {
        String name = name(kind, "storm", i);
        outcomes.put(name, Outcome.of(() -> kind.create(rig, name)));
      }

      outcomes.forEach((name, outcome) -> NoLossChecks.assertKeptItsWord(rig, kind, name, outcome));
      NoLossChecks.assertTheStormHit(rig, kind, outcomes);
    }
  }

  @ParameterizedTest(name = "{0}: never sent twice after a read timeout, 500, 502, 504 or a dropped connection")
  @EnumSource(NoLossKind.class)
  void aCreateIsNeverSentTwiceAfterAnAnswerThatSaysTheServiceMayHaveActed(NoLossKind kind) {
    // The read timeout is shorter than the delay the simulator answers after (real time, both short).
    try (NoLossRig rig = NoLossRig.start(b -> b.readTimeout(Duration.ofMillis(120)))) {
      prepare(rig, kind);
      Map<String, Fault> faults = new LinkedHashMap<>();
      faults.put("read-timeout", Fault.delay(Duration.ofMillis(300)));
      faults.put("status-500", Fault.status(500, NoLossChecks.errorBody(500)).afterHandling());
      faults.put("status-502", Fault.html(502).afterHandling());
      faults.put("status-504", Fault.status(504, NoLossChecks.errorBody(504)).afterHandling());
      faults.put("dropped-unhandled", Fault.drop());
      faults.put("dropped-handled", Fault.drop().afterHandling());

      for (Map.Entry<String, Fault> aimed : faults.entrySet()) {
        String name = name(kind, aimed.getKey(), 0);
        rig.sim().on(kind.operation).forResource(name).next(1, aimed.getValue());

        Outcome outcome = Outcome.of(() -> kind.create(rig, name));

        List<CapturedRequest> creates = rig.createsNamed(kind, name);
        assertThat(creates).as("%s after %s", kind, aimed.getKey()).hasSize(1);
        NoLossChecks.assertKeptItsWord(rig, kind, name, outcome);
        if (aimed.getKey().startsWith("status-")) {
          int status = Integer.parseInt(aimed.getKey().substring("status-".length()));
          assertThat(outcome.error()).get().isInstanceOfSatisfying(ServerException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(status);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.requestId()).contains(creates.get(0).requestId());
          });
          assertThat(rig.resourcesNamed(kind, name)).as("the service acted before its %d", status).hasSize(1);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}: a lost create is found behind more than a page of similar names")
  @EnumSource(value = NoLossKind.class, names = {"ENDPOINT", "SERVICE_INSTANCE", "DEV_ENV"})
  void aCreateWhoseAnswerWasLostIsFoundEvenBehindMoreThanAPageOfSimilarNames(NoLossKind kind) {
    try (NoLossRig rig = NoLossRig.start()) {
      prepare(rig, kind);
      // Fabric's name filter matches names that contain it: all of these match the lookup for "similar".
      for (int i = 0; i < SIMILAR; i++) {
        kind.create(rig, "similar-" + String.format("%03d", i));
      }
      rig.sim().on(kind.operation).forResource("similar").next(1, Fault.drop().afterHandling());
      rig.sim().on(kind.operation).forResource("simil").next(1, Fault.drop().afterHandling());

      Outcome sync = Outcome.of(() -> kind.create(rig, "similar"));
      Outcome async = Outcome.ofAsync(() -> kind.createAsync(rig, "simil"));

      NoLossChecks.assertKeptItsWord(rig, kind, "similar", sync);
      NoLossChecks.assertKeptItsWord(rig, kind, "simil", async);
      assertThat(sync.id()).isPresent();
      assertThat(async.id()).isPresent();
    }
  }

  @ParameterizedTest(name = "{0}: a lost create whose lookup fails too is reported as possibly created")
  @EnumSource(value = NoLossKind.class, names = {"ENDPOINT", "SERVICE_INSTANCE", "DEV_ENV"})
  void aLostCreateWhoseLookupAlsoFailsIsReportedAsPossiblyCreatedNotAsTheLookupsError(NoLossKind kind) {
    try (NoLossRig rig = NoLossRig.start()) {
      prepare(rig, kind);
      rig.sim().on(kind.operation).next(2, Fault.drop().afterHandling());
      rig.sim().on(kind.listOperation().orElseThrow()).always(Fault.status(503, UNAVAILABLE));

      Outcome sync = Outcome.of(() -> kind.create(rig, name(kind, "unlooked", 1)));
      Outcome async = Outcome.ofAsync(() -> kind.createAsync(rig, name(kind, "unlooked", 2)));

      for (Outcome outcome : List.of(sync, async)) {
        // A 503 says "refused, nothing done, send it again": for a create that happened, that would be wrong.
        assertThat(outcome.error()).get().isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.mayHaveReachedServer()).isTrue();
          assertThat(e.getSuppressed()).singleElement().isInstanceOfSatisfying(ServerException.class,
              lookup -> assertThat(lookup.httpStatus()).isEqualTo(503));
        });
      }
      assertThat(rig.resourcesNamed(kind, name(kind, "unlooked", 1))).hasSize(1);
      assertThat(rig.resourcesNamed(kind, name(kind, "unlooked", 2))).hasSize(1);
      rig.sim().requests().assertCount(kind.operation, 2);
    }
  }

  @Test
  void aLostModelArtsCreateServiceSurfacesAsATransportExceptionAndIsNeverResent() throws Exception {
    NoLossKind kind = NoLossKind.MODELARTS_SERVICE;
    try (NoLossRig rig = NoLossRig.start()) {
      rig.sim().on(kind.operation).next(1, Fault.drop().afterHandling()).next(1, Fault.drop());

      Outcome sync = Outcome.of(() -> kind.create(rig, "lost-sync"));
      Outcome async = Outcome.ofAsync(() -> kind.createAsync(rig, "lost-async"));

      for (Outcome outcome : List.of(sync, async)) {
        assertThat(outcome.error()).get().isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.mayHaveReachedServer()).isTrue();
          assertThat(e.attempts()).isEqualTo(1);
        });
      }
      assertThat(rig.resourcesNamed(kind, "lost-sync")).as("the first create happened, its answer was lost").hasSize(1);
      assertThat(rig.resourcesNamed(kind, "lost-async")).as("the second was lost before the service acted").isEmpty();
      rig.sim().requests().assertCount(kind.operation, 2);
      assertThat(rig.sim().requests().all()).as("nothing else was sent: there is nothing to look it up with")
          .allMatch(r -> r.is(kind.operation));
    }
  }

  @Test
  void concurrentAsyncCreatesOfAllFourKindsUnderAStormKeepTheirWord() throws Exception {
    try (NoLossRig rig = NoLossRig.start()) {
      rig.hostEndpointId();
      for (NoLossKind kind : NoLossKind.values()) {
        storm(rig, kind);
      }
      Map<NoLossKind, Map<String, CompletableFuture<String>>> started = new LinkedHashMap<>();
      for (int i = 0; i < CREATES / 2; i++) {
        for (NoLossKind kind : NoLossKind.values()) {
          String name = name(kind, "async", i);
          started.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(name, kind.createAsync(rig, name));
        }
      }

      List<Outcome> all = new ArrayList<>();
      for (Map.Entry<NoLossKind, Map<String, CompletableFuture<String>>> byKind : started.entrySet()) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        byKind.getValue().forEach((name, future) -> outcomes.put(name, Outcome.ofAsync(() -> future)));
        outcomes.forEach((name, outcome) -> NoLossChecks.assertKeptItsWord(rig, byKind.getKey(), name, outcome));
        all.addAll(outcomes.values());
      }
      assertThat(all).filteredOn(o -> o.id().isPresent()).as("most creates succeed").hasSizeGreaterThan(all.size() / 2);
    }
  }

  @ParameterizedTest(name = "{0}: a retried delete that meets 404 reports success")
  @EnumSource(value = NoLossKind.class, names = {"ENDPOINT", "SERVICE_INSTANCE", "DEV_ENV"})
  void aRetriedDeleteThatMeets404AfterAnAttemptThatActedReportsSuccess(NoLossKind kind) throws Exception {
    String deleteOperation = kind.deleteOperation().orElseThrow();
    AtomicReference<CloudSimulator> simulator = new AtomicReference<>();
    // The service finishes the first attempt's delete while the client backs off, so the retry meets 404.
    CallListener finishDeletes = event -> {
      if (event.operation().equals(deleteOperation) && event.willRetry()) {
        simulator.get().advanceAll();
      }
    };
    try (NoLossRig rig = NoLossRig.start(b -> b.callListener(finishDeletes))) {
      simulator.set(rig.sim());
      prepare(rig, kind);
      String dropped = kind.create(rig, name(kind, "delete", 1));
      String gatewayTimeout = kind.create(rig, name(kind, "delete", 2));
      rig.sim().advanceAll();
      rig.sim().on(deleteOperation).forResource(dropped).next(1, Fault.drop().afterHandling());
      rig.sim().on(deleteOperation).forResource(gatewayTimeout)
          .next(1, Fault.status(504, NoLossChecks.errorBody(504)).afterHandling());

      Deletion sync = Sentinels.inspect(kind.delete(rig, dropped));
      Deletion async = Sentinels.inspect(kind.deleteAsync(rig, gatewayTimeout).get(TIMEOUT_S, TimeUnit.SECONDS));

      for (Deletion deletion : List.of(sync, async)) {
        List<CapturedRequest> deletes = rig.sim().requests().of(deleteOperation).stream()
            .filter(r -> r.path().contains(deletion.id())).toList();
        assertThat(deletes).extracting(CapturedRequest::status).as("%s %s", kind, deletes)
            .containsExactly(deletion == sync ? 0 : 504, 404);
        assertThat(deletion.requestId()).contains(deletes.get(1).requestId());
        assertThat(rig.sim().resource(kind.family, deletion.id())).isEmpty();
        deletion.waitUntilDeleted(Duration.ofMinutes(5));
      }
      var unknown = Sentinels.typed(catchThrowable(() -> kind.delete(rig, "0123456789abcdef0123456789abcdef")));
      assertThat(unknown).as("a first attempt's 404 is the resource's own").isInstanceOfSatisfying(
          NotFoundException.class, e -> assertThat(e.attempts()).isEqualTo(1));
    }
  }

  /** Arms the storm: 30% 503s (refused before the service acts), 15% dropped before and 15% after it acted. */
  static void storm(NoLossRig rig, NoLossKind kind) {
    rig.sim().on(kind.operation).sometimes(0.3, Fault.status(503, UNAVAILABLE)).sometimes(0.15, Fault.drop())
        .sometimes(0.15, Fault.drop().afterHandling());
  }

  private static void prepare(NoLossRig rig, NoLossKind kind) {
    if (kind == NoLossKind.SERVICE_INSTANCE) {
      rig.hostEndpointId(); // before any fault is armed
    }
  }

  /** Names of one length, so that no name contains another (Fabric's list filters names by substring). */
  private static String name(NoLossKind kind, String what, int i) {
    return "nl-" + kind.name().toLowerCase().replace('_', '-') + "-" + what + "-" + String.format("%02d", i);
  }

  /** What the client reported for one create: the new id, or a typed failure (checked for secrets). */
  record Outcome(Optional<String> id, Optional<RuntimeException> error) {
    static Outcome of(Supplier<String> create) {
      String[] id = new String[1];
      Throwable thrown = catchThrowable(() -> id[0] = create.get());
      return thrown == null ? new Outcome(Optional.of(id[0]), Optional.empty())
          : new Outcome(Optional.empty(), Optional.of(Sentinels.typed(thrown)));
    }

    static Outcome ofAsync(Supplier<CompletableFuture<String>> create) {
      return of(() -> create.get().orTimeout(TIMEOUT_S, TimeUnit.SECONDS).join());
    }

    boolean notCreated() {
      return error.filter(NotCreatedException.class::isInstance).isPresent();
    }
  }
}
