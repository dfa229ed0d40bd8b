package io.hcsdk.core.page;

import io.hcsdk.core.HcException;

/**
 * The service's paging went wrong in a way that would loop forever or silently lose items: it
 * repeated a continue token, ignored the offset (answered a later page with the previous page's
 * items), or a list ran past the page cap. The items already returned are valid; the rest are
 * unreachable.
 */
public class PaginationException extends HcException {
  public PaginationException(String message) {
    super(message);
  }
}
