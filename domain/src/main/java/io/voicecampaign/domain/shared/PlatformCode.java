package io.voicecampaign.domain.shared;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;

/**
 * A status code of the platform's AI-agent group-call API with its documented meaning and whether a
 * retry can help. Codes the docs do not list are kept as {@code unknown(n)}, never an error.
 *
 * <p>This numbering belongs to the group-call API; the separate "aivoice" product numbers its codes
 * differently and is not modelled here.
 *
 * @param code the numeric code as sent by the platform
 */
public record PlatformCode(int code) {

  /** 0: success. */
  public static final PlatformCode SUCCESS = new PlatformCode(0);
  /** -1: authentication error (wrong API key, secret or signature). */
  public static final PlatformCode AUTHENTICATION_ERROR = new PlatformCode(-1);
  /** -2: the caller's IP address is not allowed. */
  public static final PlatformCode IP_RESTRICTED = new PlatformCode(-2);
  /** -16: the timestamp is outside the platform's window. */
  public static final PlatformCode TIMESTAMP_EXPIRED = new PlatformCode(-16);
  /** -18: the platform failed internally. */
  public static final PlatformCode SYSTEM_EXCEPTION = new PlatformCode(-18);
  /** -20: the data already exists. */
  public static final PlatformCode DATA_EXISTS = new PlatformCode(-20);
  /** -21: the data failed the platform's validation. */
  public static final PlatformCode DATA_VALIDATION_FAILED = new PlatformCode(-21);
  /** -22: a parameter is missing or wrong. */
  public static final PlatformCode PARAMETER_EXCEPTION = new PlatformCode(-22);
  /** -23: a data cap was reached. */
  public static final PlatformCode DATA_CAPS = new PlatformCode(-23);
  /** -24: the data does not exist. */
  public static final PlatformCode DATA_NOT_FOUND = new PlatformCode(-24);
  /** -26: the platform could not get the fee. */
  public static final PlatformCode FEE_UNAVAILABLE = new PlatformCode(-26);
  /** -34: the task's last run left no callable number. */
  public static final PlatformCode NO_CALLABLE_NUMBER = new PlatformCode(-34);
  /** -37: the account is at its limit of concurrent tasks. */
  public static final PlatformCode CONCURRENT_TASK_LIMIT = new PlatformCode(-37);
  /** -38: conversion text and language type are required. */
  public static final PlatformCode TEXT_AND_LANGUAGE_REQUIRED = new PlatformCode(-38);
  /** -39: the text's language type could not be determined. */
  public static final PlatformCode TEXT_LANGUAGE_UNKNOWN = new PlatformCode(-39);
  /** -41: a task with this name already exists. */
  public static final PlatformCode TASK_NAME_EXISTS = new PlatformCode(-41);
  /** -42: recall is allowed only when the task is cancelled or finished. */
  public static final PlatformCode RECALL_NOT_ALLOWED = new PlatformCode(-42);
  /** -54: the submitted task is wrong. */
  public static final PlatformCode TASK_INVALID = new PlatformCode(-54);
  /** -60: the AI speech template (agent) does not exist. */
  public static final PlatformCode TEMPLATE_NOT_FOUND = new PlatformCode(-60);
  /** -68: the agent's industry intents do not match the recall intents. */
  public static final PlatformCode INTENT_MISMATCH = new PlatformCode(-68);

  private static final Map<Integer, Entry> DOCUMENTED = HashMap.ofEntries(
      entry(SUCCESS, "SUCCESS", "success", false),
      entry(AUTHENTICATION_ERROR, "AUTHENTICATION_ERROR", "authentication error", false),
      entry(IP_RESTRICTED, "IP_RESTRICTED", "restricted IP access", false),
      entry(TIMESTAMP_EXPIRED, "TIMESTAMP_EXPIRED", "timestamp expired", true),
      entry(SYSTEM_EXCEPTION, "SYSTEM_EXCEPTION", "system exception (port program unusual)", true),
      entry(DATA_EXISTS, "DATA_EXISTS", "data existing", false),
      entry(DATA_VALIDATION_FAILED, "DATA_VALIDATION_FAILED", "data validation exception", false),
      entry(PARAMETER_EXCEPTION, "PARAMETER_EXCEPTION", "parameter exception", false),
      entry(DATA_CAPS, "DATA_CAPS", "data caps", false),
      entry(DATA_NOT_FOUND, "DATA_NOT_FOUND", "data unexisting", false),
      entry(FEE_UNAVAILABLE, "FEE_UNAVAILABLE", "getting fee failed", true),
      entry(NO_CALLABLE_NUMBER, "NO_CALLABLE_NUMBER",
          "no callable number when the task was ended last time", false),
      entry(CONCURRENT_TASK_LIMIT, "CONCURRENT_TASK_LIMIT",
          "the task exceeds the maximum concurrent task limit; retry once a running task completes", true),
      entry(TEXT_AND_LANGUAGE_REQUIRED, "TEXT_AND_LANGUAGE_REQUIRED",
          "conversion text and language type are required", false),
      entry(TEXT_LANGUAGE_UNKNOWN, "TEXT_LANGUAGE_UNKNOWN", "failed to obtain the text language type", false),
      entry(TASK_NAME_EXISTS, "TASK_NAME_EXISTS", "task name already exists", false),
      entry(RECALL_NOT_ALLOWED, "RECALL_NOT_ALLOWED",
          "recall is allowed only when the task is cancelled or completed", false),
      entry(TASK_INVALID, "TASK_INVALID", "the submitted task is wrong", false),
      entry(TEMPLATE_NOT_FOUND, "TEMPLATE_NOT_FOUND", "the AI speech template does not exist", false),
      entry(INTENT_MISMATCH, "INTENT_MISMATCH", "AI agent industry intent does not match recall intent", false));

  private record Entry(String name, String meaning, boolean retryable) {}

  private static io.vavr.Tuple2<Integer, Entry> entry(PlatformCode code, String name, String meaning, boolean retry) {
    return io.vavr.Tuple.of(code.code(), new Entry(name, meaning, retry));
  }

  /** The code for {@code n}, documented or not. */
  public static PlatformCode of(int n) {
    return new PlatformCode(n);
  }

  /** Every code the platform's group-call pages document, in ascending order of magnitude. */
  public static Seq<PlatformCode> documented() {
    return DOCUMENTED.keySet().toList().sortBy(c -> -c).map(PlatformCode::new);
  }

  /** True for 0. */
  public boolean isSuccess() {
    return code == 0;
  }

  /** True when the docs list this code. */
  public boolean isKnown() {
    return DOCUMENTED.containsKey(code);
  }

  /** The constant's name ({@code TASK_NAME_EXISTS}) or {@code UNKNOWN} for undocumented codes. */
  public String name() {
    return DOCUMENTED.get(code).map(Entry::name).getOrElse("UNKNOWN");
  }

  /** The documented meaning, or "undocumented platform code n". */
  public String meaning() {
    return DOCUMENTED.get(code).map(Entry::meaning).getOrElse("undocumented platform code " + code);
  }

  /**
   * Whether sending the same request again can succeed: a system exception, a fee lookup failure or
   * an expired timestamp (after re-signing) can pass on a later try; the concurrent-task limit can
   * pass once a running task ends. Undocumented codes are treated as not retryable.
   */
  public boolean retryable() {
    return DOCUMENTED.get(code).map(Entry::retryable).getOrElse(false);
  }

  @Override
  public String toString() {
    return isKnown() ? name() + "(" + code + ")" : "unknown(" + code + ")";
  }
}
