package io.hcsdk.modelarts;

import io.hcsdk.core.internal.Futures;
import io.hcsdk.core.resource.WaitableClient;
import io.hcsdk.core.spi.Invocation;
import io.hcsdk.core.spi.ServiceContext;
import io.hcsdk.modelarts.internal.ModelArtsResources;
import io.hcsdk.modelarts.model.service.CreateServiceRequest;
import io.hcsdk.modelarts.model.service.CreateServiceResponse;
import io.hcsdk.modelarts.model.service.Service;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The inference services of one project (v1): deploy one with {@link #create} (real-time, batch or
 * edge, every documented request shape), show one with {@code get}, and wait for it to run:
 *
 * <pre>{@code
 * Service service = modelarts.services().create(request).waitUntilRunning();
 * }</pre>
 *
 * <p>Blocking and {@code Async} forms of every operation. CreateService is a POST answering only
 * the new id, and no list operation is covered, so a create whose answer was lost surfaces as a
 * {@link io.hcsdk.core.error.TransportException} ({@code mayHaveReachedServer()}) and is never
 * sent twice.
 */
public final class ServiceClient extends WaitableClient<Service, ServiceHandle> {
  ServiceClient(ServiceContext context) {
    super(context, ModelArtsResources.SERVICES);
  }

  @Override
  protected ServiceHandle newHandle(String id, Optional<Service> accepted, Optional<String> requestId) {
    return new ServiceHandle(this, id, requestId);
  }

  /** CreateService: validates, deploys and returns a handle on the new service. */
  public ServiceHandle create(CreateServiceRequest request) {
    return submit(ModelArtsResources.CREATE_SERVICE, call(request));
  }

  public CompletableFuture<ServiceHandle> createAsync(CreateServiceRequest request) {
    return submitAsync(ModelArtsResources.CREATE_SERVICE, call(request));
  }

  private Invocation<CreateServiceResponse> call(CreateServiceRequest request) {
    return ModelArtsResources.CREATE_SERVICE.operation().call(context()).body(request);
  }

  /** Creates, then waits until the service runs (see {@link ServiceHandle}). */
  public Service createAndWait(CreateServiceRequest request) {
    return create(request).waitUntilRunning();
  }

  /** {@link #createAndWait} without blocking; cancelling the future cancels the create or the polling. */
  public CompletableFuture<Service> createAndWaitAsync(CreateServiceRequest request) {
    return Futures.compose(createAsync(request), ServiceHandle::waitUntilRunningAsync);
  }
}
