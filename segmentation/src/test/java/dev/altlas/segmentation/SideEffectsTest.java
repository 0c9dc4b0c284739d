package dev.altlas.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.model.PlanTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SideEffectsTest {
  private static final TaskCatalog CATALOG = TaskCatalog.builtin();

  private static PlanTask task(String id, String type, Map<String, Object> params) {
    return PlanTask.of(id, type, id, params, null);
  }

  private static final PlanTask LIST = task("list", "fs.list", Map.of("path", "./docs"));
  private static final PlanTask GET = task("get", "http.request", Map.of("url", "https://a/x"));
  private static final PlanTask HEAD =
      task("head", "http.request", Map.of("url", "https://a/x", "method", "head"));
  private static final PlanTask POST =
      task("post", "http.request", Map.of("url", "https://a/x", "method", "POST"));
  private static final PlanTask WRITE =
      task("write", "fs.write", Map.of("path", "./out.txt", "content", "x"));
  private static final PlanTask MAIL =
      task("mail", "notify.email", Map.of("to", List.of("a@b.c"), "subject", "s", "body", "b"));

  @Test
  void catalogSideEffectsAndRequestsThatAreNotReadsAreEffects() {
    List<SideEffect> effects = SideEffects.of(List.of(LIST, GET, HEAD, POST, WRITE, MAIL), CATALOG);

    assertThat(effects).extracting(SideEffect::taskId).containsExactly("post", "write", "mail");
    assertThat(effects.get(0).describe()).isEqualTo("http.request method POST url https://a/x");
    assertThat(effects.get(1).describe()).isEqualTo("fs.write path ./out.txt");
  }

  @Test
  void anEffectIsTheSameWhateverItsTaskIdButNotWithOtherParameters() {
    PlanTask renamed = task("save", "fs.write", WRITE.params());
    PlanTask elsewhere = task("write", "fs.write", Map.of("path", "./x.txt", "content", "x"));
    List<SideEffect> asked = SideEffects.of(List.of(WRITE), CATALOG);

    assertThat(SideEffects.unasked(SideEffects.of(List.of(renamed), CATALOG), asked)).isEmpty();
    assertThat(SideEffects.unasked(SideEffects.of(List.of(elsewhere), CATALOG), asked))
        .extracting(SideEffect::describe)
        .containsExactly("fs.write path ./x.txt");
  }

  /** Asked for n writes and m e-mails, a plan with more of either adds exactly the surplus. */
  @Property
  void whatAPlanAddsIsWhatItHasBeyondWhatWasAsked(
      @ForAll @IntRange(max = 4) int askedWrites,
      @ForAll @IntRange(max = 4) int plannedWrites,
      @ForAll @IntRange(max = 3) int askedMails,
      @ForAll @IntRange(max = 3) int plannedMails) {
    List<SideEffect> asked = SideEffects.of(tasks(askedWrites, askedMails), CATALOG);
    List<SideEffect> planned = SideEffects.of(tasks(plannedWrites, plannedMails), CATALOG);

    List<SideEffect> extra = SideEffects.unasked(planned, asked);

    assertThat(extra.stream().filter(e -> e.type().equals("fs.write")).count())
        .isEqualTo(Math.max(0, plannedWrites - askedWrites));
    assertThat(extra.stream().filter(e -> e.type().equals("notify.email")).count())
        .isEqualTo(Math.max(0, plannedMails - askedMails));
  }

  private static List<PlanTask> tasks(int writes, int mails) {
    var tasks = new ArrayList<PlanTask>(List.of(LIST, GET));
    for (int i = 0; i < writes; i++) {
      tasks.add(task("write" + i, "fs.write", WRITE.params()));
    }
    for (int i = 0; i < mails; i++) {
      tasks.add(task("mail" + i, "notify.email", MAIL.params()));
    }
    return tasks;
  }
}
