package io.hcsdk.core.json;

import io.hcsdk.core.HcException;

/**
 * JSON that {@link Json} could not read into the asked type, or a value it could not write. The
 * message says what, where (path, line, column) and why, and never quotes a secret from the
 * input; for the same reason Jackson's own exception is not attached when reading.
 */
public class JsonException extends HcException {
  public JsonException(String message) {
    super(message);
  }

  public JsonException(String message, Throwable cause) {
    super(message, cause);
  }
}
