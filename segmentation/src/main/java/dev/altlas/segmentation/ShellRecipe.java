package dev.altlas.segmentation;

import dev.altlas.plan.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Run `make test`", "`./backup.sh` betiğini çalıştır": an allow-listed program with its arguments,
 * passed without a shell.
 */
final class ShellRecipe implements TaskRecipe {
  private static final Pattern ARGUMENT = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)");

  @Override
  public void add(Step step, PlanDraft draft) {
    List<String> words = split(step.slots().program());
    if (words.isEmpty()) {
      draft.unsupported(step, draft.phrases.say("reasons.no_program", "word", step.word()));
      return;
    }
    String workingDir =
        step.slots().sources().paths().stream()
            .filter(p -> !p.file())
            .map(PathMention::path)
            .findFirst()
            .orElse(null);
    TaskDraft task =
        draft
            .add("shell.exec", step)
            .param("command", words.get(0))
            .param("args", words.size() > 1 ? words.subList(1, words.size()) : null)
            .param("working_dir", workingDir)
            .because(
                draft.phrases.say("rationale.shell", "word", step.word(), "command", words.get(0)),
                step.intent().confidence());
    draft.produce(new Output(task.id(), Shape.TEXT, Reference.toTask(task.id(), "stdout"), null));
  }

  private static List<String> split(String program) {
    var words = new ArrayList<String>();
    Matcher m = ARGUMENT.matcher(program == null ? "" : program);
    while (m.find()) {
      for (int g = 1; g <= 3; g++) {
        if (m.group(g) != null) {
          words.add(m.group(g));
          break;
        }
      }
    }
    return words;
  }
}
