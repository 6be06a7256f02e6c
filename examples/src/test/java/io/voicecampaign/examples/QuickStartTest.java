package io.voicecampaign.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The README's quick start is compiled code that runs")
class QuickStartTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCE = Path.of("src", "main", "java", "io", "voicecampaign", "examples", "QuickStart.java");

  @Test
  @DisplayName("the README shows QuickStart.java as it is, imports and all")
  void readmeShowsTheCompiledSource() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```java\n(package io\\.voicecampaign\\.examples;.*?)```", Pattern.DOTALL).matcher(readme);

    assertThat(block.find()).as("a java block holding the quick start").isTrue();
    assertThat(block.group(1)).isEqualTo(Files.readString(SOURCE, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("it launches, lists, finds the recall flow and stops its remaining attempts")
  void runs() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream standardOut = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(standardOut);
    }

    String output = buffer.toString(StandardCharsets.UTF_8);
    assertThat(output).contains("spring-renewals: ").contains(" called").contains("recall flow ");
  }
}
