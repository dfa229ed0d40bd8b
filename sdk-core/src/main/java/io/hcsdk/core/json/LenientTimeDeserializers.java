package io.hcsdk.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the time formats the services actually send: ISO-8601 with an offset (and up to
 * nanoseconds), ISO-8601 without one (taken as UTC), epoch milliseconds as a number, and epoch
 * milliseconds as a string (DevEnv). An empty string is absent.
 */
final class LenientTimeDeserializers {
  static final StdScalarDeserializer<Instant> INSTANT = new StdScalarDeserializer<>(Instant.class) {
    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      OffsetDateTime time = read(p, ctxt);
      return time == null ? null : time.toInstant();
    }
  };

  static final StdScalarDeserializer<OffsetDateTime> OFFSET_DATE_TIME =
      new StdScalarDeserializer<>(OffsetDateTime.class) {
        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt)
            throws IOException {
          return read(p, ctxt);
        }
      };

  private LenientTimeDeserializers() {}

  static OffsetDateTime read(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return fromEpochMillis(p.getLongValue());
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      return fromEpochMillis((long) p.getDoubleValue());
    }
    if (token == JsonToken.VALUE_STRING) {
      String text = p.getText().trim();
      if (text.isEmpty()) {
        return null;
      }
      try {
        return parse(text);
      } catch (DateTimeParseException | NumberFormatException e) {
        return (OffsetDateTime) ctxt.handleWeirdStringValue(
            OffsetDateTime.class, text, "not an ISO-8601 time nor epoch milliseconds");
      }
    }
    return (OffsetDateTime) ctxt.handleUnexpectedToken(OffsetDateTime.class, p);
  }

  /** Parses every accepted textual form; public to the package for the lenient readers' tests. */
  static OffsetDateTime parse(String text) {
    if (text.chars().allMatch(Character::isDigit)) {
      return fromEpochMillis(Long.parseLong(text));
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException withoutOffset) {
      return java.time.LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .atOffset(ZoneOffset.UTC);
    }
  }

  private static OffsetDateTime fromEpochMillis(long millis) {
    return Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC);
  }
}
