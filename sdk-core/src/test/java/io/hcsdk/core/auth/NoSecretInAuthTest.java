package io.hcsdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.FakeTime;
import io.hcsdk.core.error.ApiException;
import io.hcsdk.core.error.ResponseParseException;
import io.hcsdk.core.retry.RetryPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No secret of this package (password, token, SK, security token, signature) reaches a
 * {@code toString}, an exception message or a log line, on success or failure paths, even when
 * IAM echoes the request back. Logs are captured from System.err (where slf4j-simple writes in
 * tests, at TRACE for io.hcsdk).
 */
class NoSecretInAuthTest {
  private static final String PASSWORD = "Pwd-Sentinel-7781";
  private static final String TOKEN = "Token-Sentinel-5512";
  private static final String AK = "AKSENTINEL0123456789";
  private static final String SK = "Sk-Sentinel-9034-abcdef";
  private static final String SECURITY_TOKEN = "Sts-Sentinel-4410";
  private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");

  /** What IAM might answer with: the request body echoed, and the password in free text. */
  private static final String ECHO = "{\"error_msg\":\"bad password " + PASSWORD + " for alice\","
      + "\"request\":{\"auth\":{\"identity\":{\"password\":{\"user\":{\"name\":\"alice\",\"password\":\""
      + PASSWORD + "\"}}}}}}";

  private final FakeTime time = new FakeTime(T0);
  private final OkHttpClient client = new OkHttpClient();
  private final TestContext context = TestContext.of(client, time)
      .withRetryPolicy(RetryPolicy.builder().maxRetries(1).jitter(() -> 0).build());
  private final Request serviceRequest = new Request.Builder().url("https://fabric.example.com/v1/x").build();
  private final List<Throwable> thrown = new ArrayList<>();
  private final List<String> shown = new ArrayList<>();
  private MockWebServer iam;

  @BeforeEach
  void start() throws IOException {
    iam = new MockWebServer();
    iam.start();
  }

  @AfterEach
  void stop() {
    iam.close();
  }

  @Test
  void iamPasswordCredentialsShowNoSecretOnAnyPath() throws Exception {
    String log = captureLog(() -> {
      IamPasswordCredentials credentials = IamPasswordCredentials.builder().userName("alice")
          .password(PASSWORD).domainName("acme").projectId("p-123").iamEndpoint(iam.url("/")).build();
      shown.add(credentials.toString());

      iam.enqueue(error(401, ECHO));
      attempt(() -> credentials.authenticate(serviceRequest, context));
      iam.enqueue(error(503, ECHO));
      iam.enqueue(error(503, "<html><title>" + PASSWORD + "</title></html>"));
      attempt(() -> credentials.authenticate(serviceRequest, context));
      iam.enqueue(new MockResponse.Builder().code(201).body(ECHO).build()); // no X-Subject-Token
      attempt(() -> credentials.authenticate(serviceRequest, context));
      iam.enqueue(error(403, ECHO));
      attempt(() -> credentials.authenticateAsync(serviceRequest, context).get(10, TimeUnit.SECONDS));

      iam.enqueue(IamServer.token(TOKEN, T0.plus(Duration.ofHours(24))));
      Request authenticated = credentials.authenticate(serviceRequest, context);
      assertThat(authenticated.header("X-Auth-Token")).isEqualTo(TOKEN);
      iam.enqueue(error(401, ECHO));
      assertThat(credentials.refreshAfterUnauthorized(authenticated, context)).isFalse();
      iam.enqueue(error(401, ECHO));
      assertThat(credentials.refreshAfterUnauthorizedAsync(authenticated, context).get(10, TimeUnit.SECONDS))
          .isFalse();
      time.advance(Duration.ofDays(2));
      attempt(() -> credentials.authenticate(serviceRequest, context.withTimeLeft(Duration.ZERO)));
      shown.add(credentials.toString());

      attempt(() -> IamPasswordCredentials.builder().userName("alice").password(PASSWORD).build());
      attempt(() -> IamPasswordCredentials.builder().iamEndpoint("htp://alice:" + PASSWORD + "@iam"));
      IamPasswordCredentials unreachable = IamPasswordCredentials.builder().userName("alice")
          .password(PASSWORD).domainName("acme").projectId("p-123")
          .iamEndpoint("http://alice:" + PASSWORD + "@127.0.0.1:1/").build();
      shown.add(unreachable.toString());
      attempt(() -> unreachable.authenticate(serviceRequest, context));
      shown.add(new IamToken(TOKEN, T0, T0.plusSeconds(60)).toString());
      return null;
    });

    assertThat(thrown).hasSizeGreaterThanOrEqualTo(8);
    assertNoSecret(log);
  }

  @Test
  void akSkAndTokenCredentialsShowNoSecretOnAnyPath() throws Exception {
    String log = captureLog(() -> {
      AkSkCredentials credentials = AkSkCredentials.builder().ak(AK).sk(SK)
          .securityToken(SECURITY_TOKEN).projectId("p-123").build();
      shown.add(credentials.toString());
      Request signed = credentials.authenticate(serviceRequest, context);
      String signature = signed.header("Authorization").replaceAll(".*Signature=", "");
      assertThat(signature).hasSize(64);
      assertThat(credentials.correctClockSkew(signed, T0.plus(Duration.ofHours(1)), context)).isTrue();
      Request resigned = credentials.authenticate(signed, context);
      AkSkSigner signer = AkSkSigner.of(AK, SK);
      shown.add(signer.toString());
      shown.add(signer.sign("GET", serviceRequest.url(), Map.of("host", "fabric.example.com", "x-sdk-date", "20240301T080000Z"), new byte[0]).toString());
      attempt(() -> credentials.authenticate(new Request.Builder().url(serviceRequest.url())
          .post(duplexBody()).build(), context));
      attempt(() -> AkSkCredentials.builder().ak(AK).sk(" ").build());

      shown.add(TokenCredentials.of(TOKEN).toString());
      attempt(() -> TokenCredentials.of(" "));
      attempt(() -> EnvironmentCredentials.fromEnvironment(Map.of(EnvironmentCredentials.SK, SK,
          EnvironmentCredentials.SECURITY_TOKEN, SECURITY_TOKEN, EnvironmentCredentials.IAM_PASSWORD, PASSWORD)));
      shown.add(EnvironmentCredentials.fromEnvironment(Map.of(EnvironmentCredentials.AK, AK,
          EnvironmentCredentials.SK, SK, EnvironmentCredentials.SECURITY_TOKEN, SECURITY_TOKEN)).toString());
      shown.add(EnvironmentCredentials.fromEnvironment(Map.of(EnvironmentCredentials.AUTH_TOKEN, TOKEN))
          .toString());
      assertNoSecret("", signature, resigned.header("Authorization").replaceAll(".*Signature=", ""));
      return null;
    });

    assertThat(thrown).hasSizeGreaterThanOrEqualTo(4);
    assertNoSecret(log);
  }

  private void attempt(ThrowingRunnable action) {
    try {
      action.run();
      thrown.add(new AssertionError("expected a failure"));
    } catch (ExecutionException e) {
      thrown.add(e.getCause());
    } catch (Exception | Error e) {
      thrown.add(e);
    }
  }

  private void assertNoSecret(String log, String... more) {
    List<String> secrets = new ArrayList<>(List.of(PASSWORD, TOKEN, AK, SK, SECURITY_TOKEN));
    secrets.addAll(List.of(more));
    List<String> texts = new ArrayList<>(shown);
    texts.add(log);
    for (Throwable error : thrown) {
      assertThat(error).isNotInstanceOf(AssertionError.class);
      collect(error, texts);
    }
    for (String text : texts) {
      for (String secret : secrets) {
        assertThat(text).as("no %s in: %s", secret, text).doesNotContain(secret);
      }
    }
  }

  /** The message and toString of {@code error}, its causes and suppressed ones, and IAM's body excerpt. */
  private static void collect(Throwable error, List<String> texts) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      texts.add(t.toString());
      texts.add(String.valueOf(t.getMessage()));
      if (t instanceof ApiException api) {
        texts.add(api.bodyExcerpt());
      }
      if (t instanceof ResponseParseException parse) {
        texts.add(parse.bodyExcerpt());
      }
      for (Throwable suppressed : t.getSuppressed()) {
        collect(suppressed, texts);
      }
    }
  }

  private static MockResponse error(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).build();
  }

  private static RequestBody duplexBody() {
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return MediaType.get("application/json");
      }

      @Override
      public boolean isDuplex() {
        return true;
      }

      @Override
      public void writeTo(BufferedSink sink) {}
    };
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  @FunctionalInterface
  private interface ThrowingCallable {
    Object call() throws Exception;
  }

  /** Runs {@code action} with System.err captured (slf4j-simple looks System.err up on each write). */
  private static String captureLog(ThrowingCallable action) throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setErr(capture);
      action.call();
    } finally {
      System.setErr(original);
    }
    String log = bytes.toString(StandardCharsets.UTF_8);
    original.print(log);
    return log;
  }
}
