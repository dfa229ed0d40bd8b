package io.hcsdk.demo.model;

import io.hcsdk.core.validate.Validator;

/** The hand-written rule of the demo spec: a public widget needs a password. */
final class CreateWidgetRequestRules {
  private CreateWidgetRequestRules() {}

  static void validate(CreateWidgetRequest request, Validator v) {
    if (request.publicWidget().orElse(false) && request.password().isEmpty()) {
      v.fail("password", "is required for a public widget");
    }
  }
}
