package io.hcsdk.modelarts;

import io.hcsdk.core.resource.Listing;
import io.hcsdk.core.spi.ServiceContext;
import io.hcsdk.modelarts.internal.ModelArtsOperations;
import io.hcsdk.modelarts.model.apig.ApiAuth;
import io.hcsdk.modelarts.model.apig.ApigApp;
import io.hcsdk.modelarts.model.apig.AppAuthApi;
import io.hcsdk.modelarts.model.apig.ListApiAuthsRequest;
import io.hcsdk.modelarts.model.apig.ListApigAppsRequest;
import io.hcsdk.modelarts.model.apig.ListAppAuthApisRequest;
import java.util.Map;

/**
 * APIG app authentication of a project's inference services: the apps, the APIs authorised to an
 * app, and the apps (authorised or not) of an API. Each is a {@link Listing} whose {@code offset}
 * is a page number ("which page to start from", from 0), with {@code limit} and {@code offset}
 * sent as text as the service documents them. {@code app_secret}, {@code app_key} and
 * {@code app_codes} are redacted in {@code toString()}; the lists show a secret in plaintext only
 * for the {@code app_ids} asked for with {@code iphertext_enabled} (the parameter's real spelling).
 */
public final class AppAuthClient {
  private final ServiceContext context;

  AppAuthClient(ServiceContext context) {
    this.context = context;
  }

  /** ListApigApps: the APIG apps usable for app authentication. */
  public Listing<ListApigAppsRequest, ApigApp> apps() {
    return Listing.of(context, ModelArtsOperations.LIST_APIG_APPS, () -> ListApigAppsRequest.builder().build(),
        Map.of());
  }

  /** ListAppAuthApis: the inference APIs app {@code appId} is authorised to call. */
  public Listing<ListAppAuthApisRequest, AppAuthApi> apisOfApp(String appId) {
    return Listing.of(context, ModelArtsOperations.LIST_APP_AUTH_APIS,
        () -> ListAppAuthApisRequest.builder().build(), Map.of("app_id", appId));
  }

  /** ListApiAuths: the apps of API {@code apiId} of service {@code serviceId}, and whether each is authorised. */
  public Listing<ListApiAuthsRequest, ApiAuth> appsOfApi(String serviceId, String apiId) {
    return Listing.of(context, ModelArtsOperations.LIST_API_AUTHS, () -> ListApiAuthsRequest.builder().build(),
        Map.of("service_id", serviceId, "api_id", apiId));
  }

  @Override
  public String toString() {
    return "AppAuthClient{" + context.scopeText() + "}";
  }
}
