package io.hcsdk.core.http;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One attempt of one call: the documented operation name, the method and path (no query, which
 * may carry user data), the attempt number (1 for the first), the HTTP status or the failure kind,
 * how long the attempt took, the service's request id, and whether the pipeline goes again.
 */
public record CallEvent(
    String operation,
    String method,
    String path,
    int attempt,
    OptionalInt status,
    Optional<String> failure,
    Duration latency,
    Optional<String> requestId,
    boolean willRetry) {

  public boolean succeeded() {
    return status.isPresent() && status.getAsInt() >= 200 && status.getAsInt() < 300;
  }
}
