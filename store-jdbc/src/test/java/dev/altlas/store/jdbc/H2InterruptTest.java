package dev.altlas.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine interrupts workers (a cancelled run, a task past its timeout, shutdown), and a worker
 * may be inside the database when that happens. On H2's default file system an interrupt closes the
 * file under every connection ("Reading from file … failed"), and an interrupted write can leave
 * the file damaged; the embedded default must shrug it off.
 */
class H2InterruptTest {
  private static final int ROWS = 20_000;
  private static final int CYCLES = 10;

  @Test
  void workersInterruptedInsideTheDatabaseDoNotBreakItForEveryoneElse(@TempDir Path home)
      throws Exception {
    JdbcSettings embedded = JdbcSettings.embedded(home);
    // a cache far smaller than the table, so that workers read from the file, not from memory
    var settings = new JdbcSettings(embedded.url() + ";CACHE_SIZE=512", "sa", "");
    try (Database db = Database.connect(settings, Database.Purpose.ARCHIVE)) {
      db.run(
          "fill",
          c -> {
            try (Statement s = c.createStatement()) {
              s.execute("CREATE TABLE page(id INT PRIMARY KEY, body VARCHAR(2000))");
              s.execute(
                  "INSERT INTO page SELECT X, REPEAT('k', 1500) FROM SYSTEM_RANGE(1, "
                      + ROWS
                      + ")");
            }
            return null;
          });

      List<Throwable> failures = new ArrayList<>();
      for (int cycle = 0; cycle < CYCLES; cycle++) {
        ExecutorService workers = Executors.newFixedThreadPool(3);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
          boolean writer = w == 0;
          running.add(workers.submit(() -> work(db, writer)));
        }
        Thread.sleep(200);
        workers.shutdownNow();
        assertThat(workers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        for (Future<?> f : running) {
          try {
            f.get();
          } catch (CancellationException e) {
            // the interrupt itself: what a cancelled task sees
          } catch (ExecutionException e) {
            failures.add(e.getCause());
          }
        }
      }

      assertThat(failures).as("what the interrupted workers ran into").isEmpty();
      long[] countAndLength =
          db.run(
              "count",
              c -> {
                try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(*), SUM(LENGTH(body)) FROM page")) {
                  r.next();
                  return new long[] {r.getLong(1), r.getLong(2)};
                }
              });
      assertThat(countAndLength[0]).isEqualTo(ROWS);
      assertThat(countAndLength[1]).isEqualTo(ROWS * 1500L);
    }
  }

  /** Updates or reads pages until interrupted; an interrupt may only end it, never fail it. */
  private static Void work(Database db, boolean writer) {
    var random = new Random();
    return db.run(
        "work",
        c -> {
          String sql =
              writer
                  ? "UPDATE page SET body = REPEAT(?, 1500) WHERE id = ?"
                  : "SELECT SUM(LENGTH(body)) FROM page WHERE id BETWEEN ? AND ? + 400";
          try (PreparedStatement p = c.prepareStatement(sql)) {
            while (!Thread.currentThread().isInterrupted()) {
              int id = 1 + random.nextInt(ROWS - 400);
              if (writer) {
                p.setString(1, String.valueOf((char) ('a' + random.nextInt(26))));
                p.setInt(2, id);
                p.executeUpdate();
              } else {
                p.setInt(1, id);
                p.setInt(2, id);
                p.executeQuery().close();
              }
            }
          } catch (SQLException e) {
            if (Thread.currentThread().isInterrupted() && isInterruption(e)) {
              return null;
            }
            throw e;
          }
          return null;
        });
  }

  /** H2 says so when it noticed the interrupt before touching anything ("statement canceled"). */
  private static boolean isInterruption(SQLException e) {
    return "HY008".equals(e.getSQLState()) || "57014".equals(e.getSQLState());
  }
}
