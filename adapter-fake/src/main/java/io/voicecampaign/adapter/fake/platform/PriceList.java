package io.voicecampaign.adapter.fake.platform;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the simulated platform charges for a call and for the AI agent's time, as its call reports
 * show it. The platform publishes no price list; these are the simulator's assumptions. Rates are per
 * charged second, so a fee is exactly its charged seconds times its rate.
 *
 * <p>Amounts are in the quote currency. When it is not USD the reports also carry the local
 * currency, the exchange rate and the {@code settle*} amounts (local = quote x exchange), as the docs
 * say; in USD they do not, and the AI agent's local rate and fee equal its quote rate and fee.
 *
 * @param quoteCurrency the account's quote currency, three capital letters (default USD)
 * @param localCurrency the local currency reported when the quote currency is not USD (default EUR)
 * @param quoteExchange local units per quote unit, positive (default 1)
 * @param callPeriod    how call time is charged (default 60+60)
 * @param callRate      the call's rate per charged second in the quote currency, not negative (default 0.0002)
 * @param agentPeriod   how the AI agent's time is charged (default 60+60)
 * @param agentRate     the AI agent's rate per charged second in the quote currency, not negative (default 0.0005)
 */
public record PriceList(String quoteCurrency, String localCurrency, BigDecimal quoteExchange, BillPeriod callPeriod,
    BigDecimal callRate, BillPeriod agentPeriod, BigDecimal agentRate) {

  /** The currency in which the reports carry no local amounts. */
  public static final String USD = "USD";
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  public PriceList {
    Objects.requireNonNull(quoteCurrency, "quoteCurrency == null");
    Objects.requireNonNull(localCurrency, "localCurrency == null");
    Objects.requireNonNull(quoteExchange, "quoteExchange == null");
    Objects.requireNonNull(callPeriod, "callPeriod == null");
    Objects.requireNonNull(callRate, "callRate == null");
    Objects.requireNonNull(agentPeriod, "agentPeriod == null");
    Objects.requireNonNull(agentRate, "agentRate == null");
    if (!CURRENCY.matcher(quoteCurrency).matches()) {
      throw new IllegalArgumentException("quoteCurrency must be three capital letters: '" + quoteCurrency + "'");
    }
    if (!CURRENCY.matcher(localCurrency).matches()) {
      throw new IllegalArgumentException("localCurrency must be three capital letters: '" + localCurrency + "'");
    }
    if (quoteExchange.signum() <= 0) {
      throw new IllegalArgumentException("quoteExchange must be positive: " + quoteExchange);
    }
    if (callRate.signum() < 0) {
      throw new IllegalArgumentException("callRate must not be negative: " + callRate);
    }
    if (agentRate.signum() < 0) {
      throw new IllegalArgumentException("agentRate must not be negative: " + agentRate);
    }
  }

  /** The defaults described on each component. */
  public static PriceList defaults() {
    return new PriceList(USD, "EUR", BigDecimal.ONE, BillPeriod.of(60, 60), new BigDecimal("0.0002"),
        BillPeriod.of(60, 60), new BigDecimal("0.0005"));
  }

  /** A copy quoting in {@code quote}, reporting {@code local} amounts at {@code exchange} local units per quote unit. */
  public PriceList withCurrencies(String quote, String local, BigDecimal exchange) {
    return new PriceList(quote, local, exchange, callPeriod, callRate, agentPeriod, agentRate);
  }

  /** A copy charging calls by {@code period} at {@code rate} per charged second. */
  public PriceList withCallRate(BillPeriod period, BigDecimal rate) {
    return new PriceList(quoteCurrency, localCurrency, quoteExchange, period, rate, agentPeriod, agentRate);
  }

  /** A copy charging the AI agent by {@code period} at {@code rate} per charged second. */
  public PriceList withAgentRate(BillPeriod period, BigDecimal rate) {
    return new PriceList(quoteCurrency, localCurrency, quoteExchange, callPeriod, callRate, period, rate);
  }

  /** True when the reports carry local amounts: the quote currency is not USD. */
  public boolean reportsLocalAmounts() {
    return !quoteCurrency.equals(USD);
  }

  /**
   * How talk time is charged: the first increment, then each next increment begun, shown as
   * {@code "first+next"} ({@code "60+60"}, {@code "20+20"}).
   *
   * @param first the first increment in seconds, at least 1
   * @param next  every later increment in seconds, at least 1
   */
  public record BillPeriod(int first, int next) {

    public BillPeriod {
      if (first < 1 || next < 1) {
        throw new IllegalArgumentException("billing increments must be at least 1 second: " + first + "+" + next);
      }
    }

    /** The period {@code first+next}. */
    public static BillPeriod of(int first, int next) {
      return new BillPeriod(first, next);
    }

    /** The charged seconds of {@code talkSeconds} of talk: 0 for none, else rounded up to the increments. */
    public long charged(long talkSeconds) {
      if (talkSeconds <= 0) {
        return 0;
      }
      long beyond = Math.max(0, talkSeconds - first);
      return first + (beyond + next - 1) / next * next;
    }

    @Override
    public String toString() {
      return first + "+" + next;
    }
  }
}
