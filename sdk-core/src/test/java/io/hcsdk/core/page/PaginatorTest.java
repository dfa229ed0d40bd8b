package io.hcsdk.core.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaginatorTest {
  /** A list service over items 0..size-1; records every request it gets. */
  private static final class OffsetServer {
    final List<Integer> all;
    final boolean reportsTotal;
    final int serverMaxLimit;
    final List<String> calls = new ArrayList<>();

    OffsetServer(int size, boolean reportsTotal, int serverMaxLimit) {
      this.all = IntStream.range(0, size).boxed().collect(Collectors.toList());
      this.reportsTotal = reportsTotal;
      this.serverMaxLimit = serverMaxLimit;
    }

    OffsetServer(int size, boolean reportsTotal) {
      this(size, reportsTotal, Integer.MAX_VALUE);
    }

    Page<Integer> fetch(int offset, int limit) {
      calls.add(offset + "+" + limit);
      List<Integer> items = all.subList(Math.min(offset, all.size()),
          Math.min(all.size(), offset + Math.min(limit, serverMaxLimit)));
      return reportsTotal ? Page.of(items, all.size()) : Page.of(items);
    }
  }

  /** A continue-token service: page i carries token "t{i+1}", the last an empty token. */
  private static final class TokenServer {
    final List<List<String>> pages;
    final List<String> calls = new ArrayList<>();

    TokenServer(List<List<String>> pages) {
      this.pages = pages;
    }

    Page<String> fetch(Optional<String> token, int limit) {
      calls.add(token.orElse("<first>") + "+" + limit);
      int index = token.map(t -> Integer.parseInt(t.substring(1))).orElse(0);
      String next = index + 1 < pages.size() ? "t" + (index + 1) : "";
      return Page.<String>of(pages.get(index)).withNextToken(next);
    }
  }

  @Test
  void offsetPagingAcrossPagesWithTotal() {
    OffsetServer server = new OffsetServer(12, true);
    Paginator<Integer> paginator = Paginator.offset(server::fetch, 5);

    List<Page<Integer>> pages = new ArrayList<>();
    paginator.pages().forEach(pages::add);

    assertThat(pages).extracting(p -> p.items().size()).containsExactly(5, 5, 2);
    assertThat(pages).allSatisfy(p -> assertThat(p.total()).contains(12L));
    assertThat(pages.get(0).next()).contains(PageRequest.offset(5, 5));
    assertThat(pages.get(2).hasNext()).isFalse();
    assertThat(server.calls).containsExactly("0+5", "5+5", "10+5");
    assertThat(paginator.stream()).containsExactlyElementsOf(server.all);
  }

  @Test
  void offsetWalkCanStartPastZero() {
    OffsetServer server = new OffsetServer(12, true);
    Paginator<Integer> paginator = Paginator.offset(server::fetch, 5).startingAt(4).maxItems(7);

    assertThat(paginator.stream()).containsExactly(4, 5, 6, 7, 8, 9, 10);
    assertThat(server.calls).containsExactly("4+5", "9+2");
    assertThat(paginator.firstRequest()).isEqualTo(PageRequest.offset(4, 5));
    assertThatThrownBy(() -> Paginator.token((token, limit) -> Page.of(List.of())).startingAt(1))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void offsetWalkFromAnOffsetStopsAtTheTotal() {
    OffsetServer server = new OffsetServer(12, true);
    assertThat(Paginator.offset(server::fetch, 5).startingAt(8).stream()).containsExactly(8, 9, 10, 11);
    assertThat(server.calls).containsExactly("8+5");
  }

  @Test
  void aPageFetchedElsewhereIsCompletedWithTheNextRequest() {
    Paginator<Integer> paginator = Paginator.<Integer>offset((offset, limit) -> {
      throw new AssertionError("completePage must not fetch");
    }, 5).startingAt(10);

    Page<Integer> completed = paginator.completePage(paginator.firstRequest(), Page.of(List.of(10, 11, 12, 13, 14), 30));

    assertThat(completed.next()).contains(PageRequest.offset(15, 5));
    assertThat(completed.items()).containsExactly(10, 11, 12, 13, 14);
    assertThat(paginator.completePage(PageRequest.offset(25, 5), Page.of(List.of(25, 26, 27, 28, 29), 30)).next())
        .isEmpty();
  }

  @Test
  void shortLastPageEndsAListWithoutTotal() {
    OffsetServer server = new OffsetServer(12, false);

    assertThat(Paginator.offset(server::fetch, 5).stream()).hasSize(12);
    assertThat(server.calls).containsExactly("0+5", "5+5", "10+5");
  }

  @Test
  void emptyPageEndsAListWithoutTotal() {
    OffsetServer server = new OffsetServer(10, false);

    List<Page<Integer>> pages = new ArrayList<>();
    Paginator.offset(server::fetch, 5).pages().forEach(pages::add);

    assertThat(pages).extracting(p -> p.items().size()).containsExactly(5, 5, 0);
    assertThat(server.calls).containsExactly("0+5", "5+5", "10+5");
  }

  @Test
  void anEmptyListIsOneEmptyPage() {
    OffsetServer server = new OffsetServer(0, true);
    Paginator<Integer> paginator = Paginator.offset(server::fetch, 5);

    Page<Integer> first = paginator.firstPage();

    assertThat(first.isEmpty()).isTrue();
    assertThat(first.total()).contains(0L);
    assertThat(first.hasNext()).isFalse();
    assertThat(paginator.stream()).isEmpty();
    assertThat(server.calls).containsExactly("0+5", "0+5");
  }

  @Test
  void reachingTheTotalEndsTheListWithoutAnExtraRequest() {
    OffsetServer server = new OffsetServer(10, true);

    assertThat(Paginator.offset(server::fetch, 5).stream()).hasSize(10);
    assertThat(server.calls).containsExactly("0+5", "5+5");
  }

  @Test
  void withATotalAServerCappedLimitDoesNotEndTheListEarly() {
    OffsetServer server = new OffsetServer(7, true, 3);

    assertThat(Paginator.offset(server::fetch, 5).stream()).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(server.calls).containsExactly("0+5", "3+5", "6+5");
  }

  @Test
  void tokenPagingAcrossPages() {
    TokenServer server = new TokenServer(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e")));
    Paginator<String> paginator = Paginator.token(server::fetch, 2);

    assertThat(paginator.stream()).containsExactly("a", "b", "c", "d", "e");
    assertThat(server.calls).containsExactly("<first>+2", "t1+2", "t2+2");

    Page<String> first = paginator.firstPage();
    assertThat(first.nextToken()).contains("t1");
    assertThat(first.next()).contains(PageRequest.token(Optional.of("t1"), 2));
    assertThat(paginator.page(first.next().orElseThrow()).items()).containsExactly("c", "d");
  }

  @Test
  void theStreamFetchesOnlyWhatItNeeds() {
    OffsetServer server = new OffsetServer(100, true);
    Paginator<Integer> paginator = Paginator.offset(server::fetch, 5);

    var stream = paginator.stream();
    assertThat(server.calls).isEmpty();
    List<Integer> firstThree = stream.limit(3).collect(Collectors.toList());

    assertThat(firstThree).containsExactly(0, 1, 2);
    assertThat(server.calls).containsExactly("0+5");
  }

  @Test
  void maxItemsCapsTheListAndTheLastRequest() {
    OffsetServer server = new OffsetServer(12, false);

    assertThat(Paginator.offset(server::fetch, 5).maxItems(7).stream()).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(server.calls).containsExactly("0+5", "5+2");

    TokenServer tokens = new TokenServer(List.of(List.of("a", "b", "c"), List.of("d", "e", "f")));
    assertThat(Paginator.token(tokens::fetch, 3).maxItems(4).stream()).containsExactly("a", "b", "c", "d");
    assertThat(tokens.calls).containsExactly("<first>+3", "t1+1");
  }

  @Test
  void maxItemsZeroFetchesNothing() {
    OffsetServer server = new OffsetServer(12, true);
    Paginator<Integer> none = Paginator.offset(server::fetch, 5).maxItems(0);

    assertThat(none.stream()).isEmpty();
    assertThat(none.firstPage().isEmpty()).isTrue();
    assertThat(server.calls).isEmpty();
  }

  @Test
  void aRepeatedContinueTokenThrowsInsteadOfLooping() {
    List<String> calls = new ArrayList<>();
    Paginator<String> paginator = Paginator.token((token, limit) -> {
      calls.add(token.orElse("<first>"));
      return Page.of(List.of("x" + calls.size())).withNextToken("same");
    }, 1);

    Iterator<String> items = paginator.items().iterator();
    assertThat(items.next()).isEqualTo("x1");
    assertThat(items.next()).isEqualTo("x2");

    assertThatThrownBy(items::hasNext).isInstanceOf(PaginationException.class)
        .hasMessageContaining("'same' twice");
    assertThat(calls).containsExactly("<first>", "same");
  }

  @Test
  void aServerThatIgnoresTheContinueTokenFailsBeforeRepeatingItsFirstPage() {
    List<String> calls = new ArrayList<>();
    // Every answer is the first page, with the first page's token.
    Paginator<String> paginator = Paginator.token((token, limit) -> {
      calls.add(token.orElse("<first>"));
      return Page.of(List.of("a", "b")).withNextToken("t1");
    }, 2);
    Iterator<String> items = paginator.items().iterator();

    assertThat(items.next()).isEqualTo("a");
    assertThat(items.next()).isEqualTo("b");
    assertThatThrownBy(items::hasNext).isInstanceOf(PaginationException.class)
        .hasMessageContaining("after continue token 't1'").hasMessageContaining("ignores the continue token");
    assertThat(calls).containsExactly("<first>", "t1");
  }

  @Test
  void aServerThatIgnoresTheOffsetFailsInsteadOfEndingTheListEarly() {
    List<Integer> firstTwo = List.of(0, 1);
    List<String> calls = new ArrayList<>();
    // Ten items, but the server caps the page at 2 and ignores the offset: it would answer 2 of 10.
    Paginator<Integer> paginator = Paginator.offset((offset, limit) -> {
      calls.add(offset + "+" + limit);
      return Page.of(firstTwo, 10);
    }, 5);
    Iterator<Integer> items = paginator.items().iterator();

    assertThat(items.next()).isZero();
    assertThat(items.next()).isEqualTo(1);
    assertThatThrownBy(items::hasNext).isInstanceOf(PaginationException.class)
        .hasMessageContaining("offset 2").hasMessageContaining("ignores the offset");
    assertThat(calls).containsExactly("0+5", "2+5");
  }

  @Test
  void anOffsetPageIdenticalToThePreviousOneFailsWithoutATotalToo() {
    List<Integer> same = List.of(1, 2, 3, 4, 5);
    Paginator<Integer> paginator = Paginator.offset((offset, limit) -> Page.of(same), 5); // would never end

    assertThatThrownBy(() -> paginator.stream().count()).isInstanceOf(PaginationException.class)
        .hasMessageContaining("stopped after 1 pages (5 items)");
  }

  @Test
  void distinctItemsThatLookAlikeOnConsecutivePagesAreNotARepeat() {
    // Two pages of equal-looking but distinct items (different ids) are legitimate.
    record Item(String id, String status) {}
    List<List<Item>> pages = List.of(List.of(new Item("a", "RUNNING"), new Item("b", "RUNNING")),
        List.of(new Item("c", "RUNNING"), new Item("d", "RUNNING")), List.of(new Item("e", "RUNNING")));
    Paginator<Item> paginator = Paginator.offset((offset, limit) -> Page.of(pages.get(offset / 2), 5), 2);

    assertThat(paginator.stream().map(Item::id)).containsExactly("a", "b", "c", "d", "e");
  }

  @Test
  void thePageCapStopsAServerThatNeverEnds() {
    int[] calls = {0};
    Paginator<String> endless = Paginator.token((token, limit) -> {
      calls[0]++;
      return Page.of(List.of("x" + calls[0])).withNextToken("t" + calls[0]);
    }, 1).maxPages(10);

    assertThatThrownBy(() -> endless.stream().count()).isInstanceOf(PaginationException.class)
        .hasMessageContaining("10 pages");
    assertThat(calls[0]).isEqualTo(10);
  }

  @Test
  void eachWalkStartsOverAndForEachWorks() {
    OffsetServer server = new OffsetServer(7, true);
    Paginator<Integer> paginator = Paginator.offset(server::fetch, 5);

    List<Integer> seen = new ArrayList<>();
    for (Integer item : paginator.items()) {
      seen.add(item);
    }
    paginator.pages().forEach(page -> { });

    assertThat(seen).hasSize(7);
    assertThat(server.calls).containsExactly("0+5", "5+5", "0+5", "5+5");
  }

  @Test
  void settingsReturnCopies() {
    Paginator<Integer> base = Paginator.offset(new OffsetServer(1, true)::fetch);
    Paginator<Integer> tuned = base.pageSize(20).maxItems(50);

    assertThat(base.pageSize()).isEqualTo(Paginator.DEFAULT_PAGE_SIZE);
    assertThat(base.maxItems()).isEmpty();
    assertThat(tuned.pageSize()).isEqualTo(20);
    assertThat(tuned.maxItems()).contains(50L);
    assertThatThrownBy(() -> base.pageSize(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> base.page(PageRequest.token(Optional.empty(), 5)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pageValuesAreTolerantOfWhatServicesSend() {
    assertThat(Page.of(null).items()).isEmpty();
    assertThat(Page.of(List.of(1)).withNextToken("").nextToken()).isEmpty();
    assertThat(Page.of(List.of(1)).withNextToken((String) null).nextToken()).isEmpty();
    assertThat(Page.of(List.of(1)).withTotal(Optional.of(3L)).total()).contains(3L);
    assertThat(PageRequest.token(Optional.of(""), 5).token()).isEmpty();
    assertThatThrownBy(() -> PageRequest.offset(-1, 5)).isInstanceOf(IllegalArgumentException.class);
  }
}
