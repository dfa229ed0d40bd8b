package io.hcsdk.testing.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.error.NotCreatedException;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.core.error.TransportException;
import io.hcsdk.core.retry.RetryPolicy;
import io.hcsdk.testing.CapturedRequest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "no loss, no duplicates" verdict on one create, read off what the simulator saw: the create
 * requests it received for the name (and the fault each met) and the resources it holds under it.
 */
final class NoLossChecks {
  private static final Pattern ERROR_STATUS = Pattern.compile("^(?:HTTP|HTML) (\\d{3})");

  private NoLossChecks() {}

  static String errorBody(int status) {
    return "{\"error_code\":\"APIG.0" + status + "\",\"error_msg\":\"gateway answered " + status + "\"}";
  }

  /**
   * Only a refusal (503) is followed by another create of the same name, and the client's report
   * matches what happened to the last one: served, the service acted before its answer was lost or
   * replaced by an error, or it did not act at all.
   */
  static void assertKeptItsWord(NoLossRig rig, NoLossKind kind, String name, NoLossTest.Outcome outcome) {
    List<CapturedRequest> creates = rig.createsNamed(kind, name);
    List<ObjectNode> stored = rig.resourcesNamed(kind, name);
    String what = kind + " '" + name + "' " + creates;
    assertThat(creates).as(what).isNotEmpty();
    for (CapturedRequest resent : creates.subList(0, creates.size() - 1)) {
      assertThat(resent.fault()).as("only a refused create is sent again: %s", what).contains("HTTP 503");
    }
    CapturedRequest last = creates.get(creates.size() - 1);
    String fault = last.fault().orElse("");
    boolean acted = fault.isEmpty() || fault.endsWith("after handling") || fault.startsWith("delay");
    boolean answerLost = fault.startsWith("dropped") || fault.startsWith("delay");
    Matcher error = ERROR_STATUS.matcher(fault);

    assertThat(stored).as("exists once if the service acted, else not at all: %s", what).hasSize(acted ? 1 : 0);
    if (fault.isEmpty() || (answerLost && acted && kind.recoverable())) {
      assertThat(outcome.id()).as("reported created: %s", what).contains(stored.get(0).path(idField(kind)).asText());
    } else if (answerLost && kind.recoverable()) {
      assertThat(outcome.error()).as(what).get().isInstanceOfSatisfying(NotCreatedException.class,
          e -> assertThat(e.getCause()).isInstanceOf(TransportException.class));
    } else if (answerLost) {
      assertThat(outcome.error()).as(what).get().isInstanceOfSatisfying(TransportException.class, e -> {
        assertThat(e.mayHaveReachedServer()).isTrue();
        assertThat(e.attempts()).isEqualTo(creates.size());
      });
    } else {
      assertThat(error.find()).as("an error answer: %s", what).isTrue();
      int status = Integer.parseInt(error.group(1));
      assertThat(outcome.error()).as(what).get().isInstanceOfSatisfying(ServerException.class, e -> {
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.attempts()).isEqualTo(creates.size());
        assertThat(e.requestId()).contains(last.requestId());
      });
      if (status == 503) {
        assertThat(creates).as("a refusal is retried until the policy's retries are spent: %s", what)
            .hasSize(RetryPolicy.defaults().maxRetries() + 1);
      }
    }
  }

  /** The storm met every fault, and every lost answer of a recoverable create cost exactly one lookup. */
  static void assertTheStormHit(NoLossRig rig, NoLossKind kind, Map<String, NoLossTest.Outcome> outcomes) {
    List<CapturedRequest> creates = rig.sim().requests().of(kind.operation);
    assertThat(creates).extracting(r -> r.fault().orElse("served"))
        .contains("served", "HTTP 503", "dropped", "dropped after handling");
    long lost = outcomes.keySet().stream().map(name -> rig.createsNamed(kind, name))
        .filter(named -> named.get(named.size() - 1).fault().filter(f -> f.startsWith("dropped")).isPresent()).count();
    assertThat(lost).isPositive();
    if (kind.recoverable()) {
      rig.sim().requests().assertCount(kind.listOperation().orElseThrow(), (int) lost);
      assertThat(outcomes.values()).anyMatch(NoLossTest.Outcome::notCreated);
    } else {
      assertThat(outcomes.values()).anyMatch(o -> o.error().filter(TransportException.class::isInstance).isPresent());
    }
    assertThat(outcomes.values()).anyMatch(o -> o.id().isPresent());
  }

  private static String idField(NoLossKind kind) {
    return kind == NoLossKind.MODELARTS_SERVICE ? "service_id" : "id";
  }
}
