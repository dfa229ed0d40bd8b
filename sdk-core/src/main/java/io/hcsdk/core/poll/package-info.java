/**
 * Waiting for a resource to settle. A service declares each wait once as data, a
 * {@link io.hcsdk.core.poll.WaiterSpec} (statuses that mean success, success with a warning,
 * failure or "on the way", and what a 404 means); a {@link io.hcsdk.core.poll.Waiter} runs it by a
 * {@link io.hcsdk.core.poll.WaitPolicy} only when someone waits, giving each poll the time left of
 * the wait. Also its result, progress events and exceptions. The polling loop lives here once.
 */
package io.hcsdk.core.poll;
