package io.voicecampaign.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Emulators on a free loopback port, a wall clock tests can move, and the create body of the seed page. */
public final class EmulatorFixtures {

  /** 2025-03-03 09:00 at UTC+8, a Monday morning on the platform. */
  public static final Instant PLATFORM_START = Instant.parse("2025-03-03T01:00:00Z");

  /** The seed page's create example, with the application the emulator knows. */
  public static final String SEED_CREATE_BODY = "{\n"
      + "\"appId\": \"Jgd8oFei\",\n"
      + "\"taskName\": \"I want to test Agent API-16\",\n"
      + "\"displayNum\": \"1008122211\",\n"
      + "\"maxCalls\": 300,\n"
      + "\"maxRingingTime\": 60,\n"
      + "\"agentId\": 41,\n"
      + "\"enableRecording\": 1,\n"
      + "\"calloutRate\": 1,\n"
      + "\"allowSendTime\": [\n{\n\"strTime\": \"18:28\",\n\"endTime\": \"19:28\"\n}\n],\n"
      + "\"numberInfoList\": [\n{\n\"calleeNumber\": \"463200000007\"\n}\n],\n"
      + "\"recallFlow\": {\n\"recallType\": 3,\n\"recallInterval\": 1,\n\"recallNum\": 5,\n"
      + "\"nodeList\": [\n{\"agentId\": \"41\"},\n{\"agentId\": \"41\"},\n{\"agentId\": \"41\"},\n{\"agentId\": \"41\"},\n"
      + "{\"agentId\": \"41\"}\n],\n"
      + "\"recallIntent\": [\n\"99998\",\"99999\"\n]\n}\n}";

  private EmulatorFixtures() {}

  /** A configuration on a free loopback port whose platform clock starts at {@link #PLATFORM_START} and moves only by hand. */
  public static EmulatorConfig.Builder config() {
    return EmulatorConfig.builder().port(0).timeScale(0).start(PLATFORM_START).threads(4);
  }

  /** A started emulator. */
  public static Emulator start(EmulatorConfig config) {
    try {
      return Emulator.start(config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
