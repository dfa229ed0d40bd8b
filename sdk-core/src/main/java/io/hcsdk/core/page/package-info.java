/**
 * Walking list operations: {@link io.hcsdk.core.page.Paginator} over offset/limit or continue-token
 * pages, fetched on demand, with caps and loop guards. Knows nothing of HTTP.
 */
package io.hcsdk.core.page;
