package io.hcsdk.testing;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The simulator as a server for curl, other SDKs and the examples:
 *
 * <pre>
 * java -jar sdk-testing-&lt;version&gt;-standalone.jar [--port 8080] [--token TOKEN]... [--aksk AK:SK]...
 *     [--iam-user DOMAIN/USER:PASSWORD] [--pace 2|500ms|30s|2m] [--bind 127.0.0.1]
 *     [--workspace ws-1] [--project PROJECT_ID]
 * </pre>
 *
 * Serves every host (Fabric, Fabric EP, ModelArts, IAM) on one port, on the system clock, and prints its
 * base URL, the credentials it accepts and the environment variables that point the SDK at it.
 */
public final class SimulatorMain {
  static final String USAGE = "usage: java -jar sdk-testing-standalone.jar [--port 8080] [--token TOKEN]... "
      + "[--aksk AK:SK]... [--iam-user DOMAIN/USER:PASSWORD] [--pace 2|500ms|30s|2m] [--bind 127.0.0.1] "
      + "[--workspace ws-1] [--project PROJECT_ID]";

  private SimulatorMain() {}

  public static void main(String[] args) throws InterruptedException {
    if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
      System.out.println(USAGE);
      return;
    }
    CloudSimulator sim;
    try {
      sim = start(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("hcsdk simulator: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    } catch (RuntimeException e) {
      System.err.println("hcsdk simulator: " + e.getMessage()
          + (e.getCause() != null ? " (" + e.getCause().getMessage() + ")" : ""));
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sim.close();
      stopped.countDown();
    }, "hcsdk-simulator-shutdown"));
    stopped.await();
  }

  /**
   * Starts a simulator from command-line arguments and prints how to reach it.
   *
   * @throws IllegalArgumentException for arguments it does not understand
   */
  public static CloudSimulator start(String[] args, PrintStream out) {
    CloudSimulator.Builder builder = CloudSimulator.builder();
    SimAccount account = SimAccount.random();
    int port = 8080;
    String bind = "127.0.0.1";
    String pace = "2";
    List<String> tokens = new ArrayList<>();
    List<String[]> keys = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--port" -> port = parsePort(value);
        case "--token" -> tokens.add(value);
        case "--aksk" -> keys.add(split(value, ':', "--aksk wants AK:SK"));
        case "--iam-user" -> {
          String[] userAndPassword = split(value, ':', "--iam-user wants DOMAIN/USER:PASSWORD");
          String[] domainAndUser = split(userAndPassword[0], '/', "--iam-user wants DOMAIN/USER:PASSWORD");
          account = account.withIamUser(domainAndUser[0], domainAndUser[1], userAndPassword[1]);
        }
        case "--pace" -> pace = value;
        case "--bind" -> bind = value;
        case "--workspace" -> account = account.withScope(value, account.projectId());
        case "--project" -> account = account.withScope(account.workspaceId(), value);
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (!tokens.isEmpty()) {
      account = account.withToken(tokens.get(0));
      tokens.subList(1, tokens.size()).forEach(builder::token);
    }
    if (!keys.isEmpty()) {
      account = account.withAkSk(keys.get(0)[0], keys.get(0)[1]);
      keys.subList(1, keys.size()).forEach(k -> builder.akSk(k[0], k[1]));
    }
    Pace parsedPace = Pace.parse(pace);
    CloudSimulator sim = builder.account(account).pace(parsedPace).bindAddress(bind).singlePort(port).start();
    print(sim, parsedPace, tokens, keys, out);
    return sim;
  }

  private static void print(CloudSimulator sim, Pace pace, List<String> tokens, List<String[]> keys,
      PrintStream out) {
    SimAccount a = sim.account();
    String url = sim.fabricUrl();
    out.println("hcsdk cloud simulator on " + url + " (DataArts Fabric, Fabric EP, ModelArts and IAM; pace: "
        + pace + ")");
    out.println("It accepts:");
    out.println("  X-Auth-Token: " + String.join(", ", tokens.isEmpty() ? List.of(a.token()) : tokens));
    out.println("  AK/SK (SDK-HMAC-SHA256): " + (keys.isEmpty() ? a.accessKey() + ":" + a.secretKey()
        : String.join(", ", keys.stream().map(k -> k[0] + ":" + k[1]).toList())));
    out.println("  IAM password: domain " + a.iamDomain() + ", user " + a.iamUser() + ", password "
        + a.iamPassword() + " (POST " + url + "/v3/auth/tokens)");
    out.println("Point the SDK (or the examples) at it:");
    out.println("  export HUAWEICLOUD_SDK_REGION=cn-north-4");
    out.println("  export HUAWEICLOUD_SDK_ENDPOINT_FABRIC=" + url);
    out.println("  export HUAWEICLOUD_SDK_ENDPOINT_FABRIC_EP=" + url);
    out.println("  export HUAWEICLOUD_SDK_ENDPOINT_MODELARTS=" + url);
    out.println("  export HUAWEICLOUD_SDK_IAM_ENDPOINT=" + url);
    out.println("  export HUAWEICLOUD_SDK_PROJECT_ID=" + a.projectId());
    out.println("  export HUAWEICLOUD_SDK_WORKSPACE_ID=" + a.workspaceId());
    out.println("  export HUAWEICLOUD_SDK_AUTH_TOKEN=" + a.token());
    out.println("Stop it with Ctrl+C.");
    out.flush();
  }

  private static int parsePort(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("--port must be 0 to 65535: " + value);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port must be a number: " + value, e);
    }
  }

  private static String[] split(String value, char separator, String message) {
    int at = value.indexOf(separator);
    if (at <= 0 || at == value.length() - 1) {
      throw new IllegalArgumentException(message);
    }
    return new String[] {value.substring(0, at), value.substring(at + 1)};
  }
}
