package dev.altlas.tasks.builtin;

import static dev.altlas.tasks.builtin.testing.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.task.TaskEnvironment;
import dev.altlas.task.TaskHandler;
import dev.altlas.task.TaskSettings;
import dev.altlas.tasks.builtin.testing.InMemoryTaskContext;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts and sizes of the built-in tasks are read exactly: beyond their range they are refused. */
class CountParamsTest {
  /** 2^64 + 1: read as a long it wrapped around to 1, a valid count and size. */
  private static final BigInteger WRAPS_TO_ONE = BigInteger.ONE.shiftLeft(64).add(BigInteger.ONE);

  @TempDir Path root;

  private Map<String, TaskHandler> handlers() {
    return new BuiltinTaskPlugin()
            .handlers(
                new TaskEnvironment(
                    new TaskSettings(Map.of("altlas.fs.roots", root.toString())),
                    null,
                    Clock.systemUTC()))
            .stream()
            .collect(Collectors.toMap(TaskHandler::type, Function.identity()));
  }

  @Test
  void hugeCountsAndSizesFailNamingTheParameter() throws Exception {
    Files.writeString(root.resolve("a.txt"), "text");
    Map<String, TaskHandler> handlers = handlers();

    var top =
        failure(
            () ->
                handlers
                    .get("data.top")
                    .execute(
                        InMemoryTaskContext.of(
                            root, Map.of("items", List.of(1, 2, 3), "count", WRAPS_TO_ONE))),
            "task.bad_param",
            false);
    var read =
        failure(
            () ->
                handlers
                    .get("fs.read")
                    .execute(
                        InMemoryTaskContext.of(
                            root, Map.of("path", "a.txt", "max_bytes", WRAPS_TO_ONE))),
            "task.bad_param",
            false);
    var http =
        failure(
            () ->
                handlers
                    .get("http.request")
                    .execute(
                        InMemoryTaskContext.of(
                            root, Map.of("url", "http://127.0.0.1:9/", "max_bytes", WRAPS_TO_ONE))),
            "task.bad_param",
            false);

    assertThat(top.getMessage())
        .isEqualTo(
            "parameter 'count' must be a whole number of at least 1, not 18446744073709551617");
    assertThat(read.getMessage()).startsWith("parameter 'max_bytes' must be a whole number");
    assertThat(http.getMessage()).startsWith("parameter 'max_bytes' must be a whole number");
  }

  @Test
  void aCountLargerThanTheListKeepsTheWholeList() throws Exception {
    Map<?, ?> out =
        (Map<?, ?>)
            handlers()
                .get("data.top")
                .execute(
                    InMemoryTaskContext.of(
                        root, Map.of("items", List.of(1, 2), "count", Long.MAX_VALUE)));

    assertThat(out.get("items")).isEqualTo(List.of(1, 2));
  }
}
