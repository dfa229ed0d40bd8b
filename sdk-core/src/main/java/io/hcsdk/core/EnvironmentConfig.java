package io.hcsdk.core;

import io.hcsdk.core.auth.EnvironmentCredentials;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@link ClientConfig} from the {@code HUAWEICLOUD_SDK_*} environment variables the
 * Huawei Cloud SDKs share: region, endpoint overrides, project, workspace and credentials (see
 * {@link EnvironmentCredentials} for the credential variables).
 */
public final class EnvironmentConfig {
  public static final String REGION = "HUAWEICLOUD_SDK_REGION";
  public static final String ENDPOINT_FABRIC = "HUAWEICLOUD_SDK_ENDPOINT_FABRIC";
  public static final String ENDPOINT_FABRIC_EP = "HUAWEICLOUD_SDK_ENDPOINT_FABRIC_EP";
  public static final String ENDPOINT_MODELARTS = "HUAWEICLOUD_SDK_ENDPOINT_MODELARTS";
  public static final String IAM_ENDPOINT = "HUAWEICLOUD_SDK_IAM_ENDPOINT";
  public static final String PROJECT_ID = "HUAWEICLOUD_SDK_PROJECT_ID";
  public static final String WORKSPACE_ID = "HUAWEICLOUD_SDK_WORKSPACE_ID";

  private static final Map<String, String> OVERRIDES = Map.of(
      ClientConfig.FABRIC, ENDPOINT_FABRIC,
      ClientConfig.FABRIC_EP, ENDPOINT_FABRIC_EP,
      ClientConfig.MODELARTS, ENDPOINT_MODELARTS,
      ClientConfig.IAM, IAM_ENDPOINT);

  private EnvironmentConfig() {}

  /** A builder pre-filled from {@code env}, to adjust before building. */
  public static ClientConfig.Builder builder(Map<String, String> env) {
    ClientConfig.Builder builder = ClientConfig.builder();
    value(env, REGION).ifPresent(builder::region);
    OVERRIDES.forEach((service, variable) -> value(env, variable).ifPresent(url -> builder.endpoint(service, url)));
    value(env, PROJECT_ID).ifPresent(builder::projectId);
    value(env, WORKSPACE_ID).ifPresent(builder::workspaceId);
    builder.credentials(EnvironmentCredentials.fromEnvironment(env));
    return builder;
  }

  /** The variable that overrides {@code service}'s endpoint, if there is one. */
  public static Optional<String> overrideVariable(String service) {
    return Optional.ofNullable(OVERRIDES.get(service));
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
  }
}
