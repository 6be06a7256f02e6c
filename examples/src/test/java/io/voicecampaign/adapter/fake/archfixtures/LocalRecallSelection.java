package io.voicecampaign.adapter.fake.archfixtures;

import io.voicecampaign.domain.recall.RecallType;

/** A simulator class that decides whom a recall redials by the recall type itself. */
public final class LocalRecallSelection {

  /** Redials the failed calls for FAILED, everyone for ALL. */
  public static boolean redials(RecallType type, boolean answered) {
    return type.equals(RecallType.FAILED) ? !answered : type.equals(RecallType.ALL);
  }
}
