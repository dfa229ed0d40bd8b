package io.hcsdk.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.hcsdk.core.ClientConfig;
import io.hcsdk.testing.FakeTime;
import io.hcsdk.core.http.HttpPipeline;
import io.hcsdk.core.page.Page;
import io.hcsdk.core.page.PaginationException;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.ValidationException;
import io.hcsdk.core.validate.Validator;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One list SPI for the three paging styles the services use. */
class ListCallTest {
  record Item(@JsonProperty("name") String name) {}

  record Metadata(@JsonProperty("continue") Optional<String> next) {}

  record Items(@JsonProperty("items") List<Item> items, @JsonProperty("total") Optional<Long> total,
      @JsonProperty("metadata") Optional<Metadata> metadata) {}

  record Query(@JsonProperty("offset") Optional<Integer> offset, @JsonProperty("limit") Optional<Integer> limit,
      @JsonProperty("continue") Optional<String> next, @JsonProperty("status") Optional<String> status)
      implements Validatable {
    @Override
    public void validate(Validator v) {
      v.range("limit", limit(), 0, 100);
    }
  }

  private static final Operation<Void, Items> LIST =
      Operation.builder("ListThings", "GET", "svc", "/v1/{project_id}/pools/{pool_name}/things")
          .response(Items.class).query(Query.class).scope("project_id").build();

  private MockWebServer server;
  private HttpPipeline pipeline;
  private ServiceContext context;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    FakeTime time = new FakeTime(Instant.parse("2026-11-23T00:00:00Z"));
    pipeline = new HttpPipeline(ClientConfig.builder().endpoint("svc", server.url("/").toString())
        .credentials((request, ctx) -> request).clock(time).sleeper(time).build());
    context = ServiceContext.of(pipeline).withScope("project_id", "p1");
  }

  @AfterEach
  void stop() {
    pipeline.close();
    server.close();
  }

  private static Query query(Integer offset, Integer limit) {
    return new Query(Optional.ofNullable(offset), Optional.ofNullable(limit), Optional.empty(), Optional.of("running"));
  }

  private void answer(String body) {
    server.enqueue(new MockResponse.Builder().code(200).body(body).build());
  }


  private String nextTarget() throws InterruptedException {
    okhttp3.HttpUrl url = server.takeRequest(5, TimeUnit.SECONDS).getUrl();
    return url.encodedPath() + "?" + url.encodedQuery();
  }

  @Test
  void itemOffsetPagesWalkByItemsAndKeepTheFilters() throws Exception {
    ListOperation<Query, Items, Item> list = ListOperation.<Query, Items, Item>builder(LIST, Items::items)
        .total(Items::total).pageSizes(2, 2).build();
    answer("{\"items\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"total\":3}");
    answer("{\"items\":[{\"name\":\"c\"}],\"total\":3}");

    List<Item> all = list.call(context, query(null, null)).path("pool_name", "pool 1").stream().toList();

    assertThat(all).extracting(Item::name).containsExactly("a", "b", "c");
    assertThat(nextTarget()).isEqualTo("/v1/p1/pools/pool%201/things?status=running&offset=0&limit=2");
    assertThat(nextTarget()).isEqualTo("/v1/p1/pools/pool%201/things?status=running&offset=2&limit=2");
  }

  @Test
  void pageNumberPagesCountPagesNotItems() throws Exception {
    ListOperation<Query, Items, Item> list = ListOperation.<Query, Items, Item>builder(LIST, Items::items)
        .total(Items::total).style(ListOperation.PagingStyle.PAGE_NUMBER).firstPageNumber(1).pageSizes(2, 2).build();
    answer("{\"items\":[{\"name\":\"c\"},{\"name\":\"d\"}],\"total\":5}");
    answer("{\"items\":[{\"name\":\"e\"}],\"total\":5}");

    // The query starts at page 2 (1-based): items c and d, then e.
    List<Item> rest = list.call(context, query(2, null)).path("pool_name", "p").stream().toList();

    assertThat(rest).extracting(Item::name).containsExactly("c", "d", "e");
    assertThat(nextTarget()).endsWith("?status=running&offset=2&limit=2");
    assertThat(nextTarget()).endsWith("?status=running&offset=3&limit=2");
  }

  @Test
  void tokenPagesFollowTheNestedContinueTokenUntilThereIsNone() throws Exception {
    ListOperation<Query, Items, Item> list = ListOperation.<Query, Items, Item>builder(LIST, Items::items)
        .nextToken(items -> items.metadata().flatMap(Metadata::next))
        .style(ListOperation.PagingStyle.TOKEN).pageSizes(50, 500).build();
    answer("{\"items\":[{\"name\":\"a\"}],\"metadata\":{\"continue\":\"tok-1\"}}");
    answer("{\"items\":[{\"name\":\"b\"}],\"metadata\":{}}");

    List<Item> all = list.call(context, query(null, 1)).path("pool_name", "p").stream().toList();

    assertThat(all).extracting(Item::name).containsExactly("a", "b");
    assertThat(nextTarget()).endsWith("?status=running&limit=1");
    assertThat(nextTarget()).endsWith("?status=running&continue=tok-1&limit=1");
  }

  @Test
  void limitZeroMeansAllWhereTheServiceSaysSo() throws Exception {
    ListOperation<Query, Items, Item> list = ListOperation.<Query, Items, Item>builder(LIST, Items::items)
        .total(Items::total).zeroMeansAll(true).build();
    answer("{\"items\":[{\"name\":\"a\"},{\"name\":\"b\"},{\"name\":\"c\"}],\"total\":3}");

    Page<Item> page = list.call(context, query(null, 0)).path("pool_name", "p").list();

    assertThat(page.items()).hasSize(3);
    assertThat(page.hasNext()).isFalse();
    assertThat(nextTarget()).endsWith("?status=running&offset=0&limit=0");
  }

  @Test
  void aServiceWhoseDefaultIsAllListsEverythingWithoutALimitButPaginatesInPages() throws Exception {
    ListOperation<Query, Items, Item> list = ListOperation.<Query, Items, Item>builder(LIST, Items::items)
        .total(Items::total).pageSizes(0, 2).zeroMeansAll(true).build();
    answer("{\"items\":[{\"name\":\"a\"},{\"name\":\"b\"},{\"name\":\"c\"}],\"total\":3}");
    answer("{\"items\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"total\":3}");
    answer("{\"items\":[{\"name\":\"c\"}],\"total\":3}");

    Page<Item> page = list.call(context, query(null, null)).path("pool_name", "p").list();
    List<Item> walked = list.call(context, query(null, null)).path("pool_name", "p").stream().toList();

    assertThat(page.items()).hasSize(3);
    assertThat(page.hasNext()).isFalse();
    assertThat(nextTarget()).endsWith("?status=running&offset=0&limit=0");
    assertThat(walked).extracting(Item::name).containsExactly("a", "b", "c");
    assertThat(nextTarget()).endsWith("?status=running&offset=0&limit=2");
    assertThat(nextTarget()).endsWith("?status=running&offset=2&limit=2");
  }

  @Test
  void aDefaultPageSizeOfZeroNeedsZeroToMeanAll() {
    ListOperation.Builder<Query, Items, Item> builder = ListOperation.<Query, Items, Item>builder(LIST, Items::items)
        .pageSizes(0, 100);

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zeroMeansAll");
    assertThatThrownBy(() -> builder.pageSizes(-1, 100)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.pageSizes(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void listUsesTheServiceDefaultPageSizeAndKnowsItsNextRequest() throws Exception {
    ListOperation<Query, Items, Item> list = ListOperation.<Query, Items, Item>builder(LIST, Items::items)
        .total(Items::total).pageSizes(10, 100).build();
    answer("{\"items\":[{\"name\":\"a\"}],\"total\":30}");

    Page<Item> page = list.call(context, query(null, null)).path("pool_name", "p").listAsync().get(5, TimeUnit.SECONDS);

    assertThat(page.next()).hasValueSatisfying(next -> assertThat(next.offset()).isEqualTo(1));
    assertThat(nextTarget()).endsWith("offset=0&limit=10");
  }

  @Test
  void anInvalidQueryFailsTheFutureAndSendsNothing() {
    ListOperation<Query, Items, Item> list = ListOperation.<Query, Items, Item>builder(LIST, Items::items).build();

    var future = list.call(context, query(null, 500)).path("pool_name", "p").listAsync();

    assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(ValidationException.class).hasMessageContaining("limit");
    assertThatThrownBy(() -> list.call(context, query(null, 500)).list()).isInstanceOf(ValidationException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void findFirstWalksPagesUntilTheItemAndFetchesNoFurther() throws Exception {
    ListOperation<Query, Items, Item> list = ListOperation.<Query, Items, Item>builder(LIST, Items::items)
        .total(Items::total).pageSizes(2, 100).build();
    for (int round = 0; round < 2; round++) {
      answer("{\"items\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"total\":6}");
      answer("{\"items\":[{\"name\":\"c\"},{\"name\":\"d\"}],\"total\":6}");
    }

    Optional<Item> sync = list.call(context, query(null, null)).path("pool_name", "p").findFirst(i -> i.name().equals("c"));
    Optional<Item> async = list.call(context, query(null, null)).path("pool_name", "p")
        .findFirstAsync(i -> i.name().equals("c")).get(5, TimeUnit.SECONDS);

    assertThat(sync).contains(new Item("c"));
    assertThat(async).contains(new Item("c"));
    for (int round = 0; round < 2; round++) {
      assertThat(nextTarget()).endsWith("?status=running&offset=0&limit=2");
      assertThat(nextTarget()).endsWith("?status=running&offset=2&limit=2");
    }
    assertThat(server.getRequestCount()).as("nothing fetched after the page that held it").isEqualTo(4);
  }

  @Test
  void findFirstAsyncEndsEmptyAfterTheLastPage() throws Exception {
    ListOperation<Query, Items, Item> list = ListOperation.<Query, Items, Item>builder(LIST, Items::items)
        .total(Items::total).pageSizes(2, 100).build();
    answer("{\"items\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"total\":3}");
    answer("{\"items\":[{\"name\":\"c\"}],\"total\":3}");

    Optional<Item> found = list.call(context, query(null, null)).path("pool_name", "p")
        .findFirstAsync(i -> i.name().equals("z")).get(5, TimeUnit.SECONDS);

    assertThat(found).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void findFirstAsyncStopsAtARepeatedContinueTokenAndAtAPageThatRepeatsThePreviousOne() {
    ListOperation<Query, Items, Item> tokens = ListOperation.<Query, Items, Item>builder(LIST, Items::items)
        .nextToken(items -> items.metadata().flatMap(Metadata::next))
        .style(ListOperation.PagingStyle.TOKEN).pageSizes(1, 500).build();
    answer("{\"items\":[{\"name\":\"a\"}],\"metadata\":{\"continue\":\"tok-1\"}}");
    answer("{\"items\":[{\"name\":\"b\"}],\"metadata\":{\"continue\":\"tok-1\"}}");
    ListOperation<Query, Items, Item> offsets = ListOperation.<Query, Items, Item>builder(LIST, Items::items)
        .pageSizes(1, 100).build();
    answer("{\"items\":[{\"name\":\"a\"}]}");
    answer("{\"items\":[{\"name\":\"a\"}]}");

    var looping = tokens.call(context, query(null, null)).path("pool_name", "p").findFirstAsync(i -> false);
    assertThatThrownBy(() -> looping.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(PaginationException.class)
        .hasMessageContaining("returned the continue token 'tok-1' twice");
    var ignoringOffset = offsets.call(context, query(null, null)).path("pool_name", "p").findFirstAsync(i -> false);
    assertThatThrownBy(() -> ignoringOffset.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(PaginationException.class)
        .hasMessageContaining("ignores the offset");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }
}
