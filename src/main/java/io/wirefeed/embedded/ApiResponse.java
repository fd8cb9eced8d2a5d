package io.wirefeed.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A status and a JSON body, as the registry answers every request. */
record ApiResponse(int status, JsonNode body) {

  static ApiResponse ok(JsonNode body) {
    return new ApiResponse(200, body);
  }

  /** Confluent's error body: {@code {"error_code": .., "message": ..}}. */
  static ApiResponse error(int status, int errorCode, String message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("error_code", errorCode);
    body.put("message", message);
    return new ApiResponse(status, body);
  }
}
