package io.hcsdk.core.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * Masks secrets in anything that may reach a log line or an exception message: the
 * authentication headers and JSON fields whose names say they hold a secret. Works on text, so
 * it also masks truncated or otherwise invalid JSON.
 */
public final class Redactor {
  public static final String MASK = "****";

  private static final Set<String> SECRET_HEADERS = Set.of(
      "x-auth-token", "authorization", "x-security-token", "x-subject-token", "proxy-authorization",
      "cookie", "set-cookie");

  /** Field names (snake_case or camelCase) that carry secrets in our APIs. */
  private static final Pattern SECRET_FIELD = Pattern.compile(
      "(?i).*(password|passwd|secret|token|private_?key|app_?key|access_?key|secret_?key|credential"
          + "|signature)$|(?i)(sk|ak|.*_sk)$");

  // Unrolled and possessive, so a long string value cannot overflow the regex engine's stack.
  private static final Pattern JSON_SCALAR_FIELD = Pattern.compile(
      "\"([A-Za-z0-9_.\\-]{1,64})\"(\\s*:\\s*)(\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"?|-?[0-9][0-9.eE+\\-]*+|true|false)");

  // The same field one escape level down: JSON echoed inside a JSON string, as error messages do
  // ({"error_msg":"invalid body {\"password\":\"x\"}"}). The first pattern cannot see these,
  // since the quotes around such a name are escaped. A value ends at an escaped quote, at the end of
  // the text (an excerpt cut short, possibly mid-escape) or before the enclosing string's own quote.
  private static final Pattern ESCAPED_SCALAR_FIELD = Pattern.compile(
      "\\\\\"([A-Za-z0-9_.\\-]{1,64})\\\\\"(\\s*:\\s*)"
          + "(\\\\\"(?:[^\"\\\\]|\\\\[^\"\\\\]|\\\\\\\\\\\\.|\\\\\\\\[^\\\\])*+(?:\\\\\"|\\\\*$|(?=\"))"
          + "|-?[0-9][0-9.eE+\\-]*+|true|false)");

  private Redactor() {}

  public static boolean isSecretHeader(String name) {
    return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
  }

  public static boolean isSecretField(String name) {
    return SECRET_FIELD.matcher(name).matches();
  }

  /** {@code name: value} lines with secret values masked. */
  public static String headers(Headers headers) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      text.append(name).append(": ").append(isSecretHeader(name) ? MASK : headers.value(i)).append('\n');
    }
    return text.toString();
  }

  /**
   * Masks the scalar values of secret-named fields. Object values are walked into, since their
   * inner fields ({@code credential.ssh_private_key}) are matched by name themselves.
   */
  public static String json(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String masked = maskFields(text, JSON_SCALAR_FIELD, "\"");
    // Second pass: secret fields of JSON embedded (escaped) in a string value, as error
    // messages that echo the request carry them.
    return masked.contains("\\\"") ? maskFields(masked, ESCAPED_SCALAR_FIELD, "\\\"") : masked;
  }

  private static String maskFields(String text, Pattern field, String quote) {
    Matcher matcher = field.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (matcher.find()) {
      String replacement = isSecretField(matcher.group(1))
          ? quote + matcher.group(1) + quote + matcher.group(2) + quote + MASK + quote
          : matcher.group();
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** {@link #json} of at most {@code max} characters, marked when cut. */
  public static String excerpt(String body, int max) {
    if (body == null || body.isEmpty()) {
      return "";
    }
    String cut = body.length() > max ? body.substring(0, max) : body;
    String masked = json(cut);
    return body.length() > max ? masked + "…(" + body.length() + " chars)" : masked;
  }
}
