package io.hcsdk.testing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a hook may use: the store, the clock, and the call being served (absent when a test inspects or
 * seeds state directly).
 *
 * @param store the state
 * @param clock the simulator's clock
 * @param request the request being served
 * @param scope the scope key of the family being touched
 * @param scopeParams the path parameters that make the scope
 */
public record StoreContext(ResourceStore store, Clock clock, Optional<SimRequest> request, String scope,
    Map<String, String> scopeParams) {

  public Instant now() {
    return clock.instant();
  }

  /** The operation being served, for error bodies in the right format. */
  public OperationSpec operation() {
    return request.map(SimRequest::operation).orElseThrow(() -> new IllegalStateException("not serving a request"));
  }
}
