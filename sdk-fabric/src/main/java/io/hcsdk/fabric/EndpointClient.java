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
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.DeleteEndpointResponse;
import io.hcsdk.fabric.model.Endpoint;
import io.hcsdk.fabric.model.EndpointList;
import io.hcsdk.fabric.model.EndpointVersion;
import io.hcsdk.fabric.model.ListEndpointsRequest;
import io.hcsdk.fabric.model.UpdateEndpointRequest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The endpoints of one workspace. Every operation has a blocking form and an {@code Async} form;
 * create, update and delete return handles that wait for the endpoint to settle.
 */
public final class EndpointClient {
  private static final String BASE = "/v1/workspaces/{workspace_id}/endpoints";
  private static final String ONE = BASE + "/{endpoint_id}";
  /** The documented maximum of ListEndpoints' {@code limit}. */
  public static final int MAX_PAGE_SIZE = 100;
  /** The service's own default page size, used by {@code list} when the request sets no limit. */
  public static final int DEFAULT_PAGE_SIZE = 10;

  private final HttpPipeline pipeline;
  private final String workspaceId;
  private final WaitPolicy waitPolicy;

  EndpointClient(HttpPipeline pipeline, String workspaceId, WaitPolicy waitPolicy) {
    this.pipeline = pipeline;
    this.workspaceId = Workspaces.checked(workspaceId);
    this.waitPolicy = waitPolicy;
  }

  public String workspaceId() {
    return workspaceId;
  }

  /** CreateEndpoint: validates, sends, and returns a handle on the endpoint being created. */
  public EndpointHandle create(CreateEndpointRequest request) {
    return handleOf(pipeline.send(createRequest(request), Endpoint.class));
  }

  public CompletableFuture<EndpointHandle> createAsync(CreateEndpointRequest request) {
    return sendAsync(() -> createRequest(request), Endpoint.class, this::handleOf);
  }

  private ApiRequest createRequest(CreateEndpointRequest request) {
    return ApiRequest.post(ClientConfig.FABRIC, BASE).operation("CreateEndpoint")
        .pathParam("workspace_id", workspaceId).body(request).build();
  }

  /** ShowEndpoint, current version. */
  public Endpoint get(String endpointId) {
    return pipeline.send(showRequest(endpointId, Optional.empty()), Endpoint.class).body();
  }

  /** ShowEndpoint of a given version ({@code CURRENT} or {@code PREVIOUS}). */
  public Endpoint get(String endpointId, EndpointVersion version) {
    return pipeline.send(showRequest(endpointId, Optional.of(version)), Endpoint.class).body();
  }

  public CompletableFuture<Endpoint> getAsync(String endpointId) {
    return sendAsync(() -> showRequest(endpointId, Optional.empty()), Endpoint.class, ApiResponse::body);
  }

  public CompletableFuture<Endpoint> getAsync(String endpointId, EndpointVersion version) {
    return sendAsync(() -> showRequest(endpointId, Optional.of(version)), Endpoint.class, ApiResponse::body);
  }

  private ApiRequest showRequest(String endpointId, Optional<EndpointVersion> version) {
    return ApiRequest.get(ClientConfig.FABRIC, ONE).operation("ShowEndpoint")
        .pathParam("workspace_id", workspaceId).pathParam("endpoint_id", endpointId)
        .query("version", version).build();
  }

  /** A handle on an existing endpoint, to wait on it: {@code endpoints.withId(id).waitUntilRunning()}. */
  public EndpointHandle withId(String endpointId) {
    return new EndpointHandle(this, pipeline, waitPolicy, endpointId, Optional.empty(), Optional.empty());
  }

  /**
   * ListEndpoints: one page as {@code request} asks (offset, limit — 10 when unset, as the
   * service's own default — and filters), knowing its total and {@link Page#next() next request}.
   */
  public Page<Endpoint> list(ListEndpointsRequest request) {
    return paginator(request, request.limit().orElse(DEFAULT_PAGE_SIZE)).firstPage();
  }

  public Page<Endpoint> list() {
    return list(ListEndpointsRequest.builder().build());
  }

  public CompletableFuture<Page<Endpoint>> listAsync(ListEndpointsRequest request) {
    Paginator<Endpoint> paginator;
    try {
      paginator = paginator(request, request.limit().orElse(DEFAULT_PAGE_SIZE));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    PageRequest first = paginator.firstRequest();
    return sendAsync(() -> listRequest(pageOf(request, first)), EndpointList.class,
        response -> paginator.completePage(first, toPage(response.body())));
  }

  /**
   * Every endpoint matching {@code request}'s filters, fetched a page at a time as the caller
   * iterates (page size: the request's limit, else 100). Use {@code pages()} for pages and
   * {@code stream()} for a lazy stream of endpoints; {@code maxItems(n)} caps the total.
   */
  public Paginator<Endpoint> paginator(ListEndpointsRequest request) {
    return paginator(request, request.limit().orElse(MAX_PAGE_SIZE));
  }

  private Paginator<Endpoint> paginator(ListEndpointsRequest request, int pageSize) {
    request.validateOrThrow();
    return Paginator.<Endpoint>offset((offset, limit) -> toPage(pipeline.send(
        listRequest(pageOf(request, PageRequest.offset(offset, limit))), EndpointList.class).body()), pageSize)
        .startingAt(request.offset().orElse(0));
  }

  private static ListEndpointsRequest pageOf(ListEndpointsRequest request, PageRequest page) {
    return ListEndpointsRequest.builder().from(request).offset(page.offset()).limit(page.limit()).build();
  }

  /** All endpoints matching {@code request}'s filters, as a lazy stream. */
  public Stream<Endpoint> stream(ListEndpointsRequest request) {
    return paginator(request).stream();
  }

  public Stream<Endpoint> stream() {
    return stream(ListEndpointsRequest.builder().build());
  }

  private ApiRequest listRequest(ListEndpointsRequest request) {
    ApiRequest.Builder builder = ApiRequest.get(ClientConfig.FABRIC, BASE).operation("ListEndpoints")
        .pathParam("workspace_id", workspaceId);
    return QueryParams.addAll(builder, request).build();
  }

  private static Page<Endpoint> toPage(EndpointList list) {
    Page<Endpoint> page = Page.of(list.endpoints());
    return list.total().map(total -> page.withTotal(Optional.of(total.longValue()))).orElse(page);
  }

  /** UpdateEndpoint: returns a handle whose {@code waitUntilRunning()} waits out UPDATING. */
  public EndpointHandle update(String endpointId, UpdateEndpointRequest request) {
    return handleOf(pipeline.send(updateRequest(endpointId, request), Endpoint.class));
  }

  public CompletableFuture<EndpointHandle> updateAsync(String endpointId, UpdateEndpointRequest request) {
    return sendAsync(() -> updateRequest(endpointId, request), Endpoint.class, this::handleOf);
  }

  private ApiRequest updateRequest(String endpointId, UpdateEndpointRequest request) {
    return ApiRequest.put(ClientConfig.FABRIC, ONE).operation("UpdateEndpoint")
        .pathParam("workspace_id", workspaceId).pathParam("endpoint_id", endpointId).body(request).build();
  }

  /** DeleteEndpoint, keeping the endpoint's application instances. */
  public Deletion delete(String endpointId) {
    return delete(endpointId, Optional.empty());
  }

  /** DeleteEndpoint; {@code deleteAppInstances} sets {@code is_delete_app_instance}. */
  public Deletion delete(String endpointId, boolean deleteAppInstances) {
    return delete(endpointId, Optional.of(deleteAppInstances));
  }

  private Deletion delete(String endpointId, Optional<Boolean> deleteAppInstances) {
    ApiResponse<DeleteEndpointResponse> response =
        pipeline.send(deleteRequest(endpointId, deleteAppInstances), DeleteEndpointResponse.class);
    return deletion(endpointId, response.requestId());
  }

  public CompletableFuture<Deletion> deleteAsync(String endpointId, boolean deleteAppInstances) {
    return sendAsync(() -> deleteRequest(endpointId, Optional.of(deleteAppInstances)), DeleteEndpointResponse.class,
        response -> deletion(endpointId, response.requestId()));
  }

  public CompletableFuture<Deletion> deleteAsync(String endpointId) {
    return sendAsync(() -> deleteRequest(endpointId, Optional.empty()), DeleteEndpointResponse.class,
        response -> deletion(endpointId, response.requestId()));
  }

  private ApiRequest deleteRequest(String endpointId, Optional<Boolean> deleteAppInstances) {
    return ApiRequest.delete(ClientConfig.FABRIC, ONE).operation("DeleteEndpoint")
        .pathParam("workspace_id", workspaceId).pathParam("endpoint_id", endpointId)
        .query("is_delete_app_instance", deleteAppInstances).build();
  }

  private Deletion deletion(String endpointId, Optional<String> requestId) {
    return new Deletion(endpointId, requestId, new WaitTarget<>(
        FabricWaiters.endpointDeleted(pipeline, waitPolicy).describedAs("endpoint " + endpointId),
        () -> get(endpointId), () -> getAsync(endpointId)));
  }

  private EndpointHandle handleOf(ApiResponse<Endpoint> response) {
    Endpoint endpoint = response.body();
    return new EndpointHandle(this, pipeline, waitPolicy, endpoint.id(), Optional.of(endpoint), response.requestId());
  }

  private <T, R> CompletableFuture<R> sendAsync(Supplier<ApiRequest> request, Class<T> type,
      Function<? super ApiResponse<T>, ? extends R> mapping) {
    return AsyncCalls.send(pipeline, request, type, mapping);
  }
}
