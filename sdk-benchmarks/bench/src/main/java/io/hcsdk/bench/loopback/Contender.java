package io.hcsdk.bench.loopback;

import io.hcsdk.bench.Client;
import io.hcsdk.bench.driver.Auth;

/** One row group of the table: a client with one way of authenticating, in a worker process of its own. */
public enum Contender {
  PLAIN_TOKEN(Client.PLAIN, Auth.TOKEN),
  HCSDK_TOKEN(Client.HCSDK, Auth.TOKEN),
  PLAIN_AKSK(Client.PLAIN, Auth.AKSK),
  HCSDK_AKSK(Client.HCSDK, Auth.AKSK),
  OFFICIAL_AKSK(Client.OFFICIAL, Auth.AKSK);

  private final Client client;
  private final Auth auth;

  Contender(Client client, Auth auth) {
    this.client = client;
    this.auth = auth;
  }

  public Client client() {
    return client;
  }

  public Auth auth() {
    return auth;
  }

  /** What this contender's figures are divided by: plain with the same authentication. */
  public Contender baseline() {
    return auth == Auth.TOKEN ? PLAIN_TOKEN : PLAIN_AKSK;
  }

  public String label() {
    if (this == PLAIN_AKSK) {
      return "plain + signer";
    }
    return client.label();
  }
}
