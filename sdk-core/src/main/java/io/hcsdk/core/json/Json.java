package io.hcsdk.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Reading and writing the SDK's models as JSON, the way the SDK itself does on the wire:
 * {@code Json.read(Files.readString(path), CreateEndpointRequest.class)} loads a request from a
 * document example or a config file, {@code Json.write(endpoint)} prints one. Lenient on input
 * (unknown fields ignored, {@code ""} read as absent for numbers and objects, several time
 * formats), absent fields left out on output. Failures are {@link JsonException}s whose message
 * never quotes a secret of the input.
 *
 * <p>Building a mapper is expensive and a configured one is thread-safe, so every call shares
 * one instance.
 */
public final class Json {
  private static final ObjectMapper MAPPER = configure(JsonMapper.builder(), false);
  private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

  private Json() {}

  /** {@code json} read as a {@code type}. */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    JavaType javaType = MAPPER.constructType(type);
    return readOrThrow(javaType, () -> MAPPER.readValue(json, javaType));
  }

  /** {@code json} read as a generic type: {@code Json.read(text, new TypeReference<List<Tag>>() {})}. */
  public static <T> T read(String json, TypeReference<T> type) {
    Objects.requireNonNull(json, "json");
    JavaType javaType = MAPPER.constructType(type);
    return readOrThrow(javaType, () -> MAPPER.readValue(json, javaType));
  }

  /** UTF-8 (or UTF-16/32, detected) {@code json} read as a {@code type}. */
  public static <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    JavaType javaType = MAPPER.constructType(type);
    return readOrThrow(javaType, () -> MAPPER.readValue(json, javaType));
  }

  /** UTF-8 {@code json} read as an already constructed {@code type}: a response type the pipeline built. */
  public static <T> T read(byte[] json, JavaType type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return readOrThrow(type, () -> MAPPER.readValue(json, type));
  }

  /** The stream read to its end as a {@code type}, and closed. */
  public static <T> T read(InputStream json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    JavaType javaType = MAPPER.constructType(type);
    return readOrThrow(javaType, () -> MAPPER.readValue(json, javaType));
  }

  /** {@code value} as compact JSON. */
  public static String write(Object value) {
    return write(value, MAPPER.writer());
  }

  /** {@code value} as indented JSON, for people to read. */
  public static String writePretty(Object value) {
    return write(value, PRETTY);
  }

  private interface Reading<T> {
    T read() throws IOException;
  }

  private static <T> T readOrThrow(JavaType type, Reading<T> reading) {
    T value;
    try {
      value = reading.read();
    } catch (JsonProcessingException e) {
      throw JsonErrors.reading(type, e);
    } catch (IOException e) {
      throw new JsonException("cannot read " + JsonErrors.typeName(type) + " from JSON: " + e, e);
    }
    if (value == null) {
      // the document was the literal null: the SDK's values are never null
      throw new JsonException("cannot read " + JsonErrors.typeName(type) + " from JSON: the document is null");
    }
    return value;
  }

  private static String write(Object value, ObjectWriter writer) {
    Objects.requireNonNull(value, "value");
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw JsonErrors.writing(value, e);
    }
  }

  /**
   * The shared mapper behind {@link #read} and {@link #write}: lenient on input,
   * {@code NON_ABSENT} on output. For the SDK and service modules; do not reconfigure it.
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * A mapper with the same settings that fails on any unknown field: for tests that prove a
   * model loses nothing of a documented example.
   */
  public static ObjectMapper strictMapper() {
    return configure(JsonMapper.builder(), true);
  }

  private static ObjectMapper configure(JsonMapper.Builder builder, boolean strict) {
    SimpleModule lenientTime = new SimpleModule("hcsdk-lenient-time")
        .addDeserializer(Instant.class, LenientTimeDeserializers.INSTANT)
        .addDeserializer(OffsetDateTime.class, LenientTimeDeserializers.OFFSET_DATE_TIME);
    JsonMapper mapper = builder
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(lenientTime)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
        .configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, false)
        .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
        .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
        .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
            JsonInclude.Include.USE_DEFAULTS))
        .build();
    // The documents send "" where a number or an object is absent (max_replicas_per_node: "").
    mapper.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    mapper.coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    mapper.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    mapper.coercionConfigFor(LogicalType.POJO)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    mapper.coercionConfigFor(LogicalType.Map)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    return mapper;
  }
}
