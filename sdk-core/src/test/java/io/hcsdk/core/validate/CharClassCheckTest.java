package io.hcsdk.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The table check gives the regex's own verdict, for the documents' patterns and for lookalikes. */
class CharClassCheckTest {
  private static final List<String> PATTERNS = List.of(
      // the shapes the specs use (sdk-fabric and sdk-modelarts ModelSupport, Validator)
      "^[A-Za-z][A-Za-z0-9_-]*$", "^[A-Za-z0-9_-]*$", "^[-A-Za-z0-9_]*$", "^[A-Za-z0-9-]*$",
      "^[-A-Za-z0-9_. ]*$", "[A-Za-z0-9_.\\- ]*", "[A-Za-z0-9-]*",
      // shapes left to the regex, which must still answer the same
      "^.*/$", "[^a-z]*", "[a-z]", "[a-z]+", "[a-z]*+", "[\\w]*", "[a-z&&[^b]]*", "(?i)[a-z]*", "[a-z-0]*",
      "[\\--z]*", "^[a-z]*$$", "[a-z]*\\$");

  @Test
  void everyPatternAnswersAsItsRegexDoes() {
    Random random = new Random(11);
    String alphabet = "aZz09_-. /$\n\r\u0085\u2028é\uD83D\uDE00\t[]^*";
    for (String source : PATTERNS) {
      Pattern pattern = Pattern.compile(source);
      for (String value : samples(random, alphabet)) {
        assertThat(CharClassCheck.matches(pattern, value))
            .as("%s on \"%s\"", source, value)
            .isEqualTo(pattern.matcher(value).matches());
      }
      for (char c = 0; c < 0x3000; c++) {
        String one = String.valueOf(c);
        assertThat(CharClassCheck.matches(pattern, one)).as("%s on U+%04X", source, (int) c)
            .isEqualTo(pattern.matcher(one).matches());
        assertThat(CharClassCheck.matches(pattern, "a" + one)).as("%s on a U+%04X", source, (int) c)
            .isEqualTo(pattern.matcher("a" + one).matches());
      }
    }
  }

  @Test
  void onlyTheSimpleShapesGetATable() {
    assertThat(CharClassCheck.compile(Pattern.compile("^[A-Za-z][A-Za-z0-9_-]*$")))
        .isNotSameAs(CharClassCheck.compile(Pattern.compile("^.*/$")));
    assertThat(CharClassCheck.compile(Pattern.compile("^.*/$")))
        .isSameAs(CharClassCheck.compile(Pattern.compile("[a-z]+")));
  }

  private static List<String> samples(Random random, String alphabet) {
    List<String> samples = new ArrayList<>(List.of("", "a", "a\n", "name-1", "my endpoint.v2", "1abc", "abc/"));
    for (int i = 0; i < 3000; i++) {
      StringBuilder value = new StringBuilder();
      int length = random.nextInt(6);
      for (int j = 0; j < length; j++) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      samples.add(value.toString());
    }
    return samples;
  }
}
