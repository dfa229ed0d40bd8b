package io.hcsdk.core.resource;

import io.hcsdk.core.poll.Deletion;
import java.util.Optional;

/**
 * A resource just created or updated (or named with {@code withId}), with the means to wait until
 * it runs ({@link WaitableHandle}) or to delete it. Cheap and immutable; nothing is built for
 * waiting until someone waits.
 *
 * @param <T> the resource as shown
 */
public abstract class ResourceHandle<T> extends WaitableHandle<T> {
  private final ResourceClient<T, ?, ?, ?, ?> client;

  protected ResourceHandle(ResourceClient<T, ?, ?, ?, ?> client, String id, Optional<T> accepted,
      Optional<String> requestId) {
    super(client, id, accepted, requestId);
    this.client = client;
  }

  /** Deletes the resource; wait on the answer with {@link Deletion#waitUntilDeleted()}. */
  public Deletion delete() {
    return client.delete(id());
  }
}
