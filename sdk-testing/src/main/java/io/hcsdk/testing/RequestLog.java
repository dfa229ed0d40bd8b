package io.hcsdk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every request received, in arrival order, with a cursor for {@code takeRequest()}. */
final class RequestLog {
  private final List<CapturedRequest> requests = new ArrayList<>();
  private int taken;

  synchronized void add(CapturedRequest request) {
    requests.add(request);
  }

  synchronized List<CapturedRequest> all() {
    return List.copyOf(requests);
  }

  synchronized int count() {
    return requests.size();
  }

  synchronized Optional<CapturedRequest> take() {
    return taken < requests.size() ? Optional.of(requests.get(taken++)) : Optional.empty();
  }

  synchronized void clear() {
    requests.clear();
    taken = 0;
  }
}
