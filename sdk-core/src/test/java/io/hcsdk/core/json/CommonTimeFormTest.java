package io.hcsdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast reader of the common ISO-8601 form agrees with DateTimeFormatter and declines the rest. */
class CommonTimeFormTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "2022-11-02T09:40:52.714657+08:00", "2022-11-02T09:40:13.05412+08:00", "2022-09-16T05:32:44Z",
      "2024-02-29T23:59:59.999999999-05:30", "2024-01-01T00:00:00.1Z", "1999-12-31t23:00:00z",
      "2024-06-01T12:00:00+00:00"})
  void readsTheCommonFormExactlyAsDateTimeFormatterDoes(String text) {
    OffsetDateTime expected = OffsetDateTime.parse(text.toUpperCase(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);

    assertThat(LenientTimeDeserializers.parseCommonForm(text)).isEqualTo(expected);
    assertThat(LenientTimeDeserializers.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2022-11-02T09:40:52", "2022-11-02 09:40:52Z", "2022-11-02T09:40:52.Z", "2022-11-02T09:40:52.1234567890Z",
      "2022-13-02T09:40:52Z", "2022-02-30T09:40:52Z", "2022-11-02T09:40:52+8:00", "1614669154682", "x"})
  void declinesEveryOtherForm(String text) {
    assertThat(LenientTimeDeserializers.parseCommonForm(text)).isNull();
  }

  @Test
  void theOtherFormsStillReadAndNonsenseStillFails() {
    assertThat(LenientTimeDeserializers.parse("1614669154682").toInstant().toEpochMilli()).isEqualTo(1614669154682L);
    assertThat(LenientTimeDeserializers.parse("2022-11-02T09:40:52").getOffset().getTotalSeconds()).isZero();
    assertThatThrownBy(() -> LenientTimeDeserializers.parse("2022-02-30T09:40:52Z"))
        .isInstanceOf(DateTimeParseException.class);
  }
}
