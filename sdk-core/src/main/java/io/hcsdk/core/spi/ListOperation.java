package io.hcsdk.core.spi;

import io.hcsdk.core.page.Page;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A list operation as data: the operation, where the items, total and continue token sit in its
 * answer, and how it pages. {@link #call} yields one page, a page asynchronously, a lazy
 * paginator or a stream, for every paging style the services use.
 *
 * <pre>{@code
 * static final ListOperation<ListEndpointsRequest, EndpointList, Endpoint> LIST_ENDPOINTS =
 *     ListOperation.builder(LIST_ENDPOINTS_OPERATION, EndpointList::endpoints)
 *         .total(EndpointList::total)
 *         .style(PagingStyle.ITEM_OFFSET)
 *         .pageSizes(10, 100)
 *         .build();
 * }</pre>
 *
 * @param <Q> the query model (its JSON names are the query parameters)
 * @param <L> the answer's type
 * @param <T> the item type
 */
public final class ListOperation<Q, L, T> {
  /** How a list walks its pages. */
  public enum PagingStyle {
    /** {@code offset} counts items ({@code offset=20&limit=10} is the third page). */
    ITEM_OFFSET,
    /** {@code offset} counts pages ({@code offset=2&limit=10} is the third page when the first is 0). */
    PAGE_NUMBER,
    /** A continue token from the previous answer ({@code metadata.continue}); none on the last page. */
    TOKEN
  }

  private final Operation<Void, L> operation;
  private final Function<? super L, ? extends List<? extends T>> items;
  private final Function<? super L, ? extends Optional<? extends Number>> total;
  private final Function<? super L, Optional<String>> nextToken;
  private final PagingStyle style;
  private final String offsetParam;
  private final String limitParam;
  private final String tokenParam;
  private final int firstPageNumber;
  private final int defaultPageSize;
  private final int maxPageSize;
  private final boolean zeroMeansAll;

  private ListOperation(Builder<Q, L, T> b) {
    this.operation = b.operation;
    this.items = b.items;
    this.total = b.total;
    this.nextToken = b.nextToken;
    this.style = b.style;
    this.offsetParam = b.offsetParam;
    this.limitParam = b.limitParam;
    this.tokenParam = b.tokenParam;
    this.firstPageNumber = b.firstPageNumber;
    this.defaultPageSize = b.defaultPageSize;
    this.maxPageSize = b.maxPageSize;
    this.zeroMeansAll = b.zeroMeansAll;
  }

  public static <Q, L, T> Builder<Q, L, T> builder(Operation<Void, L> operation,
      Function<? super L, ? extends List<? extends T>> items) {
    return new Builder<>(operation, items);
  }

  /** Lists within {@code context} as {@code query} asks (its offset, limit or token, and filters). */
  public ListCall<Q, L, T> call(ServiceContext context, Q query) {
    return new ListCall<>(this, context, query);
  }

  public Operation<Void, L> operation() {
    return operation;
  }

  public PagingStyle style() {
    return style;
  }

  /** The service's own default page size: what {@code list} asks for when the query sets no limit. */
  public int defaultPageSize() {
    return defaultPageSize;
  }

  /** The documented maximum page size: what paginators ask for when the query sets no limit. */
  public int maxPageSize() {
    return maxPageSize;
  }

  /** Whether {@code limit=0} asks for every item in one answer. */
  public boolean zeroMeansAll() {
    return zeroMeansAll;
  }

  String offsetParam() {
    return offsetParam;
  }

  String limitParam() {
    return limitParam;
  }

  String tokenParam() {
    return tokenParam;
  }

  int firstPageNumber() {
    return firstPageNumber;
  }

  /** The answer as a page: its items, its total and its continue token, as far as it has them. */
  Page<T> toPage(L answer) {
    Page<T> page = Page.of(answer == null ? List.of() : items.apply(answer));
    if (answer == null) {
      return page;
    }
    Optional<? extends Number> count = total.apply(answer);
    if (count.isPresent()) {
      page = page.withTotal(Optional.of(count.get().longValue()));
    }
    return page.withNextToken(nextToken.apply(answer));
  }

  public static final class Builder<Q, L, T> {
    private final Operation<Void, L> operation;
    private final Function<? super L, ? extends List<? extends T>> items;
    private Function<? super L, ? extends Optional<? extends Number>> total = answer -> Optional.empty();
    private Function<? super L, Optional<String>> nextToken = answer -> Optional.empty();
    private PagingStyle style = PagingStyle.ITEM_OFFSET;
    private String offsetParam = "offset";
    private String limitParam = "limit";
    private String tokenParam = "continue";
    private int firstPageNumber;
    private int defaultPageSize = 10;
    private int maxPageSize = 100;
    private boolean zeroMeansAll;

    private Builder(Operation<Void, L> operation, Function<? super L, ? extends List<? extends T>> items) {
      this.operation = Objects.requireNonNull(operation, "operation");
      this.items = Objects.requireNonNull(items, "items");
    }

    public Builder<Q, L, T> total(Function<? super L, ? extends Optional<? extends Number>> total) {
      this.total = Objects.requireNonNull(total, "total");
      return this;
    }

    public Builder<Q, L, T> nextToken(Function<? super L, Optional<String>> nextToken) {
      this.nextToken = Objects.requireNonNull(nextToken, "nextToken");
      return this;
    }

    public Builder<Q, L, T> style(PagingStyle style) {
      this.style = Objects.requireNonNull(style, "style");
      return this;
    }

    /** Query parameter names of the offset (or page number), the page size and the continue token. */
    public Builder<Q, L, T> params(String offsetParam, String limitParam, String tokenParam) {
      this.offsetParam = Objects.requireNonNull(offsetParam, "offsetParam");
      this.limitParam = Objects.requireNonNull(limitParam, "limitParam");
      this.tokenParam = Objects.requireNonNull(tokenParam, "tokenParam");
      return this;
    }

    /** For {@link PagingStyle#PAGE_NUMBER}: the number of the first page (0 unless documented otherwise). */
    public Builder<Q, L, T> firstPageNumber(int firstPageNumber) {
      this.firstPageNumber = firstPageNumber;
      return this;
    }

    /**
     * What {@code list} asks for without a limit, and what paginators ask for. A default of 0 is
     * the service's own "0 means all" default (ListDevEnvInstances): {@code list} then asks for
     * every item in one answer; it needs {@link #zeroMeansAll(boolean) zeroMeansAll}.
     */
    public Builder<Q, L, T> pageSizes(int defaultPageSize, int maxPageSize) {
      if (defaultPageSize < 0 || maxPageSize < Math.max(1, defaultPageSize)) {
        throw new IllegalArgumentException("page sizes must satisfy 0 <= default <= max, 1 <= max: "
            + defaultPageSize + ", " + maxPageSize);
      }
      this.defaultPageSize = defaultPageSize;
      this.maxPageSize = maxPageSize;
      return this;
    }

    public Builder<Q, L, T> zeroMeansAll(boolean zeroMeansAll) {
      this.zeroMeansAll = zeroMeansAll;
      return this;
    }

    /** @throws IllegalArgumentException a default page size of 0 where 0 does not mean all */
    public ListOperation<Q, L, T> build() {
      if (defaultPageSize == 0 && !zeroMeansAll) {
        throw new IllegalArgumentException("a default page size of 0 asks for every item: only for a list whose"
            + " limit=0 means all (zeroMeansAll)");
      }
      return new ListOperation<>(this);
    }
  }
}
