package io.hcsdk.core.internal;

import io.hcsdk.core.auth.Masking;
import io.hcsdk.core.internal.SecretNames.Kind;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One left-to-right pass over text that may be JSON, truncated JSON or neither (an HTML error
 * page), copying it with the values under secret names replaced by {@code "****"}.
 *
 * <p>Hand-written rather than regular expressions, so the cost is linear in the input whatever
 * it contains, and nesting is tracked on a heap stack, so no depth overflows. It never fails:
 * an unclosed string or bracket ends at the end of the text, stray brackets are copied.
 */
final class RedactingScanner {
  private static final String MASKED = "\"" + Masking.MASK + "\"";

  /** What a value's name makes of the values inside it when it is an array or object. */
  private static Kind inside(Kind kind) {
    return switch (kind) {
      case PLAIN -> Kind.PLAIN;
      case SECRET, SECRET_UNLESS_NUMBER -> Kind.SECRET;
      case CREDENTIAL, CREDENTIAL_UNLESS_NUMBER -> Kind.CREDENTIAL;
    };
  }

  /** Whether an unquoted scalar (number, true, false, null, or a word of invalid JSON) is masked. */
  private static boolean masks(Kind kind, String scalar) {
    return switch (kind) {
      case PLAIN -> false;
      case SECRET, CREDENTIAL -> !scalar.equals("null");
      case SECRET_UNLESS_NUMBER, CREDENTIAL_UNLESS_NUMBER -> !scalar.equals("null") && !isNumber(scalar);
    };
  }

  private final String in;
  private final StringBuilder out;
  /** What the containers around the current one make of their values. */
  private final Deque<Kind> outer = new ArrayDeque<>();
  /** What the current container makes of its values. */
  private Kind container = Kind.PLAIN;
  /**
   * What the last key makes of its value; kept until the next comma or bracket, so an unquoted
   * value of several words in invalid JSON is masked whole.
   */
  private Kind pending;

  private RedactingScanner(String in) {
    this.in = in;
    this.out = new StringBuilder(in.length() + 16);
  }

  static String redact(String text) {
    return new RedactingScanner(text).run();
  }

  private String run() {
    int i = 0;
    int n = in.length();
    while (i < n) {
      char c = in.charAt(i);
      switch (c) {
        case '"' -> i = string(i);
        case '{', '[' -> {
          Kind value = value();
          outer.push(container);
          container = inside(value);
          pending = null;
          out.append(c);
          i++;
        }
        case '}', ']' -> {
          container = outer.isEmpty() ? Kind.PLAIN : outer.pop();
          pending = null;
          out.append(c);
          i++;
        }
        case ',' -> {
          pending = null;
          out.append(c);
          i++;
        }
        default -> i = Character.isWhitespace(c) || c == ':' ? copy(i) : bare(i);
      }
    }
    return out.toString();
  }

  private Kind value() {
    return pending != null ? pending : container;
  }

  private int copy(int i) {
    out.append(in.charAt(i));
    return i + 1;
  }

  /** A quoted string from {@code start}: a key when a colon follows, else a value. */
  private int string(int start) {
    int end = start + 1;
    boolean closed = false;
    boolean escapedQuote = false;
    while (end < in.length()) {
      char c = in.charAt(end++);
      if (c == '\\') {
        escapedQuote |= end < in.length() && in.charAt(end) == '"';
        end = Math.min(end + 1, in.length());
      } else if (c == '"') {
        closed = true;
        break;
      }
    }
    int contentEnd = closed ? end - 1 : end;
    int after = end;
    while (after < in.length() && Character.isWhitespace(in.charAt(after))) {
      after++;
    }
    if (after < in.length() && in.charAt(after) == ':') {
      pending = kindOfKey(unescape(in, start + 1, contentEnd));
      out.append(in, start, end);
    } else if (value() != Kind.PLAIN) {
      out.append(MASKED);
    } else if (escapedQuote) {
      nestedJson(start, contentEnd, end, closed);
    } else {
      out.append(in, start, end);
    }
    return end;
  }

  private Kind kindOfKey(String name) {
    return switch (container) {
      case SECRET -> Kind.SECRET;
      case CREDENTIAL -> SecretNames.isDescriptor(name) ? SecretNames.classify(name) : Kind.SECRET;
      default -> SecretNames.classify(name);
    };
  }

  /**
   * A string that is not secret may hold JSON itself, escaped (an error message echoing the
   * request): redact its decoded content, and re-escape only if that masked something.
   */
  private void nestedJson(int start, int contentEnd, int end, boolean closed) {
    String decoded = unescape(in, start + 1, contentEnd);
    String redacted = redact(decoded);
    if (redacted.equals(decoded)) {
      out.append(in, start, end);
      return;
    }
    out.append('"');
    escape(redacted, out);
    if (closed) {
      out.append('"');
    }
  }

  /** An unquoted scalar (number, true, false, null) or, in text that is not JSON, a word. */
  private int bare(int start) {
    int end = start;
    while (end < in.length() && !isDelimiter(in.charAt(end))) {
      end++;
    }
    String scalar = in.substring(start, end);
    if (masks(value(), scalar)) {
      out.append(MASKED);
    } else {
      out.append(scalar);
    }
    return end;
  }

  /**
   * The characters a JSON string's content stands for. Lenient, since the text may be cut
   * anywhere: a lone backslash at the end is dropped, a bad {@code \\u} escape kept as written.
   */
  static String unescape(String text, int from, int to) {
    int i = from;
    while (i < to && text.charAt(i) != '\\') {
      i++;
    }
    if (i == to) {
      return text.substring(from, to);
    }
    StringBuilder decoded = new StringBuilder(to - from).append(text, from, i);
    while (i < to) {
      char c = text.charAt(i++);
      if (c != '\\') {
        decoded.append(c);
        continue;
      }
      if (i >= to) {
        break;
      }
      char escaped = text.charAt(i++);
      switch (escaped) {
        case 'n' -> decoded.append('\n');
        case 't' -> decoded.append('\t');
        case 'r' -> decoded.append('\r');
        case 'b' -> decoded.append('\b');
        case 'f' -> decoded.append('\f');
        case 'u' -> {
          int code = i + 4 <= to ? hex(text, i) : -1;
          if (code < 0) {
            decoded.append("\\u");
          } else {
            decoded.append((char) code);
            i += 4;
          }
        }
        default -> decoded.append(escaped);
      }
    }
    return decoded.toString();
  }

  private static int hex(String text, int from) {
    int value = 0;
    for (int i = from; i < from + 4; i++) {
      int digit = Character.digit(text.charAt(i), 16);
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }

  /** Appends {@code text} as the content of a JSON string. */
  static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  private static boolean isDelimiter(char c) {
    return Character.isWhitespace(c) || c == '"' || c == ',' || c == ':' || c == '{' || c == '}' || c == '['
        || c == ']';
  }

  private static boolean isNumber(String scalar) {
    if (scalar.isEmpty()) {
      return false;
    }
    for (int i = 0; i < scalar.length(); i++) {
      char c = scalar.charAt(i);
      boolean numeric = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
      if (!numeric) {
        return false;
      }
    }
    return Character.isDigit(scalar.charAt(scalar.length() - 1));
  }
}
