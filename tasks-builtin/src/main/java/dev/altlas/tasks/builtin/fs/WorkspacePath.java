package dev.altlas.tasks.builtin.fs;

import java.nio.file.Path;

/**
 * A path checked to lie inside the workspace roots.
 *
 * @param real absolute, with symbolic links resolved as far as the path exists; the one to use
 * @param display as outputs show it: relative to the first root with forward slashes, or absolute
 *     when it lies under another root
 */
public record WorkspacePath(Path real, String display) {}
