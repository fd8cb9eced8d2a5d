package io.wirefeed.embedded;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/** Checks an Authorization header against one user and password, in constant time. */
final class BasicAuthCheck {

  private final byte[] expected;

  BasicAuthCheck(String user, String password) {
    this.expected =
        ("Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
            .getBytes(StandardCharsets.UTF_8);
  }

  boolean accepts(String authorizationHeader) {
    return authorizationHeader != null
        && MessageDigest.isEqual(
            expected, authorizationHeader.trim().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "BasicAuthCheck[credentials hidden]";
  }
}
