package io.hcsdk.core.validate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The character-set rules of the documents ({@code ^[A-Za-z0-9_-]*$}, {@code [A-Za-z0-9-]*},
 * {@code ^[A-Za-z][A-Za-z0-9_-]*$}) checked by table lookup instead of a regex {@code Matcher}:
 * that matcher was the largest part of validating a valid CreateEndpoint body (about 8% of the
 * call's CPU, and a {@code Matcher} per checked string). Only patterns of exactly that shape, with
 * ASCII classes and no flags, get a table; every other pattern is matched by its regex, so the
 * verdict is always the regex's own.
 */
final class CharClassCheck {
  /** Patterns are static constants in practice; the bound keeps a caller's throwaway ones from piling up. */
  private static final int MAX_CACHED = 256;
  private static final Map<Pattern, CharClassCheck> CACHE = new ConcurrentHashMap<>();
  /** Stands for "not of the simple shape: use the regex". */
  private static final CharClassCheck REGEX = new CharClassCheck(null, null);

  /** Allowed ASCII characters of the first character when it has a class of its own, else null. */
  private final boolean[] first;
  /** Allowed ASCII characters of every (other) character. */
  private final boolean[] rest;

  private CharClassCheck(boolean[] first, boolean[] rest) {
    this.first = first;
    this.rest = rest;
  }

  /** Whether all of {@code value} matches {@code pattern}, as {@code pattern.matcher(value).matches()}. */
  static boolean matches(Pattern pattern, String value) {
    CharClassCheck check = CACHE.get(pattern);
    if (check == null) {
      check = compile(pattern);
      if (CACHE.size() < MAX_CACHED) {
        CACHE.put(pattern, check);
      }
    }
    return check == REGEX ? pattern.matcher(value).matches() : check.test(value);
  }

  private boolean test(String value) {
    int start = 0;
    if (first != null) {
      if (value.isEmpty() || !allowed(first, value.charAt(0))) {
        return false;
      }
      start = 1;
    }
    for (int i = start; i < value.length(); i++) {
      if (!allowed(rest, value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allowed(boolean[] table, char c) {
    return c < table.length && table[c];
  }

  /** {@code ^?([class])?[class]*$?} with classes of printable ASCII literals and ranges; else {@link #REGEX}. */
  static CharClassCheck compile(Pattern pattern) {
    if (pattern.flags() != 0) {
      return REGEX;
    }
    String s = pattern.pattern();
    int[] at = {0};
    if (s.startsWith("^")) {
      at[0] = 1;
    }
    int end = s.length();
    if (end > at[0] && s.charAt(end - 1) == '$' && !(end >= 2 && s.charAt(end - 2) == '\\')) {
      end--;
    }
    boolean[] one = parseClass(s, at, end);
    if (one == null) {
      return REGEX;
    }
    if (at[0] < end && s.charAt(at[0]) == '*') {
      at[0]++;
      return at[0] == end ? new CharClassCheck(null, one) : REGEX;
    }
    boolean[] star = parseClass(s, at, end);
    if (star == null || at[0] >= end || s.charAt(at[0]) != '*' || at[0] + 1 != end) {
      return REGEX;
    }
    return new CharClassCheck(one, star);
  }

  /** Parses {@code [...]} at {@code at[0]}, leaving {@code at[0]} after it; null if unsupported. */
  private static boolean[] parseClass(String s, int[] at, int end) {
    int i = at[0];
    if (i >= end || s.charAt(i) != '[') {
      return null;
    }
    i++;
    boolean[] table = new boolean[128];
    boolean any = false;
    boolean firstInClass = true;
    while (true) {
      if (i >= end) {
        return null;
      }
      char c = s.charAt(i);
      if (c == ']' && !firstInClass) {
        at[0] = i + 1;
        return any ? table : null;
      }
      if (firstInClass && c == '^') {
        return null; // a negated class
      }
      firstInClass = false;
      int low;
      if (c == '\\') {
        if (i + 1 >= end || !isEscapableLiteral(s.charAt(i + 1))) {
          return null;
        }
        low = s.charAt(i + 1);
        i += 2;
        if (i + 1 < end && s.charAt(i) == '-' && s.charAt(i + 1) != ']') {
          return null; // a range from an escaped character: leave it to the regex
        }
      } else if (c == '[' || c == '&' || c == ']' || !isPrintableAscii(c)) {
        return null; // nested classes, intersections, anything not plainly literal
      } else {
        low = c;
        i++;
      }
      int high = low;
      // A range: '-' followed by a plain literal. A '-' first or last in the class is a literal.
      if (c != '\\' && i + 1 < end && s.charAt(i) == '-' && s.charAt(i + 1) != ']') {
        char h = s.charAt(i + 1);
        if (h == '\\' || h == '[' || h == '&' || !isPrintableAscii(h) || h < low) {
          return null;
        }
        high = h;
        i += 2;
        if (i < end && s.charAt(i) == '-' && i + 1 < end && s.charAt(i + 1) != ']') {
          return null; // "a-z-0": leave such classes to the regex
        }
      }
      for (int x = low; x <= high; x++) {
        table[x] = true;
      }
      any = true;
    }
  }

  private static boolean isPrintableAscii(char c) {
    return c >= 0x20 && c < 0x7f;
  }

  /** A backslash before these is the character itself (never a class like \d or \w). */
  private static boolean isEscapableLiteral(char c) {
    return isPrintableAscii(c) && !Character.isLetterOrDigit(c);
  }
}
