/**
 * Waiting for a resource to settle: {@link io.hcsdk.core.poll.Waiter} (statuses, 404 handling and a
 * {@link io.hcsdk.core.poll.WaitPolicy} as data), its result, progress events and exceptions.
 * Service modules declare the statuses; the polling loop lives here once.
 */
package io.hcsdk.core.poll;
