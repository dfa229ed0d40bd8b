package io.hcsdk.testing.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.hcsdk.core.HcException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * The suite's secrets. Every scenario authenticates with them (see {@link Sims}), the secrets scenario
 * puts the others into every request field that holds one, and {@link SecretsSweepTest} checks at the
 * end that none reached a log line. Every exception a scenario meets goes through {@link #typed} (or
 * {@link #inspect}), which checks its message, {@code toString} and causes on the spot.
 */
public final class Sentinels {
  public static final String TOKEN = "MIIsentinel-token-0a1b2c3d4e5f";
  public static final String AK = "SENTINELAK7Q2W3E4R5T6Y";
  public static final String SK = "sentinel-sk-9z8y7x6w5v4u3t2s1r0q";
  public static final String TEMP_AK = "SENTINELTMPAK8U7Y6T5R";
  public static final String TEMP_SK = "sentinel-temp-sk-1a2s3d4f5g6h7j8k";
  public static final String SECURITY_TOKEN = "sentinel-security-token-gQ5zZmNhYmM";
  public static final String IAM_PASSWORD = "sentinel-iam-Pa55w0rd!";
  public static final String URL_TOKEN = "sentinel-url-token-7c6b5a49";
  public static final String APP_SECRET = "sentinel-app-secret-31f0e2d1";
  public static final String APP_KEY = "sentinel-app-key-8e7d6c5b";
  public static final String SSH_PRIVATE_KEY = "sentinel-ssh-private-key-MIIEpAIBAAKCAQEA";
  public static final String ACCESS_TOKEN = "sentinel-access-token-e4d3c2b1";
  public static final String ENV_VALUE = "sentinel-env-value-5f4e3d2c";
  public static final String API_KEY = "sentinel-api-key-sk-0123456789abcdef";

  private static final List<String> FIXED = List.of(TOKEN, AK, SK, TEMP_AK, TEMP_SK, SECURITY_TOKEN, IAM_PASSWORD,
      URL_TOKEN, APP_SECRET, APP_KEY, SSH_PRIVATE_KEY, ACCESS_TOKEN, ENV_VALUE, API_KEY);
  // Secrets made during the run, e.g. the tokens the simulated IAM issued.
  private static final Set<String> LEARNED = ConcurrentHashMap.newKeySet();

  private Sentinels() {}

  /** Every secret known so far. */
  public static List<String> all() {
    List<String> all = new ArrayList<>(FIXED);
    all.addAll(LEARNED);
    return all;
  }

  /** One more secret to look for (an IAM-issued token, a generated password). */
  public static void learn(String secret) {
    if (secret != null && secret.length() >= 8) {
      LEARNED.add(secret);
    }
  }

  /** Fails when {@code text} holds any secret, naming the secret's position (never the secret itself). */
  public static void assertClean(String where, String text) {
    if (text == null) {
      return;
    }
    List<String> all = all();
    for (int i = 0; i < all.size(); i++) {
      if (text.contains(all.get(i))) {
        fail(where + " contains secret #" + i + " (" + (i < FIXED.size() ? "fixed" : "learned") + ")");
      }
    }
  }

  /** Checks {@code value.toString()} and returns the value. */
  public static <T> T inspect(T value) {
    assertClean("toString of " + value.getClass().getName(), String.valueOf(value));
    return value;
  }

  /**
   * The failure a call ended in, unwrapped from {@link CompletionException}/{@link ExecutionException}:
   * asserts that it is one of the SDK's typed exceptions (or a cancellation), never a raw Jackson or
   * OkHttp one, and that neither it nor any cause carries a secret.
   */
  public static RuntimeException typed(Throwable thrown) {
    Throwable t = thrown;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      assertClean("message of " + c.getClass().getName(), c.getMessage());
      assertClean("toString of " + c.getClass().getName(), c.toString());
      for (Throwable s : c.getSuppressed()) {
        assertClean("suppressed " + s.getClass().getName(), s.toString());
      }
    }
    assertThat(t).as("a typed SDK exception").isInstanceOfAny(HcException.class, CancellationException.class);
    return (RuntimeException) t;
  }
}
