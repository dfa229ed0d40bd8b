package io.hcsdk.core.http;

import io.hcsdk.core.error.ErrorDetails;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.Request;

/**
 * Tells a 401 caused by a skewed AK/SK signing clock from other 401s. The gateway answers a
 * skewed {@code X-Sdk-Date} with the code and wording it uses for a wrong key ({@code APIG.0301}
 * "verify aksk signature fail"), so the wording only narrows it down; the measured skew decides:
 * a 401 with a gateway authentication code ({@code APIG.0301}, {@code APIG.1002},
 * {@code APIGW.0307}, also under the other prefix) or with wording about the signature, expiry or
 * request time, to a request signed with {@code X-Sdk-Date}, whose {@code Date} header is at least
 * {@link #THRESHOLD} away from that date.
 */
final class ClockSkew {
  /**
   * Well under the gateway's 15-minute window (a gateway with a tighter one is still covered),
   * well over network latency and the one-second resolution of both dates: a wrong key seen
   * from a well-set clock never looks like skew, so it costs no extra failed attempt (five in a
   * row lock the AK for five minutes).
   */
  static final Duration THRESHOLD = Duration.ofMinutes(5);
  /** Kept here rather than taken from the AK/SK signer: this is what the gateway reads. */
  static final String SDK_DATE_HEADER = "X-Sdk-Date";

  private static final DateTimeFormatter SDK_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern GATEWAY_AUTH_CODE = Pattern.compile("APIGW?\\.(0301|0307|1002)");
  private static final Pattern SKEW_WORDING =
      Pattern.compile("(?i)signature|expire|x-sdk-date|timestamp|request time|time ?skew|clock");

  private ClockSkew() {}

  /** The gateway's time when {@code rejected}'s 401 looks like clock skew; empty otherwise. */
  static Optional<Instant> serverTime(Request rejected, Headers answer, ErrorDetails details) {
    if (details.httpStatus() != 401 || rejected == null || !speaksOfSignatureOrTime(details)) {
      return Optional.empty();
    }
    Optional<Instant> signedAt = signedAt(rejected);
    Instant serverTime = answer.getInstant("Date");
    if (signedAt.isEmpty() || serverTime == null) {
      return Optional.empty();
    }
    Duration skew = Duration.between(signedAt.get(), serverTime).abs();
    return skew.compareTo(THRESHOLD) >= 0 ? Optional.of(serverTime) : Optional.empty();
  }

  private static boolean speaksOfSignatureOrTime(ErrorDetails details) {
    return details.errorCode().filter(code -> GATEWAY_AUTH_CODE.matcher(code).matches()).isPresent()
        || details.errorMessage().filter(message -> SKEW_WORDING.matcher(message).find()).isPresent();
  }

  private static Optional<Instant> signedAt(Request rejected) {
    String date = rejected.header(SDK_DATE_HEADER);
    if (date == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.from(SDK_DATE.parse(date.trim())));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
