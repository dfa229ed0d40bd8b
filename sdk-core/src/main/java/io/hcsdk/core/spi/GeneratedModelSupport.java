package io.hcsdk.core.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.core.internal.Redactor;
import io.hcsdk.core.json.Json;
import io.hcsdk.core.json.LenientTimeDeserializers;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.ValidationException;
import io.hcsdk.core.validate.Validator;
import io.hcsdk.core.validate.Violation;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the generated models of every service share: the JSON entry points, the masking of
 * {@code toString()}, the constraint checks beyond {@link Validator}, and the streaming readers of
 * the generated JSON codecs. Each generated model package has a {@code ModelSupport} that extends
 * this class (adding only its own character-set patterns), so generated code calls
 * {@code ModelSupport.readString(...)} and the code exists once, here.
 */
public abstract class GeneratedModelSupport {
  protected GeneratedModelSupport() {}

  // ------------------------------------------------------------------ JSON entry points
  // Every fromJson/toJson of the package goes through these two methods.

  /** Throws {@link io.hcsdk.core.json.JsonException}, whose message never quotes a secret. */
  public static <T> T fromJson(String json, Class<T> type) {
    return Json.read(json, type);
  }

  public static String toJson(Object value) {
    return Json.write(value);
  }

  // ------------------------------------------------------------------ toString masking
  // Every masked value of a generated toString() goes through these two methods.

  /** An environment-variable map with its keys shown and its values masked. */
  public static String maskedEnvVars(Map<String, String> vars) {
    return Redactor.envVars(vars);
  }

  /** Free-form JSON with the values of secret-named keys masked. */
  public static String maskedJson(Object json) {
    return Redactor.freeForm(json);
  }

  /** Appends {@code name=value} to a toString in the making, skipping absent Optionals. */
  public static void field(StringBuilder text, String name, Object value) {
    if (value instanceof Optional<?> optional) {
      if (optional.isEmpty()) {
        return;
      }
      value = optional.get();
    }
    if (text.charAt(text.length() - 1) != '{') {
      text.append(", ");
    }
    text.append(name).append('=').append(value);
  }

  // ------------------------------------------------------------------ validation
  // The Optional forms test isPresent() instead of capturing a lambda: they run per field per call.

  /** A required string that must not be empty or blank. */
  public static void required(Validator v, String field, String value) {
    v.check(value != null && !value.isBlank(), field, "is required");
  }

  /** A mandatory string held as an {@link Optional}: present and not blank. */
  public static void required(Validator v, String field, Optional<String> value) {
    required(v, field, value.orElse(null));
  }

  /** An optional string that, when given, must not be blank. */
  public static void notBlank(Validator v, String field, Optional<String> value) {
    if (value.isPresent()) {
      required(v, field, value.get());
    }
  }

  /** A mandatory value held as an {@link Optional}; returns whether it is present. */
  public static boolean present(Validator v, String field, Optional<?> value) {
    v.check(value.isPresent(), field, "is required");
    return value.isPresent();
  }

  /** A mandatory nested object held as an {@link Optional}: present, then its own checks. */
  public static void requiredNested(Validator v, String field, Optional<? extends Validatable> value) {
    v.nested(field, value.orElse(null));
  }

  /** A mandatory string held as an {@link Optional}, with {@link Validator#text}'s rules. */
  public static void requiredText(Validator v, String field, Optional<String> value, int min, int max,
      Pattern allowed, String charsDescription) {
    v.text(field, value.orElse(null), min, max, allowed, charsDescription);
  }

  public static void minLength(Validator v, String field, String value, int min) {
    if (!(value.length() >= min)) {
      v.fail(field, "must be at least " + min + " characters (was " + value.length() + ")");
    }
  }

  public static void minLength(Validator v, String field, Optional<String> value, int min) {
    if (value.isPresent()) {
      minLength(v, field, value.get(), min);
    }
  }

  /** A mandatory number held as an {@link Optional}: present and within [min, max]. */
  public static void requiredRange(Validator v, String field, Optional<? extends Number> value, long min,
      long max) {
    if (present(v, field, value)) {
      v.range(field, value, min, max);
    }
  }

  public static void requiredAtLeast(Validator v, String field, Optional<? extends Number> value,
      long min) {
    if (present(v, field, value)) {
      atLeast(v, field, value, min);
    }
  }

  public static void requiredAtMost(Validator v, String field, Optional<? extends Number> value,
      long max) {
    if (present(v, field, value)) {
      atMost(v, field, value, max);
    }
  }

  public static void atLeast(Validator v, String field, long value, long min) {
    if (!(value >= min)) {
      v.fail(field, "must be >= " + min + " (was " + value + ")");
    }
  }

  public static void atLeast(Validator v, String field, Optional<? extends Number> value, long min) {
    if (value.isPresent()) {
      atLeast(v, field, value.get().longValue(), min);
    }
  }

  public static void atMost(Validator v, String field, long value, long max) {
    if (!(value <= max)) {
      v.fail(field, "must be <= " + max + " (was " + value + ")");
    }
  }

  public static void atMost(Validator v, String field, Optional<? extends Number> value, long max) {
    if (value.isPresent()) {
      atMost(v, field, value.get().longValue(), max);
    }
  }

  public static void range(Validator v, String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      v.fail(field, "must be between " + min + " and " + max + " (was " + value + ")");
    }
  }

  public static void range(Validator v, String field, Optional<Double> value, double min, double max) {
    if (value.isPresent()) {
      range(v, field, value.get(), min, max);
    }
  }

  public static void minSize(Validator v, String field, Collection<?> values, int min) {
    if (!(values.size() >= min)) {
      v.fail(field, "must have at least " + min + " entries (had " + values.size() + ")");
    }
  }

  /**
   * Ends the read of a request whose JSON lacks required fields held as plain values (the builder
   * cannot make it): a {@link ValidationException} naming each missing field by its JSON path, as
   * validation names every other broken constraint. Bit {@code i} of {@code seen} is set when
   * {@code names[i]} was read; the parser stands just after the object, so its context names the
   * object's own path.
   */
  public static <T> T missingRequired(JsonParser p, Class<?> type, int seen, String... names) {
    String at = path(p.getParsingContext());
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if ((seen & (1 << i)) == 0) {
        violations.add(new Violation(at.isEmpty() ? names[i] : at + "." + names[i], "is required"));
      }
    }
    throw new ValidationException(type.getSimpleName(), violations);
  }

  /** {@code config.applications[0]}: the form of {@link Violation#path()}. */
  private static String path(JsonStreamContext context) {
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        path.insert(0, "[" + c.getCurrentIndex() + "]");
      } else if (c.getCurrentName() != null) {
        path.insert(0, "." + c.getCurrentName());
      }
    }
    return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
  }

  /** A required list or map: at least one entry. */
  public static void notEmpty(Validator v, String field, Collection<?> values) {
    v.check(!values.isEmpty(), field, "is required");
  }

  public static void notEmpty(Validator v, String field, Map<?, ?> values) {
    v.check(!values.isEmpty(), field, "is required");
  }

  // ------------------------------------------------------------------ streaming reads
  // Each reader is called with the parser on the value's first token and leaves it on the
  // value's last token. A JSON null reads as null (absent); so does "" where a number, a
  // boolean or an object is expected, as the shared mapper's coercion rules say.

  /** Reads one value of some type; generated codecs pass {@code XJson::read} and the like. */
  @FunctionalInterface
  public interface ValueReader<T> {
    T read(JsonParser p, DeserializationContext ctxt) throws IOException;
  }

  /**
   * Positions the parser inside an object: returns false, leaving it in place, when the value
   * is absent (null or ""); fails on anything else that is not an object.
   */
  public static boolean enterObject(JsonParser p, DeserializationContext ctxt, Class<?> type)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      p.nextToken();
      return true;
    }
    if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT) {
      return true;
    }
    if (token == JsonToken.VALUE_NULL
        || token == JsonToken.VALUE_STRING && p.getText().isEmpty()) {
      return false;
    }
    ctxt.handleUnexpectedToken(type, p);
    return false;
  }

  public static String readString(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    return token == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, String.class);
  }

  public static Integer readInt(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return p.getIntValue();
    }
    return token == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, Integer.class);
  }

  public static Long readLong(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return p.getLongValue();
    }
    return token == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, Long.class);
  }

  public static Double readDouble(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
      return p.getDoubleValue();
    }
    return token == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, Double.class);
  }

  public static Boolean readBoolean(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    return token == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, Boolean.class);
  }

  /** ISO-8601 and the other forms the shared mapper's lenient time reader accepts. */
  public static OffsetDateTime readDateTime(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : LenientTimeDeserializers.read(p, ctxt);
  }

  /** Epoch milliseconds, as a number or a numeric string (or ISO-8601). */
  public static Instant readInstant(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    OffsetDateTime time = LenientTimeDeserializers.read(p, ctxt);
    return time == null ? null : time.toInstant();
  }

  /** Free-form JSON, kept as it is; a JSON null is absent. */
  public static JsonNode readTree(JsonParser p, DeserializationContext ctxt) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : ctxt.readTree(p);
  }

  /** An open enum from its string; a JSON null is absent. */
  public static <E> E readEnum(JsonParser p, DeserializationContext ctxt, Function<String, E> of)
      throws IOException {
    String value = readString(p, ctxt);
    return value == null ? null : of.apply(value);
  }

  public static <T> T readValue(JsonParser p, DeserializationContext ctxt, Class<T> type)
      throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, type);
  }

  /** A list; null reads as empty, and null elements are dropped. */
  public static <T> List<T> readList(JsonParser p, DeserializationContext ctxt, ValueReader<T> element)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return Collections.emptyList();
    }
    if (token != JsonToken.START_ARRAY) {
      ctxt.handleUnexpectedToken(List.class, p);
    }
    List<T> list = new ArrayList<>();
    for (int index = 0; p.nextToken() != JsonToken.END_ARRAY; index++) {
      try {
        T value = element.read(p, ctxt);
        if (value != null) {
          list.add(value);
        }
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, list, index);
      }
    }
    return list;
  }

  /** A string-keyed map, in wire order; null (or "") reads as empty, null values are dropped. */
  public static <T> Map<String, T> readMap(JsonParser p, DeserializationContext ctxt,
      ValueReader<T> value) throws IOException {
    Map<String, T> map = new LinkedHashMap<>();
    if (!enterObject(p, ctxt, Map.class)) {
      return map;
    }
    for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String key = p.currentName();
      p.nextToken();
      try {
        T read = value.read(p, ctxt);
        if (read != null) {
          map.put(key, read);
        }
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, map, key);
      }
    }
    return map;
  }
}
