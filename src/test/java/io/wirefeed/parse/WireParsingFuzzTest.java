package io.wirefeed.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.wirefeed.parse.format.WireParser;
import io.wirefeed.parse.format.WireParsers;
import io.wirefeed.parse.framing.DecodedText;
import io.wirefeed.parse.framing.WireFramer;
import java.util.List;

/**
 * Coverage-guided fuzzing (Jazzer) of the framer, the facade and every parser on its own: no input
 * may throw, and every record gives at least one result. Runs for a fixed budget in the normal
 * suite (surefire sets {@code JAZZER_FUZZ=1}); without it the seeds are replayed only.
 */
class WireParsingFuzzTest {

  private static final WireMessageParser FACADE =
      new WireMessageParser(new ParseLimits(65_536, 2_000));

  private static final List<WireParser> PARSERS = WireParsers.all();

  /** Framing bytes and markers the fuzzer would take long to guess. */
  private static final String[] PREFIXES = {
    "",
    "\u0016\u0016\u0001W1\u001fa\nr a\u0013\u0011 BC-X 01-01 0010\n\u0002",
    "\u0001abc01 3 pl 10 dpa 01\n\u0002",
    "ZCZC\n",
    "<?xml version=\"1.0\"?><nitf><body><body.content>",
    "<newsItem guid=\"g\"><contentMeta><headline>",
    "eca001 3 i 10 dpa 01\n",
    "Source: X\nMEDIA RELEASE PR1\nHeadline\n\nPLACE, Jan. 1, 2025 /Wire/ --",
    "<newsItem guid=\"g\"><contentSet><inlineXML><html><body><header><h1>",
    "\u001f\u008b\b"
  };

  @FuzzTest(maxDuration = "15s")
  void noInputThrowsOrGoesUnaccounted(FuzzedDataProvider data) {
    String prefix = PREFIXES[data.consumeInt(0, PREFIXES.length - 1)];
    int parserIndex = data.consumeInt(0, PARSERS.size() - 1);
    byte[] rest = data.consumeRemainingAsBytes();
    byte[] raw = new byte[prefix.length() + rest.length];
    System.arraycopy(
        prefix.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, raw, 0, prefix.length());
    System.arraycopy(rest, 0, raw, prefix.length(), rest.length);

    assertThat(WireFramer.frame(raw)).isNotEmpty();
    assertThat(FACADE.parseAll(raw)).isNotEmpty();
    String text = new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(PARSERS.get(parserIndex).parse(new DecodedText(text, "windows-1252"))).isNotNull();
  }
}
