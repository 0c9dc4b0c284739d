package dev.altlas.segmentation;

import java.util.List;

/**
 * One step of a command, as the person wrote it: "sort them by size".
 *
 * @param text the words of the command this clause covers
 * @param words its words, folded, without the words inside literals
 * @param literals its URLs, addresses, paths, quoted text; positions are in {@code text}
 * @param sequential it began with "then", "ardından" or a converb ("-ip"): it comes after, and
 *     usually works on, what came before
 */
record Clause(String text, List<Word> words, List<Literal> literals, boolean sequential) {

  Clause {
    words = List.copyOf(words);
    literals = List.copyOf(literals);
  }

  static Clause of(String text, boolean sequential) {
    List<Literal> literals = Literals.find(text);
    return new Clause(text, Folding.words(Literals.mask(text, literals)), literals, sequential);
  }

  /** The original text of words {@code first..last}. */
  String surface(int first, int last) {
    return text.substring(words.get(first).start(), words.get(last).end());
  }

  String surface(Match match) {
    return surface(match.first(), match.last());
  }

  List<String> literals(Literal.Kind kind) {
    return literals.stream().filter(l -> l.kind() == kind).map(Literal::value).toList();
  }
}
