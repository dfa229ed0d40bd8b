package io.hcsdk.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.hcsdk.core.auth.Masking;
import io.hcsdk.core.json.Json;
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
