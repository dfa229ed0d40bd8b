package io.hcsdk.fabric;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.http.ApiRequest;
import io.hcsdk.core.http.ApiResponse;
import io.hcsdk.core.http.HttpPipeline;
import io.hcsdk.core.http.QueryParams;
import io.hcsdk.core.page.Page;
import io.hcsdk.core.page.PageRequest;
import io.hcsdk.core.page.Paginator;
import io.hcsdk.core.poll.Deletion;
import io.hcsdk.core.poll.WaitPolicy;
import io.hcsdk.core.poll.WaitTarget;
import io.hcsdk.fabric.internal.FabricWaiters;
import io.hcsdk.fabric.internal.AsyncCalls;
import io.hcsdk.fabric.internal.Workspaces;
import io.hcsdk.fabric.model.DeployServiceInstanceRequest;
import io.hcsdk.fabric.model.ListServiceInstancesRequest;
import io.hcsdk.fabric.model.ServiceInstance;
import io.hcsdk.fabric.model.ServiceInstanceId;
import io.hcsdk.fabric.model.ServiceInstanceList;
import io.hcsdk.fabric.model.UpdateServiceInstanceRequest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The service instances of one workspace, served by the {@code fabric-ep} host (not the endpoints
 * host). Blocking and {@code Async} forms of every operation; deploy, update and delete return
 * handles that wait for the instance to settle.
 */
public final class ServiceInstanceClient {
  private static final String BASE = "/v1/workspaces/{workspace_id}/services/instances";
  private static final String ONE = BASE + "/{instance_id}";
  public static final int MAX_PAGE_SIZE = 100;
  /** The service's own default page size, used by {@code list} when the request sets no limit. */
  public static final int DEFAULT_PAGE_SIZE = 10;

  private final HttpPipeline pipeline;
  private final String workspaceId;
  private final WaitPolicy waitPolicy;

  ServiceInstanceClient(HttpPipeline pipeline, String workspaceId, WaitPolicy waitPolicy) {
    this.pipeline = pipeline;
    this.workspaceId = Workspaces.checked(workspaceId);
    this.waitPolicy = waitPolicy;
  }

  public String workspaceId() {
    return workspaceId;
  }

  /** DeployService: validates, sends, and returns a handle on the new instance. */
  public ServiceInstanceHandle deploy(DeployServiceInstanceRequest request) {
    return handleOf(pipeline.send(deployRequest(request), ServiceInstanceId.class));
  }

  public CompletableFuture<ServiceInstanceHandle> deployAsync(DeployServiceInstanceRequest request) {
    return sendAsync(() -> deployRequest(request), ServiceInstanceId.class, this::handleOf);
  }

  private ApiRequest deployRequest(DeployServiceInstanceRequest request) {
    return ApiRequest.post(ClientConfig.FABRIC_EP, BASE).operation("DeployService")
        .pathParam("workspace_id", workspaceId).body(request).build();
  }

  /** ShowServiceInstance. */
  public ServiceInstance get(String instanceId) {
    return pipeline.send(showRequest(instanceId), ServiceInstance.class).body();
  }

  public CompletableFuture<ServiceInstance> getAsync(String instanceId) {
    return sendAsync(() -> showRequest(instanceId), ServiceInstance.class, ApiResponse::body);
  }

  private ApiRequest showRequest(String instanceId) {
    return ApiRequest.get(ClientConfig.FABRIC_EP, ONE).operation("ShowServiceInstance")
        .pathParam("workspace_id", workspaceId).pathParam("instance_id", instanceId).build();
  }

  /** A handle on an existing instance, to wait on it. */
  public ServiceInstanceHandle withId(String instanceId) {
    return new ServiceInstanceHandle(this, pipeline, waitPolicy, instanceId, Optional.empty());
  }

  /**
   * ListServiceInstances: one page (offset, limit — 10 when unset — filters, sort), knowing its
   * total and {@link Page#next() next request}.
   */
  public Page<ServiceInstance> list(ListServiceInstancesRequest request) {
    return paginator(request, request.limit().orElse(DEFAULT_PAGE_SIZE)).firstPage();
  }

  public Page<ServiceInstance> list() {
    return list(ListServiceInstancesRequest.builder().build());
  }

  public CompletableFuture<Page<ServiceInstance>> listAsync(ListServiceInstancesRequest request) {
    Paginator<ServiceInstance> paginator;
    try {
      paginator = paginator(request, request.limit().orElse(DEFAULT_PAGE_SIZE));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    PageRequest first = paginator.firstRequest();
    return sendAsync(() -> listRequest(pageOf(request, first)), ServiceInstanceList.class,
        response -> paginator.completePage(first, toPage(response.body())));
  }

  /** Every matching instance, a page at a time on demand (page size: the request's limit, else 100). */
  public Paginator<ServiceInstance> paginator(ListServiceInstancesRequest request) {
    return paginator(request, request.limit().orElse(MAX_PAGE_SIZE));
  }

  private Paginator<ServiceInstance> paginator(ListServiceInstancesRequest request, int pageSize) {
    request.validateOrThrow();
    return Paginator.<ServiceInstance>offset((offset, limit) -> toPage(pipeline.send(
        listRequest(pageOf(request, PageRequest.offset(offset, limit))), ServiceInstanceList.class).body()), pageSize)
        .startingAt(request.offset().orElse(0));
  }

  private static ListServiceInstancesRequest pageOf(ListServiceInstancesRequest request, PageRequest page) {
    return ListServiceInstancesRequest.builder().from(request).offset(page.offset()).limit(page.limit()).build();
  }

  public Stream<ServiceInstance> stream(ListServiceInstancesRequest request) {
    return paginator(request).stream();
  }

  public Stream<ServiceInstance> stream() {
    return stream(ListServiceInstancesRequest.builder().build());
  }

  private ApiRequest listRequest(ListServiceInstancesRequest request) {
    ApiRequest.Builder builder = ApiRequest.get(ClientConfig.FABRIC_EP, BASE).operation("ListServiceInstances")
        .pathParam("workspace_id", workspaceId);
    return QueryParams.addAll(builder, request).build();
  }

  private static Page<ServiceInstance> toPage(ServiceInstanceList list) {
    Page<ServiceInstance> page = Page.of(list.serviceInstances());
    return list.total().map(total -> page.withTotal(Optional.of(total.longValue()))).orElse(page);
  }

  /** UpdateServiceInstance: returns a handle whose {@code waitUntilRunning()} waits out UPDATING. */
  public ServiceInstanceHandle update(String instanceId, UpdateServiceInstanceRequest request) {
    return handleOf(pipeline.send(updateRequest(instanceId, request), ServiceInstanceId.class));
  }

  public CompletableFuture<ServiceInstanceHandle> updateAsync(String instanceId, UpdateServiceInstanceRequest request) {
    return sendAsync(() -> updateRequest(instanceId, request), ServiceInstanceId.class, this::handleOf);
  }

  private ApiRequest updateRequest(String instanceId, UpdateServiceInstanceRequest request) {
    return ApiRequest.put(ClientConfig.FABRIC_EP, ONE).operation("UpdateServiceInstance")
        .pathParam("workspace_id", workspaceId).pathParam("instance_id", instanceId).body(request).build();
  }

  /** DeleteServiceInstance (the answer has no body). */
  public Deletion delete(String instanceId) {
    ApiResponse<Void> response = pipeline.send(deleteRequest(instanceId), Void.class);
    return deletion(instanceId, response.requestId());
  }

  public CompletableFuture<Deletion> deleteAsync(String instanceId) {
    return sendAsync(() -> deleteRequest(instanceId), Void.class, response ->
        deletion(instanceId, response.requestId()));
  }

  private ApiRequest deleteRequest(String instanceId) {
    return ApiRequest.delete(ClientConfig.FABRIC_EP, ONE).operation("DeleteServiceInstance")
        .pathParam("workspace_id", workspaceId).pathParam("instance_id", instanceId).build();
  }

  private Deletion deletion(String instanceId, Optional<String> requestId) {
    return new Deletion(instanceId, requestId, new WaitTarget<>(
        FabricWaiters.instanceDeleted(pipeline, waitPolicy).describedAs("service instance " + instanceId),
        () -> get(instanceId), () -> getAsync(instanceId)));
  }

  private ServiceInstanceHandle handleOf(ApiResponse<ServiceInstanceId> response) {
    return new ServiceInstanceHandle(this, pipeline, waitPolicy, response.body().id(), response.requestId());
  }

  private <T, R> CompletableFuture<R> sendAsync(Supplier<ApiRequest> request, Class<T> type,
      Function<? super ApiResponse<T>, ? extends R> mapping) {
    return AsyncCalls.send(pipeline, request, type, mapping);
  }
}
