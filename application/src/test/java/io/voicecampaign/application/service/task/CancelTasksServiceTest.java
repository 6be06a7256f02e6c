package io.voicecampaign.application.service.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.CancelTasksCommand;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.testing.GatewayFailureFixtures;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Cancelling tasks")
class CancelTasksServiceTest {

  private final FakeGroupCallGateway gateway = new FakeGroupCallGateway();
  private final CancelTasksService service = new CancelTasksService(gateway);

  @Test
  @DisplayName("sends every distinct id in one call")
  void cancelsAll() {
    CancelTasksCommand command = CancelTasksCommand.of(TaskId.of(11), TaskId.of(12), TaskId.of(11));

    assertThat(service.cancel(command)).isEqualTo(Either.right(Done.DONE));
    assertThat(gateway.cancelled()).hasSize(1);
    assertThat(gateway.cancelled().head()).containsExactly(TaskId.of(11), TaskId.of(12));
  }

  @Test
  @DisplayName("the platform's refusal (an unknown id) comes back as a gateway failure")
  void platformRefusal() {
    GatewayFailure unknownId = GatewayFailureFixtures.rejected(PlatformCode.DATA_NOT_FOUND);
    gateway.failNextCall(unknownId);

    assertThat(service.cancel(CancelTasksCommand.of(TaskId.of(99)))).isEqualTo(Either.left(new Failure.Gateway(unknownId)));
  }
}
