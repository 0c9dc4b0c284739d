package dev.altlas.segmentation;

import java.util.List;

/**
 * Words that mark a value next to them. English puts them before the value ("into Turkish", "for
 * invoices"); Turkish often after it ("İngilizceye", "fatura hakkında").
 *
 * @param beforeValue cues that stand before the value
 * @param afterValue cues that stand after the value
 */
record Cues(List<Phrase> beforeValue, List<Phrase> afterValue) {

  Cues {
    beforeValue = List.copyOf(beforeValue);
    afterValue = List.copyOf(afterValue);
  }
}
