package io.hcsdk.core.error;

import io.hcsdk.core.HcException;

/**
 * A create whose connection failed after sending, where the client then looked and found that
 * the resource does not exist: it was certainly not created, so sending the request again cannot
 * make a duplicate. The cause is the original {@link TransportException}.
 */
public class NotCreatedException extends HcException {
  public NotCreatedException(String message, TransportException cause) {
    super(message, cause);
  }
}
