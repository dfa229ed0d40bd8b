package io.hcsdk.testing.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.auth.AkSkCredentials;
import io.hcsdk.core.error.ApiException;
import io.hcsdk.core.error.BadRequestException;
import io.hcsdk.core.error.NotFoundException;
import io.hcsdk.core.error.ResponseParseException;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.modelarts.ModelArtsClient;
import io.hcsdk.testing.AuthMode;
import io.hcsdk.testing.CapturedRequest;
import io.hcsdk.testing.CloudSimulator;
import io.hcsdk.testing.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bodies that are not what the API promised: a proxy's HTML page, an empty error body, JSON cut
 * short, a success of the wrong shape. Each ends in the typed exception of what happened (a
 * {@link ServerException} with the page's status, the {@link ApiException} subtype of the status,
 * a {@link ResponseParseException}), never a raw parse error, with the request id and the attempt
 * count the retry rules give: idempotent calls retry 502/503/504/500, a create retries only 503,
 * and a complete 2xx answer is final whatever its body (the server did answer; sending again
 * would not mend the body and could create twice).
 */
@Resilience
class BrokenBodiesTest extends BodiesScenarios {
  /** The attempts of a call retried to the end of the default policy (three retries). */
  private static final int ALL_ATTEMPTS = 4;

  /** Per service: a read (idempotent) and a create (not idempotent), and the family the create fills. */
  enum Service {
    FABRIC("ShowEndpoint", "CreateEndpoint", "endpoints"),
    MODELARTS("ShowDevEnvInstance", "CreateDevEnvInstance", "devenvs");

    final String read;
    final String create;
    final String family;

    Service(String read, String create, String family) {
      this.read = read;
      this.create = create;
      this.family = family;
    }
  }

  static Stream<Arguments> htmlPages() {
    return Stream.of(Service.values()).flatMap(service -> Stream.of(502, 503, 504).flatMap(status -> Stream.of(
        Arguments.of(service, service.read, status, ALL_ATTEMPTS),
        // a create is retried only after a 503, a refusal before any work
        Arguments.of(service, service.create, status, status == 503 ? ALL_ATTEMPTS : 1))));
  }

  @ParameterizedTest(name = "{0}: {1} meeting a proxy''s HTML {2} page is a ServerException {2} after {3} attempt(s)")
  @MethodSource("htmlPages")
  void aProxysHtmlPageIsAServerErrorWithItsStatus(Service service, String operationId, int status, int attempts)
      throws Exception {
    BodiesOperations.Call call = prepare(operationId);
    ops.sim.on(operationId).always(Fault.html(status));

    ServerException e = failure(call, ServerException.class);

    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.errorMessage()).as("the page's title").contains(Integer.toString(status));
    assertThat(e.bodyExcerpt()).contains("<h1>" + status + "</h1>");
    assertThat(e.getMessage()).startsWith("HTTP " + status).doesNotContain("Unrecognized token", "Jackson");
    assertThat(e.getCause()).isNull();
    assertAttemptsAndRequestId(e, operationId, attempts);
  }

  /** How a client authenticates, and the credential header a proxy's page could echo. */
  enum Credential {
    TOKEN(AuthMode.TOKEN), AKSK(AuthMode.AKSK), TEMPORARY_AKSK(AuthMode.AKSK), IAM_PASSWORD(AuthMode.IAM);

    final AuthMode mode;

    Credential(AuthMode mode) {
      this.mode = mode;
    }

    UnaryOperator<ClientConfig.Builder> options() {
      return this != TEMPORARY_AKSK ? b -> b : b -> b.credentials(AkSkCredentials.builder().ak(Sentinels.TEMP_AK)
          .sk(Sentinels.TEMP_SK).securityToken(Sentinels.SECURITY_TOKEN).projectId(Sims.ACCOUNT.projectId()).build());
    }

    /** The lines of a request dump holding this credential, and the secrets in them. */
    List<String> echoed(CloudSimulator sim) {
      return switch (this) {
        case TOKEN -> List.of("X-Auth-Token: " + Sentinels.TOKEN);
        case AKSK -> List.of("Authorization: SDK-HMAC-SHA256 Access=" + Sentinels.AK
            + ", SignedHeaders=host;x-sdk-date, Signature=…");
        case TEMPORARY_AKSK -> List.of("Authorization: SDK-HMAC-SHA256 Access=" + Sentinels.TEMP_AK
            + ", SignedHeaders=host;x-sdk-date;x-security-token, Signature=…",
            "X-Security-Token: " + Sentinels.SECURITY_TOKEN);
        case IAM_PASSWORD -> List.of("X-Auth-Token: " + sim.issuedTokens().get(sim.issuedTokens().size() - 1));
      };
    }
  }

  static Stream<Arguments> echoingPages() {
    return Stream.of(Service.values()).flatMap(service -> Stream.of(Credential.values())
        .map(credential -> Arguments.of(service, credential)));
  }

  @ParameterizedTest(name = "{0}, {1}: a proxy''s page echoing the request''s credentials shows none of them")
  @MethodSource("echoingPages")
  void aProxysPageEchoingTheRequestsCredentialsShowsNoneOfThem(Service service, Credential credential)
      throws Exception {
    String list = service == Service.FABRIC ? "ListEndpoints" : "ListDevEnvInstances";
    try (FabricClient fabric = Sims.fabric(ops.sim, credential.mode, credential.options());
        ModelArtsClient modelArts = Sims.modelArts(ops.sim, credential.mode, credential.options())) {
      BodiesOperations.Call call = new BodiesOperations.Call(service == Service.FABRIC
          ? () -> fabric.endpoints().list() : () -> modelArts.devEnvs().list(), java.util.Optional.empty());
      call.call().call(); // an IAM client fetches its token first
      Sims.learnIssuedTokens(ops.sim);
      List<String> echoed = credential.echoed(ops.sim);
      String page = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>"
          + "<p>The upstream server did not answer. Your request was:</p><pre>GET " + list + " HTTP/1.1\n"
          + String.join("\n", echoed) + "\n</pre><hr><center>proxy</center></body></html>";
      ops.sim.clearRequests();
      ops.sim.on(list).always(Fault.status(502, page, Map.of("Content-Type", "text/html")));

      ServerException e = failure(call, ServerException.class);

      assertThat(e.httpStatus()).isEqualTo(502);
      assertThat(e.errorMessage()).contains("502 Bad Gateway");
      for (String line : echoed) {
        String secret = line.replaceAll("^[^:]*: (SDK-HMAC-SHA256 Access=)?", "").replaceAll(",.*", "");
        assertThat(e.bodyExcerpt()).as("the excerpt of the echo").doesNotContain(secret)
            .contains(line.substring(0, line.indexOf(':') + 1));
      }
      assertAttemptsAndRequestId(e, list, ALL_ATTEMPTS);
    }
  }

  static Stream<Arguments> emptyErrors() {
    return Stream.of(Service.values()).flatMap(service -> Stream.of(
        Arguments.of(service, service.read, 400, BadRequestException.class, 1),
        Arguments.of(service, service.read, 404, NotFoundException.class, 1),
        Arguments.of(service, service.read, 500, ServerException.class, ALL_ATTEMPTS),
        Arguments.of(service, service.create, 400, BadRequestException.class, 1),
        Arguments.of(service, service.create, 404, NotFoundException.class, 1),
        // a 500 may come after the work was done: a create is not sent again
        Arguments.of(service, service.create, 500, ServerException.class, 1)));
  }

  @ParameterizedTest(name = "{0}: {1} meeting an empty {2} is a {3} after {4} attempt(s)")
  @MethodSource("emptyErrors")
  void anEmptyErrorBodyIsTheTypedExceptionOfItsStatus(Service service, String operationId, int status,
      Class<? extends ApiException> type, int attempts) throws Exception {
    BodiesOperations.Call call = prepare(operationId);
    ops.sim.on(operationId).always(Fault.empty(status));

    ApiException e = failure(call, type);

    assertThat(e.getClass()).isEqualTo(type);
    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.errorMessage()).isEmpty();
    assertThat(e.bodyExcerpt()).isEmpty();
    assertThat(e.getMessage()).startsWith("HTTP " + status);
    assertAttemptsAndRequestId(e, operationId, attempts);
  }

  @ParameterizedTest(name = "{0}: truncated JSON answering a create is a ResponseParseException, the create sent once")
  @EnumSource(Service.class)
  void truncatedJsonOnACreateIsAParseErrorAndTheCreateIsNotSentAgain(Service service) throws Exception {
    BodiesOperations.Call call = prepare(service.create);
    int before = ops.sim.resources(service.family).size();
    ops.sim.on(service.create).next(1, Fault.truncate());

    ResponseParseException e = failure(call, ResponseParseException.class);

    assertParseError(e, service.create);
    assertThat(ops.sim.resources(service.family)).as("the create happened, once").hasSize(before + 1);
    assertThat(ops.sim.requests().all()).as("nothing sent after the answer, not even a look-up")
        .extracting(CapturedRequest::operation).containsExactly(java.util.Optional.of(service.create));
  }

  @ParameterizedTest(name = "{0}: truncated JSON answering a read is a ResponseParseException, not retried")
  @EnumSource(Service.class)
  void truncatedJsonOnAReadIsAParseErrorThatIsNotRetried(Service service) throws Exception {
    BodiesOperations.Call call = prepare(service.read);
    ops.sim.on(service.read).next(1, Fault.truncate());

    ResponseParseException e = failure(call, ResponseParseException.class);

    assertParseError(e, service.read);
    assertThat(call.call().call()).as("the next call reads the whole answer").isNotNull();
  }

  @ParameterizedTest(name = "{0}: an answer holding secrets, cut short, shows none of them in the parse error")
  @EnumSource(Service.class)
  void aTruncatedAnswerHoldingSecretsShowsNoneOfThem(Service service) throws Exception {
    BodiesOperations.Call call = prepare(service.read);
    ops.sim.on(service.read).next(1, Fault.rewrite(text -> withSecretsThenCut(service, text)));

    ResponseParseException e = failure(call, ResponseParseException.class);

    assertParseError(e, service.read);
    assertThat(e.getMessage()).contains("malformed JSON");
    assertThat(e.bodyExcerpt()).contains("\"****\"")
        .doesNotContain(Sentinels.URL_TOKEN, Sentinels.SSH_PRIVATE_KEY, Sentinels.ACCESS_TOKEN);
  }

  /**
   * The answer with the secrets the documents say responses carry (Fabric's {@code urls[].token},
   * the dev-env {@code spec.credential}), cut just after the last of them.
   */
  private static String withSecretsThenCut(Service service, String text) {
    ObjectNode body = (ObjectNode) BodiesOperations.readTree(text);
    String last;
    if (service == Service.FABRIC) {
      body.putArray("urls").addObject().put("type", "PUBLIC").put("url", "https://ep.example.com")
          .put("token", Sentinels.URL_TOKEN);
      last = Sentinels.URL_TOKEN;
    } else {
      ObjectNode spec = body.has("spec") ? (ObjectNode) body.get("spec") : body.putObject("spec");
      spec.putObject("credential").put("ssh_private_key", Sentinels.SSH_PRIVATE_KEY)
          .put("access_token", Sentinels.ACCESS_TOKEN);
      last = Sentinels.ACCESS_TOKEN;
    }
    String whole = body.toString();
    return whole.substring(0, whole.indexOf(last) + last.length() + 1);
  }

  /** The wrong shapes of a 2xx body, each with what the exception must name. */
  enum Shape {
    ARRAY(body -> JsonNodeFactory.instance.arrayNode().add(body)),
    STRING(body -> JsonNodeFactory.instance.textNode("accepted")),
    WRONG_FIELD_TYPES(BrokenBodiesTest::wrongFieldTypes);

    final UnaryOperator<JsonNode> rewrite;

    Shape(UnaryOperator<JsonNode> rewrite) {
      this.rewrite = rewrite;
    }
  }

  static Stream<Arguments> wrongShapes() {
    return Stream.of(Service.values()).flatMap(service -> Stream.of(Shape.values())
        .flatMap(shape -> Stream.of(Arguments.of(service, service.read, shape),
            Arguments.of(service, service.create, shape))));
  }

  @ParameterizedTest(name = "{0}: {1} answering 2xx with a body of {2} is a ResponseParseException")
  @MethodSource("wrongShapes")
  void aSuccessOfTheWrongShapeIsAParseErrorNamingWhatWasWrong(Service service, String operationId, Shape shape)
      throws Exception {
    BodiesOperations.Call call = prepare(operationId);
    List<String> fields = new ArrayList<>();
    ops.sim.on(operationId).next(1, Fault.rewriteJson(body -> {
      body.fieldNames().forEachRemaining(fields::add);
      return shape.rewrite.apply(body);
    }));

    ResponseParseException e = failure(call, ResponseParseException.class);

    assertParseError(e, operationId);
    String expected = BodiesSpecs.operation(operationId).body().orElseThrow().path("$ref").asText()
        .replaceAll(".*/", "");
    assertThat(e.getMessage()).as("names the type it expected").contains("does not match " + expected);
    if (shape == Shape.WRONG_FIELD_TYPES) {
      // the reader stops at the answer's first field, which now holds a value of another type
      assertThat(e.getMessage()).as("names the field").contains(" at $." + fields.get(0) + " ");
    }
  }

  /** Every property of the answer's top level given a value of another JSON type. */
  private static JsonNode wrongFieldTypes(JsonNode body) {
    ObjectNode wrong = JsonNodeFactory.instance.objectNode();
    body.fields().forEachRemaining(field -> {
      JsonNode value = field.getValue();
      wrong.set(field.getKey(), value.isTextual() ? JsonNodeFactory.instance.objectNode().put("not", "a string")
          : value.isNumber() ? JsonNodeFactory.instance.textNode("not a number")
          : value.isContainerNode() ? JsonNodeFactory.instance.numberNode(42)
          : JsonNodeFactory.instance.arrayNode().add(1));
    });
    return wrong;
  }

  private BodiesOperations.Call prepare(String operationId) {
    BodiesOperations.Call call = ops.prepare(operationId);
    ops.sim.clearRequests();
    return call;
  }

  private static <T extends Throwable> T failure(BodiesOperations.Call call, Class<T> type) {
    RuntimeException e = Sentinels.typed(catchThrowable(() -> call.call().call()));
    assertThat(e).isInstanceOf(type);
    return type.cast(e);
  }

  private void assertAttemptsAndRequestId(ApiException e, String operationId, int attempts) {
    List<CapturedRequest> sent = ops.sim.requests().of(operationId);
    assertThat(sent).hasSize(attempts);
    assertThat(e.attempts()).isEqualTo(attempts);
    assertThat(e.requestId()).as("the last answer's X-Request-Id").contains(sent.get(sent.size() - 1).requestId());
  }

  private void assertParseError(ResponseParseException e, String operationId) {
    List<CapturedRequest> sent = ops.sim.requests().of(operationId);
    assertThat(sent).as("a complete 2xx answer is final: one attempt").hasSize(1);
    assertThat(e.httpStatus()).isEqualTo(sent.get(0).status()).isBetween(200, 299);
    assertThat(e.requestId()).contains(sent.get(0).requestId());
    assertThat(e.getMessage()).contains(operationId);
    assertThat(e.getMessage()).doesNotContain("com.fasterxml");
  }
}
