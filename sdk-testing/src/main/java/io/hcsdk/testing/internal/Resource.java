package io.hcsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One simulated resource: its wire JSON and the bookkeeping the JSON must not show. Guarded by the
 * store's lock.
 */
public final class Resource {
  private final ResourceKind kind;
  private final String scope;
  private final Map<String, String> scopeParams;
  private final String id;
  private final long seq;
  private final Instant created;
  private final ObjectNode body;

  /** The transition under way, if any. */
  String trigger;
  ResourceKind.Transition transition;
  int step;
  /** Show calls seen in the current transitional status. */
  int reads;
  /** When the current transitional status began (for time-paced lifecycles). */
  Instant enteredAt;
  /** Show calls still to answer 404 because the resource was just created (a fault). */
  int hiddenReads;
  /** Until when Show answers 404 because the resource was just created (a fault). */
  Instant hiddenUntil;

  Resource(ResourceKind kind, String scope, Map<String, String> scopeParams, String id, long seq, Instant created,
      ObjectNode body) {
    this.kind = kind;
    this.scope = scope;
    this.scopeParams = Map.copyOf(scopeParams);
    this.id = id;
    this.seq = seq;
    this.created = created;
    this.body = body;
  }

  public ResourceKind kind() {
    return kind;
  }

  public String scope() {
    return scope;
  }

  /** The path parameters that place it ({@code workspace_id}, {@code project_id}, a parent's name). */
  public Map<String, String> scopeParams() {
    return scopeParams;
  }

  public String id() {
    return id;
  }

  long seq() {
    return seq;
  }

  public Instant created() {
    return created;
  }

  /** The stored JSON, mutable by hooks (under the store's lock). */
  public ObjectNode body() {
    return body;
  }

  public Optional<String> status() {
    return kind.statusField().map(f -> Json2.text(body, f)).filter(s -> !s.isEmpty());
  }

  public String name() {
    return kind.nameField().map(f -> Json2.text(body, f)).orElse("");
  }

  /** The transition under way ({@code create}, {@code delete}, ...), if any. */
  public Optional<String> trigger() {
    return Optional.ofNullable(trigger);
  }

  /** A dotted field of the body, or missing. */
  public JsonNode field(String dotted) {
    return Json2.at(body, dotted);
  }

  @Override
  public String toString() {
    return kind + "/" + id;
  }
}
