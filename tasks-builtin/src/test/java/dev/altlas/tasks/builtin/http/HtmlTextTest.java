package dev.altlas.tasks.builtin.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void keepsTheTextAndItsBlocks() {
    String html =
        """
        <!DOCTYPE html><html><head><title>T</title><script>var x = "<p>no</p>";</script></head>
        <body><!-- note --><h1>Haberler</h1>
          <p>Birinci   paragraf &mdash; <b>kalın</b> ve&nbsp;<a href="#">bağlantı</a>.</p>
          <ul><li>bir</li><li>iki</li></ul>
          <p>a &lt; b &#38; c &#x3E; d, 3 < 4</p>
          <style>.x{color:red}</style><noscript>enable js</noscript>
        </body></html>
        """;

    assertThat(HtmlText.toText(html))
        .isEqualTo(
            "T\n\nHaberler\n\nBirinci paragraf — kalın ve bağlantı.\n\n- bir\n- iki\n\na < b & c > d, 3 < 4");
  }

  @Test
  void aHeadWithoutItsOptionalEndTagLosesNoText() {
    assertThat(HtmlText.toText("<html><head><title>Başlık</title><body><p>metin"))
        .isEqualTo("Başlık\n\nmetin");
  }

  @Test
  void unclosedMarkupEndsTheText() {
    assertThat(HtmlText.toText("text <script>never closed")).isEqualTo("text");
    assertThat(HtmlText.toText("text <b")).isEqualTo("text");
  }

  @Test
  void takesLinearTimeOnHostileMarkup() {
    String hostile = "<script>".repeat(200_000) + "<!--".repeat(200_000) + "<a".repeat(200_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> HtmlText.toText(hostile));
  }
}
