package dev.altlas.bench;

/** Makes the empty database a subject runs on. */
@FunctionalInterface
interface DatabaseSource {
  BenchDatabase open() throws Exception;
}
