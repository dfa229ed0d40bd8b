package io.hcsdk.core.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Credentials from environment variables, first complete set wins:
 * <ol>
 *   <li>{@value #AUTH_TOKEN}: a token ({@link TokenCredentials});
 *   <li>{@value #AK} and {@value #SK}, optionally {@value #SECURITY_TOKEN} and
 *       {@value #PROJECT_ID} ({@link AkSkCredentials});
 *   <li>{@value #IAM_USER}, {@value #IAM_PASSWORD}, {@value #IAM_DOMAIN} and {@value #PROJECT_ID}
 *       ({@link IamPasswordCredentials}), against {@value #IAM_ENDPOINT} when set (it then wins
 *       over the client's configuration, as an endpoint given to the builder does); else against
 *       the client's configured IAM endpoint, which {@code ClientConfig.fromEnvironment} takes
 *       from the same {@value #IAM_ENDPOINT}, else from {@value #REGION}; else
 *       {@link IamPasswordCredentials#GLOBAL_IAM_ENDPOINT}.
 * </ol>
 * Blank values count as unset. Values are trimmed, except the password.
 */
public final class EnvironmentCredentials {
  public static final String AUTH_TOKEN = "HUAWEICLOUD_SDK_AUTH_TOKEN";
  public static final String AK = "HUAWEICLOUD_SDK_AK";
  public static final String SK = "HUAWEICLOUD_SDK_SK";
  public static final String SECURITY_TOKEN = "HUAWEICLOUD_SDK_SECURITY_TOKEN";
  public static final String PROJECT_ID = "HUAWEICLOUD_SDK_PROJECT_ID";
  public static final String IAM_USER = "HUAWEICLOUD_SDK_IAM_USER";
  public static final String IAM_PASSWORD = "HUAWEICLOUD_SDK_IAM_PASSWORD";
  public static final String IAM_DOMAIN = "HUAWEICLOUD_SDK_IAM_DOMAIN";
  public static final String IAM_ENDPOINT = "HUAWEICLOUD_SDK_IAM_ENDPOINT";
  public static final String REGION = "HUAWEICLOUD_SDK_REGION";

  /** Every variable read, in the order the chain consults them (for documentation checks). */
  public static final List<String> VARIABLES = List.of(AUTH_TOKEN, AK, SK, SECURITY_TOKEN,
      PROJECT_ID, IAM_USER, IAM_PASSWORD, IAM_DOMAIN, IAM_ENDPOINT, REGION);

  private static final Logger log = LoggerFactory.getLogger(EnvironmentCredentials.class);

  private static final String LOOKED_FOR = "Set " + AUTH_TOKEN
      + "; or " + AK + " and " + SK + " (optionally " + SECURITY_TOKEN + ", " + PROJECT_ID + ")"
      + "; or " + IAM_USER + ", " + IAM_PASSWORD + ", " + IAM_DOMAIN + " and " + PROJECT_ID
      + " (optionally " + IAM_ENDPOINT + " or " + REGION + ").";

  private EnvironmentCredentials() {}

  /** Credentials from {@link System#getenv()}. */
  public static Credentials fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /**
   * Credentials from {@code env}, as described on the class.
   *
   * @throws CredentialsNotFoundException when no set is complete; it names the variables looked
   *     for and those missing from any half-configured set
   */
  public static Credentials fromEnvironment(Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    String token = get(env, AUTH_TOKEN);
    if (token != null) {
      return TokenCredentials.of(token);
    }
    List<String> missing = new ArrayList<>();
    StringBuilder incomplete = new StringBuilder();

    String ak = get(env, AK);
    String sk = get(env, SK);
    String securityToken = get(env, SECURITY_TOKEN);
    String projectId = get(env, PROJECT_ID);
    if (ak != null && sk != null) {
      AkSkCredentials.Builder builder = AkSkCredentials.builder().ak(ak).sk(sk);
      builder.securityToken(securityToken).projectId(projectId);
      return builder.build();
    }
    if (ak != null || sk != null || securityToken != null) {
      noteMissing("AK/SK", env, List.of(AK, SK), missing, incomplete);
    }

    String user = get(env, IAM_USER);
    String password = env.get(IAM_PASSWORD);
    password = password == null || password.isBlank() ? null : password;
    String domain = get(env, IAM_DOMAIN);
    if (user != null && password != null && domain != null && projectId != null) {
      if (incomplete.length() > 0) {
        log.warn("Using IAM password credentials from the environment; skipped:{}", incomplete);
      }
      IamPasswordCredentials.Builder builder = IamPasswordCredentials.builder().userName(user)
          .password(password).domainName(domain).projectId(projectId);
      String iamEndpoint = get(env, IAM_ENDPOINT);
      if (iamEndpoint != null) {
        builder.iamEndpoint(iamEndpoint);
      }
      return builder.build();
    }
    if (user != null || password != null || domain != null) {
      noteMissing("IAM password", env, List.of(IAM_USER, IAM_PASSWORD, IAM_DOMAIN, PROJECT_ID),
          missing, incomplete);
    }
    String message = "No Huawei Cloud credentials found in the environment. " + LOOKED_FOR
        + incomplete;
    throw new CredentialsNotFoundException(message, missing);
  }

  /** The regional IAM endpoint, such as {@code https://iam.cn-north-4.myhuaweicloud.com}. */
  public static String iamEndpointOfRegion(String region) {
    return "https://iam." + region.trim() + ".myhuaweicloud.com";
  }

  private static void noteMissing(String set, Map<String, String> env, List<String> required,
      List<String> missing, StringBuilder incomplete) {
    List<String> absent = new ArrayList<>();
    for (String name : required) {
      if (get(env, name) == null) {
        absent.add(name);
      }
    }
    missing.addAll(absent);
    incomplete.append(" ").append(set).append(" is half-configured: ")
        .append(String.join(", ", absent)).append(absent.size() == 1 ? " is" : " are")
        .append(" missing.");
  }

  private static String get(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }
}
