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
 * milliseconds as a string (DevEnv). An empty string is absent. Registered on the shared mapper;
 * {@link #read} is public for the generated model readers.
 */
public final class LenientTimeDeserializers {
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

  /**
   * Reads the current token in any accepted form, for generated readers that call it directly
   * rather than through a deserializer lookup per field.
   */
  public static OffsetDateTime read(JsonParser p, DeserializationContext ctxt) throws IOException {
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
    OffsetDateTime fast = parseCommonForm(text);
    if (fast != null) {
      return fast;
    }
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

  /**
   * {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)}, what the services send nearly always, read
   * without DateTimeFormatter's general machinery (which costs more than the rest of a small
   * response's binding); null for any other form, which the general parsers then read.
   */
  static OffsetDateTime parseCommonForm(String t) {
    int n = t.length();
    if (n < 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || (t.charAt(10) != 'T' && t.charAt(10) != 't')
        || t.charAt(13) != ':' || t.charAt(16) != ':') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    int second = digits(t, 17, 2);
    int i = 19;
    int nanos = 0;
    if (i < n && t.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 9 && Character.isDigit(t.charAt(i))) {
        nanos = nanos * 10 + (t.charAt(i) - '0');
        i++;
      }
      if (i == start || (i < n && Character.isDigit(t.charAt(i)))) {
        return null;
      }
      for (int scale = i - start; scale < 9; scale++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset;
    if (i == n - 1 && (t.charAt(i) == 'Z' || t.charAt(i) == 'z')) {
      offset = ZoneOffset.UTC;
    } else if (i == n - 6 && (t.charAt(i) == '+' || t.charAt(i) == '-') && t.charAt(i + 3) == ':') {
      int hours = digits(t, i + 1, 2);
      int minutes = digits(t, i + 4, 2);
      if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
        return null;
      }
      int seconds = hours * 3600 + minutes * 60;
      offset = ZoneOffset.ofTotalSeconds(t.charAt(i) == '-' ? -seconds : seconds);
    } else {
      return null;
    }
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    } catch (java.time.DateTimeException e) {
      return null; // such as February 30th: the general parser reports it
    }
  }

  /** The {@code count} decimal digits at {@code from}, or -1 when any is not a digit. */
  private static int digits(String t, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static OffsetDateTime fromEpochMillis(long millis) {
    return Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC);
  }
}
