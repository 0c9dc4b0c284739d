package dev.altlas.segmentation;

import java.util.List;

/**
 * Labels for classification.
 *
 * @param implied taken from what the classification is about ("by sentiment") rather than listed
 */
record Labels(List<String> values, boolean implied) {

  Labels {
    values = List.copyOf(values);
  }
}
