package dev.altlas.segmentation.atlas;

import dev.altlas.segmentation.CommandValue;

/**
 * One value of the command a template was learned from, and the value of the new command that takes
 * its place.
 *
 * @param example the learned value, as the template's slot records it
 * @param replacement the new command's value
 * @param written how the new command writes it ("five" for 5), for text quoted from the command
 */
record Swap(CommandValue.Kind kind, Object example, Object replacement, String written) {}
