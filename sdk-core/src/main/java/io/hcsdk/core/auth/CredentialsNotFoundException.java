package io.hcsdk.core.auth;

import io.hcsdk.core.HcException;
import java.util.List;

/**
 * No usable credentials were configured. The message names every variable looked for and, for a
 * half-configured set, the ones missing; it never contains a value.
 */
public class CredentialsNotFoundException extends HcException {
  private final List<String> missing;

  public CredentialsNotFoundException(String message, List<String> missing) {
    super(message);
    this.missing = List.copyOf(missing);
  }

  /** The variables whose absence left a half-configured set unusable; empty when nothing was set. */
  public List<String> missing() {
    return missing;
  }
}
