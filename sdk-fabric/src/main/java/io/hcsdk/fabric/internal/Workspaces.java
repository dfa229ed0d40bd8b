package io.hcsdk.fabric.internal;

import io.hcsdk.core.validate.Validator;

/** The documented rule for {@code workspace_id}, checked once when a workspace client is made. */
public final class Workspaces {
  private Workspaces() {}

  public static String checked(String workspaceId) {
    Validator validator = Validator.root();
    validator.text("workspace_id", workspaceId, 1, 36, Validator.ID_CHARS, "letters, digits and hyphens");
    validator.throwIfInvalid("workspace_id");
    return workspaceId;
  }
}
