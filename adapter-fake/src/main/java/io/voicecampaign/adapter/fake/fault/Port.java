package io.voicecampaign.adapter.fake.fault;

/** The platform's two groups of operations, one per out-port; a fault can target a whole group. */
public enum Port {
  /** Group-call tasks: launch, list, cancel ({@code GroupCallGateway}). */
  GROUP_CALL,
  /** Recall flows: list, detail, edit, cancel ({@code RecallFlowGateway}). */
  RECALL_FLOW
}
