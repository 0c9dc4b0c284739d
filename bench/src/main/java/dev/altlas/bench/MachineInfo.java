package dev.altlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/** The machine and JVM a benchmark ran on, for the report's header. */
public record MachineInfo(int cores, String cpu, long memoryMiB, String jdk, String os) {

  public static MachineInfo current() {
    Runtime rt = Runtime.getRuntime();
    return new MachineInfo(
        rt.availableProcessors(),
        cpuModel(),
        rt.maxMemory() / (1024 * 1024),
        System.getProperty("java.vm.vendor")
            + " "
            + System.getProperty("java.vm.name")
            + " "
            + Runtime.version(),
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
  }

  public String describe() {
    return String.format(
        Locale.ROOT, "%d cores (%s); JVM max heap %d MiB; %s; %s", cores, cpu, memoryMiB, jdk, os);
  }

  /** The CPU's model name on Linux; "unknown CPU" elsewhere. */
  private static String cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(cpuinfo)) {
      return "unknown CPU";
    }
    try (Stream<String> lines = Files.lines(cpuinfo)) {
      return lines
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }
}
