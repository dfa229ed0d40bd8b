package io.hcsdk.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One simulated resource: its wire JSON plus the bookkeeping the JSON must not show. */
final class Stored {
  final String workspaceId;
  final String id;
  /** Creation order; breaks ties where timestamps are equal so listings stay deterministic. */
  final long seq;
  final Instant created;
  ObjectNode body;
  /** Show calls seen in the current transitional status. */
  int reads;

  Stored(String workspaceId, String id, long seq, Instant created, ObjectNode body) {
    this.workspaceId = workspaceId;
    this.id = id;
    this.seq = seq;
    this.created = created;
    this.body = body;
  }

  String status() {
    return body.path("status").asText();
  }

  String name() {
    return body.path("name").asText();
  }

  void moveTo(String status, Instant now) {
    body.put("status", status);
    body.put("update_time", Ids.timestamp(now));
    reads = 0;
  }
}
