package dev.altlas.testkit;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.Embedding;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.model.Priority;
import dev.altlas.model.RunResult;
import dev.altlas.model.RunStatus;
import dev.altlas.model.TaskError;
import dev.altlas.model.TaskResult;
import dev.altlas.model.TaskStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Archived runs to search, in Turkish and English, as the runner would have produced them.
 *
 * <p>{@link #archive()} is the archive the search contract runs against. Its embeddings are small
 * vectors whose axes are topics — {@code [files, reports, books, writing]} — so runs about the same
 * thing are close, whatever their language.
 */
public final class ArchiveFixtures {
  /** The archive's first run finishes on this Thursday; its last a week later. */
  public static final Instant FIRST_DAY = Instant.parse("2026-02-26T00:00:00Z");

  public static final String LOCAL_MODEL = "local/extractive-v1";
  public static final String HOSTED_MODEL = "gpt-4o-mini";

  /** A query vector on the files axis. */
  public static final Embedding ABOUT_FILES = vector(1, 0, 0, 0);

  private ArchiveFixtures() {}

  /** Thirteen runs over nine days; see each for what it is there to show. */
  public static List<ArchivedRun> archive() {
    return List.of(
        // "kitap" only in the singular; Turkish stemming must find it for "kitaplar"
        run("tr-books")
            .command("Kitap listesini yazara göre sırala")
            .turkish(Mode.NORMAL, Persona.RESEARCHER)
            .tags("books")
            .task("fs.read", "Kitap listesini oku", ok(Map.of("text", "Yaşar Kemal; Orhan Pamuk")))
            .task("data.sort", "Yazara göre sırala", ok(null))
            .summary("Kitap listesi yazara göre sıralandı.")
            .finished("2026-02-26T09:00:00Z", 4_000)
            .embedding(0, 0, 1, 0)
            .build(1),
        // "İstanbul" with a dotted capital İ; "özetle" and "raporunu" for the synonyms
        run("tr-istanbul")
            .command("İstanbul hava durumu raporunu indir ve özetle")
            .turkish(Mode.NORMAL, Persona.DATA_ANALYST)
            .tags("weather")
            .task(
                "http.request",
                "Hava durumunu indir",
                ok(Map.of("body", "İstanbul: 14°C, parçalı bulutlu")))
            .task("ai.summarize", "Raporu özetle", ok("Hava parçalı bulutlu.").model(LOCAL_MODEL))
            .summary("İstanbul hava raporu hazırlandı.")
            .finished("2026-02-27T14:30:00Z", 8_000)
            .embedding(0.1f, 1, 0, 0)
            .build(2),
        // "monthly report" as a phrase; "report" only in the singular
        run("en-monthly")
            .command("Summarize the monthly report and email it to the team")
            .english(Mode.NORMAL, Persona.PROJECT_MANAGER)
            .tags("monthly", "reports")
            .task("fs.read", "Read the monthly report", ok(Map.of("text", "Revenue grew 4%.")))
            .task("ai.summarize", "Summarize it", ok("Revenue grew.").model(HOSTED_MODEL))
            .task("notify.email", "Email the team", ok(Map.of("sent", true)))
            .summary("The monthly report was summarized and emailed to the team.")
            .finished("2026-02-28T08:00:00Z", 12_000)
            .embedding(0, 1, 0, 0)
            .build(3),
        // "monthly" and "report" apart; 3 of 4 tasks succeeded; "mail" in an error message
        run("en-budget")
            .command("Check the monthly budget and write a short report for the board")
            .english(Mode.EXPLORE, Persona.PROJECT_MANAGER)
            .tags("budget", "reports")
            .task("fs.read", "Read the budget", ok(Map.of("text", "Budget: 120k")))
            .task("data.filter", "Keep the overruns", ok(List.of("travel", "hardware")))
            .task("ai.generate", "Write the board note", ok("Two overruns.").model(HOSTED_MODEL))
            .task(
                "notify.email",
                "Send the note",
                failed("notify.smtp_refused", "the mail server refused the message"))
            .status(RunStatus.PARTIALLY_SUCCEEDED)
            .summary("Budget checked; the note was written but could not be sent.")
            .finished("2026-03-01T12:00:00Z", 20_000)
            .embedding(0.1f, 0.8f, 0, 0.3f)
            .build(4),
        // finishes at the same instant as tr-files: ties in time are broken by run id
        run("en-files")
            .command("List the files in ./docs and sort them by size")
            .english(Mode.EXPLORE, Persona.TECHNICAL_EXPERT)
            .tags("files")
            .task("fs.list", "List the files", ok(Map.of("files", List.of("a.md", "b.md"))))
            .task("data.sort", "Sort by size", ok(null))
            .summary("12 files listed, largest first.")
            .finished("2026-03-02T10:00:00Z", 2_000)
            .embedding(1, 0, 0, 0)
            .build(5),
        run("tr-files")
            .command("Dosyaları boyuta göre sırala ve en büyük 10 tanesini göster")
            .turkish(Mode.NORMAL, Persona.TECHNICAL_EXPERT)
            .tags("files")
            .task("fs.list", "Dosyaları listele", ok(Map.of("files", List.of("rapor.pdf"))))
            .task("data.sort", "Boyuta göre sırala", ok(null))
            .task("data.top", "En büyük 10 tanesi", ok(null))
            .summary("En büyük 10 dosya gösterildi.")
            .finished("2026-03-02T10:00:00Z", 2_500)
            .embedding(0.95f, 0.05f, 0, 0)
            .build(6),
        // failed, no embedding
        run("en-translate")
            .command("Translate the user guide into Turkish")
            .english(Mode.NORMAL, Persona.EDUCATOR)
            .tags("docs")
            .task(
                "ai.translate",
                "Translate the guide",
                failed("ai.provider_unavailable", "the model provider did not answer in time")
                    .model(HOSTED_MODEL))
            .status(RunStatus.FAILED)
            .summary("The translation failed: the model provider did not answer.")
            .finished("2026-03-03T16:45:00Z", 30_000)
            .build(7),
        // "e-posta" for the e-mail synonyms; 2 of 3 tasks succeeded
        run("tr-email")
            .command("Satış raporlarını indir, özetle ve ekibe e-posta ile gönder")
            .turkish(Mode.CHAOS, Persona.PROJECT_MANAGER)
            .tags("reports")
            .task("http.request", "Satışları indir", ok(Map.of("body", "Satışlar: 42")))
            .task("ai.summarize", "Kısaca anlat", ok("Satışlar arttı.").model(LOCAL_MODEL))
            .task(
                "notify.email",
                "Ekibe gönder",
                failed("notify.smtp_refused", "sunucu iletiyi reddetti"))
            .status(RunStatus.PARTIALLY_SUCCEEDED)
            .summary("Satış raporu hazırlandı ama gönderilemedi.")
            .finished("2026-03-04T09:15:00Z", 15_000)
            .embedding(0.1f, 0.9f, 0, 0)
            .build(8),
        run("en-draft")
            .command("Write a draft blog post about the old plan")
            .english(Mode.DREAM, Persona.CREATIVE_WRITER)
            .tags("blog", "draft")
            .task(
                "ai.generate",
                "Write the draft",
                ok("Once upon a time there was an old plan.").model(HOSTED_MODEL))
            .summary("A draft blog post was written.")
            .finished("2026-03-04T11:00:00Z", 9_000)
            .embedding(0, 0, 0.2f, 1)
            .build(9),
        // "csv" only here; no embedding
        run("en-csv")
            .command("Export the sales table as csv")
            .english(Mode.NORMAL, Persona.DATA_ANALYST)
            .tags("sales")
            .task("data.map", "Pick the columns", ok(null))
            .task("fs.write", "Write the table", ok(Map.of("path", "out/sales.csv")))
            .summary("The sales table was exported.")
            .finished("2026-03-05T08:30:00Z", 1_000)
            .build(10),
        // "invoice" in the command; half the tasks succeeded; no embedding
        run("en-invoice")
            .command("Convert the invoice to pdf and upload it")
            .english(Mode.EXPLORE, Persona.TECHNICAL_EXPERT)
            .tags("invoices")
            .task("fs.read", "Read the scan", ok(Map.of("pages", "2 pages read")))
            .task("storage.put", "Upload the file", failed("storage.denied", "access denied"))
            .status(RunStatus.PARTIALLY_SUCCEEDED)
            .summary("The invoice was converted; the upload was denied.")
            .finished("2026-03-05T18:00:00Z", 7_000)
            .build(11),
        // cancelled with 1 of 4 tasks done
        run("tr-cleanup")
            .command("Klasördeki eski dosyaları sil")
            .turkish(Mode.NORMAL, Persona.TECHNICAL_EXPERT)
            .tags("cleanup", "files")
            .task("fs.list", "Klasörü tara", ok(Map.of("files", List.of("eski.log"))))
            .task("approval.wait", "Onay bekle", cancelled())
            .task("shell.exec", "Sil", cancelled())
            .task("fs.write", "Günlüğe yaz", cancelled())
            .status(RunStatus.CANCELLED)
            .summary("Çalışma iptal edildi.")
            .finished("2026-03-06T07:00:00Z", 500)
            .embedding(0.7f, 0, 0, 0.3f)
            .build(12),
        // "invoice" only in a task's output
        run("en-archive")
            .command("Find last quarter's payments in the archive")
            .english(Mode.NORMAL, Persona.RESEARCHER)
            .tags("search")
            .task(
                "archive.search",
                "Search the archive",
                ok(Map.of("matches", "three payments, one of them linked to an invoice")))
            .summary("Three payments found.")
            .finished("2026-03-06T12:00:00Z", 4_000)
            .embedding(0.2f, 0.5f, 0, 0)
            .build(13));
  }

  /** The fixture run with this id. */
  public static ArchivedRun byId(String runId) {
    return archive().stream()
        .filter(r -> r.runId().equals(runId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no fixture run " + runId));
  }

  public static Embedding vector(float... values) {
    return new Embedding(values);
  }

  public static RunBuilder run(String runId) {
    return new RunBuilder(runId);
  }

  public static TaskOutcome ok(Object output) {
    return new TaskOutcome(TaskStatus.SUCCEEDED, output, null, null);
  }

  public static TaskOutcome failed(String code, String message) {
    return new TaskOutcome(TaskStatus.FAILED, null, new TaskError(code, message), null);
  }

  public static TaskOutcome cancelled() {
    return new TaskOutcome(TaskStatus.CANCELLED, null, null, null);
  }

  /** How one task ended. */
  public record TaskOutcome(TaskStatus status, Object output, TaskError error, String model) {
    public TaskOutcome model(String name) {
      return new TaskOutcome(status, output, error, name);
    }
  }

  /**
   * Builds one archived run. The success rate is that of its tasks; the status defaults to
   * succeeded; the run starts its duration before it finishes.
   */
  public static final class RunBuilder {
    private final String runId;
    private String command = "";
    private String language = "en";
    private Mode mode = Mode.NORMAL;
    private Persona persona = Persona.TECHNICAL_EXPERT;
    private List<String> tags = List.of();
    private final List<PlanTask> planTasks = new ArrayList<>();
    private final List<TaskResult> tasks = new ArrayList<>();
    private RunStatus status = RunStatus.SUCCEEDED;
    private String summary = "";
    private Instant finishedAt = FIRST_DAY;
    private long durationMs;
    private Embedding embedding;

    private RunBuilder(String runId) {
      this.runId = runId;
    }

    public RunBuilder command(String value) {
      command = value;
      return this;
    }

    public RunBuilder turkish(Mode planMode, Persona planPersona) {
      return language("tr", planMode, planPersona);
    }

    public RunBuilder english(Mode planMode, Persona planPersona) {
      return language("en", planMode, planPersona);
    }

    public RunBuilder language(String code, Mode planMode, Persona planPersona) {
      language = code;
      mode = planMode;
      persona = planPersona;
      return this;
    }

    public RunBuilder tags(String... values) {
      tags = List.of(values);
      return this;
    }

    public RunBuilder task(String type, String title, TaskOutcome outcome) {
      String id = "t" + (tasks.size() + 1);
      planTasks.add(PlanTask.of(id, type, title, Map.of(), List.of()));
      tasks.add(
          new TaskResult(
              id,
              type,
              outcome.status(),
              1,
              null,
              null,
              null,
              outcome.output(),
              outcome.error(),
              outcome.model(),
              null));
      return this;
    }

    public RunBuilder status(RunStatus value) {
      status = value;
      return this;
    }

    public RunBuilder summary(String value) {
      summary = value;
      return this;
    }

    public RunBuilder finished(String instant, long duration) {
      finishedAt = Instant.parse(instant);
      durationMs = duration;
      return this;
    }

    public RunBuilder embedding(float... values) {
      embedding = vector(values);
      return this;
    }

    public RunBuilder embedding(Embedding value) {
      embedding = value;
      return this;
    }

    /** The run as the archive store would have committed it with this sequence. */
    public ArchivedRun build(long sequence) {
      Instant startedAt = finishedAt.minusMillis(durationMs);
      Plan plan =
          new Plan(
              Plan.FORMAT_VERSION,
              "plan-" + runId,
              startedAt.minusSeconds(1),
              command,
              language,
              mode,
              persona,
              mode == Mode.CHAOS ? 3 : null,
              mode == Mode.NORMAL ? null : 42L,
              Priority.NORMAL,
              tags,
              Map.of(),
              null,
              null,
              planTasks);
      long succeeded = tasks.stream().filter(t -> t.status() == TaskStatus.SUCCEEDED).count();
      RunResult result =
          new RunResult(
              RunResult.FORMAT_VERSION,
              runId,
              plan.header(),
              status,
              tasks.isEmpty() ? 1.0 : (double) succeeded / tasks.size(),
              startedAt,
              finishedAt,
              durationMs,
              tasks,
              List.of(),
              null,
              null,
              summary);
      return new ArchivedRun(
          sequence, finishedAt.plusSeconds(5), digest(result), result, plan, embedding);
    }

    /** Stands in for the store's digest of the stored form: stable and different per content. */
    private static String digest(RunResult result) {
      String content =
          String.join(
              "\n",
              result.runId(),
              result.plan().command(),
              result.status().name(),
              result.finishedAt().toString(),
              result.summary());
      try {
        byte[] hash =
            MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
