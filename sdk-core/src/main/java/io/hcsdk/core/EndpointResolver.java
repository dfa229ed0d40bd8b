package io.hcsdk.core;

import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Turns a service key into its base URL: the override when one is set, else
 * {@code https://{service}.{region}.myhuaweicloud.com} ({@code .cn} for ModelArts in
 * ap-southeast-1, as the service documents). IAM without a region is the global endpoint.
 */
public final class EndpointResolver {
  /** The global IAM endpoint, used when no region is known. */
  public static final String GLOBAL_IAM = "https://iam.myhuaweicloud.com";

  private final String region;
  private final Map<String, HttpUrl> overrides;

  EndpointResolver(String region, Map<String, HttpUrl> overrides) {
    this.region = region;
    this.overrides = Objects.requireNonNull(overrides, "overrides");
  }

  /**
   * @throws HcException naming the region setting and the service's override (and its environment
   *     variable) when neither is set
   */
  public HttpUrl resolve(String service) {
    HttpUrl override = overrides.get(service);
    if (override != null) {
      return override;
    }
    if (region == null) {
      if (ClientConfig.IAM.equals(service)) {
        return HttpUrl.get(GLOBAL_IAM);
      }
      throw new HcException("No endpoint for service '" + service + "': set a region (ClientConfig.region or "
          + EnvironmentConfig.REGION + ") or an endpoint override (ClientConfig.endpoint(\"" + service + "\", url)"
          + EnvironmentConfig.overrideVariable(service).map(name -> " or " + name).orElse("") + ")");
    }
    String domain = ClientConfig.MODELARTS.equals(service) && "ap-southeast-1".equals(region)
        ? "myhuaweicloud.cn" : "myhuaweicloud.com";
    return HttpUrl.get("https://" + service + "." + region + "." + domain);
  }

  /** Whether {@code service} has an explicit override (not derived from the region). */
  public boolean isOverridden(String service) {
    return overrides.containsKey(service);
  }
}
