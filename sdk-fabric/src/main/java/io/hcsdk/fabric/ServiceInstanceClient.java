package io.hcsdk.fabric;

import io.hcsdk.core.resource.ResourceClient;
import io.hcsdk.core.spi.ServiceContext;
import io.hcsdk.fabric.internal.FabricResources;
import io.hcsdk.fabric.model.DeployServiceInstanceRequest;
import io.hcsdk.fabric.model.ListServiceInstancesRequest;
import io.hcsdk.fabric.model.ServiceInstance;
import io.hcsdk.fabric.model.UpdateServiceInstanceRequest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The service instances of one workspace, served by the {@code fabric-ep} host (not the endpoints
 * host). Blocking and {@code Async} forms of every operation; deploy, update and delete return
 * handles that wait for the instance to settle. Create, show, list, update and delete are the
 * common ones of {@link ResourceClient}; {@code deploy} is the documented name of its create.
 */
public final class ServiceInstanceClient extends ResourceClient<ServiceInstance, ServiceInstanceHandle,
    DeployServiceInstanceRequest, ListServiceInstancesRequest, UpdateServiceInstanceRequest> {
  public static final int MAX_PAGE_SIZE = 100;
  /** The service's own default page size, used by {@code list} when the request sets no limit. */
  public static final int DEFAULT_PAGE_SIZE = 10;

  ServiceInstanceClient(ServiceContext context) {
    super(context, FabricResources.SERVICE_INSTANCES);
  }

  @Override
  protected ServiceInstanceHandle newHandle(String id, Optional<ServiceInstance> accepted, Optional<String> requestId) {
    return new ServiceInstanceHandle(this, id, requestId);
  }

  /**
   * DeployService: validates, sends, and returns a handle on the new instance. When the connection
   * fails after the request was sent, the client looks the instance up by name once (see
   * {@link EndpointClient#create}).
   */
  public ServiceInstanceHandle deploy(DeployServiceInstanceRequest request) {
    return create(request);
  }

  public CompletableFuture<ServiceInstanceHandle> deployAsync(DeployServiceInstanceRequest request) {
    return createAsync(request);
  }

  /** DeployService, then waits until the instance runs (see {@link ServiceInstanceHandle}). */
  public ServiceInstance deployAndWait(DeployServiceInstanceRequest request) {
    return createAndWait(request);
  }

  /** {@link #deployAndWait} without blocking; cancelling the future cancels the deploy or the polling. */
  public CompletableFuture<ServiceInstance> deployAndWaitAsync(DeployServiceInstanceRequest request) {
    return createAndWaitAsync(request);
  }

  /** The workspace these instances belong to. */
  public String workspaceId() {
    return context().scope(FabricClient.WORKSPACE).orElseThrow();
  }
}
