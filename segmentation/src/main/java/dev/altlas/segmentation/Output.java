package dev.altlas.segmentation;

import dev.altlas.plan.Reference;

/**
 * Data a step produced, as later steps refer to it.
 *
 * @param taskId the task that produced it; null for text the command quotes
 * @param ref the reference to use, e.g. {@code ${tasks.list.output.files}}, or the quoted text
 * @param textField the field of each item that holds its text ({@code content}, {@code summary});
 *     null when items have no text (file entries) or hold text as a whole
 */
record Output(String taskId, Shape shape, String ref, String textField) {

  /** Text quoted in the command: "translate 'Günaydın' into English". */
  static Output quoted(String text) {
    return new Output(null, Shape.TEXT, text, null);
  }

  static Output blocked(String taskId) {
    return new Output(taskId, Shape.BLOCKED, null, null);
  }

  /** The same kind of items after a data step: data.sort, data.top, data.filter, ai.rank. */
  Output narrowedBy(String newTaskId) {
    Shape kept = shape.isList() ? shape : Shape.ITEMS;
    return new Output(newTaskId, kept, Reference.toTask(newTaskId, "items"), textField);
  }

  /** Something data steps can work on as a list. */
  boolean isListLike() {
    return shape.isList() || shape == Shape.DATA;
  }

  boolean isBlocked() {
    return shape == Shape.BLOCKED;
  }

  /** Under for_each, the reference to one item's text. */
  String itemText() {
    return textField == null ? "${item}" : "${item." + textField + "}";
  }
}
