package dev.altlas.testkit;

import static dev.altlas.testkit.ArchiveFixtures.ABOUT_FILES;
import static dev.altlas.testkit.ArchiveFixtures.HOSTED_MODEL;
import static dev.altlas.testkit.ArchiveFixtures.LOCAL_MODEL;
import static dev.altlas.testkit.ArchiveFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.Embedding;
import dev.altlas.archive.Facets;
import dev.altlas.archive.Facets.Count;
import dev.altlas.archive.Facets.DateBucket;
import dev.altlas.archive.Facets.FacetField;
import dev.altlas.archive.Facets.RateBucket;
import dev.altlas.archive.HistogramInterval;
import dev.altlas.archive.IndexEntry;
import dev.altlas.archive.InvalidQueryException;
import dev.altlas.archive.SearchDocument;
import dev.altlas.archive.SearchHit;
import dev.altlas.archive.SearchIndex;
import dev.altlas.archive.SearchMode;
import dev.altlas.archive.SearchQuery;
import dev.altlas.archive.SearchResult;
import dev.altlas.archive.SortOrder;
import dev.altlas.archive.Synonyms;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.TestAbortedException;

/**
 * What every {@link SearchIndex} adapter must do, so that Lucene and OpenSearch answer the same
 * query the same way. An adapter's test extends this class and says how to open a new, empty index.
 *
 * <p>Sets of hits, totals, facets and orders by a field are compared exactly; orders by relevance
 * only where it is clear-cut (BM25 details differ between engines). Beyond the port's javadoc, the
 * suite pins these rules:
 *
 * <ul>
 *   <li>Analysis: each text field is searched in a Turkish analysis (standard tokenizer, apostrophe
 *       filter, Turkish lower case, Turkish stop words, Snowball Turkish stemmer) and an English
 *       one (standard tokenizer, English possessive, lower case, English stop words, Porter
 *       stemmer); a term matches when it matches in either. Query terms get {@link
 *       Synonyms#builtin()} after lower-casing, before stop words and stemming.
 *   <li>Every term, word or phrase, is matched as a phrase in each field and language (a word that
 *       splits into several tokens, such as {@code e-mail}, needs them side by side).
 *   <li>A required term that leaves no tokens in a field and language (a stop word, punctuation)
 *       matches every run there: stop words do not narrow a search, and a query of nothing but
 *       punctuation matches every run, all equally relevant (so in run id order).
 *   <li>{@code SEMANTIC} ignores the required words (they only made the query's embedding); the
 *       excluded words and the filters still apply. Its score is {@code (1 + cosine) / 2}, exact.
 *       Runs without an embedding are not semantic hits.
 *   <li>Facet terms hold an entry for every {@link FacetField}, empty when no run has a value.
 *   <li>A cursor given out under one sort order is refused under another.
 *   <li>Highlights cover only the fields the words were searched in ({@code command:…} highlights
 *       only the command).
 * </ul>
 *
 * <p>Read-only tests share one index holding {@link ArchiveFixtures#archive()}; tests that write
 * open their own. The property gets an index of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SearchIndexContract {
  private static final int ALL = 100;
  private static final List<ArchivedRun> RUNS = ArchiveFixtures.archive();
  private static final List<SearchDocument> DOCUMENTS =
      RUNS.stream().map(SearchDocument::of).toList();

  private SearchIndex archive;
  private final List<SearchIndex> opened = new ArrayList<>();

  /** A new, empty index. The suite closes it. */
  protected abstract SearchIndex openEmpty();

  @BeforeAll
  public void indexTheArchive() {
    archive = open();
    archive.index(RUNS);
    archive.refresh();
  }

  @AfterAll
  public void closeIndexes() {
    opened.forEach(SearchIndex::close);
    opened.clear();
  }

  /** A new, empty index closed with the others. */
  protected SearchIndex open() {
    SearchIndex index = openEmpty();
    opened.add(index);
    return index;
  }

  // ---- words: Turkish and English analysis, synonyms

  @Test
  public void aTurkishPluralFindsTheSingular() {
    assertThat(ids("kitaplar")).containsExactly("tr-books");
    assertThat(ids("kitapların")).containsExactly("tr-books");
  }

  @Test
  public void turkishCapitalsMatchWhateverTheCase() {
    for (String text : List.of("İSTANBUL", "istanbul", "İstanbul", "Istanbul", "İstanbul'da")) {
      assertThat(ids(text)).as(text).containsExactly("tr-istanbul");
    }
  }

  @Test
  public void anEnglishPluralFindsTheSingular() {
    assertThat(ids("reports")).containsExactlyInAnyOrder("en-monthly", "en-budget");
  }

  @Test
  public void synonymsCrossLanguages() {
    Set<String> summaries = Set.of("tr-istanbul", "en-monthly", "tr-email");
    assertThat(ids("özet")).containsExactlyInAnyOrderElementsOf(summaries);
    assertThat(ids("summary")).containsExactlyInAnyOrderElementsOf(summaries);

    Set<String> reports = Set.of("en-monthly", "en-budget", "tr-istanbul", "tr-email");
    assertThat(ids("report")).containsExactlyInAnyOrderElementsOf(reports);
    assertThat(ids("rapor")).containsExactlyInAnyOrderElementsOf(reports);

    Set<String> files = Set.of("en-files", "en-invoice", "tr-files", "tr-cleanup");
    assertThat(ids("file")).containsExactlyInAnyOrderElementsOf(files);
    assertThat(ids("dosya")).containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  public void aWordOfSeveralTokensMatchesLikeItsSynonyms() {
    Set<String> mail = Set.of("en-monthly", "en-budget", "tr-email");
    assertThat(ids("email")).containsExactlyInAnyOrderElementsOf(mail);
    assertThat(ids("e-mail")).containsExactlyInAnyOrderElementsOf(mail);
    assertThat(ids("e-posta")).containsExactlyInAnyOrderElementsOf(mail);
  }

  @Test
  public void stopWordsDoNotNarrowASearch() {
    assertThat(ids("the monthly report"))
        .containsExactlyInAnyOrderElementsOf(ids("monthly report"))
        .hasSize(2);
    assertThat(ids("en büyük dosya"))
        .containsExactlyInAnyOrderElementsOf(ids("büyük dosya"))
        .containsExactly("tr-files");
  }

  @Test
  public void aQueryOfOnlyPunctuationMatchesEveryRunEquallyRelevant() {
    assertThat(ids("!!! ...")).isEqualTo(where(d -> true));
  }

  @Test
  public void aPhraseNeedsItsWordsTogether() {
    assertThat(ids("monthly report")).containsExactlyInAnyOrder("en-monthly", "en-budget");
    assertThat(ids("\"monthly report\"")).containsExactly("en-monthly");
    assertThat(ids("\"monthly reports\"")).containsExactly("en-monthly");
  }

  @Test
  public void orMatchesEitherAndBindsTighterThanAnd() {
    assertThat(ids("csv OR pdf")).containsExactlyInAnyOrder("en-csv", "en-invoice");
    assertThat(ids("csv OR budget monthly")).containsExactly("en-budget");
  }

  @Test
  public void excludedWordsAndPhrasesRemoveRuns() {
    assertThat(ids("report -monthly")).containsExactlyInAnyOrder("tr-istanbul", "tr-email");
    assertThat(ids("report -\"monthly report\""))
        .containsExactlyInAnyOrder("en-budget", "tr-istanbul", "tr-email");
    assertThat(ids("-monthly"))
        .containsExactlyInAnyOrderElementsOf(
            where(d -> !d.runId().equals("en-monthly") && !d.runId().equals("en-budget")));
  }

  @Test
  public void aFieldPrefixSearchesOnlyThatField() {
    assertThat(ids("command:email")).containsExactlyInAnyOrder("en-monthly", "tr-email");
    assertThat(ids("title:email")).containsExactly("en-monthly");
    assertThat(ids("output:mail")).containsExactly("en-budget");
    assertThat(ids("invoice")).containsExactlyInAnyOrder("en-invoice", "en-archive");
    assertThat(ids("command:invoice")).containsExactly("en-invoice");
    assertThat(ids("Summary:invoice")).containsExactly("en-invoice");
    assertThat(ids("output:invoice")).containsExactly("en-archive");
    assertThat(ids("title:\"monthly report\"")).containsExactly("en-monthly");
  }

  @Test
  public void aMatchInTheCommandRanksAboveOneInAnOutput() {
    assertThat(ids("invoice")).containsExactly("en-invoice", "en-archive");
  }

  @Test
  public void fieldBoostsOutweighFieldLength() {
    // Unboosted, the one-word output would win: a short field scores higher than a long one.
    SearchIndex index = open();
    index.index(
        List.of(
            ArchiveFixtures.run("a-command")
                .command("Check every ledger of the last five quarters and the year before it")
                .task("fs.read", "Read", ok("all checked and fine today"))
                .build(1),
            ArchiveFixtures.run("b-output")
                .command("Check the accounts")
                .task("fs.read", "Read", ok("ledger"))
                .build(2)));
    index.refresh();

    assertThat(ids(index, SearchQuery.text("ledger"))).containsExactly("a-command", "b-output");
  }

  @Test
  public void textHitsHaveAPositiveScore() {
    assertThat(archive.search(SearchQuery.text("report").build()).hits())
        .allSatisfy(hit -> assertThat(hit.score()).isPositive());
  }

  @Test
  public void aHitShowsTheRun() {
    SearchHit hit = archive.search(SearchQuery.text("satış").build()).hits().get(0);
    ArchivedRun run = ArchiveFixtures.byId("tr-email");

    assertThat(hit.runId()).isEqualTo("tr-email");
    assertThat(hit.command()).isEqualTo(run.result().plan().command());
    assertThat(hit.status()).isEqualTo("partially_succeeded");
    assertThat(hit.mode()).isEqualTo("chaos");
    assertThat(hit.language()).isEqualTo("tr");
    assertThat(hit.finishedAt()).isEqualTo(Instant.parse("2026-03-04T09:15:00Z"));
    assertThat(hit.successRate()).isEqualTo(2.0 / 3);
    assertThat(hit.summary()).isEqualTo("Satış raporu hazırlandı ama gönderilemedi.");
    assertThat(hit.highlights()).isEmpty();
  }

  // ---- filters

  @Test
  public void eachFilterAloneKeepsTheRunsWithAnyOfItsValues() {
    assertThat(ids(all().statuses(Set.of("partially_succeeded", "failed"))))
        .containsExactlyInAnyOrder("en-budget", "tr-email", "en-invoice", "en-translate");
    assertThat(ids(all().statuses(Set.of("CANCELLED")))).containsExactly("tr-cleanup");
    assertThat(ids(all().modes(Set.of("explore"))))
        .containsExactlyInAnyOrder("en-budget", "en-files", "en-invoice");
    assertThat(ids(all().modes(Set.of("dream", "chaos"))))
        .containsExactlyInAnyOrder("en-draft", "tr-email");
    assertThat(ids(all().personas(Set.of("researcher"))))
        .containsExactlyInAnyOrder("tr-books", "en-archive");
    assertThat(ids(all().languages(Set.of("tr"))))
        .containsExactlyInAnyOrder("tr-books", "tr-istanbul", "tr-files", "tr-email", "tr-cleanup");
    assertThat(ids(all().taskTypes(Set.of("data.top", "ai.translate"))))
        .containsExactlyInAnyOrder("tr-files", "en-translate");
    assertThat(ids(all().models(Set.of(LOCAL_MODEL))))
        .containsExactlyInAnyOrder("tr-istanbul", "tr-email");
    assertThat(ids(all().tags(Set.of("files"))))
        .containsExactlyInAnyOrder("en-files", "tr-files", "tr-cleanup");
    assertThat(ids(all().tags(Set.of("no-such-tag")))).isEmpty();
  }

  @Test
  public void filtersCombineWithEachOtherAndWithWords() {
    assertThat(
            ids(
                all()
                    .languages(Set.of("en"))
                    .statuses(Set.of("succeeded"))
                    .models(Set.of(HOSTED_MODEL))))
        .containsExactlyInAnyOrder("en-monthly", "en-draft");
    assertThat(ids(SearchQuery.text("report").languages(Set.of("tr"))))
        .containsExactlyInAnyOrder("tr-istanbul", "tr-email");
    assertThat(
            ids(
                SearchQuery.text("report")
                    .personas(Set.of("project_manager"))
                    .successRate(0.7, null)
                    .tags(Set.of("reports"))))
        .containsExactlyInAnyOrder("en-monthly", "en-budget");
  }

  @Test
  public void theTimeRangeIncludesSinceAndExcludesUntil() {
    Instant tie = Instant.parse("2026-03-02T10:00:00Z");
    assertThat(ids(all().finished(tie, null)))
        .containsExactlyInAnyOrderElementsOf(where(d -> !d.finishedAt().isBefore(tie)))
        .contains("en-files", "tr-files");
    assertThat(ids(all().finished(null, tie)))
        .containsExactlyInAnyOrder("tr-books", "tr-istanbul", "en-monthly", "en-budget");
    assertThat(ids(all().finished(tie, Instant.parse("2026-03-04T09:15:00Z"))))
        .containsExactlyInAnyOrder("en-files", "tr-files", "en-translate");
    assertThat(ids(all().finished(tie, tie.plusMillis(1))))
        .containsExactlyInAnyOrder("en-files", "tr-files");
    assertThat(ids(all().finished(tie.plusMillis(1), null))).doesNotContain("en-files", "tr-files");
  }

  @Test
  public void successRateBoundsAreInclusive() {
    assertThat(ids(all().successRate(0.75, null)))
        .containsExactlyInAnyOrderElementsOf(where(d -> d.successRate() >= 0.75))
        .contains("en-budget")
        .hasSize(9);
    assertThat(ids(all().successRate(null, 0.5)))
        .containsExactlyInAnyOrder("en-translate", "tr-cleanup", "en-invoice");
    assertThat(ids(all().successRate(0.5, 0.5))).containsExactly("en-invoice");
    assertThat(ids(all().successRate(0.5, 0.75)))
        .containsExactlyInAnyOrder("en-invoice", "tr-email", "en-budget");
    assertThat(ids(all().successRate(0.0, 0.0))).containsExactly("en-translate");
    assertThat(ids(all().successRate(1.0, 1.0))).hasSize(8);
  }

  // ---- order

  @Test
  public void everySortOrderBreaksTiesByRunId() {
    Comparator<SearchDocument> byId = Comparator.comparing(SearchDocument::runId);
    Map<SortOrder, Comparator<SearchDocument>> orders = new EnumMap<>(SortOrder.class);
    orders.put(
        SortOrder.NEWEST,
        Comparator.comparing(SearchDocument::finishedAt).reversed().thenComparing(byId));
    orders.put(
        SortOrder.OLDEST, Comparator.comparing(SearchDocument::finishedAt).thenComparing(byId));
    orders.put(
        SortOrder.SUCCESS_RATE_HIGH,
        Comparator.comparingDouble(SearchDocument::successRate).reversed().thenComparing(byId));
    orders.put(
        SortOrder.SUCCESS_RATE_LOW,
        Comparator.comparingDouble(SearchDocument::successRate).thenComparing(byId));
    orders.put(
        SortOrder.LONGEST,
        Comparator.comparingLong(SearchDocument::durationMs).reversed().thenComparing(byId));

    orders.forEach(
        (order, comparator) ->
            assertThat(ids(all().sort(order)))
                .as(order.name())
                .containsExactlyElementsOf(
                    DOCUMENTS.stream().sorted(comparator).map(SearchDocument::runId).toList()));
    assertThat(ids(all().sort(SortOrder.NEWEST))).containsSubsequence("en-files", "tr-files");
    assertThat(ids(all().sort(SortOrder.OLDEST))).containsSubsequence("en-files", "tr-files");
    assertThat(ids(all().sort(SortOrder.LONGEST))).containsSubsequence("en-archive", "tr-books");
    assertThat(ids(all().sort(SortOrder.SUCCESS_RATE_HIGH)).subList(0, 8))
        .containsExactly(
            "en-archive",
            "en-csv",
            "en-draft",
            "en-files",
            "en-monthly",
            "tr-books",
            "tr-files",
            "tr-istanbul");
  }

  @Test
  public void relevanceWithNothingToRankByIsNewestFirst() {
    assertThat(ids(all().sort(SortOrder.RELEVANCE))).isEqualTo(ids(all().sort(SortOrder.NEWEST)));
    assertThat(ids(SearchQuery.text("-monthly").sort(SortOrder.RELEVANCE)))
        .isEqualTo(ids(SearchQuery.text("-monthly").sort(SortOrder.NEWEST)));
  }

  @Test
  public void otherOrdersApplyToWordSearchesToo() {
    assertThat(ids(SearchQuery.text("report").sort(SortOrder.OLDEST)))
        .containsExactly("tr-istanbul", "en-monthly", "en-budget", "tr-email");
  }

  // ---- pages

  @Test
  public void pagesOfAnySizeCollectEveryHitOnceInOrder() {
    List<SearchQuery.Builder> queries =
        List.of(
            all().sort(SortOrder.NEWEST),
            all().sort(SortOrder.SUCCESS_RATE_LOW),
            all().sort(SortOrder.LONGEST),
            SearchQuery.text("report OR file OR kitap").sort(SortOrder.RELEVANCE),
            SearchQuery.text("").semantic(SearchMode.SEMANTIC, ABOUT_FILES));
    for (SearchQuery.Builder builder : queries) {
      SearchResult whole = archive.search(builder.size(ALL).build());
      assertThat(whole.next()).isNull();
      for (int size = 1; size <= 7; size++) {
        List<String> collected = new ArrayList<>();
        SearchQuery page = builder.size(size).after(null).build();
        int pages = 0;
        while (page != null) {
          SearchResult result = archive.search(page);
          assertThat(result.total()).isEqualTo(whole.total());
          assertThat(result.hits()).hasSizeLessThanOrEqualTo(size);
          result.hits().forEach(hit -> collected.add(hit.runId()));
          page = result.next() == null ? null : page.withAfter(result.next());
          assertThat(++pages).as("pages of %d", size).isLessThanOrEqualTo(RUNS.size() + 1);
        }
        assertThat(collected)
            .as("pages of %d", size)
            .containsExactlyElementsOf(whole.hits().stream().map(SearchHit::runId).toList());
      }
    }
  }

  @Test
  public void theLastPageHasNoCursor() {
    SearchResult exact = archive.search(all().size(RUNS.size()).build());
    assertThat(exact.hits()).hasSize(RUNS.size());
    assertThat(exact.next()).isNull();

    SearchResult first = archive.search(all().size(RUNS.size() - 1).build());
    assertThat(first.next()).isNotNull();
    SearchResult last = archive.search(all().size(RUNS.size() - 1).after(first.next()).build());
    assertThat(last.hits()).hasSize(1);
    assertThat(last.next()).isNull();
  }

  @Test
  public void aCursorNotGivenOutIsRefused() {
    for (String bogus : List.of("not a cursor", "AAAA", "%%%", "eyJ0cnVzdCI6Im1lIn0")) {
      assertThatThrownBy(() -> archive.search(all().size(2).after(bogus).build()))
          .as(bogus)
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("cursor");
    }
    String newest = archive.search(all().sort(SortOrder.NEWEST).size(2).build()).next();
    assertThatThrownBy(
            () -> archive.search(all().sort(SortOrder.LONGEST).size(2).after(newest).build()))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("cursor");
  }

  @Test
  public void theTotalCountsEveryMatchNotJustThePage() {
    assertThat(archive.search(all().size(1).build()).total()).isEqualTo(RUNS.size());
    assertThat(archive.search(SearchQuery.text("report").size(1).build()).total()).isEqualTo(4);
    assertThat(archive.search(SearchQuery.text("zzzyx").build()))
        .satisfies(
            r -> {
              assertThat(r.total()).isZero();
              assertThat(r.hits()).isEmpty();
              assertThat(r.next()).isNull();
            });
  }

  @Test
  public void theTotalIsExactBeyondWhatEnginesCountByDefault() {
    // more than the 10,000 hits OpenSearch counts exactly by default, and enough for Lucene to
    // skip documents that cannot make the page when asked only for a lower bound
    int many = 10_050;
    SearchIndex index = open();
    List<ArchivedRun> runs = new ArrayList<>();
    for (int i = 0; i < many; i++) {
      runs.add(
          ArchiveFixtures.run(String.format("run-%05d", i))
              .command(i % 2 == 0 ? "Rotate the ledger logs" : "Rotate the audit logs")
              .finished(ArchiveFixtures.FIRST_DAY.plusSeconds(i).toString(), i)
              .build(i + 1));
    }
    index.index(runs);
    index.refresh();

    for (SortOrder order : SortOrder.values()) {
      SearchResult page =
          index.search(all().sort(order).size(1).facets(HistogramInterval.MONTH).build());
      assertThat(page.total()).as(order.name()).isEqualTo(many);
      assertThat(page.facets().terms().get(FacetField.LANGUAGE)).containsExactly(count("en", many));
    }
    assertThat(index.search(SearchQuery.text("ledger").size(1).build()).total())
        .isEqualTo(many / 2);
    assertThat(index.search(SearchQuery.text("ledger").sort(SortOrder.NEWEST).size(1).build()))
        .satisfies(
            r -> {
              assertThat(r.total()).isEqualTo(many / 2);
              assertThat(r.hits()).extracting(SearchHit::runId).containsExactly("run-10048");
            });
  }

  // ---- facets

  @Test
  public void facetsCountEveryMatchingRun() {
    Facets facets = archive.search(all().size(1).facets(HistogramInterval.DAY).build()).facets();

    assertThat(facets.terms().keySet()).containsExactlyInAnyOrder(FacetField.values());
    assertThat(facets.terms().get(FacetField.STATUS))
        .containsExactly(
            count("succeeded", 8),
            count("partially_succeeded", 3),
            count("cancelled", 1),
            count("failed", 1));
    assertThat(facets.terms().get(FacetField.TASK_TYPE))
        .containsExactly(
            count("fs.read", 4),
            count("ai.summarize", 3),
            count("data.sort", 3),
            count("fs.list", 3),
            count("notify.email", 3),
            count("ai.generate", 2),
            count("fs.write", 2),
            count("http.request", 2),
            count("ai.translate", 1),
            count("approval.wait", 1));
    assertThat(facets.terms().get(FacetField.MODEL))
        .containsExactly(count(HOSTED_MODEL, 4), count(LOCAL_MODEL, 2));
    assertThat(facets.terms().get(FacetField.MODE))
        .containsExactly(
            count("normal", 8), count("explore", 3), count("chaos", 1), count("dream", 1));
    assertThat(facets.terms().get(FacetField.PERSONA))
        .containsExactly(
            count("technical_expert", 4),
            count("project_manager", 3),
            count("data_analyst", 2),
            count("researcher", 2),
            count("creative_writer", 1),
            count("educator", 1));
    assertThat(facets.terms().get(FacetField.LANGUAGE))
        .containsExactly(count("en", 8), count("tr", 5));
    assertThat(facets.terms().get(FacetField.TAG))
        .containsExactly(
            count("files", 3),
            count("reports", 3),
            count("blog", 1),
            count("books", 1),
            count("budget", 1),
            count("cleanup", 1),
            count("docs", 1),
            count("draft", 1),
            count("invoices", 1),
            count("monthly", 1));
    assertThat(facets.histogram())
        .containsExactly(
            day("2026-02-26", 1),
            day("2026-02-27", 1),
            day("2026-02-28", 1),
            day("2026-03-01", 1),
            day("2026-03-02", 2),
            day("2026-03-03", 1),
            day("2026-03-04", 2),
            day("2026-03-05", 2),
            day("2026-03-06", 2));
    assertThat(facets.successRates()).containsExactlyElementsOf(rates(1, 1, 2, 1, 8));
  }

  @Test
  public void theHistogramBucketsByMonthWeekAndHourInUtc() {
    assertThat(histogram(HistogramInterval.MONTH))
        .containsExactly(day("2026-02-01", 3), day("2026-03-01", 10));
    // weeks start on Monday: 2026-03-01 is a Sunday, 2026-03-02 a Monday
    assertThat(histogram(HistogramInterval.WEEK))
        .containsExactly(day("2026-02-23", 4), day("2026-03-02", 9));
    assertThat(histogram(HistogramInterval.HOUR))
        .hasSize(12)
        .contains(new DateBucket(Instant.parse("2026-03-02T10:00:00Z"), 2))
        .startsWith(new DateBucket(Instant.parse("2026-02-26T09:00:00Z"), 1));
  }

  @Test
  public void facetsCountOnlyRunsTheWordsAndFiltersMatch() {
    for (SearchQuery.Builder builder :
        List.of(
            all().languages(Set.of("tr")),
            SearchQuery.text("report"),
            SearchQuery.text("report -monthly").successRate(0.5, null),
            all().finished(Instant.parse("2026-03-02T10:00:00Z"), null).modes(Set.of("normal")))) {
      SearchResult result = archive.search(builder.size(1).facets(HistogramInterval.DAY).build());
      Set<String> matched = Set.copyOf(ids(builder.size(ALL).after(null)));
      assertThat(result.facets())
          .isEqualTo(
              facetsOf(DOCUMENTS.stream().filter(d -> matched.contains(d.runId())).toList()));
    }
  }

  @Test
  public void facetsOfNoMatchAreEmptyButKeepEveryRateBucket() {
    Facets facets =
        archive.search(SearchQuery.text("zzzyx").facets(HistogramInterval.DAY).build()).facets();
    assertThat(facets.terms())
        .hasSize(FacetField.values().length)
        .allSatisfy((f, c) -> assertThat(c).isEmpty());
    assertThat(facets.histogram()).isEmpty();
    assertThat(facets.successRates()).containsExactlyElementsOf(rates(0, 0, 0, 0, 0));
  }

  @Test
  public void facetsAreCountedOnlyWhenAsked() {
    assertThat(archive.search(all().build()).facets()).isNull();
  }

  // ---- highlights

  @Test
  public void highlightsWrapTheMatchesOfEachMatchingField() {
    SearchHit hit = archive.search(SearchQuery.text("kitaplar").highlight().build()).hits().get(0);

    assertThat(hit.highlights()).containsOnlyKeys("command", "titles", "summary");
    assertThat(hit.highlights().get("command"))
        .singleElement(STRING)
        .contains("<em>Kitap</em>")
        .contains("yazara");
    assertThat(hit.highlights().get("titles"))
        .anySatisfy(f -> assertThat(f).contains("<em>Kitap</em>"));
  }

  @Test
  public void highlightsFollowStemmingSynonymsAndFieldPrefixes() {
    SearchHit monthly =
        archive.search(SearchQuery.text("özet").highlight().build()).hits().stream()
            .filter(h -> h.runId().equals("en-monthly"))
            .findFirst()
            .orElseThrow();
    assertThat(monthly.highlights().get("command"))
        .anySatisfy(f -> assertThat(f).contains("<em>Summarize</em>"));

    SearchHit invoice =
        archive.search(SearchQuery.text("command:invoice").highlight().build()).hits().get(0);
    assertThat(invoice.highlights()).containsOnlyKeys("command");
  }

  @Test
  public void hitsCarryNoHighlightsUnlessAsked() {
    assertThat(archive.search(SearchQuery.text("kitaplar").build()).hits())
        .singleElement()
        .satisfies(hit -> assertThat(hit.highlights()).isEmpty());
  }

  // ---- meaning

  @Test
  public void semanticSearchOrdersRunsWithEmbeddingsByCosine() {
    SearchResult result = archive.search(all().semantic(SearchMode.SEMANTIC, ABOUT_FILES).build());

    List<ArchivedRun> embedded =
        RUNS.stream()
            .filter(r -> r.embedding() != null)
            .sorted(
                Comparator.comparingDouble((ArchivedRun r) -> -r.embedding().cosine(ABOUT_FILES))
                    .thenComparing(ArchivedRun::runId))
            .toList();
    assertThat(result.total()).isEqualTo(10);
    assertThat(result.hits())
        .extracting(SearchHit::runId)
        .containsExactlyElementsOf(embedded.stream().map(ArchivedRun::runId).toList())
        .startsWith("en-files", "tr-files", "tr-cleanup")
        .doesNotContain("en-translate", "en-csv", "en-invoice");
    for (int i = 0; i < embedded.size(); i++) {
      assertThat(result.hits().get(i).score())
          .as(embedded.get(i).runId())
          .isCloseTo((1 + embedded.get(i).embedding().cosine(ABOUT_FILES)) / 2, within(1e-5));
    }
  }

  @Test
  public void semanticSearchIgnoresRequiredWordsButKeepsExclusionsAndFilters() {
    assertThat(ids(SearchQuery.text("kitap").semantic(SearchMode.SEMANTIC, ABOUT_FILES)))
        .hasSize(10)
        .startsWith("en-files");
    assertThat(ids(SearchQuery.text("files -monthly").semantic(SearchMode.SEMANTIC, ABOUT_FILES)))
        .hasSize(8)
        .doesNotContain("en-monthly", "en-budget");
    assertThat(
            ids(
                SearchQuery.text("")
                    .semantic(SearchMode.SEMANTIC, ABOUT_FILES)
                    .languages(Set.of("tr"))))
        .containsExactly("tr-files", "tr-cleanup", "tr-email", "tr-istanbul", "tr-books");
  }

  @Test
  public void hybridSearchFindsRunsByWordsOrByMeaning() {
    List<String> hybrid = ids(SearchQuery.text("csv").semantic(SearchMode.HYBRID, ABOUT_FILES));

    assertThat(hybrid)
        .containsExactlyInAnyOrderElementsOf(
            RUNS.stream()
                .filter(r -> r.embedding() != null || r.runId().equals("en-csv"))
                .map(ArchivedRun::runId)
                .toList());
    assertThat(
            ids(
                SearchQuery.text("invoice")
                    .semantic(SearchMode.HYBRID, ABOUT_FILES)
                    .statuses(Set.of("partially_succeeded"))))
        .containsExactlyInAnyOrder("en-invoice", "en-budget", "tr-email");
  }

  @Test
  public void hybridRelevanceAddsTheWordsToTheMeaning() {
    // same embedding; only one has the word
    SearchIndex index = open();
    Embedding same = ArchiveFixtures.vector(1, 1, 0, 0);
    index.index(
        List.of(
            ArchiveFixtures.run("a-plain")
                .command("Move the old logs")
                .embedding(same)
                .finished("2026-03-01T00:00:00Z", 1)
                .build(1),
            ArchiveFixtures.run("b-words")
                .command("Move the old invoices")
                .embedding(same)
                .finished("2026-03-01T00:00:00Z", 1)
                .build(2)));
    index.refresh();

    assertThat(
            index
                .search(
                    SearchQuery.text("invoices").semantic(SearchMode.HYBRID, ABOUT_FILES).build())
                .hits())
        .extracting(SearchHit::runId)
        .containsExactly("b-words", "a-plain");
  }

  // ---- writes

  @Test
  public void indexingARunAgainReplacesIt() {
    SearchIndex index = open();
    index.index(RUNS);
    index.refresh();
    ArchivedRun changed =
        ArchiveFixtures.run("tr-books")
            .command("Şiir kitabını yazdır")
            .turkish(Mode.NORMAL, Persona.EDUCATOR)
            .finished("2026-03-07T10:00:00Z", 100)
            .build(99);

    index.index(List.of(changed, changed));
    index.refresh();

    assertThat(index.count()).isEqualTo(RUNS.size());
    assertThat(ids(index, SearchQuery.text("şiir"))).containsExactly("tr-books");
    assertThat(ids(index, SearchQuery.text("yazara"))).isEmpty();
    assertThat(ids(index, all().personas(Set.of("educator"))))
        .containsExactlyInAnyOrder("tr-books", "en-translate");
    List<IndexEntry> entries = new ArrayList<>();
    index.scan(entries::add);
    assertThat(entries).contains(IndexEntry.of(changed)).hasSize(RUNS.size());
  }

  @Test
  public void deletedRunsAreGoneAndUnknownIdsIgnored() {
    SearchIndex index = open();
    index.index(RUNS);
    index.refresh();

    index.delete(List.of("tr-books", "en-csv", "no-such-run"));
    index.refresh();

    assertThat(index.count()).isEqualTo(RUNS.size() - 2);
    assertThat(ids(index, SearchQuery.text("kitap OR csv"))).isEmpty();
    assertThat(index.search(all().facets(HistogramInterval.DAY).build()).facets().terms())
        .extractingByKey(FacetField.LANGUAGE)
        .isEqualTo(List.of(count("en", 7), count("tr", 4)));
    index.delete(List.of());
  }

  @Test
  public void writesAreSearchableAfterRefresh() {
    SearchIndex index = open();
    assertThat(index.count()).isZero();
    assertThat(index.search(all().facets(HistogramInterval.DAY).build()))
        .satisfies(
            r -> {
              assertThat(r.total()).isZero();
              assertThat(r.facets().successRates()).containsExactlyElementsOf(rates(0, 0, 0, 0, 0));
            });

    index.index(RUNS.subList(0, 3));
    index.refresh();
    assertThat(index.count()).isEqualTo(3);
    assertThat(ids(index, all())).containsExactly("en-monthly", "tr-istanbul", "tr-books");

    index.index(RUNS.subList(3, RUNS.size()));
    index.refresh();
    assertThat(index.count()).isEqualTo(RUNS.size());
    assertThat(ids(index, SearchQuery.text("kitaplar"))).containsExactly("tr-books");
  }

  @Test
  public void scanGivesEveryRunsIdFinishTimeAndDigest() {
    List<IndexEntry> entries = new ArrayList<>();
    archive.scan(entries::add);

    assertThat(entries)
        .containsExactlyInAnyOrderElementsOf(RUNS.stream().map(IndexEntry::of).toList());
    assertThat(archive.count()).isEqualTo(RUNS.size());
  }

  // ---- bad queries

  @Test
  public void badQueriesAreRefusedSayingWhatIsWrong() {
    assertRefused(SearchQuery.text("kitap \"monthly report"), "quote", "column 7");
    assertRefused(SearchQuery.text("foo:bar"), "unknown field 'foo'");
    assertRefused(SearchQuery.text("kitap OR"), "OR needs a word after it");
    assertRefused(SearchQuery.text("OR kitap"), "OR needs a word before it");
    assertRefused(SearchQuery.text("kitap -"), "'-' must be followed");
    assertRefused(all().size(0), "page size");
    assertRefused(all().size(SearchQuery.MAX_SIZE + 1), "page size");
    assertRefused(all().successRate(0.8, 0.2), "minimum success rate");
    assertRefused(all().successRate(1.5, null), "between 0 and 1");
    Instant t = Instant.parse("2026-03-01T00:00:00Z");
    assertRefused(all().finished(t, t), "time range is empty");
    assertRefused(all().semantic(SearchMode.SEMANTIC, null), "embedding");
  }

  private void assertRefused(SearchQuery.Builder builder, String... message) {
    assertThatThrownBy(() -> archive.search(builder.build()))
        .isInstanceOf(InvalidQueryException.class)
        .message()
        .contains(message);
  }

  // ---- property: any text either is refused as a query or runs

  /**
   * Opens the property's index. An index the adapter cannot give (it aborts, e.g. for want of a
   * server) skips the property, as it skips the example tests; jqwik would take an abort thrown
   * from {@code @BeforeProperty} as a failure.
   */
  public static final class OpenArchiveOrSkip implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      if (!(context instanceof PropertyLifecycleContext property)) {
        return SkipResult.doNotSkip();
      }
      try {
        ((SearchIndexContract) property.testInstance()).indexTheArchive();
        return SkipResult.doNotSkip();
      } catch (TestAbortedException e) {
        return SkipResult.skip(e.getMessage());
      }
    }
  }

  @AfterProperty
  public void closePropertyIndex() {
    closeIndexes();
  }

  @Property(tries = 300)
  @AddLifecycleHook(OpenArchiveOrSkip.class)
  public void anyTextIsEitherRefusedOrSearched(
      @ForAll("queryTexts") String text,
      @ForAll SearchMode mode,
      @ForAll SortOrder sort,
      @ForAll boolean facets,
      @ForAll boolean highlight) {
    SearchQuery.Builder builder =
        SearchQuery.text(text).semantic(mode, ABOUT_FILES).sort(sort).size(5);
    if (facets) {
      builder.facets(HistogramInterval.WEEK);
    }
    if (highlight) {
      builder.highlight();
    }
    SearchQuery query;
    try {
      query = builder.build();
    } catch (InvalidQueryException e) {
      assertThat(e).hasMessageStartingWith("bad query at column");
      return;
    }
    SearchResult result = archive.search(query);
    assertThat(result.hits()).hasSizeLessThanOrEqualTo(5);
    assertThat(result.total()).isBetween((long) result.hits().size(), (long) RUNS.size());
    if (result.next() != null) {
      assertThat(archive.search(query.withAfter(result.next())).total()).isEqualTo(result.total());
    }
  }

  @Provide
  public Arbitrary<String> queryTexts() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(
                "kitap",
                "kitaplar",
                "İSTANBUL",
                "ıi",
                "report",
                "özet",
                "e-mail",
                "the",
                "on",
                "en",
                "fs.list",
                "csv",
                "OR",
                "or",
                "-",
                "\"",
                ":",
                "command:",
                "title:",
                "summary:",
                "output:",
                "foo:",
                "-\"",
                "'",
                "!!!",
                "(",
                ")",
                "*",
                "?",
                "\\",
                "42"),
            Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars("İıŞşĞğÜüÖöÇç—")
                .ofMaxLength(6));
    return Combinators.combine(piece, Arbitraries.of(" ", "", "  "))
        .as(String::concat)
        .list()
        .ofMaxSize(12)
        .map(pieces -> String.join("", pieces));
  }

  // ---- helpers

  private static SearchQuery.Builder all() {
    return SearchQuery.text("");
  }

  private List<String> ids(String text) {
    return ids(SearchQuery.text(text));
  }

  private List<String> ids(SearchQuery.Builder builder) {
    return ids(archive, builder);
  }

  private static List<String> ids(SearchIndex index, SearchQuery.Builder builder) {
    SearchResult result = index.search(builder.size(ALL).build());
    assertThat(result.total()).isEqualTo(result.hits().size());
    return result.hits().stream().map(SearchHit::runId).toList();
  }

  /** The fixture run ids whose document passes, in run id order. */
  private static List<String> where(Predicate<SearchDocument> test) {
    return DOCUMENTS.stream().filter(test).map(SearchDocument::runId).sorted().toList();
  }

  private List<DateBucket> histogram(HistogramInterval interval) {
    return archive.search(all().size(1).facets(interval).build()).facets().histogram();
  }

  private static Count count(String value, long n) {
    return new Count(value, n);
  }

  private static DateBucket day(String date, long n) {
    return new DateBucket(Instant.parse(date + "T00:00:00Z"), n);
  }

  private static List<RateBucket> rates(long... counts) {
    List<RateBucket> buckets = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      buckets.add(RateBucket.BOUNDS.get(i).withCount(counts[i]));
    }
    return buckets;
  }

  /** What the facets of exactly these runs are, by day: the rules of {@link Facets} spelled out. */
  private static Facets facetsOf(List<SearchDocument> matched) {
    Map<FacetField, Function<SearchDocument, List<String>>> values =
        new EnumMap<>(FacetField.class);
    values.put(FacetField.STATUS, d -> List.of(d.status()));
    values.put(FacetField.TASK_TYPE, SearchDocument::taskTypes);
    values.put(FacetField.MODEL, SearchDocument::models);
    values.put(FacetField.MODE, d -> List.of(d.mode()));
    values.put(FacetField.PERSONA, d -> List.of(d.persona()));
    values.put(FacetField.LANGUAGE, d -> List.of(d.language()));
    values.put(FacetField.TAG, SearchDocument::tags);
    Map<FacetField, List<Count>> terms = new EnumMap<>(FacetField.class);
    values.forEach(
        (field, of) ->
            terms.put(
                field,
                matched.stream()
                    .flatMap(d -> of.apply(d).stream())
                    .collect(Collectors.groupingBy(v -> v, Collectors.counting()))
                    .entrySet()
                    .stream()
                    .map(e -> new Count(e.getKey(), e.getValue()))
                    .sorted(
                        Comparator.comparingLong(Count::count)
                            .reversed()
                            .thenComparing(Count::value))
                    .limit(Facets.TOP)
                    .toList()));
    Map<Instant, Long> days = new TreeMap<>();
    matched.forEach(d -> days.merge(d.finishedAt().truncatedTo(ChronoUnit.DAYS), 1L, Long::sum));
    long[] rates = new long[RateBucket.BOUNDS.size()];
    for (SearchDocument d : matched) {
      for (int i = 0; i < rates.length; i++) {
        if (RateBucket.BOUNDS.get(i).contains(d.successRate())) {
          rates[i]++;
          break;
        }
      }
    }
    return new Facets(
        terms,
        days.entrySet().stream().map(e -> new DateBucket(e.getKey(), e.getValue())).toList(),
        rates(rates));
  }
}
