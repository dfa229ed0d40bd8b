package io.hcsdk.bench;

import java.util.Locale;

/**
 * One of issue 11's targets and what was measured: a ratio (or a count) against its limit, met or
 * missed. The build never fails on a target; the benchmark prints each.
 */
public record Target(String what, double measured, double limit, boolean atMost, String unit) {
  public static Target atMost(String what, double measured, double limit, String unit) {
    return new Target(what, measured, limit, true, unit);
  }

  public static Target atLeast(String what, double measured, double limit, String unit) {
    return new Target(what, measured, limit, false, unit);
  }

  public boolean met() {
    return atMost ? measured <= limit : measured >= limit;
  }

  /** A Markdown table row: target, measured, limit, verdict. */
  public String row() {
    return "| " + what + " | " + format(measured) + " | " + (atMost ? "≤ " : "≥ ") + format(limit) + " | "
        + (met() ? "met" : "**missed**") + " |";
  }

  public static String header() {
    return "| target | measured | limit | verdict |\n| --- | ---: | ---: | --- |";
  }

  private String format(double value) {
    String number = value == Math.rint(value) && Math.abs(value) < 1e9
        ? String.format(Locale.ROOT, "%d", (long) value) : String.format(Locale.ROOT, "%.2f", value);
    return number + unit;
  }
}
