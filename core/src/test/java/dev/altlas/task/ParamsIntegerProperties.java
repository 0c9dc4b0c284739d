package dev.altlas.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * A count parameter is read exactly: a whole number inside the range comes back as it is, and every
 * other value, however large, fails naming the parameter. Nothing wraps around.
 */
class ParamsIntegerProperties {

  @Property(tries = 1000)
  void aWholeNumberIsReadExactlyOrRefused(
      @ForAll("wholeNumbers") BigInteger n,
      @ForAll("shapes") String shape,
      @ForAll @IntRange(min = 1, max = 1000) int max)
      throws Exception {
    Object value =
        switch (shape) {
          case "text" -> n.toString();
          case "decimal" -> new BigDecimal(n).setScale(2);
          case "long" -> n.bitLength() < 64 ? (Object) n.longValue() : n;
          default -> n;
        };
    var params = new Params(Map.of("count", value));
    boolean inRange = n.signum() > 0 && n.compareTo(BigInteger.valueOf(max)) <= 0;
    if (inRange) {
      assertThat(params.integer("count", 0, 1, max)).isEqualTo(n.longValueExact());
      Statistics.collect("read");
    } else {
      TaskFailure refused =
          catchThrowableOfType(TaskFailure.class, () -> params.integer("count", 0, 1, max));
      assertThat(refused).as("%s refused", value).isNotNull();
      assertThat(refused.code()).isEqualTo("task.bad_param");
      assertThat(refused.getMessage())
          .startsWith("parameter 'count' must be a whole number from 1 to ");
      Statistics.collect("refused");
    }
    Statistics.coverage(
        c -> {
          c.check("read").percentage(p -> p > 10);
          c.check("refused").percentage(p -> p > 10);
        });
  }

  @Provide
  Arbitrary<BigInteger> wholeNumbers() {
    // Small ones, and ones just past 2^64 whose low bits are small: they wrapped to small counts.
    Arbitrary<BigInteger> small =
        Arbitraries.bigIntegers().between(BigInteger.valueOf(-5), BigInteger.valueOf(2000));
    Arbitrary<BigInteger> wrapping =
        small.map(
            s ->
                BigInteger.ONE
                    .shiftLeft(64)
                    .multiply(BigInteger.valueOf(1 + s.abs().longValue() % 3))
                    .add(s));
    return Arbitraries.oneOf(
        small,
        wrapping,
        Arbitraries.bigIntegers()
            .between(BigInteger.TEN.pow(120).negate(), BigInteger.TEN.pow(120)));
  }

  @Provide
  Arbitrary<String> shapes() {
    return Arbitraries.of("number", "text", "decimal", "long");
  }

  @Example
  void fractionsAndNonNumbersAreNotWholeNumbers() {
    for (Object value : new Object[] {2.5, "2.5", "many", 1e300 / 7, "9".repeat(100)}) {
      TaskFailure refused =
          catchThrowableOfType(
              TaskFailure.class, () -> new Params(Map.of("n", value)).integer("n", 0, 1, 10));
      assertThat(refused).as("%s", value).isNotNull();
      assertThat(refused.getMessage()).startsWith("parameter 'n' must be a whole number");
    }
  }

  @Example
  void theWholeRangeOfLongStillReads() throws Exception {
    assertThat(new Params(Map.of("n", Long.MIN_VALUE)).integer("n", 0)).isEqualTo(Long.MIN_VALUE);
    assertThat(new Params(Map.of("n", "3.0")).integer("n", 0)).isEqualTo(3);
    TaskFailure past =
        catchThrowableOfType(
            TaskFailure.class,
            () -> new Params(Map.of("n", new BigInteger("18446744073709551615"))).integer("n", 0));
    assertThat(past.getMessage())
        .isEqualTo(
            "parameter 'n' must be a whole number from -9,223,372,036,854,775,808 to"
                + " 9,223,372,036,854,775,807, not 18446744073709551615");
  }
}
