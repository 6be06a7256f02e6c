package io.voicecampaign.adapter.http.core;

/** What the platform did with a failed request, as far as the client can tell. */
enum Delivery {

  /** The request never fully reached the platform (connection refused, body not fully sent). */
  NOT_SENT,

  /** The platform answered without acting on it (HTTP 429/408/401/403/404, -1, -2, -16). */
  NOT_PROCESSED,

  /** The platform answered that it refused it (a business code such as -22 or -41). */
  REFUSED,

  /**
   * The request was sent and the platform may or may not have acted (timeout or reset after sending,
   * HTTP 5xx, -18, an unreadable success answer).
   */
  UNKNOWN
}
