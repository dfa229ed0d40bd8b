package io.hcsdk.core.spi;

import io.hcsdk.core.poll.WaiterSpec;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A waitable resource family as data (endpoints, service instances, dev-env instances): what it is
 * called, its id's path parameter, how to show, list, update and delete one, and which states mean
 * running and deleted. Its create takes a {@link Creation}: what it answers and how to find what an
 * ambiguous create made. {@link io.hcsdk.core.resource.ResourceClient} turns it into the fluent
 * operations every such family has.
 *
 * @param <T> the resource as shown
 * @param <C> the create request
 * @param <Q> the list query
 * @param <U> the update request
 */
public final class ResourceType<T, C, Q, U> {
  private final String kind;
  private final String idParam;
  private final Creation<C, ?, T, Q> create;
  private final Operation<Void, T> show;
  private final ListOperation<Q, ?, T> list;
  private final Supplier<Q> emptyQuery;
  private final Mutation<U, ?, T> update;
  private final Operation<Void, ?> delete;
  private final WaiterSpec<T> running;
  private final WaiterSpec<T> deleted;

  private ResourceType(Builder<T, C, Q, U> b) {
    this.kind = Objects.requireNonNull(b.kind, "kind");
    this.idParam = Objects.requireNonNull(b.idParam, "idParam");
    this.create = Objects.requireNonNull(b.create, "create");
    this.show = Objects.requireNonNull(b.show, "show");
    this.list = Objects.requireNonNull(b.list, "list");
    this.emptyQuery = Objects.requireNonNull(b.emptyQuery, "emptyQuery");
    this.update = Objects.requireNonNull(b.update, "update");
    this.delete = Objects.requireNonNull(b.delete, "delete");
    this.running = Objects.requireNonNull(b.running, "running");
    this.deleted = Objects.requireNonNull(b.deleted, "deleted");
  }

  public static <T, C, Q, U> Builder<T, C, Q, U> builder(String kind, String idParam) {
    return new Builder<>(kind, idParam);
  }

  /** How messages name it: {@code endpoint}, {@code service instance}. */
  public String kind() {
    return kind;
  }

  public String idParam() {
    return idParam;
  }

  public Creation<C, ?, T, Q> create() {
    return create;
  }

  public Operation<Void, T> show() {
    return show;
  }

  public ListOperation<Q, ?, T> list() {
    return list;
  }

  public Q emptyQuery() {
    return emptyQuery.get();
  }

  public Mutation<U, ?, T> update() {
    return update;
  }

  public Operation<Void, ?> delete() {
    return delete;
  }

  public WaiterSpec<T> running() {
    return running;
  }

  public WaiterSpec<T> deleted() {
    return deleted;
  }

  /** Its kind, id parameter, show and running wait: what {@link io.hcsdk.core.resource.WaitableClient} needs. */
  public WaitableType<T> waitable() {
    return new WaitableType<>(kind, idParam, show, running);
  }

  public static final class Builder<T, C, Q, U> {
    private final String kind;
    private final String idParam;
    private Creation<C, ?, T, Q> create;
    private Operation<Void, T> show;
    private ListOperation<Q, ?, T> list;
    private Supplier<Q> emptyQuery;
    private Mutation<U, ?, T> update;
    private Operation<Void, ?> delete;
    private WaiterSpec<T> running;
    private WaiterSpec<T> deleted;

    private Builder(String kind, String idParam) {
      this.kind = kind;
      this.idParam = idParam;
    }

    public Builder<T, C, Q, U> create(Creation<C, ?, T, Q> create) {
      this.create = create;
      return this;
    }

    public Builder<T, C, Q, U> show(Operation<Void, T> show) {
      this.show = show;
      return this;
    }

    /** The list operation and the query that lists everything ({@code list()} without arguments). */
    public Builder<T, C, Q, U> list(ListOperation<Q, ?, T> list, Supplier<Q> emptyQuery) {
      this.list = list;
      this.emptyQuery = emptyQuery;
      return this;
    }

    public Builder<T, C, Q, U> update(Mutation<U, ?, T> update) {
      this.update = update;
      return this;
    }

    public Builder<T, C, Q, U> delete(Operation<Void, ?> delete) {
      this.delete = delete;
      return this;
    }

    public Builder<T, C, Q, U> running(WaiterSpec<T> running) {
      this.running = running;
      return this;
    }

    public Builder<T, C, Q, U> deleted(WaiterSpec<T> deleted) {
      this.deleted = deleted;
      return this;
    }

    public ResourceType<T, C, Q, U> build() {
      return new ResourceType<>(this);
    }
  }
}
