package io.hcsdk.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version as the build wrote it into {@code io/hcsdk/core/version.properties}. */
final class SdkVersion {
  static final String RESOURCE = "/io/hcsdk/core/version.properties";
  /** When the resource is missing or unfiltered (a build that skipped resource processing). */
  static final String UNKNOWN = "unknown";

  private SdkVersion() {}

  static String read() {
    try (InputStream in = SdkVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return UNKNOWN;
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "").trim();
      return version.isEmpty() || version.startsWith("${") ? UNKNOWN : version;
    } catch (IOException | IllegalArgumentException e) {
      return UNKNOWN;
    }
  }
}
