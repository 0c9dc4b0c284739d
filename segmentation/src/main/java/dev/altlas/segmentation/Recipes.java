package dev.altlas.segmentation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The recipe for each task type a clause can ask for. */
final class Recipes {
  private final Map<String, TaskRecipe> byType = new HashMap<>();

  Recipes() {
    var inputs = new InputResolver();
    var shaping = new ShapingSteps(inputs);
    var listShaping = new ListShapingRecipe(inputs, shaping);
    register(new PresentRecipe(inputs, shaping, false), IntentEntry.PRESENT);
    register(new PresentRecipe(inputs, shaping, true), "fs.list");
    register(new ReadFileRecipe(inputs, shaping), "fs.read");
    register(new WriteFileRecipe(inputs, shaping), "fs.write");
    register(new HttpRequestRecipe(inputs, shaping), "http.request");
    register(listShaping, "data.filter", "data.sort", "data.top");
    register(new SelectFieldsRecipe(inputs, shaping), "data.map");
    register(new JoinRecipe(inputs), "data.join");
    register(new GenerateRecipe(inputs), "ai.generate");
    register(new SummarizeRecipe(inputs, shaping), "ai.summarize");
    register(new TranslateRecipe(inputs, shaping), "ai.translate");
    register(new ClassifyRecipe(inputs, shaping), "ai.classify");
    register(new ExtractRecipe(inputs, shaping), "ai.extract");
    register(new EmbedRecipe(inputs, shaping), "ai.embed");
    register(new RankRecipe(inputs, shaping), "ai.rank");
    register(new ArchiveSearchRecipe(), "archive.search");
    register(new EmailRecipe(inputs, shaping), "notify.email");
    register(new WebhookRecipe(inputs, shaping), "notify.webhook");
    register(new StorePutRecipe(inputs, shaping), "storage.put");
    register(new StoreGetRecipe(), "storage.get");
    register(new ApprovalRecipe(), "approval.wait");
    register(new ShellRecipe(), "shell.exec");
  }

  private void register(TaskRecipe recipe, String... types) {
    List.of(types).forEach(t -> byType.put(t, recipe));
  }

  TaskRecipe forType(String type) {
    TaskRecipe recipe = byType.get(type);
    if (recipe == null) {
      throw new IllegalStateException("the lexicon names " + type + ", which has no recipe");
    }
    return recipe;
  }
}
