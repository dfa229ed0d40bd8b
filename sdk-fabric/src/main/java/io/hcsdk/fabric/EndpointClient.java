package io.hcsdk.fabric;

import io.hcsdk.core.poll.Deletion;
import io.hcsdk.core.resource.ResourceClient;
import io.hcsdk.core.spi.Invocation;
import io.hcsdk.core.spi.ServiceContext;
import io.hcsdk.fabric.internal.FabricOperations;
import io.hcsdk.fabric.internal.FabricResources;
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.Endpoint;
import io.hcsdk.fabric.model.EndpointVersion;
import io.hcsdk.fabric.model.ListEndpointsRequest;
import io.hcsdk.fabric.model.UpdateEndpointRequest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The endpoints of one workspace. Every operation has a blocking form and an {@code Async} form;
 * create (CreateEndpoint), update and delete return handles that wait for the endpoint to settle.
 * Create, show, list, update and delete are the common ones of {@link ResourceClient}; a create
 * whose answer was lost is resolved by looking the name up, never by sending it twice.
 */
public final class EndpointClient
    extends ResourceClient<Endpoint, EndpointHandle, CreateEndpointRequest, ListEndpointsRequest,
        UpdateEndpointRequest> {
  /** The documented maximum of ListEndpoints' {@code limit}. */
  public static final int MAX_PAGE_SIZE = 100;
  /** The service's own default page size, used by {@code list} when the request sets no limit. */
  public static final int DEFAULT_PAGE_SIZE = 10;

  EndpointClient(ServiceContext context) {
    super(context, FabricResources.ENDPOINTS);
  }

  public String workspaceId() {
    return context().scope(FabricClient.WORKSPACE).orElseThrow();
  }

  /** ShowEndpoint of a given version ({@code CURRENT} or {@code PREVIOUS}). */
  public Endpoint get(String endpointId, EndpointVersion version) {
    return showVersion(endpointId, version).get();
  }

  public CompletableFuture<Endpoint> getAsync(String endpointId, EndpointVersion version) {
    return showVersion(endpointId, version).getAsync();
  }

  private Invocation<Endpoint> showVersion(String endpointId, EndpointVersion version) {
    return FabricOperations.SHOW_ENDPOINT.call(context()).path("endpoint_id", endpointId).query("version", version);
  }

  /** DeleteEndpoint; {@code deleteAppInstances} sets {@code is_delete_app_instance}. */
  public Deletion delete(String endpointId, boolean deleteAppInstances) {
    return delete(endpointId, call -> call.query("is_delete_app_instance", deleteAppInstances));
  }

  public CompletableFuture<Deletion> deleteAsync(String endpointId, boolean deleteAppInstances) {
    return deleteAsync(endpointId, call -> call.query("is_delete_app_instance", deleteAppInstances));
  }

  @Override
  protected EndpointHandle newHandle(String id, Optional<Endpoint> accepted, Optional<String> requestId) {
    return new EndpointHandle(this, id, accepted, requestId);
  }
}
