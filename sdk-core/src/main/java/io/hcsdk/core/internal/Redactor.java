package io.hcsdk.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.hcsdk.core.auth.Masking;
import io.hcsdk.core.json.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.Headers;

/**
 * Masks secrets in anything that may reach a log line, an exception message or a
 * {@code toString}: authentication headers, and JSON values under names that say they hold a
 * secret ({@link SecretNames} has the naming rule). Works on text, so it also masks truncated or
 * otherwise invalid JSON, in time linear in its length.
 */
public final class Redactor {

  private static final Set<String> SECRET_HEADERS = Set.of(
      "x-auth-token", "authorization", "x-security-token", "x-subject-token", "proxy-authorization",
      "cookie", "set-cookie");

  /** The shortest header value (or part of one) {@link #withoutSentCredentials} treats as a credential. */
  private static final int MIN_CREDENTIAL = 8;

  private Redactor() {}

  /** The authentication headers, and any header whose name is a {@linkplain #isSecretField secret name}. */
  public static boolean isSecretHeader(String name) {
    return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) || isSecretField(name);
  }

  /**
   * Whether a value under this name is masked. A plural name ({@code max_tokens}) counts here,
   * though {@link #json} keeps a number under it: numbers under plurals are counts.
   */
  public static boolean isSecretField(String name) {
    return SecretNames.classify(name) != SecretNames.Kind.PLAIN;
  }

  /** {@code name: value} lines with secret values masked. */
  public static String headers(Headers headers) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      text.append(name).append(": ").append(isSecretHeader(name) ? Masking.MASK : headers.value(i)).append('\n');
    }
    return text.toString();
  }

  /**
   * The text with every value under a secret name replaced by {@code "****"}: strings, numbers,
   * booleans, and every scalar inside an array or object (keys and shape are kept, so the result
   * of valid JSON is valid JSON). JSON escaped inside a string value is masked the same way, at
   * any depth. {@code null} values stay {@code null}. Never fails, whatever the text.
   */
  public static String json(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return RedactingScanner.redact(text);
  }

  /**
   * {@code text} (an answer's body) with the credentials the answered request carried masked
   * wherever they appear: a proxy's error page or a debugging echo may quote the request's headers,
   * and no name in the body marks them as secrets. Each secret header's value is masked whole, and
   * so are its parts after the scheme (an authorization's {@code Access=...}, {@code Signature=...}),
   * which an echo may print reformatted. Parts shorter than 8 characters are left: not credentials.
   */
  public static String withoutSentCredentials(String text, Headers sent) {
    if (text == null || text.isEmpty()) {
      return text == null ? "" : text;
    }
    String out = text;
    for (int i = 0; i < sent.size(); i++) {
      if (isSecretHeader(sent.name(i))) {
        for (String secret : credentialParts(sent.value(i))) {
          out = out.replace(secret, Masking.MASK);
        }
      }
    }
    return out;
  }

  /** A header value and its parts, longest first (so the whole value goes before a part of it). */
  private static List<String> credentialParts(String value) {
    List<String> parts = new ArrayList<>();
    parts.add(value.trim());
    String[] pieces = value.trim().split("[\\s,]+");
    // the first of several pieces without '=' is the scheme (SDK-HMAC-SHA256, Bearer), not a secret
    int first = pieces.length > 1 && !pieces[0].contains("=") ? 1 : 0;
    for (int i = first; i < pieces.length; i++) {
      parts.add(pieces[i].substring(pieces[i].indexOf('=') + 1));
    }
    parts.removeIf(part -> part.length() < MIN_CREDENTIAL);
    parts.sort(Comparator.comparingInt(String::length).reversed());
    return parts;
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

  /**
   * An environment-variable map for {@code toString}: names shown, every value masked, since any
   * of them may be a token ({@code HF_TOKEN}) and the name alone cannot be trusted to say so.
   * Prints as {@link Map#toString} does: {@code {HF_TOKEN=****, MODEL_DIR=****}}.
   */
  public static String envVars(Map<String, ?> envVars) {
    if (envVars == null) {
      return "null";
    }
    StringBuilder text = new StringBuilder("{");
    for (String name : envVars.keySet()) {
      if (text.length() > 1) {
        text.append(", ");
      }
      text.append(name).append('=').append(Masking.MASK);
    }
    return text.append('}').toString();
  }

  /**
   * Free-form JSON (a {@code JsonNode}, a map, a list, an {@code Optional} of one) for
   * {@code toString}: printed as JSON through {@link #json}, so {@code {"api_key":"sk-.."}} shows
   * as {@code {"api_key":"****"}}. Something that cannot be printed as JSON shows only its type.
   */
  public static String freeForm(Object value) {
    if (value == null) {
      return "null";
    }
    try {
      return json(Json.mapper().writeValueAsString(value));
    } catch (JsonProcessingException | RuntimeException unprintable) {
      // its message may quote the value, so it is left out
      return "<" + value.getClass().getName() + ", not printable as JSON>";
    }
  }
}
