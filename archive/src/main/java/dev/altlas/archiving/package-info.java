/**
 * The archive role: {@link dev.altlas.archiving.Archive} commits {@code .last} records to the
 * archive store and keeps the search index caught up with it; {@link
 * dev.altlas.archiving.RunArchiver} archives the runs this installation finishes; {@link
 * dev.altlas.archiving.AtlasDeriver} derives the {@code .atlas} from the archive; {@link
 * dev.altlas.archiving.Retention} deletes old runs from every store. Plain Java over core's ports
 * ({@code ArchiveStore}, {@code SearchIndex}, {@code RunStore}, {@code EventBus}, {@code
 * ModelPort}); the CLI or server wires the adapters.
 */
package dev.altlas.archiving;
