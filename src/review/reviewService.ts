import type { Clock } from '../core/clock.js';
import type {
  ConversationFilter,
  ConversationSummary,
  Page,
  RevealLog,
  RevealRecord,
  TranscriptFlag,
  TranscriptOutcome,
} from '../store/transcripts/types.js';
import type { TranscriptReader } from '../store/transcripts/split.js';
import { buildSteps, maskSteps, type ReviewStep } from './transcriptView.js';
import { verifyChain, type ChainVerdict } from './verify.js';

/** One row of the review list (GET /api/review/conversations). */
export interface ReviewListItem {
  conversationId: string;
  account: string | undefined;
  channel: string;
  startedAt: string;
  lastAt: string;
  records: number;
  flags: TranscriptFlag[];
  outcome: TranscriptOutcome;
}

/** One conversation for a reviewer (GET /api/review/conversations/{id}). */
export interface ReviewTranscript {
  conversationId: string;
  account: string | undefined;
  channel: string;
  startedAt: string;
  lastAt: string;
  flags: TranscriptFlag[];
  outcome: TranscriptOutcome;
  /** True in the default view; false only in the response to an audited reveal. */
  masked: boolean;
  /** Whether this conversation's hash chain holds. */
  integrity: ChainVerdict;
  steps: ReviewStep[];
  /** Who revealed this conversation's personal data, and when (newest first). */
  reveals: RevealRecord[];
}

function listItem(s: ConversationSummary): ReviewListItem {
  return {
    conversationId: s.conversationId,
    account: s.account,
    channel: s.channel,
    startedAt: s.startedAt,
    lastAt: s.lastAt,
    records: s.recordCount,
    flags: s.flags,
    outcome: s.outcome,
  };
}

/**
 * What the review API serves, in plain types: the filtered list, one transcript masked by
 * default, and reveal, which records who saw the unmasked text before returning it.
 *
 *   const review = new ReviewService(store, reveals, clock);
 *   await review.reveal('conv-1', 'alice', 'regulator request 42');
 */
export class ReviewService {
  constructor(
    private readonly store: TranscriptReader,
    private readonly reveals: RevealLog,
    private readonly clock: Clock,
  ) {}

  async list(filter: ConversationFilter): Promise<Page<ReviewListItem>> {
    const page = await this.store.listConversations(filter);
    return { items: page.items.map(listItem), continuationToken: page.continuationToken };
  }

  /** The masked transcript, or undefined when there is no such conversation. */
  async get(conversationId: string): Promise<ReviewTranscript | undefined> {
    return this.load(conversationId, true);
  }

  /** Records the reveal (who, when, which conversation, why), then returns the unmasked transcript. */
  async reveal(
    conversationId: string,
    reviewer: string,
    reason?: string,
  ): Promise<ReviewTranscript | undefined> {
    if (!(await this.store.getSummary(conversationId))) return undefined;
    await this.reveals.record(conversationId, reviewer, this.clock.now(), reason);
    return this.load(conversationId, false);
  }

  async revealLog(conversationId?: string): Promise<RevealRecord[]> {
    return this.reveals.list(conversationId);
  }

  private async load(conversationId: string, masked: boolean): Promise<ReviewTranscript | undefined> {
    const summary = await this.store.getSummary(conversationId);
    if (!summary) return undefined;
    const records = await this.store.getRecords(conversationId);
    const steps = buildSteps(records);
    return {
      ...listItem(summary),
      masked,
      integrity: verifyChain(conversationId, records, summary),
      steps: masked ? maskSteps(steps) : steps,
      reveals: await this.reveals.list(conversationId),
    };
  }
}
