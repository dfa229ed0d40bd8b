package io.hcsdk.testing.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.core.page.Page;
import io.hcsdk.core.page.PaginationException;
import io.hcsdk.core.spi.ListOperation.PagingStyle;
import io.hcsdk.testing.CapturedRequest;
import io.hcsdk.testing.Fault;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Paginators of both services against servers that page wrongly (a continue token given twice, an
 * offset, page number or token ignored) or fail mid-walk (503s): the walk ends in a
 * {@link PaginationException} or a typed error instead of looping or returning part of the list as
 * all of it, and a retried page neither loses nor repeats an item.
 */
@Resilience
class PaginatorFaultsTest {
  @ParameterizedTest(name = "{0}: a server that ignores the position and answers the first page again")
  @EnumSource(PaginatorList.class)
  void aServerThatAnswersTheFirstPageAgainIsAPaginationErrorWithoutARepeatedItem(PaginatorList list) {
    try (WaiterRig rig = new WaiterRig(Sims.start())) {
      list.fill(rig);
      List<String> all = walk(rig, list);
      rig.sim().clearRequests();
      // Whatever the offset, page number or token asks for, the answer is the first one.
      AtomicReference<String> first = new AtomicReference<>();
      rig.sim().on(list.operation()).always(Fault.rewrite(body -> {
        first.compareAndSet(null, body);
        return first.get();
      }));
      List<String> seen = new ArrayList<>();

      RuntimeException e = Sentinels.typed(catchThrowable(() -> collect(rig, list, seen)));

      assertThat(e).isInstanceOf(PaginationException.class);
      assertThat(seen).as("the first page once, nothing twice").containsExactlyElementsOf(all.subList(0, list.pageSize()));
      List<CapturedRequest> requests = rig.sim().requests().of(list.operation());
      assertThat(requests).hasSize(2);
      assertAskedForTheSecondPage(list, requests.get(1));
    }
  }

  @Test
  void aRepeatedContinueTokenIsAPaginationErrorNotAnEndlessLoop() {
    PaginatorList list = PaginatorList.MODELARTS_POOL_NODES; // the only token-paged list of either service
    try (WaiterRig rig = new WaiterRig(Sims.start())) {
      List<String> all = walk(rig, list);
      rig.sim().clearRequests();
      // The pages are right, but every answer names the first answer's continue token as the next one.
      AtomicReference<String> firstToken = new AtomicReference<>();
      rig.sim().on(list.operation()).always(Fault.rewriteJson(json -> {
        ObjectNode metadata = (ObjectNode) json.path("metadata");
        if (metadata.hasNonNull("continue")) {
          firstToken.compareAndSet(null, metadata.get("continue").asText());
          metadata.put("continue", firstToken.get());
        }
        return json;
      }));
      List<String> seen = new ArrayList<>();

      RuntimeException e = Sentinels.typed(catchThrowable(() -> collect(rig, list, seen)));

      assertThat(e).isInstanceOfSatisfying(PaginationException.class,
          p -> assertThat(p.getMessage()).contains("twice"));
      assertThat(seen).as("the two pages the server did serve").containsExactlyElementsOf(all.subList(0, 20));
      List<CapturedRequest> requests = rig.sim().requests().of(list.operation());
      assertThat(requests).hasSize(2);
      assertThat(requests.get(1).queryParameter("continue")).isEqualTo(firstToken.get());
    }
  }

  @ParameterizedTest(name = "{0}: a page answered 503 twice mid-walk is retried, no item lost or repeated")
  @EnumSource(value = PaginatorList.class,
      names = {"FABRIC_ENDPOINTS", "FABRIC_SERVICE_INSTANCES", "MODELARTS_DEV_ENVS", "MODELARTS_CLUSTERS",
          "MODELARTS_POOL_NODES"})
  void aPageThatHits503sMidWayIsRetriedWithoutLosingOrRepeatingAnItem(PaginatorList list) {
    try (WaiterRig rig = new WaiterRig(Sims.start())) {
      list.fill(rig);
      List<String> all = walk(rig, list);
      assertThat(all).hasSize(list.size()).doesNotHaveDuplicates();
      rig.sim().clearRequests();
      List<String> seen = new ArrayList<>();
      Iterator<? extends Page<?>> pages = list.paginator(rig).pages().iterator();
      pages.next().items().forEach(item -> seen.add(list.idOf(item)));

      rig.sim().on(list.operation()).next(2, Fault.status(503, list.unavailableBody()));
      pages.forEachRemaining(page -> page.items().forEach(item -> seen.add(list.idOf(item))));

      assertThat(seen).containsExactlyElementsOf(all);
      int pageCount = (list.size() + list.pageSize() - 1) / list.pageSize();
      rig.sim().requests().assertCount(list.operation(), pageCount + 2);
      assertThat(rig.count(list.operation(), 503)).isEqualTo(2);
    }
  }

  @ParameterizedTest(name = "{0}: a storm of 503s mid-walk ends it with a typed 503 after the pages served")
  @EnumSource(value = PaginatorList.class, names = {"FABRIC_ENDPOINTS", "MODELARTS_POOL_NODES"})
  void aStormOf503sMidWayEndsTheWalkWithATypedError(PaginatorList list) {
    try (WaiterRig rig = new WaiterRig(Sims.start())) {
      list.fill(rig);
      List<String> all = walk(rig, list);
      rig.sim().clearRequests();
      List<String> seen = new ArrayList<>();
      Iterator<? extends Page<?>> pages = list.paginator(rig).pages().iterator();
      pages.next().items().forEach(item -> seen.add(list.idOf(item)));
      rig.sim().on(list.operation()).always(Fault.status(503, list.unavailableBody()));

      RuntimeException e = Sentinels.typed(catchThrowable(pages::hasNext));

      assertThat(e).isInstanceOfSatisfying(ServerException.class, unavailable -> {
        assertThat(unavailable.httpStatus()).isEqualTo(503);
        assertThat(unavailable.errorCode()).contains(list.unavailableCode());
        assertThat(unavailable.requestId()).contains(rig.lastRequestId(list.operation()));
        assertThat(unavailable.attempts()).isEqualTo(4);
      });
      assertThat(seen).containsExactlyElementsOf(all.subList(0, list.pageSize()));
      rig.sim().requests().assertCount(list.operation(), 1 + 4);
    }
  }

  /** The ids of a whole walk on a well-behaved server. */
  private static List<String> walk(WaiterRig rig, PaginatorList list) {
    List<String> ids = new ArrayList<>();
    collect(rig, list, ids);
    return ids;
  }

  /** Walks the list into {@code seen}, which keeps what was delivered if the walk throws. */
  private static void collect(WaiterRig rig, PaginatorList list, List<String> seen) {
    for (Object item : list.paginator(rig).items()) {
      seen.add(list.idOf(item));
    }
  }

  /** The client moved on: it asked for the second page, which the server answered with the first. */
  private static void assertAskedForTheSecondPage(PaginatorList list, CapturedRequest second) {
    PagingStyle style = list.style();
    switch (style) {
      case ITEM_OFFSET -> assertThat(second.queryParameter("offset")).isEqualTo(Integer.toString(list.pageSize()));
      case PAGE_NUMBER -> assertThat(second.queryParameter("offset")).isEqualTo("1");
      case TOKEN -> assertThat(second.queryParameter("continue")).isNotBlank();
    }
  }
}
