package io.hcsdk.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state machine both resource kinds share. Not thread-safe on purpose: the {@link Router}
 * serialises every state access behind one lock, so cross-store checks (deploy onto an endpoint)
 * are atomic too.
 */
abstract class ResourceStore {
  private record Key(String workspaceId, String id) {}

  private final Map<Key, Stored> items = new LinkedHashMap<>();
  protected final Clock clock;
  private final int stepsPerTransition;
  private long seq;

  ResourceStore(Clock clock, int stepsPerTransition) {
    this.clock = clock;
    this.stepsPerTransition = stepsPerTransition;
  }

  abstract boolean isTransitional(String status);

  /** Moves a transitional resource one step; removes it when the step is "gone". */
  abstract void advance(Stored resource);

  /** The JSON a client sees; a copy, so it can be serialised outside the lock. */
  ObjectNode view(Stored resource) {
    return resource.body.deepCopy();
  }

  final Stored insert(String workspaceId, String id, ObjectNode body) {
    Stored s = new Stored(workspaceId, id, seq++, clock.instant(), body);
    items.put(new Key(workspaceId, id), s);
    return s;
  }

  final void remove(Stored resource) {
    items.remove(new Key(resource.workspaceId, resource.id));
  }

  final Optional<Stored> find(String workspaceId, String id) {
    return Optional.ofNullable(items.get(new Key(workspaceId, id)));
  }

  final Stored require(String workspaceId, String id) {
    return find(workspaceId, id).orElseThrow(Errors::notFound);
  }

  /**
   * A Show call: a resource stays in a transitional status for exactly {@code stepsPerTransition}
   * reads and the next read sees the following status (or a 404 once deleted).
   */
  final ObjectNode read(String workspaceId, String id) {
    Stored s = require(workspaceId, id);
    if (isTransitional(s.status()) && ++s.reads > stepsPerTransition) {
      advance(s);
      s.reads = 1; // this read already shows the new status, so it is that status's first read
    }
    return view(require(workspaceId, id));
  }

  final List<Stored> inWorkspace(String workspaceId) {
    List<Stored> out = new ArrayList<>();
    for (Stored s : items.values()) {
      if (s.workspaceId.equals(workspaceId)) {
        out.add(s);
      }
    }
    return out;
  }

  final void advanceAll() {
    for (Stored s : new ArrayList<>(items.values())) {
      // Bounded loop: every status chain is at most a few steps, and DELETING removes the item.
      for (int i = 0; i < 10 && isTransitional(s.status()) && find(s.workspaceId, s.id).orElse(null) == s; i++) {
        advance(s);
      }
    }
  }

  final Optional<ObjectNode> snapshot(String workspaceId, String id) {
    return find(workspaceId, id).map(this::view);
  }

  final boolean nameTaken(String workspaceId, String name, String exceptId) {
    return inWorkspace(workspaceId).stream().anyMatch(s -> s.name().equals(name) && !s.id.equals(exceptId));
  }
}
