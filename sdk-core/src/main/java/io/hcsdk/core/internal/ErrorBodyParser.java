package io.hcsdk.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.core.error.ErrorDetails;
import io.hcsdk.core.json.Json;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns any error body into {@link ErrorDetails}: the Fabric {@code error_msg} form, ModelArts'
 * {@code error_message}, the nested {@code error{code,message,title}} form with a numeric
 * {@code error_code}, API gateway bodies with {@code request_id}, and bodies that are not JSON at
 * all (a proxy's HTML page, an empty or truncated body), which keep only the excerpt.
 */
public final class ErrorBodyParser {
  private static final Pattern HTML_TITLE = Pattern.compile("(?is)<title>(.*?)</title>");

  private ErrorBodyParser() {}

  public static ErrorDetails parse(int status, String requestIdHeader, String body, int attempts,
      Duration retryAfter) {
    String excerpt = Redactor.excerpt(body, ErrorDetails.MAX_EXCERPT);
    String code = null;
    String message = null;
    String solution = null;
    String requestId = blankToNull(requestIdHeader);
    JsonNode root = readJson(body);
    if (root != null && root.isObject()) {
      JsonNode nested = root.path("error");
      code = firstText(root, "error_code", "errorCode", "code");
      message = firstText(root, "error_msg", "error_message", "errorMsg", "message");
      solution = firstText(root, "solution_msg", "solution_message", "solutionMsg");
      if (nested.isObject()) {
        code = code != null ? code : firstText(nested, "code", "error_code");
        message = message != null ? message : firstText(nested, "message", "error_msg", "title");
      } else if (message == null && nested.isTextual()) {
        message = nested.asText();
      }
      if (requestId == null) {
        requestId = firstText(root, "request_id", "requestId");
      }
    } else if (body != null) {
      Matcher title = HTML_TITLE.matcher(body);
      if (title.find()) {
        message = blankToNull(title.group(1).trim());
      }
    }
    // Messages may echo the request back, so they are masked like the excerpt.
    return new ErrorDetails(status, code, mask(message), mask(solution),
        requestId, attempts, excerpt, retryAfter);
  }

  private static String mask(String text) {
    return text == null ? null : Redactor.json(text);
  }

  private static JsonNode readJson(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    String trimmed = body.trim();
    if (!trimmed.startsWith("{")) {
      return null;
    }
    try {
      return Json.mapper().readTree(trimmed);
    } catch (Exception truncatedOrInvalid) {
      return null;
    }
  }

  private static String firstText(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode value = node.get(name);
      if (value != null && value.isValueNode() && !value.isNull()) {
        String text = blankToNull(value.asText());
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
