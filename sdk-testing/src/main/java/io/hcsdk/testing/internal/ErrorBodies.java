package io.hcsdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.json.Json;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The error bodies of the gateways and services, in each one's documented shape (INDEX.md and the
 * documents' examples). Codes the documents do not give (ModelArts' 400 and most of its 404s) are the
 * simulator's own, in the service's format.
 */
public final class ErrorBodies {
  /** The gateway's 429 body, as the documents quote it. */
  public static final String THROTTLED_BODY = "{\"error_code\":\"APIG.0308\",\"error_msg\":\"The throttling threshold has "
      + "been reached: policy user over ratelimit,limit:20,time:1 minute\"}";
  /** What a proxy in front of the gateway answers: the "HTML error page" of the error conventions. */
  public static final String HTML_PAGE = "<html><head><title>%1$d</title></head><body><center><h1>%1$d</h1></center>"
      + "<hr><center>nginx</center></body></html>";

  private static final String FABRIC_BAD_REQUEST = "common.01000001";
  private static final String FABRIC_DUPLICATE = "common.01000002";
  private static final String MODELARTS_BAD_REQUEST = "ModelArts.0101";
  private static final String MODELARTS_NOT_FOUND = "ModelArts.0104";
  private static final String MODELARTS_CONFLICT = "ModelArts.0103";

  private ErrorBodies() {}

  /** Which body format an operation's errors use. */
  enum Style {
    /** {@code {error_code, error_msg}}, codes {@code common.*} (fabric and fabric-ep hosts) */
    FABRIC,
    /** {@code {error_code, error_msg}}, codes {@code ModelArts.*} */
    MODELARTS,
    /** the v1 demanager (dev-env) operations: {@code {error_code, error_message}} */
    MODELARTS_DEVENV,
    /** IAM's Keystone form {@code {error: {code, message, title}}} */
    IAM;

    static Style of(OperationSpec op) {
      return switch (op.host()) {
        case "modelarts" -> op.path().text().contains("/demanager/") ? MODELARTS_DEVENV : MODELARTS;
        case ApiSpec.IAM_HOST -> IAM;
        default -> FABRIC;
      };
    }
  }

  /** A 400 for bad input: the documented "failed to read http request" text for Fabric. */
  public static SimError badRequest(OperationSpec op, List<SchemaValidator.Violation> violations) {
    boolean typeMismatch = violations.stream().anyMatch(SchemaValidator.Violation::typeMismatch);
    String details = violations.stream().map(Object::toString).collect(Collectors.joining("; "));
    return switch (Style.of(op)) {
      case FABRIC -> error(400, FABRIC_BAD_REQUEST, "failed to read http request, please check your input, code: 400, "
          + "reason: " + (typeMismatch ? "Type mismatch., cause: TypeMismatchException (" + details + ")" : details), op);
      case IAM -> keystone(400, "Bad Request", "The request body is invalid: " + details);
      default -> error(400, MODELARTS_BAD_REQUEST, "Invalid parameter: " + details, op);
    };
  }

  /** A 400 for a request that is well-formed but not acceptable now (state, duplicates, references). */
  public static SimError invalid(OperationSpec op, String message) {
    return switch (Style.of(op)) {
      case FABRIC -> error(400, FABRIC_BAD_REQUEST, message, op);
      case IAM -> keystone(400, "Bad Request", message);
      default -> error(400, MODELARTS_BAD_REQUEST, message, op);
    };
  }

  /** A name already used in the scope. */
  public static SimError duplicateName(OperationSpec op, String kind, String name) {
    return switch (Style.of(op)) {
      case FABRIC -> error(400, FABRIC_DUPLICATE, kind + " name already exists: " + name, op);
      // ModelArts' public error table: ModelArts.6301 for a dev-env name in use.
      case MODELARTS_DEVENV -> error(400, "ModelArts.6301", "The instance already exists. Enter another instance "
          + "name. (" + name + ")", op);
      default -> error(409, MODELARTS_CONFLICT, kind + " name already exists: " + name, op);
    };
  }

  /** The documented 404 of a missing resource. */
  public static SimError notFound(OperationSpec op, String kind, String id) {
    return switch (Style.of(op)) {
      case FABRIC -> error(404, FABRIC_BAD_REQUEST, "response status exception, code: 404", op);
      case IAM -> keystone(404, "Not Found", "Could not find " + kind + ": " + id);
      default -> error(404, MODELARTS_NOT_FOUND, kind + " " + id + " does not exist", op);
    };
  }

  /** A 404 with a given code and message (ModelArts' documented "pool not found"). */
  public static SimError notFoundWithCode(OperationSpec op, String code, String message) {
    return error(404, code, message, op);
  }

  /** What a simulator bug answers: a 500 in the service's format, never a hung connection. */
  public static SimResponse internal(OperationSpec op) {
    return op == null || Style.of(op) == Style.FABRIC
        ? error(500, "common.00000500", "internal error", null).response()
        : error(500, "ModelArts.0500", "internal error", op).response();
  }

  public static SimResponse apiNotFound() {
    return gateway(404, "APIG.0101", "The API does not exist or has not been published in the environment");
  }

  /** No credential, or a token the gateway does not know. */
  public static SimResponse badToken() {
    return gateway(401, "APIG.1002", "Incorrect token or token resolution failed");
  }

  /** A token the gateway knows but that expired or was revoked. */
  public static SimResponse expiredToken() {
    return gateway(401, "APIGW.0307", "The token must be updated.");
  }

  /** AK/SK authentication failed: unknown AK, bad signature, date out of the window, unsigned host. */
  public static SimResponse badSignature(String reason) {
    return gateway(401, "APIG.0301", "Incorrect IAM authentication information: " + reason);
  }

  public static SimResponse throttled() {
    return new SimResponse(429, THROTTLED_BODY, Map.of());
  }

  /** IAM's 401 for a wrong user name, password or domain. */
  public static SimResponse iamUnauthorized() {
    return keystone(401, "Unauthorized", "The username or password is wrong.").response();
  }

  public static String html(int status) {
    return String.format(HTML_PAGE, status);
  }

  private static SimResponse gateway(int status, String code, String message) {
    ObjectNode body = Json.mapper().createObjectNode().put("error_code", code).put("error_msg", message);
    return SimResponse.json(status, body);
  }

  private static SimError error(int status, String code, String message, OperationSpec op) {
    String messageKey = op != null && Style.of(op) == Style.MODELARTS_DEVENV ? "error_message" : "error_msg";
    ObjectNode body = Json.mapper().createObjectNode().put("error_code", code).put(messageKey, message);
    return new SimError(SimResponse.json(status, body));
  }

  private static SimError keystone(int status, String title, String message) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.putObject("error").put("code", status).put("message", message).put("title", title);
    return new SimError(SimResponse.json(status, body));
  }
}
