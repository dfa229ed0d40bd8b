package io.hcsdk.core.page;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page to fetch: {@code offset + limit} for offset-style lists, or {@code token + limit}
 * for continue-token lists (no token means the first page). Immutable.
 */
public final class PageRequest {
  private final int offset;
  private final String token;
  private final int limit;
  private final boolean tokenStyle;

  private PageRequest(int offset, String token, int limit, boolean tokenStyle) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0: " + offset);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1: " + limit);
    }
    this.offset = offset;
    this.token = token;
    this.limit = limit;
    this.tokenStyle = tokenStyle;
  }

  public static PageRequest offset(int offset, int limit) {
    return new PageRequest(offset, null, limit, false);
  }

  /** A continue-token request; {@code token} is the previous page's token, empty for the first page. */
  public static PageRequest token(Optional<String> token, int limit) {
    return new PageRequest(0, Objects.requireNonNull(token, "token").filter(t -> !t.isEmpty()).orElse(null), limit, true);
  }

  /** The first item's position; always 0 for token-style requests. */
  public int offset() {
    return offset;
  }

  /** The continue token; empty for the first page and for offset-style requests. */
  public Optional<String> token() {
    return Optional.ofNullable(token);
  }

  public int limit() {
    return limit;
  }

  public boolean isTokenStyle() {
    return tokenStyle;
  }

  PageRequest withLimit(int newLimit) {
    return new PageRequest(offset, token, newLimit, tokenStyle);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PageRequest that && offset == that.offset && limit == that.limit
        && tokenStyle == that.tokenStyle && Objects.equals(token, that.token);
  }

  @Override
  public int hashCode() {
    return Objects.hash(offset, token, limit, tokenStyle);
  }

  @Override
  public String toString() {
    return tokenStyle ? "PageRequest{token=" + (token == null ? "<first>" : token) + ", limit=" + limit + "}"
        : "PageRequest{offset=" + offset + ", limit=" + limit + "}";
  }
}
