syntax = "proto3";

package bidstream.pacing.v1;

option java_package = "io.bidstream.pacing.v1";

// Bidder asks the pacing service whether a line item may still spend in this slot.
service Pacing {
  rpc Allow (AllowRequest) returns (AllowResponse);
  rpc ReportSpend (stream SpendEvent) returns (SpendAck);
}

message AllowRequest {
  string line_item_id = 1;
  int64 bid_micros = 2;
  // opaque to the bidder; the pacing service uses it to de-duplicate retries
  string idempotency_token = 3;
}

message AllowResponse {
  bool allowed = 1;
  int64 remaining_micros = 2;
}

message SpendEvent {
  string auction_id = 1;
  string line_item_id = 2;
  int64 clearing_price_micros = 3;
  // partner auth token is NOT sent here; it is attached by the interceptor
  string partner_token_ref = 4; // vault path, e.g. "secret/data/ssp/magnite" ⟦D proto-token-ref⟧
}

message SpendAck {
  int64 accepted = 1;
}
