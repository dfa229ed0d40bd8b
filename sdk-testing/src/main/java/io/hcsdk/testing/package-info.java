/**
 * An in-process DataArts Fabric simulator for tests and examples: {@link io.hcsdk.testing.FabricSimulator}
 * (two local servers standing in for the {@code fabric} and {@code fabric-ep} hosts, with fault
 * injection and request recording), {@link io.hcsdk.testing.FabricSimulatorExtension} for JUnit 5, and
 * {@link io.hcsdk.testing.FakeTime}, a fake clock and sleeper that make retries and waiters run
 * instantly. Everything else in this package is the simulator's machinery and is package-private.
 */
package io.hcsdk.testing;
