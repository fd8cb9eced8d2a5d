package io.wirefeed.parse.framing;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.text.ByteScan;
import io.wirefeed.parse.text.Utf8;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The record scan's NUL and UTF-8 findings are the separate checks' answers. */
class BinaryContentTest {

  /** Well-formed sequences, and the ill-formed ones a loose length check takes for sequences. */
  private static final String[] PIECES = {
    "e2809c", // “
    "c3a9", // é
    "f09f9880", // an emoji
    "c0af", // overlong /
    "e08080", // overlong NUL
    "eda080", // a surrogate
    "f4908080", // past U+10FFFF
    "80", // a continuation alone
    "e282", // truncated
    "ff",
    "00",
    "01",
    "1f",
    "7f",
    "efbfbd" // U+FFFD
  };

  @Test
  void findsWhatTheNulScanAndTheUtf8CheckFindOnRandomRecords() {
    SplittableRandom random = new SplittableRandom(61);
    int wellFormed = 0;
    int nulFree = 0;
    for (int n = 0; n < 20_000; n++) {
      ByteArrayOutputStream record = new ByteArrayOutputStream();
      int pieces = random.nextInt(4);
      for (int i = 20 + random.nextInt(random.nextInt(10) == 0 ? 70_000 : 300); i > 0; i--) {
        if (pieces > 0 && random.nextInt(100) == 0) {
          record.writeBytes(HexFormat.of().parseHex(PIECES[random.nextInt(PIECES.length)]));
          pieces--;
        } else {
          record.write(random.nextInt(10) == 0 ? '\n' : 'a' + random.nextInt(26));
        }
      }
      byte[] raw = record.toByteArray();
      BinaryContent.RecordScan scan = BinaryContent.scanRecord(raw);
      boolean judged = raw.length >= 64 && raw.length <= BinaryContent.SCAN_BYTES;
      boolean expectedNulFree = ByteScan.indexOfNul(raw, 0) < 0;
      boolean expectedWellFormed = Utf8.isWellFormed(raw, 0, raw.length);
      String hex = HexFormat.of().formatHex(raw, 0, Math.min(raw.length, 400));
      assertThat(scan.rejectReason()).as(hex).isNull();
      assertThat(scan.nulFree()).as(hex).isEqualTo(judged && expectedNulFree);
      assertThat(scan.wellFormedUtf8()).as(hex).isEqualTo(judged && expectedWellFormed);
      wellFormed += scan.wellFormedUtf8() ? 1 : 0;
      nulFree += scan.nulFree() ? 1 : 0;
    }
    assertThat(wellFormed).isBetween(2_000, 18_000);
    assertThat(nulFree).isBetween(2_000, 18_000);
  }

  @Test
  void vouchesForNothingInARecordTooShortToJudge() {
    BinaryContent.RecordScan scan = BinaryContent.scanRecord("short text".getBytes());
    assertThat(scan.nulFree()).isFalse();
    assertThat(scan.wellFormedUtf8()).isFalse();
  }
}
