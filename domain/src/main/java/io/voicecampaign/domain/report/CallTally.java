package io.voicecampaign.domain.report;

import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * What a group of call reports adds up to: how the calls ended ({@link CallEnding}), the charged
 * times and the charges. Sums are exact: every amount is added as the platform sent it, and amounts
 * in the local currency are kept apart per {@code currency}, since one account's reports may name
 * different local currencies. An amount a report does not carry adds nothing.
 *
 * @param calls                 the reports counted
 * @param answered              calls that were answered
 * @param rangUnanswered        calls that rang but were not answered
 * @param notReached            calls that never rang
 * @param chargedSeconds        the sum of {@code chargedDuration}: the charged call time
 * @param aiAgentChargedSeconds the sum of {@code aiAgentChargedDuration}: the AI agent's charged time
 * @param cost                  the sum of {@code cost}, in the account's quote currency
 * @param aiAgentQuoteFee       the sum of {@code aiAgentQuoteFee}, in the quote currency
 * @param settlePay             the sums of {@code settlePay} by local currency
 * @param aiAgentFee            the sums of {@code aiAgentFee} by local currency
 */
public record CallTally(
    int calls,
    int answered,
    int rangUnanswered,
    int notReached,
    long chargedSeconds,
    long aiAgentChargedSeconds,
    BigDecimal cost,
    BigDecimal aiAgentQuoteFee,
    Map<String, BigDecimal> settlePay,
    Map<String, BigDecimal> aiAgentFee) {

  /** The key of a local-currency amount whose report names no {@code currency}. */
  public static final String CURRENCY_NOT_SENT = "-";

  /** Nothing counted yet. */
  public static final CallTally EMPTY =
      new CallTally(0, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, TreeMap.empty(), TreeMap.empty());

  private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

  public CallTally {
    if (calls < 0 || answered < 0 || rangUnanswered < 0 || notReached < 0 || answered + rangUnanswered + notReached != calls) {
      throw new IllegalArgumentException("answered " + answered + " + rangUnanswered " + rangUnanswered + " + notReached "
          + notReached + " must be the calls " + calls + ", none negative");
    }
    if (chargedSeconds < 0 || aiAgentChargedSeconds < 0) {
      throw new IllegalArgumentException("charged times must not be negative: " + chargedSeconds + ", " + aiAgentChargedSeconds);
    }
    Objects.requireNonNull(cost, "cost == null");
    Objects.requireNonNull(aiAgentQuoteFee, "aiAgentQuoteFee == null");
    Objects.requireNonNull(settlePay, "settlePay == null");
    Objects.requireNonNull(aiAgentFee, "aiAgentFee == null");
  }

  /** This tally with {@code report} counted too. */
  public CallTally plus(CallReport report) {
    Objects.requireNonNull(report, "report == null");
    CallEnding ending = CallEnding.of(report);
    String currency = report.currency().getOrElse(CURRENCY_NOT_SENT);
    return new CallTally(
        calls + 1,
        answered + (ending == CallEnding.ANSWERED ? 1 : 0),
        rangUnanswered + (ending == CallEnding.RANG_UNANSWERED ? 1 : 0),
        notReached + (ending == CallEnding.NOT_REACHED ? 1 : 0),
        Math.addExact(chargedSeconds, report.chargedDurationSeconds().getOrElse(0L)),
        Math.addExact(aiAgentChargedSeconds, report.aiAgentChargedDurationSeconds().getOrElse(0L)),
        add(cost, report.cost()),
        add(aiAgentQuoteFee, report.aiAgentQuoteFee()),
        add(settlePay, currency, report.settlePay()),
        add(aiAgentFee, currency, report.aiAgentFee()));
  }

  /**
   * The share of calls answered, from 0 to 1 with four decimals (half-even rounding); absent when
   * nothing was counted.
   */
  public Option<BigDecimal> answeredRate() {
    return calls == 0 ? Option.none()
        : Option.some(BigDecimal.valueOf(answered).divide(BigDecimal.valueOf(calls), 4, RoundingMode.HALF_EVEN));
  }

  /** The charged call time. */
  public Duration chargedCallTime() {
    return Duration.ofSeconds(chargedSeconds);
  }

  /** The AI agent's charged time. */
  public Duration chargedAgentTime() {
    return Duration.ofSeconds(aiAgentChargedSeconds);
  }

  /** The charged call time in minutes, with two decimals (half-up rounding: 20 s is 0.33). */
  public BigDecimal chargedCallMinutes() {
    return minutes(chargedSeconds);
  }

  /** The AI agent's charged time in minutes, with two decimals (half-up rounding). */
  public BigDecimal chargedAgentMinutes() {
    return minutes(aiAgentChargedSeconds);
  }

  private static BigDecimal minutes(long seconds) {
    return BigDecimal.valueOf(seconds).divide(SECONDS_PER_MINUTE, 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal add(BigDecimal sum, Option<BigDecimal> amount) {
    return amount.map(sum::add).getOrElse(sum);
  }

  private static Map<String, BigDecimal> add(Map<String, BigDecimal> sums, String currency, Option<BigDecimal> amount) {
    return amount.map(a -> sums.put(currency, sums.get(currency).map(a::add).getOrElse(a))).getOrElse(sums);
  }
}
