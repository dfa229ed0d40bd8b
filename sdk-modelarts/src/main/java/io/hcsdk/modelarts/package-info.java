/** ModelArts clients; the operations arrive with their own issue. */
package io.hcsdk.modelarts;
