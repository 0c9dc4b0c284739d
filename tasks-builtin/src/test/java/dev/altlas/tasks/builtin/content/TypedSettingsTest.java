package dev.altlas.tasks.builtin.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.task.TaskSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypedSettingsTest {
  private static TypedSettings of(String key, String value) {
    return new TypedSettings(new TaskSettings(Map.of(key, value)));
  }

  @Test
  void readsSizesWithBinaryUnits() {
    assertThat(of("k", "5MB").bytes("k", 0)).isEqualTo(5L * 1024 * 1024);
    assertThat(of("k", "512 kb").bytes("k", 0)).isEqualTo(512L * 1024);
    assertThat(of("k", "2GiB").bytes("k", 0)).isEqualTo(2L << 30);
    assertThat(of("k", "1048576").bytes("k", 0)).isEqualTo(1_048_576L);
    assertThat(of("other", "1").bytes("k", 7)).isEqualTo(7);
    assertThatThrownBy(() -> of("k", "999999999999GB").bytes("k", 0))
        .hasMessageContaining("setting k");
    assertThatThrownBy(() -> of("k", "-1").bytes("k", 0)).hasMessageContaining("setting k");
  }

  @Test
  void readsListsBooleansAndDurations() {
    assertThat(of("k", " a, ,b ,").list("k")).containsExactly("a", "b");
    assertThat(of("k", "").list("k")).isEmpty();
    assertThat(of("k", "TRUE").bool("k", false)).isTrue();
    assertThat(of("k", "90s").duration("k", Duration.ZERO)).isEqualTo(Duration.ofSeconds(90));
    assertThatThrownBy(() -> of("k", "1").bool("k", false)).hasMessageContaining("true or false");
  }
}
