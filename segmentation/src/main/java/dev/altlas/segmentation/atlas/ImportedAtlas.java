package dev.altlas.segmentation.atlas;

import dev.altlas.model.Atlas;
import java.time.Instant;

/**
 * An atlas another installation derived, imported into this one; plans reused from it say so.
 *
 * @param name what {@code altlas atlas show} lists it as and {@code altlas atlas remove} takes
 * @param file where this installation keeps it
 * @param importedAt when it was imported
 */
public record ImportedAtlas(String name, String file, Instant importedAt, Atlas atlas) {}
