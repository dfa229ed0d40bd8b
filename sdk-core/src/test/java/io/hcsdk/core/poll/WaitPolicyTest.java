package io.hcsdk.core.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitPolicyTest {
  @Test
  void defaultsMatchTheIssue() {
    WaitPolicy p = WaitPolicy.defaults();

    assertThat(p.initialDelay()).isEqualTo(Duration.ofSeconds(2));
    assertThat(p.multiplier()).isEqualTo(1.5);
    assertThat(p.maxInterval()).isEqualTo(Duration.ofSeconds(15));
    assertThat(p.timeout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(p.maxConsecutiveFailures()).isEqualTo(5);
    assertThat(p.jitter()).isBetween(0.0, 1.0);
    assertThat(p.minPollTime()).isEqualTo(Duration.ofSeconds(2));
    assertThat(p.newBuilder().minPollTime(Duration.ofMillis(500)).build().minPollTime()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void jitteredDelaysStayWithinTheirBand() {
    WaitPolicy p = WaitPolicy.builder().jitter(0.5).jitterSource(() -> 0.999999).build();

    assertThat(p.delay(0)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(p.delay(1_000)).isBetween(Duration.ofMillis(7500), Duration.ofSeconds(15));
  }

  @Test
  void invalidSettingsAreRejected() {
    assertThatThrownBy(() -> WaitPolicy.builder().initialDelay(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WaitPolicy.builder().multiplier(0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WaitPolicy.builder().jitter(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WaitPolicy.builder().maxConsecutiveFailures(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WaitPolicy.builder().minPollTime(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WaitPolicy.builder().initialDelay(Duration.ofMinutes(1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxInterval");
  }

  @Test
  void durationsReadLikeAPerson() {
    assertThat(Durations.format(Duration.ofMinutes(30))).isEqualTo("30m");
    assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
    assertThat(Durations.format(Duration.ofMillis(4500))).isEqualTo("4.5s");
    assertThat(Durations.format(Duration.ofMillis(150))).isEqualTo("150ms");
    assertThat(Durations.format(Duration.ofMinutes(65))).isEqualTo("1h5m");
  }
}
