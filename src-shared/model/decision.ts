// A decision recovered from a conversation: what was chosen, over what, why, and the messages where it
// was weighed and made. The person can rename or dismiss one, or add their own.

export interface DecisionView {
  readonly id: number;
  readonly conversationId: string;
  readonly title: string;
  readonly chosen: string | null;
  readonly alternatives: readonly string[];
  readonly rationale: string | null;
  /** ISO-8601, UTC. */
  readonly decidedAt: string | null;
  readonly confidence: number;
  readonly messageIds: readonly string[];
  readonly origin: 'extractor' | 'person';
}

/**
 * Below this confidence a found decision is shown as a possible one. Confidence is learned so that, over
 * the evaluation sets, those at or above it name a real decision and its chosen option about 95% of the
 * time, those below it 50–90% (`npm run train:decisions -- --cv` prints the table).
 */
export const SURE_DECISION_CONFIDENCE = 0.8;

export interface DecisionQuery {
  readonly conversationId?: string;
}

export interface DecisionEdit {
  readonly id: number;
  readonly title?: string;
  readonly dismissed?: boolean;
}

export interface NewDecision {
  readonly conversationId: string;
  readonly title: string;
  readonly chosen?: string;
  readonly alternatives?: readonly string[];
  readonly messageIds?: readonly string[];
}
