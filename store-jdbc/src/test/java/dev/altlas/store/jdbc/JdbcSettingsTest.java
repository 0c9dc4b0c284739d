package dev.altlas.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JdbcSettingsTest {

  @Test
  void theEmbeddedDefaultIsAnH2FileUnderAltlasHome() {
    JdbcSettings settings = JdbcSettings.embedded(Path.of("/home/ayşe/.altlas"));

    assertThat(settings.url())
        .isEqualTo("jdbc:h2:async:/home/ayşe/.altlas/db/altlas;AUTO_SERVER=TRUE");
    assertThat(settings.vendor()).isEqualTo(JdbcSettings.Vendor.H2);
    assertThat(settings.poolSize()).isEqualTo(JdbcSettings.DEFAULT_POOL_SIZE);
  }

  @Test
  void aPostgresUrlIsTheDistributedSetting() {
    var settings = new JdbcSettings("jdbc:postgresql://db:5432/altlas", "altlas", "s3cret");

    assertThat(settings.vendor()).isEqualTo(JdbcSettings.Vendor.POSTGRESQL);
  }

  @Test
  void thePasswordNeverShows() {
    var settings =
        new JdbcSettings(
            "jdbc:postgresql://db/altlas?user=altlas&password=s3cret&ssl=true", "altlas", "s3cret");

    assertThat(settings.redactedUrl())
        .isEqualTo("jdbc:postgresql://db/altlas?user=altlas&password=***&ssl=true");
    assertThat(settings.toString()).doesNotContain("s3cret").contains("password=***");
    assertThat(new JdbcSettings("jdbc:h2:file:/x;PASSWORD=s3cret;MODE=x", "sa", "").redactedUrl())
        .isEqualTo("jdbc:h2:file:/x;PASSWORD=***;MODE=x");
  }

  @Test
  void otherDatabasesAndBadValuesAreRefusedClearly() {
    assertThatThrownBy(() -> new JdbcSettings("jdbc:mysql://db/altlas?password=s3cret", "u", "p"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:h2:")
        .hasMessageContaining("jdbc:mysql://db/altlas")
        .hasMessageNotContaining("s3cret");
    assertThatThrownBy(() -> new JdbcSettings(" ", "u", "p"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JDBC URL");
    assertThatThrownBy(() -> new JdbcSettings("jdbc:h2:mem:x", "sa", "", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("poolSize");
  }

  @Test
  void anUnreachableDatabaseFailsNamingItWithoutThePassword() {
    var settings =
        new JdbcSettings(
            "jdbc:postgresql://127.0.0.1:1/altlas?password=s3cret&connectTimeout=2",
            "altlas",
            "s3cret");

    assertThatThrownBy(() -> JdbcRunStore.open(settings))
        .isInstanceOf(RunStoreException.class)
        .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/altlas")
        .hasMessageContaining("altlas")
        .hasMessageNotContaining("s3cret");
  }
}
