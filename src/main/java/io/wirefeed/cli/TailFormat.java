package io.wirefeed.cli;

import java.nio.charset.StandardCharsets;

/**
 * A kcat-style output format for {@code tail --format}: {@code %t} topic, {@code %p} partition,
 * {@code %o} offset, {@code %T} timestamp (ms), {@code %k} key, {@code %s} value (the decoded
 * record as JSON), {@code %l} wirefeed's readable line, {@code %K} and {@code %S} key and value
 * size in bytes, {@code %%} a percent sign; {@code \n}, {@code \t} and {@code \\} are escapes. As
 * in kcat, nothing is added: end the format with {@code \n} for one record a line.
 */
record TailFormat(String pattern) {

  /**
   * @throws IllegalArgumentException naming an unknown {@code %} or escape
   */
  TailFormat {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '%' || c == '\\') {
        if (i + 1 >= pattern.length()
            || (c == '%' ? "tpoTksSlK%" : "nt\\").indexOf(pattern.charAt(i + 1)) < 0) {
          throw new IllegalArgumentException(
              "--format has '"
                  + pattern.substring(i, Math.min(i + 2, pattern.length()))
                  + "': use %t %p %o %T %k %s %l %K %S %% and \\n \\t \\\\");
        }
        i++;
      }
    }
  }

  String apply(AvroTopicReader.Decoded decoded) {
    var raw = decoded.raw();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != '%' && c != '\\') {
        out.append(c);
        continue;
      }
      char code = pattern.charAt(++i);
      if (c == '\\') {
        out.append(code == 'n' ? '\n' : code == 't' ? '\t' : '\\');
        continue;
      }
      switch (code) {
        case 't' -> out.append(raw.topic());
        case 'p' -> out.append(raw.partition());
        case 'o' -> out.append(raw.offset());
        case 'T' -> out.append(raw.timestamp());
        case 'k' ->
            out.append(raw.key() == null ? "" : new String(raw.key(), StandardCharsets.UTF_8));
        case 's' ->
            out.append(
                decoded.value() == null ? "" : AvroJson.write(AvroJson.toJson(decoded.value())));
        case 'l' -> out.append(TailLine.text(decoded));
        case 'K' -> out.append(raw.key() == null ? -1 : raw.key().length);
        case 'S' -> out.append(raw.value() == null ? -1 : raw.value().length);
        default -> out.append('%');
      }
    }
    return out.toString();
  }
}
