package io.hcsdk.fabric;

import io.hcsdk.core.resource.ResourceClient;
import io.hcsdk.core.spi.Invocation;
import io.hcsdk.core.spi.ServiceContext;
import io.hcsdk.fabric.internal.FabricOperations;
import io.hcsdk.fabric.internal.FabricResources;
import io.hcsdk.fabric.model.DeployServiceInstanceRequest;
import io.hcsdk.fabric.model.ListServiceInstancesRequest;
import io.hcsdk.fabric.model.ServiceInstance;
import io.hcsdk.fabric.model.ServiceInstanceId;
import io.hcsdk.fabric.model.UpdateServiceInstanceRequest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The service instances of one workspace, served by the {@code fabric-ep} host (not the endpoints
 * host). Blocking and {@code Async} forms of every operation; deploy, update and delete return
 * handles that wait for the instance to settle. Show, list, update and delete are the common ones
 * of {@link ResourceClient}.
 */
public final class ServiceInstanceClient extends ResourceClient<ServiceInstance, ServiceInstanceHandle,
    ListServiceInstancesRequest, UpdateServiceInstanceRequest> {
  public static final int MAX_PAGE_SIZE = 100;
  /** The service's own default page size, used by {@code list} when the request sets no limit. */
  public static final int DEFAULT_PAGE_SIZE = 10;

  ServiceInstanceClient(ServiceContext context) {
    super(context, FabricResources.SERVICE_INSTANCES);
  }

  public String workspaceId() {
    return context().scope(FabricClient.WORKSPACE).orElseThrow();
  }

  /**
   * DeployService: validates, sends, and returns a handle on the new instance. When the connection
   * fails after the request was sent, the client looks the instance up by name once (see
   * {@link EndpointClient#create}).
   */
  public ServiceInstanceHandle deploy(DeployServiceInstanceRequest request) {
    return submit(FabricResources.DEPLOY_SERVICE, deployCall(request));
  }

  public CompletableFuture<ServiceInstanceHandle> deployAsync(DeployServiceInstanceRequest request) {
    return submitAsync(FabricResources.DEPLOY_SERVICE, deployCall(request));
  }

  private Invocation<ServiceInstanceId> deployCall(DeployServiceInstanceRequest request) {
    return FabricOperations.DEPLOY_SERVICE.call(context()).body(request).recoverWith(recoverByName(request.name(),
        ListServiceInstancesRequest.builder().name(request.name()).limit(MAX_PAGE_SIZE).build(), ServiceInstance::name,
        instance -> ServiceInstanceId.builder().id(instance.id()).build()));
  }

  @Override
  protected ServiceInstanceHandle newHandle(String id, Optional<ServiceInstance> accepted, Optional<String> requestId) {
    return new ServiceInstanceHandle(this, id, requestId);
  }
}
