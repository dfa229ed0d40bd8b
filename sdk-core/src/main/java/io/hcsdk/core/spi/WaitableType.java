package io.hcsdk.core.spi;

import io.hcsdk.core.poll.WaiterSpec;
import java.util.Objects;

/**
 * The least a waitable resource family is, as data: what it is called, its id's path parameter,
 * how to show one and which states mean running. A family that has only create, show and wait
 * (ModelArts inference services) is just this; a {@link ResourceType} has one too
 * ({@link ResourceType#waitable()}). {@link io.hcsdk.core.resource.WaitableClient} turns it into
 * {@code get}, {@code withId} and handles that wait.
 *
 * @param <T> the resource as shown
 */
public record WaitableType<T>(String kind, String idParam, Operation<Void, T> show, WaiterSpec<T> running) {
  public WaitableType {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(idParam, "idParam");
    Objects.requireNonNull(show, "show");
    Objects.requireNonNull(running, "running");
  }
}
