package dev.altlas.bench.search;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The words of one generated run: its topics, period, recipient and folder are chosen once, so the
 * command, the titles, the outputs and the summary talk about the same things; figures are drawn as
 * they come.
 */
final class RunText {
  private final Vocabulary words;
  private final SplittableRandom random;
  private final String topic;
  private final String otherTopic;
  private final String period;
  private final String recipient;
  private final String folder;
  private final String region;
  private final int count;
  private final int rows;
  private String error = "";

  RunText(Vocabulary words, String topic, String otherTopic, SplittableRandom random) {
    this.words = words;
    this.random = random;
    this.topic = topic;
    this.otherTopic = otherTopic;
    this.period = pick(words.periods());
    this.recipient = pick(words.recipients());
    this.folder = pick(words.folders());
    this.region = pick(words.regions());
    this.count = 2 + random.nextInt(11);
    this.rows = 10 + random.nextInt(50_000);
  }

  /** Fills the message a failed task gives; {@code {error}} slots say it from now on. */
  String error(String template) {
    error = fill(template);
    return error;
  }

  /** The template with its slots filled, starting with a capital letter. */
  String sentence(String template) {
    String text = fill(template);
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(words.locale()) + text.substring(1);
  }

  private String fill(String template) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        out.append(template, at, template.length());
        break;
      }
      out.append(template, at, open).append(slot(template.substring(open + 1, close)));
      at = close + 1;
    }
    return out.toString();
  }

  private String slot(String name) {
    return switch (name) {
      case "T", "t" -> topic;
      case "T2", "t2" -> otherTopic;
      case "P" -> period;
      case "D" -> recipient;
      case "F" -> folder;
      case "region" -> region;
      case "N" -> Integer.toString(count);
      case "rows" -> Integer.toString(rows);
      case "error" -> error;
      case "a", "b", "c" -> Integer.toString(random.nextInt(rows + 1));
      case "kb" -> Integer.toString(1 + random.nextInt(9_000));
      case "ms" -> Integer.toString(40 + random.nextInt(3_000));
      case "pages" -> Integer.toString(1 + random.nextInt(40));
      case "words" -> Integer.toString(200 + random.nextInt(20_000));
      case "pct" -> Integer.toString(1 + random.nextInt(60));
      case "id", "id2" -> Integer.toString(1000 + random.nextInt(9000));
      case "amount", "amount2" ->
          String.format(Locale.ROOT, "%,d", 100 + random.nextInt(250_000)).replace(',', '.');
      case "year" -> Integer.toString(2025 + random.nextInt(2));
      case "month" -> String.format(Locale.ROOT, "%02d", 1 + random.nextInt(12));
      case "monthname" -> pick(words.months());
      case "day" -> Integer.toString(1 + random.nextInt(28));
      default -> throw new IllegalArgumentException("no slot {" + name + "} in templates");
    };
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
