package io.hcsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.json.Json;
import io.hcsdk.testing.Pace;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of every resource family and the one generic state machine that runs them: create, show,
 * list, update, delete and actions for any {@link ResourceKind}, lifecycles paced by Show calls or by the
 * clock, transitions that end in a failure when a test asks, and seeded read-only families. Every method
 * holds the store's lock, so cross-family checks (deploy onto an endpoint) are atomic.
 */
public final class ResourceStore {
  private record Key(String kind, String scope, String id) {}

  private final Clock clock;
  private final Bindings bindings;
  private final Transitions transitions;
  private final boolean seed;
  private final Map<Key, Resource> items = new LinkedHashMap<>();
  private final Set<String> seededScopes = new HashSet<>();
  private final Map<String, Pace> hiddenAfterCreate = new LinkedHashMap<>();
  private long seq;

  public ResourceStore(Clock clock, Bindings bindings, Pace defaultPace, Map<String, Pace> paces, boolean seed) {
    this.clock = clock;
    this.bindings = bindings;
    this.transitions = new Transitions(clock, defaultPace, paces, r -> items.containsKey(key(r)),
        r -> items.remove(key(r)));
    this.seed = seed;
  }

  public Bindings bindings() {
    return bindings;
  }

  // ------------------------------------------------------------------------------------------ serving

  public synchronized SimResponse create(ResourceKind kind, SimRequest request) {
    StoreContext ctx = context(kind, request);
    ObjectNode body = request.bodyObject();
    checkParent(kind, ctx);
    kind.hooks().checkCreate(ctx, body);
    if (kind.uniqueNames() && kind.nameField().isPresent()) {
      String name = Json2.text(body, kind.nameField().get());
      if (!name.isEmpty() && inScope(kind.name(), ctx.scope()).stream().anyMatch(r -> r.name().equals(name))) {
        throw ErrorBodies.duplicateName(request.operation(), kind.label(), name);
      }
    }
    ObjectNode stored = Json.mapper().createObjectNode();
    String id = kind.newId();
    Json2.put(stored, kind.idField(), id);
    copyDocumented(kind, body, stored);
    Resource r = insert(kind, ctx, id, stored);
    begin(ctx, r, "create");
    kind.hooks().onCreate(ctx, r, body);
    Pace hidden = hiddenAfterCreate.get(kind.name());
    if (hidden != null) {
      r.hiddenReads = hidden.showCalls().orElse(0);
      r.hiddenUntil = hidden.duration().map(d -> clock.instant().plus(d)).orElse(null);
    }
    return respond(request.operation(), ctx, r);
  }

  public synchronized SimResponse show(ResourceKind kind, SimRequest request) {
    StoreContext ctx = context(kind, request);
    checkParent(kind, ctx);
    Resource r = require(kind, ctx, request);
    if (hiddenJustAfterCreate(r)) {
      throw notFound(kind, ctx, request.path().get(kind.idParam()));
    }
    transitions.observe(ctx, r, true);
    if (!items.containsKey(key(r))) {
      throw notFound(kind, ctx, r.id());
    }
    return respond(request.operation(), ctx, r);
  }

  public synchronized SimResponse list(ResourceKind kind, SimRequest request) {
    StoreContext ctx = context(kind, request);
    checkParent(kind, ctx);
    List<ObjectNode> views = new ArrayList<>();
    for (Resource r : inScope(kind.name(), ctx.scope())) {
      transitions.observe(ctx, r, false);
      if (items.containsKey(key(r))) {
        views.add(kind.hooks().view(ctx, r));
      }
    }
    List<ObjectNode> matches = Listing.sort(kind, request, Listing.filter(ctx, kind, request, views));
    return Listing.page(request, matches, views.size());
  }

  public synchronized SimResponse update(ResourceKind kind, SimRequest request) {
    StoreContext ctx = context(kind, request);
    Resource r = require(kind, ctx, request);
    transitions.observe(ctx, r, false);
    if ("delete".equals(r.trigger)) {
      throw ErrorBodies.invalid(request.operation(), kind.label() + " " + r.id() + " is being deleted");
    }
    if (kind.uniqueNames() && kind.nameField().isPresent()) {
      String name = Json2.text(request.bodyObject(), kind.nameField().get());
      if (!name.isEmpty() && inScope(kind.name(), ctx.scope()).stream()
          .anyMatch(o -> o != r && o.name().equals(name))) {
        throw ErrorBodies.duplicateName(request.operation(), kind.label(), name);
      }
    }
    kind.hooks().onUpdate(ctx, r, request.bodyObject());
    r.body().remove(List.of("error_code", "error_msg", "error_message"));
    begin(ctx, r, "update");
    kind.hooks().onStatusChange(ctx, r);
    return respond(request.operation(), ctx, r);
  }

  public synchronized SimResponse delete(ResourceKind kind, SimRequest request) {
    StoreContext ctx = context(kind, request);
    Resource r = require(kind, ctx, request);
    transitions.observe(ctx, r, false);
    if (!items.containsKey(key(r))) {
      throw notFound(kind, ctx, r.id());
    }
    SimResponse response = respond(request.operation(), ctx, r);
    if (!"delete".equals(r.trigger)) { // a repeated delete is answered the same way
      kind.hooks().onDelete(ctx, r);
      begin(ctx, r, "delete");
    }
    return response;
  }

  public synchronized SimResponse action(ResourceKind kind, SimRequest request) {
    StoreContext ctx = context(kind, request);
    Resource r = require(kind, ctx, request);
    transitions.observe(ctx, r, false);
    return kind.hooks().onAction(ctx, r);
  }

  // ------------------------------------------------------------------------------------------ for hooks

  /** Starts {@code trigger}'s transition (if the family declares one) from the first of its statuses. */
  public void begin(StoreContext ctx, Resource r, String trigger) {
    transitions.begin(ctx, r, trigger);
  }

  public void setStatus(StoreContext ctx, Resource r, String status) {
    transitions.setStatus(ctx, r, status);
  }

  public Optional<Resource> find(String kind, String scope, String id) {
    return Optional.ofNullable(items.get(new Key(kind, scope, id)));
  }

  public List<Resource> inScope(String kind, String scope) {
    List<Resource> out = new ArrayList<>();
    for (Resource r : items.values()) {
      if (r.kind().name().equals(kind) && r.scope().equals(scope)) {
        out.add(r);
      }
    }
    return out;
  }

  /** Copies every field of {@code from} that is a valid value of the item schema's same-named property. */
  public void copyDocumented(ResourceKind kind, ObjectNode from, ObjectNode to) {
    Optional<JsonNode> schema = bindings.itemSchema(kind);
    if (schema.isEmpty()) {
      to.setAll(from.deepCopy());
      return;
    }
    SchemaValidator validator = new SchemaValidator(bindings.document(kind).orElseThrow(), false);
    for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode property = schema.get().path("properties").get(field.getKey());
      if (property != null && !field.getValue().isNull()
          && validator.validate(field.getValue(), property, field.getKey()).isEmpty()) {
        to.set(field.getKey(), field.getValue().deepCopy());
      }
    }
  }

  public ObjectNode view(StoreContext ctx, Resource r) {
    return r.kind().hooks().view(ctx, r);
  }

  // ------------------------------------------------------------------------------------------ test API

  /** Every resource of a family (views); time that passed applies, but this is no Show call. */
  public synchronized List<ObjectNode> snapshots(String kind) {
    List<ObjectNode> out = new ArrayList<>();
    for (Resource r : new ArrayList<>(items.values())) {
      if (r.kind().name().equals(kind)) {
        inspect(r).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The resource's current JSON in any scope; does not count as a read. */
  public synchronized Optional<ObjectNode> snapshot(String kind, String id) {
    return items.values().stream().filter(r -> r.kind().name().equals(kind) && r.id().equals(id)).findFirst()
        .flatMap(this::inspect);
  }

  public synchronized Optional<ObjectNode> snapshot(String kind, String scope, String id) {
    return find(kind, scope, id).flatMap(this::inspect);
  }

  private Optional<ObjectNode> inspect(Resource r) {
    StoreContext ctx = inspection(r);
    transitions.observe(ctx, r, false);
    return items.containsKey(key(r)) ? Optional.of(r.kind().hooks().view(ctx, r)) : Optional.empty();
  }

  /** Moves every resource to the end of its transition at once (deleted ones disappear). */
  public synchronized void advanceAll() {
    for (Resource r : new ArrayList<>(items.values())) {
      for (int i = 0; i < 20 && r.trigger != null && items.containsKey(key(r)); i++) {
        transitions.advance(inspection(r), r);
      }
    }
  }

  /** The next {@code count} (-1: every) {@code trigger} transitions of matching resources end in failure. */
  public synchronized void failTransition(String kind, String trigger, Optional<String> nameOrId,
      Optional<String> status, String code, String message, int count) {
    transitions.fail(kind, trigger, nameOrId, status, code, message, count);
  }

  public synchronized void clearFailures() {
    transitions.clearFailures();
    hiddenAfterCreate.clear();
  }

  /** Sets a resource's status outright (no transition), with error fields when given. */
  public synchronized boolean forceStatus(String kind, String id, String status, Optional<String> code,
      Optional<String> message) {
    Optional<Resource> r = items.values().stream().filter(x -> x.kind().name().equals(kind) && x.id().equals(id))
        .findFirst();
    r.ifPresent(res -> {
      res.trigger = null;
      res.transition = null;
      transitions.setStatus(inspection(res), res, status);
      code.ifPresent(c -> res.kind().hooks().onFailure(inspection(res), res, c, message.orElse(status)));
    });
    return r.isPresent();
  }

  /** Creates of {@code kind} armed from now on answer Show with 404 for this long (reads or time). */
  public synchronized void hideAfterCreate(String kind, Pace window) {
    hiddenAfterCreate.put(kind, window);
  }

  /** Adds an item to a family as it stands (for seeding read-only families); returns its id. */
  public synchronized String put(ResourceKind kind, Map<String, String> scopeParams, ObjectNode item) {
    String scope = scopeKey(kind, scopeParams);
    StoreContext ctx = new StoreContext(this, clock, Optional.empty(), scope, scopeParams);
    ensureSeeded(kind, ctx);
    String id = Json2.text(item, kind.idField());
    if (id.isEmpty()) {
      id = kind.newId();
      Json2.put(item, kind.idField(), id);
    }
    insert(kind, ctx, id, item);
    return id;
  }

  // ------------------------------------------------------------------------------------------ engine

  private boolean hiddenJustAfterCreate(Resource r) {
    if (r.hiddenReads > 0) {
      r.hiddenReads--;
      return true;
    }
    return r.hiddenUntil != null && clock.instant().isBefore(r.hiddenUntil);
  }

  private Resource insert(ResourceKind kind, StoreContext ctx, String id, ObjectNode body) {
    Resource r = new Resource(kind, ctx.scope(), ctx.scopeParams(), id, seq++, clock.instant(), body);
    items.put(key(r), r);
    return r;
  }

  private Resource require(ResourceKind kind, StoreContext ctx, SimRequest request) {
    String id = request.path().get(kind.idParam());
    return find(kind.name(), ctx.scope(), id).orElseThrow(() -> notFound(kind, ctx, id));
  }

  private void checkParent(ResourceKind kind, StoreContext ctx) {
    if (kind.parent().isEmpty()) {
      return;
    }
    ResourceKind.Parent parent = kind.parent().get();
    ResourceKind parentKind = bindings.kind(parent.kind()).orElseThrow();
    Map<String, String> parentScope = new LinkedHashMap<>(ctx.scopeParams());
    String parentId = parentScope.remove(parent.param());
    StoreContext parentCtx = new StoreContext(this, clock, ctx.request(), scopeKey(parentKind, parentScope),
        parentScope);
    ensureSeeded(parentKind, parentCtx);
    if (find(parentKind.name(), parentCtx.scope(), parentId).isEmpty()) {
      throw parent.missing().apply(ctx.operation());
    }
  }

  private SimError notFound(ResourceKind kind, StoreContext ctx, String id) {
    return ErrorBodies.notFound(ctx.operation(), kind.label(), id);
  }

  private SimResponse respond(OperationSpec op, StoreContext ctx, Resource r) {
    if (op.successSchema().isEmpty()) {
      return SimResponse.empty(op.successStatus());
    }
    ObjectNode view = r.kind().hooks().view(ctx, r);
    JsonNode schema = op.document().resolve(op.successSchema().get());
    Optional<JsonNode> item = bindings.itemSchema(r.kind());
    if (item.isPresent() && item.get().equals(schema)) {
      return SimResponse.json(op.successStatus(), view);
    }
    // Another shape (DeleteEndpoint's {id}, DeployService's {id}, CreateService's {service_id}): project.
    ObjectNode out = Json.mapper().createObjectNode();
    for (Iterator<String> it = schema.path("properties").fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (view.has(name)) {
        out.set(name, view.get(name).deepCopy());
      } else if (name.equals("id") || name.endsWith("_id")) {
        out.put(name, r.id());
      }
    }
    return SimResponse.json(op.successStatus(), out);
  }

  private StoreContext context(ResourceKind kind, SimRequest request) {
    Map<String, String> scopeParams = new LinkedHashMap<>(request.path());
    scopeParams.remove(kind.idParam());
    StoreContext ctx = new StoreContext(this, clock, Optional.of(request), scopeKey(kind, scopeParams), scopeParams);
    ensureSeeded(kind, ctx);
    return ctx;
  }

  private StoreContext inspection(Resource r) {
    return new StoreContext(this, clock, Optional.empty(), r.scope(), r.scopeParams());
  }

  private void ensureSeeded(ResourceKind kind, StoreContext ctx) {
    if (!seed || kind.seeder().isEmpty() || !seededScopes.add(kind.name() + "|" + ctx.scope())) {
      return;
    }
    for (ObjectNode item : kind.seeder().get().apply(ctx)) {
      insert(kind, ctx, Json2.text(item, kind.idField()), item);
    }
  }

  static String scopeKey(ResourceKind kind, Map<String, String> scopeParams) {
    List<String> parts = new ArrayList<>();
    for (String p : kind.item().params()) {
      if (!p.equals(kind.idParam())) {
        parts.add(scopeParams.getOrDefault(p, ""));
      }
    }
    return String.join("/", parts);
  }

  private static Key key(Resource r) {
    return new Key(r.kind().name(), r.scope(), r.id());
  }
}
