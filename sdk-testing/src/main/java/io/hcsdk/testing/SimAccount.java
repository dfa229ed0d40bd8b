package io.hcsdk.testing;

import io.hcsdk.testing.internal.Authenticator;
import io.hcsdk.testing.internal.Ids;
import java.util.Objects;
import java.util.Optional;

/**
 * The simulator's main account: one credential of each kind the gateway accepts, and the workspace and
 * project the clients it makes use by default. {@code toString()} shows no secret.
 *
 * @param token an {@code X-Auth-Token} the gateway accepts
 * @param accessKey the AK of a registered AK/SK pair
 * @param secretKey its SK
 * @param iamDomain the account (domain) name of the IAM user
 * @param iamUser the IAM user name
 * @param iamPassword the IAM user's password
 * @param workspaceId the Fabric workspace clients use by default
 * @param projectId the project clients use by default (ModelArts paths, IAM scope, {@code X-Project-Id})
 */
public record SimAccount(String token, String accessKey, String secretKey, String iamDomain, String iamUser,
    String iamPassword, String workspaceId, String projectId) {

  /** An AK/SK pair, with the security token of temporary credentials. */
  record KeyPair(String ak, String sk, Optional<String> securityToken) {
    KeyPair {
      requireText(ak, "ak");
      requireText(sk, "sk");
    }
  }

  /** An IAM user. */
  record User(String domain, String name, String password) {
    User {
      requireText(domain, "domain");
      requireText(name, "name");
      requireText(password, "password");
    }
  }

  public SimAccount {
    requireText(token, "token");
    requireText(accessKey, "accessKey");
    requireText(secretKey, "secretKey");
    requireText(iamDomain, "iamDomain");
    requireText(iamUser, "iamUser");
    requireText(iamPassword, "iamPassword");
    requireText(workspaceId, "workspaceId");
    requireText(projectId, "projectId");
  }

  /** Fresh random credentials, workspace {@code ws-1}, a random 32-hex project id. */
  public static SimAccount random() {
    return new SimAccount("sim-" + Ids.secretToken(), "SIM" + Ids.hex(8).toUpperCase(java.util.Locale.ROOT),
        Ids.secretToken(), "sim-domain", "sim-user", "pw-" + Ids.hex(12), "ws-1", Ids.hex(16));
  }

  /** This account with the given token, AK/SK (for the command line's {@code --token} and {@code --aksk}). */
  public SimAccount withToken(String newToken) {
    return new SimAccount(newToken, accessKey, secretKey, iamDomain, iamUser, iamPassword, workspaceId, projectId);
  }

  public SimAccount withAkSk(String ak, String sk) {
    return new SimAccount(token, ak, sk, iamDomain, iamUser, iamPassword, workspaceId, projectId);
  }

  public SimAccount withIamUser(String domain, String user, String password) {
    return new SimAccount(token, accessKey, secretKey, domain, user, password, workspaceId, projectId);
  }

  public SimAccount withScope(String workspace, String project) {
    return new SimAccount(token, accessKey, secretKey, iamDomain, iamUser, iamPassword, workspace, project);
  }

  void register(Authenticator auth) {
    auth.addToken(token);
    auth.addAkSk(accessKey, secretKey, Optional.empty());
    auth.addUser(iamDomain, iamUser, iamPassword);
  }

  @Override
  public String toString() {
    return "SimAccount[ak=" + accessKey.substring(0, Math.min(4, accessKey.length())) + "****, iamUser=" + iamDomain + "/" + iamUser + ", workspaceId=" + workspaceId
        + ", projectId=" + projectId + ", token=****, sk=****, password=****]";
  }

  private static void requireText(String value, String name) {
    if (Objects.requireNonNull(value, name).isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
