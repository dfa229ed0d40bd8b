package io.hcsdk.core.poll;

import java.time.Duration;

/** Short human durations for messages and logs: {@code 30m}, {@code 1m30s}, {@code 4.5s}, {@code 150ms}. */
final class Durations {
  private Durations() {}

  static String format(Duration d) {
    if (d.isNegative()) {
      return "-" + format(d.negated());
    }
    long millis = d.toMillis();
    if (millis < 1000) {
      return millis + "ms";
    }
    long hours = d.toHours();
    int minutes = d.toMinutesPart();
    int seconds = d.toSecondsPart();
    int tenths = d.toMillisPart() / 100;
    StringBuilder text = new StringBuilder();
    if (hours > 0) {
      text.append(hours).append('h');
    }
    if (minutes > 0) {
      text.append(minutes).append('m');
    }
    if (seconds > 0 || tenths > 0) {
      text.append(seconds);
      if (tenths > 0 && hours == 0) {
        text.append('.').append(tenths);
      }
      text.append('s');
    }
    return text.toString();
  }
}
