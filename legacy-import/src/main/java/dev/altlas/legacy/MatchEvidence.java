package dev.altlas.legacy;

import java.util.ArrayList;
import java.util.Set;

/**
 * Why a legacy step became its catalog type: as a confidence and as a sentence.
 *
 * @param decisive types the step's parameters point to on their own
 * @param byShape file types its path alone allows
 * @param weak types its words suggest
 */
record MatchEvidence(String type, Set<String> decisive, Set<String> byShape, Set<String> weak) {

  /**
   * @param named whether the step's task type or file operation allowed the type
   */
  double confidence(boolean named) {
    boolean byParams = decisive.contains(type) || byShape.contains(type);
    boolean byWords = weak.contains(type);
    if (byParams && named) {
      return 0.95;
    }
    if (decisive.contains(type)) {
      return byWords ? 0.9 : 0.85;
    }
    if (byParams) {
      return byWords ? 0.85 : 0.75;
    }
    return named ? 0.8 : 0.6;
  }

  String rationale(String strongSource, boolean fromUpstream) {
    var why = new ArrayList<String>();
    if (strongSource != null) {
      why.add("its " + strongSource + " allows " + type);
    }
    if (decisive.contains(type)) {
      why.add("its parameters point to " + type);
    } else if (byShape.contains(type)) {
      why.add(
          "its path names a " + (type.equals("fs.list") ? "directory" : "file") + " for " + type);
    }
    if (weak.contains(type)) {
      why.add("its text suggests " + type);
    }
    if (fromUpstream) {
      why.add("it works on the text of the task it depends on");
    }
    return "Legacy step mapped: " + String.join("; ", why) + ".";
  }
}
