package io.hcsdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.core.json.Json;
import io.hcsdk.testing.internal.ErrorBodies;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One thing that goes wrong with one request. Aim it with {@link CloudSimulator#on(String...)}:
 *
 * <pre>{@code
 * sim.on("CreateEndpoint").next(2, Fault.status(503, "{}"));         // the next two creates: 503
 * sim.on("ShowEndpoint").forResource(id).next(1, Fault.throttle());   // one 429 APIG.0308 for this endpoint
 * sim.onAny().sometimes(0.1, Fault.drop());                           // 10% of all calls lose their connection
 * }</pre>
 *
 * Faults that answer instead of the service (status, throttle, HTML, empty, drop) leave the state
 * untouched unless {@link #afterHandling()} says the service acted first (a create that happened although
 * its answer was lost). Delays are real time: they exist to trip a client's read and call timeouts.
 */
public final class Fault {
  enum Kind { STATUS, DELAY, DROP, RESET, REFUSE, TRUNCATE, REWRITE }

  private final Kind kind;
  private final int status;
  private final String body;
  private final Map<String, String> headers;
  private final Duration delay;
  private final int keepBytes;
  private final UnaryOperator<String> rewrite;
  private final boolean afterHandling;
  private final String description;

  private Fault(Kind kind, int status, String body, Map<String, String> headers, Duration delay, int keepBytes,
      UnaryOperator<String> rewrite, boolean afterHandling, String description) {
    this.kind = kind;
    this.status = status;
    this.body = body;
    this.headers = Map.copyOf(headers);
    this.delay = delay;
    this.keepBytes = keepBytes;
    this.rewrite = rewrite;
    this.afterHandling = afterHandling;
    this.description = description;
  }

  private static Fault of(Kind kind, String description) {
    return new Fault(kind, 0, "", Map.of(), Duration.ZERO, -1, null, false, description);
  }

  /** Answers {@code status} with {@code body} (any text: JSON, HTML, empty). */
  public static Fault status(int status, String body) {
    return status(status, body, Map.of());
  }

  /** As {@link #status(int, String)}, with headers (they win over the defaults, Content-Type included). */
  public static Fault status(int status, String body, Map<String, String> headers) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("Not an HTTP status: " + status);
    }
    return new Fault(Kind.STATUS, status, Objects.requireNonNull(body, "body"), headers, Duration.ZERO, -1, null,
        false, "HTTP " + status);
  }

  /** The gateway's 429 {@code APIG.0308}, without {@code Retry-After}. */
  public static Fault throttle() {
    return new Fault(Kind.STATUS, 429, ErrorBodies.THROTTLED_BODY, Map.of(), Duration.ZERO, -1, null, false,
        "throttled");
  }

  /** The gateway's 429 {@code APIG.0308} with {@code Retry-After: <seconds>}. */
  public static Fault throttle(Duration retryAfter) {
    return throttle(Long.toString(retryAfter.toSeconds()));
  }

  /** The gateway's 429 {@code APIG.0308} with this {@code Retry-After} value (seconds or an HTTP date). */
  public static Fault throttle(String retryAfter) {
    return new Fault(Kind.STATUS, 429, ErrorBodies.THROTTLED_BODY, Map.of("Retry-After", retryAfter), Duration.ZERO,
        -1, null, false, "throttled, Retry-After " + retryAfter);
  }

  /** A proxy's HTML error page with this status. */
  public static Fault html(int status) {
    return new Fault(Kind.STATUS, status, ErrorBodies.html(status), Map.of("Content-Type", "text/html"),
        Duration.ZERO, -1, null, false, "HTML " + status);
  }

  /** This status with an empty body. */
  public static Fault empty(int status) {
    return new Fault(Kind.STATUS, status, "", Map.of(), Duration.ZERO, -1, null, false, "empty " + status);
  }

  /** The normal answer, after {@code delay} of real time (to trip read and call timeouts). */
  public static Fault delay(Duration delay) {
    return new Fault(Kind.DELAY, 0, "", Map.of(), Objects.requireNonNull(delay), -1, null, true, "delay " + delay);
  }

  /** The connection closes after the request was read, without an answer. */
  public static Fault drop() {
    return of(Kind.DROP, "dropped");
  }

  /** The answer's headers and part of its body are sent, then the connection is cut. */
  public static Fault resetMidBody() {
    return new Fault(Kind.RESET, 0, "", Map.of(), Duration.ZERO, -1, null, true, "reset mid-body");
  }

  /**
   * The connection is refused before anything is sent. Works for clients wired by the simulator
   * ({@link CloudSimulator#configure}, the JUnit extension): their HTTP client asks the simulator first.
   */
  public static Fault refuse() {
    return of(Kind.REFUSE, "refused");
  }

  /** The normal answer with its body cut in half (a complete HTTP response holding truncated JSON). */
  public static Fault truncate() {
    return truncate(-1);
  }

  /** The normal answer with only the first {@code keepBytes} bytes of its body (-1: half). */
  public static Fault truncate(int keepBytes) {
    return new Fault(Kind.TRUNCATE, 0, "", Map.of(), Duration.ZERO, keepBytes, null, true, "truncated");
  }

  /** The normal answer, its body (success or error) replaced by {@code rewrite}'s result. */
  public static Fault rewrite(UnaryOperator<String> rewrite) {
    return new Fault(Kind.REWRITE, 0, "", Map.of(), Duration.ZERO, -1, Objects.requireNonNull(rewrite), true,
        "rewritten");
  }

  /**
   * The normal answer, its JSON body changed by {@code change} (unknown fields, unknown enum values,
   * {@code ""} for a number, the wrong shape). A body that is not JSON is left alone.
   */
  public static Fault rewriteJson(UnaryOperator<JsonNode> change) {
    Objects.requireNonNull(change, "change");
    return rewrite(text -> {
      try {
        return Json.mapper().writeValueAsString(change.apply(Json.mapper().readTree(text)));
      } catch (Exception notJson) {
        return text;
      }
    });
  }

  /**
   * This fault, after the service handled the request: a status, HTML, empty answer or dropped
   * connection that hides a create (or delete, update) which did happen.
   */
  public Fault afterHandling() {
    return new Fault(kind, status, body, headers, delay, keepBytes, rewrite, true, description + " after handling");
  }

  Kind kind() {
    return kind;
  }

  int status() {
    return status;
  }

  String body() {
    return body;
  }

  Map<String, String> headers() {
    return headers;
  }

  Duration delay() {
    return delay;
  }

  int keepBytes() {
    return keepBytes;
  }

  String rewriteBody(String original) {
    return rewrite == null ? original : rewrite.apply(original);
  }

  /** Whether the service handles the request before the fault applies. */
  boolean afterHandlingFlag() {
    return afterHandling;
  }

  @Override
  public String toString() {
    return description;
  }
}
