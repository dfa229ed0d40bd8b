package io.hcsdk.bench;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The line every report starts with: when, on how many cores, on which JDK. */
public final class Machine {
  private Machine() {}

  public static String describe() {
    return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
        + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name")
        + " " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
        + System.getProperty("os.arch");
  }

  /** True when {@code -Dquick} (or {@code -Dquick=true}) was given. */
  public static boolean quick() {
    String quick = System.getProperty("quick");
    return quick != null && !quick.equalsIgnoreCase("false");
  }
}
