/**
 * The cloud simulator: {@link io.hcsdk.testing.CloudSimulator} (DataArts Fabric, Fabric EP, ModelArts
 * and IAM on local ports, driven by the services' specs), its faults ({@link io.hcsdk.testing.Fault},
 * {@link io.hcsdk.testing.FaultAim}), recorded requests ({@link io.hcsdk.testing.RecordedRequests}),
 * virtual time ({@link io.hcsdk.testing.FakeTime}, {@link io.hcsdk.testing.VirtualScheduler}), the JUnit 5
 * extension ({@link io.hcsdk.testing.CloudSimulatorExtension}) and the standalone server
 * ({@link io.hcsdk.testing.SimulatorMain}). The engine lives in {@code io.hcsdk.testing.internal}, which
 * the module does not export.
 */
package io.hcsdk.testing;
