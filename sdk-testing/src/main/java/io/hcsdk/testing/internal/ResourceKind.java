package io.hcsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The declaration of one resource family: where it lives (its collection and item paths, from which the
 * spec's operations get their roles: POST collection creates, GET collection lists, GET item shows, PUT
 * item updates, DELETE item deletes, POST under the item acts), which fields hold its id, status and
 * name, and the status sequence each transition walks through. {@link ResourceStore} runs every family
 * the same way; {@link Hooks} hold what is particular to one.
 */
public final class ResourceKind {
  /**
   * A transition's path: the transitional statuses shown one after the other, then the settled status
   * (empty: the resource is gone, a 404), or {@code failure} when a test armed one.
   */
  public record Transition(List<String> passing, Optional<String> settled, Optional<String> failure) {
    public Transition {
      passing = List.copyOf(passing);
    }

    public static Transition through(String... passing) {
      return new Transition(List.of(passing), Optional.empty(), Optional.empty());
    }

    public Transition settlesAt(String status) {
      return new Transition(passing, Optional.of(status), failure);
    }

    public Transition failsAt(String status) {
      return new Transition(passing, settled, Optional.of(status));
    }
  }

  /** A list query parameter's filter: does this item (its view) match the given value? */
  @FunctionalInterface
  public interface Filter {
    boolean test(StoreContext ctx, ObjectNode item, JsonNode value);
  }

  /** A sort: the parameters naming the key and the direction, the keys, and the defaults. */
  public record Sort(String keyParam, String orderParam, Map<String, Comparator<ObjectNode>> keys, String defaultKey,
      boolean defaultDescending) {}

  /** What is particular to a family; every method has the generic behaviour as its default. */
  public interface Hooks {
    /** Fills in what a create adds beyond the request's own fields (server-made fields, reshaping). */
    default void onCreate(StoreContext ctx, Resource created, ObjectNode request) {}

    /** Checks a create before anything is stored (references to other resources). */
    default void checkCreate(StoreContext ctx, ObjectNode request) {}

    /** Applies an update; by default every documented field given replaces the stored one. */
    default void onUpdate(StoreContext ctx, Resource resource, ObjectNode request) {
      ctx.store().copyDocumented(resource.kind(), request, resource.body());
    }

    /** Side effects of a delete (a cascade); the delete transition itself is generic. */
    default void onDelete(StoreContext ctx, Resource resource) {}

    /** The JSON a client sees; a copy. Computed fields (a running duration) go here. */
    default ObjectNode view(StoreContext ctx, Resource resource) {
      return resource.body().deepCopy();
    }

    /** An operation under the item path (ManageDevEnvInstance): its whole answer. */
    default SimResponse onAction(StoreContext ctx, Resource resource) {
      throw new SimError(ErrorBodies.apiNotFound());
    }

    /** Called when the status changes, to keep update times current. */
    default void onStatusChange(StoreContext ctx, Resource resource) {}

    /** Writes a failed transition's error fields. */
    default void onFailure(StoreContext ctx, Resource resource, String code, String message) {
      resource.body().put("error_code", code).put("error_msg", message);
    }
  }

  private final String name;
  private final String label;
  private final PathTemplate collection;
  private final PathTemplate item;
  private final String idField;
  private final Optional<String> statusField;
  private final Optional<String> nameField;
  private final boolean uniqueNames;
  private final Map<String, Transition> transitions;
  private final Hooks hooks;
  private final Map<String, Filter> filters;
  private final Optional<Sort> sort;
  private final Supplier<String> ids;
  private final Optional<Function<StoreContext, List<ObjectNode>>> seeder;
  private final Optional<Parent> parent;

  /** A family that lives under another one's item (pool nodes under a pool): the parent must exist. */
  public record Parent(String kind, String param, Function<OperationSpec, SimError> missing) {}

  private ResourceKind(Builder b) {
    this.name = b.name;
    this.label = b.label;
    this.collection = new PathTemplate(b.collection);
    this.item = new PathTemplate(b.collection + "/{" + b.idParam + "}");
    this.idField = b.idField;
    this.statusField = Optional.ofNullable(b.statusField);
    this.nameField = Optional.ofNullable(b.nameField);
    this.uniqueNames = b.uniqueNames;
    this.transitions = Map.copyOf(b.transitions);
    this.hooks = b.hooks;
    this.filters = Map.copyOf(b.filters);
    this.sort = Optional.ofNullable(b.sort);
    this.ids = b.ids;
    this.seeder = Optional.ofNullable(b.seeder);
    this.parent = Optional.ofNullable(b.parent);
  }

  public static Builder builder(String name, String label, String collection, String idParam) {
    return new Builder(name, label, collection, idParam);
  }

  public String name() {
    return name;
  }

  public String label() {
    return label;
  }

  PathTemplate collection() {
    return collection;
  }

  PathTemplate item() {
    return item;
  }

  /** The path parameter naming one item ({@code endpoint_id}). */
  String idParam() {
    return item.lastParam().orElseThrow();
  }

  /** Dotted path of the id in the item JSON ({@code id}, {@code service_id}, {@code metadata.name}). */
  public String idField() {
    return idField;
  }

  public Optional<String> statusField() {
    return statusField;
  }

  public Optional<String> nameField() {
    return nameField;
  }

  boolean uniqueNames() {
    return uniqueNames;
  }

  public Optional<Transition> transition(String trigger) {
    return Optional.ofNullable(transitions.get(trigger));
  }

  Hooks hooks() {
    return hooks;
  }

  Map<String, Filter> filters() {
    return filters;
  }

  Optional<Sort> sort() {
    return sort;
  }

  String newId() {
    return ids.get();
  }

  Optional<Function<StoreContext, List<ObjectNode>>> seeder() {
    return seeder;
  }

  Optional<Parent> parent() {
    return parent;
  }

  @Override
  public String toString() {
    return name;
  }

  /** Declares a family; only the name, label, paths and id are required. */
  public static final class Builder {
    private final String name;
    private final String label;
    private final String collection;
    private final String idParam;
    private String idField = "id";
    private String statusField;
    private String nameField;
    private boolean uniqueNames;
    private final Map<String, Transition> transitions = new LinkedHashMap<>();
    private Hooks hooks = new Hooks() {};
    private final Map<String, Filter> filters = new LinkedHashMap<>();
    private Sort sort;
    private Supplier<String> ids = Ids::uuid;
    private Function<StoreContext, List<ObjectNode>> seeder;
    private Parent parent;

    private Builder(String name, String label, String collection, String idParam) {
      this.name = name;
      this.label = label;
      this.collection = collection;
      this.idParam = idParam;
    }

    public Builder idField(String field) {
      this.idField = field;
      return this;
    }

    public Builder statusField(String field) {
      this.statusField = field;
      return this;
    }

    /** The name field; {@code unique}: a second create with a used name in the same scope is refused. */
    public Builder nameField(String field, boolean unique) {
      this.nameField = field;
      this.uniqueNames = unique;
      return this;
    }

    /** {@code create}, {@code update}, {@code delete}, or an action's name ({@code start}, {@code stop}). */
    public Builder transition(String trigger, Transition transition) {
      transitions.put(trigger, transition);
      return this;
    }

    public Builder hooks(Hooks hooks) {
      this.hooks = Objects.requireNonNull(hooks);
      return this;
    }

    public Builder filter(String param, Filter filter) {
      filters.put(param, filter);
      return this;
    }

    public Builder sort(Sort sort) {
      this.sort = sort;
      return this;
    }

    public Builder ids(Supplier<String> ids) {
      this.ids = ids;
      return this;
    }

    /** Items a scope starts with (read-only families such as clusters), made on first use of the scope. */
    public Builder seeder(Function<StoreContext, List<ObjectNode>> seeder) {
      this.seeder = seeder;
      return this;
    }

    public Builder parent(Parent parent) {
      this.parent = parent;
      return this;
    }

    public ResourceKind build() {
      return new ResourceKind(this);
    }
  }
}
