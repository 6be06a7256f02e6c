package io.voicecampaign.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.voicecampaign.domain.fixtures.CallReportFixtures;
import io.voicecampaign.domain.fixtures.Seeded;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CallReportSummary")
class CallReportSummaryTest {

  private static final Instant AT = CallReportFixtures.SUBMITTED;

  private static CallReport.Builder answered(String id, int attempt) {
    return CallReport.builder(id).ringingTime(AT).answerTime(AT.plusSeconds(5))
        .extraField(RecallAttempts.SIMULATOR_FIELD, String.valueOf(attempt));
  }

  private static CallReport rang(String id, int attempt) {
    return CallReport.builder(id).ringingTime(AT).ringDuration(30)
        .extraField(RecallAttempts.SIMULATOR_FIELD, String.valueOf(attempt)).build();
  }

  private static CallReport unreached(String id, int attempt) {
    return CallReport.builder(id).callTime(AT).extraField(RecallAttempts.SIMULATOR_FIELD, String.valueOf(attempt)).build();
  }

  @Test
  @DisplayName("reads how each call ended from the answer time, the ringing time and the ring duration")
  void endings() {
    assertThat(CallEnding.of(CallReportFixtures.answered())).isEqualTo(CallEnding.ANSWERED);
    assertThat(CallEnding.of(CallReportFixtures.unanswered("V1"))).isEqualTo(CallEnding.RANG_UNANSWERED);
    assertThat(CallEnding.of(CallReport.builder("V2").ringDuration(4).build())).isEqualTo(CallEnding.RANG_UNANSWERED);
    assertThat(CallEnding.of(CallReport.builder("V3").ringDuration(0).callTime(AT).build())).isEqualTo(CallEnding.NOT_REACHED);
    assertThat(CallEnding.of(CallReport.builder("V4").answerTime(AT).build())).isEqualTo(CallEnding.ANSWERED);
  }

  @Test
  @DisplayName("counts the endings and the answered rate, to four decimals")
  void countsAndRate() {
    CallReportSummary summary = CallReportSummary.of(List.of(
        answered("A", 0).build(), answered("B", 0).build(), rang("C", 0), unreached("D", 0), unreached("E", 0), rang("F", 0)));

    CallTally total = summary.total();
    assertThat(total.calls()).isEqualTo(6);
    assertThat(total.answered()).isEqualTo(2);
    assertThat(total.rangUnanswered()).isEqualTo(2);
    assertThat(total.notReached()).isEqualTo(2);
    assertThat(total.answeredRate()).isEqualTo(Option.some(new BigDecimal("0.3333")));
    assertThat(CallTally.EMPTY.answeredRate()).isEqualTo(Option.none());
  }

  @Test
  @DisplayName("sums charged times and every fee exactly, local amounts per currency")
  void exactSums() {
    CallReport first = answered("A", 0).chargedDurationSeconds(20).aiAgentChargedDurationSeconds(60)
        .cost(new BigDecimal("0.1")).aiAgentQuoteFee(new BigDecimal("0.0400"))
        .currency("EUR").settlePay(new BigDecimal("0.2")).aiAgentFee(new BigDecimal("0.0368")).build();
    CallReport second = answered("B", 0).chargedDurationSeconds(40).aiAgentChargedDurationSeconds(120)
        .cost(new BigDecimal("0.2")).aiAgentQuoteFee(new BigDecimal("0.0800"))
        .currency("EUR").settlePay(new BigDecimal("0.1")).aiAgentFee(new BigDecimal("0.0736")).build();
    CallReport third = answered("C", 0).chargedDurationSeconds(60).cost(new BigDecimal("0.30000001"))
        .currency("GBP").settlePay(new BigDecimal("0.25")).build();
    CallReport noCurrency = answered("D", 0).settlePay(new BigDecimal("1.5")).build();

    CallTally total = CallReportSummary.of(List.of(first, second, third, noCurrency)).total();

    assertThat(total.chargedSeconds()).isEqualTo(120);
    assertThat(total.chargedCallTime()).isEqualTo(Duration.ofMinutes(2));
    assertThat(total.chargedCallMinutes()).isEqualByComparingTo("2.00");
    assertThat(total.aiAgentChargedSeconds()).isEqualTo(180);
    assertThat(total.chargedAgentMinutes()).isEqualTo(new BigDecimal("3.00"));
    assertThat(total.chargedAgentTime()).isEqualTo(Duration.ofMinutes(3));
    // 0.1 + 0.2 in double is 0.30000000000000004; here it is exact
    assertThat(total.cost()).isEqualTo(new BigDecimal("0.60000001"));
    assertThat(total.aiAgentQuoteFee()).isEqualTo(new BigDecimal("0.1200"));
    assertThat(total.settlePay().toJavaMap()).containsOnly(
        java.util.Map.entry("EUR", new BigDecimal("0.3")), java.util.Map.entry("GBP", new BigDecimal("0.25")),
        java.util.Map.entry(CallTally.CURRENCY_NOT_SENT, new BigDecimal("1.5")));
    assertThat(total.aiAgentFee().toJavaMap()).containsOnly(java.util.Map.entry("EUR", new BigDecimal("0.1104")));
  }

  @Test
  @DisplayName("minutes round half up to two decimals: 20 charged seconds are 0.33 minutes, 30 are 0.50")
  void minutesRounding() {
    assertThat(CallTally.EMPTY.plus(CallReport.builder("A").chargedDurationSeconds(20).build()).chargedCallMinutes())
        .isEqualTo(new BigDecimal("0.33"));
    assertThat(CallTally.EMPTY.plus(CallReport.builder("A").aiAgentChargedDurationSeconds(30).build()).chargedAgentMinutes())
        .isEqualTo(new BigDecimal("0.50"));
  }

  @Test
  @DisplayName("groups by the simulator's recall attempt, and keeps calls without one apart")
  void perAttempt() {
    CallReportSummary summary = CallReportSummary.of(List.of(
        rang("A", 0), unreached("B", 0), answered("C", 0).build(),
        answered("A1", 1).build(), rang("B1", 1),
        answered("B2", 2).build(),
        CallReport.builder("X").answerTime(AT).build(),
        CallReport.builder("Y").extraField(RecallAttempts.SIMULATOR_FIELD, "second").build()), RecallAttempts.simulator());

    assertThat(summary.byAttempt().keySet().toJavaList()).containsExactly(0, 1, 2);
    assertThat(summary.attempt(0).calls()).isEqualTo(3);
    assertThat(summary.attempt(0).answered()).isEqualTo(1);
    assertThat(summary.attempt(1).calls()).isEqualTo(2);
    assertThat(summary.attempt(1).answeredRate()).isEqualTo(Option.some(new BigDecimal("0.5000")));
    assertThat(summary.attempt(2).answered()).isEqualTo(1);
    assertThat(summary.attempt(3)).isEqualTo(CallTally.EMPTY);
    assertThat(summary.withoutAttempt().calls()).isEqualTo(2);
    assertThat(summary.total().calls()).isEqualTo(8);
    assertThat(summary.total().answered()).isEqualTo(4);
  }

  @Test
  @DisplayName("takes any reading of the attempt, e.g. one of the user's own")
  void ownReading() {
    CallReportSummary summary = CallReportSummary.of(List.of(rang("A", 0), rang("B", 0)),
        report -> Option.when(report.voiceId().equals("B"), 7));

    assertThat(summary.attempt(7).calls()).isEqualTo(1);
    assertThat(summary.withoutAttempt().calls()).isEqualTo(1);
  }

  @Test
  @DisplayName("a report delivered twice counts once")
  void repeatedReports() {
    CallReport first = answered("A", 0).cost(new BigDecimal("0.5")).build();
    CallReportSummary summary = CallReportSummary.of(List.of(first, first, rang("B", 1), first), RecallAttempts.simulator());

    assertThat(summary.total().calls()).isEqualTo(2);
    assertThat(summary.total().cost()).isEqualTo(new BigDecimal("0.5"));
    assertThat(summary.attempt(0).calls()).isEqualTo(1);
  }

  @Test
  @DisplayName("the extra-field reading takes whole numbers of 0 or more and nothing else")
  void extraFieldReading() {
    var reading = RecallAttempts.fromExtraField("outRecallCount");
    assertThat(reading.apply(CallReport.builder("A").extraField("outRecallCount", " 2 ").build())).isEqualTo(Option.some(2));
    assertThat(reading.apply(CallReport.builder("A").extraField("outRecallCount", "-1").build())).isEqualTo(Option.none());
    assertThat(reading.apply(CallReport.builder("A").extraField("outRecallCount", "1.5").build())).isEqualTo(Option.none());
    assertThat(reading.apply(CallReport.builder("A").build())).isEqualTo(Option.none());
    assertThatNullPointerException().isThrownBy(() -> RecallAttempts.fromExtraField(null));
  }

  @Test
  @DisplayName("a tally's endings always add up to its calls")
  void inconsistentTallyRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new CallTally(2, 1, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
        CallTally.EMPTY.settlePay(), CallTally.EMPTY.aiAgentFee())).withMessageContaining("must be the calls 2");
  }

  @Test
  @DisplayName("over random reports: the per-attempt tallies and the calls without one add up to the total, to the cent")
  void partsAddUp() {
    Seeded.forAll("summary parts add up", 200, random -> {
      java.util.List<CallReport> reports = new ArrayList<>();
      int count = random.nextInt(60);
      for (int i = 0; i < count; i++) {
        CallReport.Builder b = CallReport.builder("V" + random.nextInt(80));
        if (random.nextBoolean()) {
          b.ringingTime(AT);
        }
        if (random.nextInt(3) == 0) {
          b.answerTime(AT);
        }
        b.chargedDurationSeconds(random.nextInt(600)).cost(BigDecimal.valueOf(random.nextInt(100_000), 4));
        if (random.nextInt(4) > 0) {
          b.extraField(RecallAttempts.SIMULATOR_FIELD, String.valueOf(random.nextInt(4)));
        }
        reports.add(b.build());
      }
      CallReportSummary summary = CallReportSummary.of(reports, RecallAttempts.simulator());

      CallTally sum = summary.byAttempt().values().foldLeft(summary.withoutAttempt(), CallReportSummaryTest::merge);
      assertThat(sum.calls()).isEqualTo(summary.total().calls())
          .isEqualTo(reports.stream().map(CallReport::voiceId).distinct().count());
      assertThat(sum.answered()).isEqualTo(summary.total().answered());
      assertThat(sum.chargedSeconds()).isEqualTo(summary.total().chargedSeconds());
      assertThat(sum.cost()).isEqualTo(summary.total().cost());
    });
  }

  private static CallTally merge(CallTally a, CallTally b) {
    return new CallTally(a.calls() + b.calls(), a.answered() + b.answered(), a.rangUnanswered() + b.rangUnanswered(),
        a.notReached() + b.notReached(), a.chargedSeconds() + b.chargedSeconds(),
        a.aiAgentChargedSeconds() + b.aiAgentChargedSeconds(), a.cost().add(b.cost()), a.aiAgentQuoteFee().add(b.aiAgentQuoteFee()),
        a.settlePay(), a.aiAgentFee());
  }
}
