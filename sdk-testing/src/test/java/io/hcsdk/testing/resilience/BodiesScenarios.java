package io.hcsdk.testing.resilience;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The body scenarios share one simulator and its clients per class (starting one per scenario would
 * cost more than the scenarios), with every fault disarmed before each scenario.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BodiesScenarios {
  BodiesOperations ops;

  @BeforeAll
  void start() {
    ops = new BodiesOperations();
  }

  @AfterAll
  void stop() {
    ops.close();
  }

  @BeforeEach
  void disarm() {
    ops.sim.clearFaults();
  }
}
