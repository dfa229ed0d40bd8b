package io.hcsdk.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The SDK's one pre-configured {@link ObjectMapper}. Building a mapper is expensive and a
 * configured one is thread-safe, so every call shares this instance.
 */
public final class Json {
  private static final ObjectMapper MAPPER = configure(JsonMapper.builder(), false);

  private Json() {}

  /** The shared mapper: lenient on input, {@code NON_ABSENT} on output. Do not reconfigure it. */
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
