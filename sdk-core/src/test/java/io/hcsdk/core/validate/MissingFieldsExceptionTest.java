package io.hcsdk.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The generated builders' message becomes a violation per missing field. */
class MissingFieldsExceptionTest {

  @Test
  void theBuildersMessageNamesTheTypeAndEachMissingAttribute() {
    MissingFieldsException e = new MissingFieldsException(
        "Cannot build DeployServiceInstanceRequest, some of required attributes are not set [name, endpointId]");

    assertThat(e.violations()).containsExactly(new Violation("name", "is required"),
        new Violation("endpointId", "is required"));
    assertThat(e).hasMessage("DeployServiceInstanceRequest is invalid: name: is required; endpointId: is required");
  }

  @Test
  void anyOtherMessageIsKeptWhole() {
    MissingFieldsException e = new MissingFieldsException("Builder of X is strict");

    assertThat(e.violations()).containsExactly(new Violation("", "Builder of X is strict"));
  }
}
