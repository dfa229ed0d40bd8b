package io.hcsdk.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.hcsdk.core.internal.Redactor;
import java.util.List;

/**
 * Turns Jackson's exceptions into {@link JsonException} messages that keep what helps (the
 * problem, the path, line and column) and drop what may be a secret: Jackson quotes the input
 * (an unquoted token, a value of the wrong format), so the rejected value under a secret name
 * is never quoted, a malformed document is described without the fragments Jackson quotes, and
 * the whole message goes through the redactor.
 */
final class JsonErrors {
  private JsonErrors() {}

  static JsonException reading(JavaType type, JsonProcessingException e) {
    String path = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : path(e);
    String problem;
    StreamReadException malformed = malformed(e);
    if (malformed != null) {
      problem = "malformed JSON: " + withoutFragments(malformed.getOriginalMessage());
    } else if (underSecretName(e)) {
      problem = "the value does not fit "
          + (e instanceof MismatchedInputException mismatch ? typeName(mismatch.getTargetType()) : "its type");
    } else {
      problem = String.valueOf(e.getOriginalMessage());
    }
    return new JsonException(Redactor.json("cannot read " + typeName(type) + " from JSON: " + problem
        + (path.equals("$") ? "" : " at " + path) + location(e.getLocation())));
  }

  static JsonException writing(Object value, JsonProcessingException e) {
    return new JsonException("cannot write " + value.getClass().getName() + " as JSON: "
        + Redactor.json(String.valueOf(e.getOriginalMessage())), e);
  }

  /** The parse error, also when Jackson wrapped it while binding (inside a {@code JsonNode} field). */
  private static StreamReadException malformed(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof StreamReadException read) {
        return read;
      }
    }
    return null;
  }

  /**
   * Jackson's description with every quoted or parenthesised fragment, which is where it quotes
   * the input, replaced by an ellipsis: {@code Unrecognized token '…': was expecting (…)}.
   */
  private static String withoutFragments(String message) {
    if (message == null) {
      return "unreadable";
    }
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < message.length() && message.charAt(i) != '\n') {
      char c = message.charAt(i);
      if (c == '\'' || c == '"') {
        int close = message.indexOf(c, i + 1);
        text.append(c).append('…').append(c);
        i = close < 0 ? message.length() : close + 1;
      } else if (c == '(') {
        int depth = 0;
        while (i < message.length()) {
          char inner = message.charAt(i++);
          depth += inner == '(' ? 1 : inner == ')' ? -1 : 0;
          if (depth == 0) {
            break;
          }
        }
        text.append("(…)");
      } else {
        text.append(c);
        i++;
      }
    }
    return text.toString().trim();
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** Where a parser stopped, from its nesting context (the exception has no path of its own). */
  private static String path(JsonProcessingException e) {
    JsonParser parser = e instanceof StreamReadException read ? read.getProcessor() : null;
    if (parser == null) {
      return "$";
    }
    StringBuilder reversed = new StringBuilder();
    for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
        context = context.getParent()) {
      String step = context.inArray() ? "[" + context.getCurrentIndex() + "]"
          : context.getCurrentName() != null ? "." + context.getCurrentName() : "";
      reversed.insert(0, step);
    }
    return "$" + reversed;
  }

  /** Jackson would quote the rejected value in its message; under a secret name it must not. */
  private static boolean underSecretName(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping) {
      for (JsonMappingException.Reference reference : mapping.getPath()) {
        if (reference.getFieldName() != null && Redactor.isSecretField(reference.getFieldName())) {
          return true;
        }
      }
    }
    return false;
  }

  private static String location(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** {@code Deployment}, {@code List<Deployment>}: short names, as a reader of the message wrote them. */
  static String typeName(JavaType type) {
    StringBuilder name = new StringBuilder(type.getRawClass().getSimpleName());
    if (type.containedTypeCount() > 0) {
      name.append('<');
      for (int i = 0; i < type.containedTypeCount(); i++) {
        name.append(i > 0 ? ", " : "").append(typeName(type.containedType(i)));
      }
      name.append('>');
    }
    return name.toString();
  }

  private static String typeName(Class<?> type) {
    return type == null ? "value" : type.getSimpleName();
  }
}
