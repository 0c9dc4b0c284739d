package dev.altlas.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DurationTextTest {

  @Test
  void writesTheShortestExactUnit() {
    assertThat(DurationText.format(Duration.ofMinutes(90))).isEqualTo("90m");
    assertThat(DurationText.format(Duration.ofHours(2))).isEqualTo("2h");
    assertThat(DurationText.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
    assertThat(DurationText.format(Duration.ZERO)).isEqualTo("0s");
  }

  @Test
  void rejectsWhatIsNotADuration() {
    assertThatThrownBy(() -> DurationText.parse("5 minutes"))
        .hasMessage("'5 minutes' is not a duration; write e.g. 500ms, 30s, 5m or 2h");
  }

  @Property
  void formatThenParseIsIdentity(@ForAll @LongRange(min = 0, max = 999_999_999L) long millis) {
    Duration d = Duration.ofMillis(millis);
    assertThat(DurationText.parse(DurationText.format(d))).isEqualTo(d);
  }
}
