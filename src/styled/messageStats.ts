import { defaultLabels, type ChatLabels } from '../headless/labels/labels';
import type { ChatMessage } from '../message';

/** Which figure a {@link MessageStat} is. */
export type MessageStatId = 'first-token' | 'speed' | 'tokens';

/** One figure of an assistant turn, ready to display. */
export interface MessageStat {
  /** Stable key, also set as `data-stat` on the rendered item. */
  id: MessageStatId;
  /** Short visible label ("First token", "Speed", "Tokens"). */
  label: string;
  /** The formatted value ("320 ms", "42 tok/s", "1,284"). */
  value: string;
  /** A longer description for a tooltip (the token breakdown, for example). */
  detail?: string;
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Milliseconds as "320 ms" below a second, "1.25 s" below ten seconds, then "12.5 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${integer.format(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

const isCount = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value) && value >= 0;

/**
 * The usage and timing figures of a message that are actually known: time to first token
 * (`firstTokenAt - startedAt`), output tokens per second, and total tokens. A figure the server or
 * the clock did not provide is left out rather than shown as zero, so an empty array means "show
 * nothing". The words come from `labels` (the `stat*` entries).
 */
export function getMessageStats(message: ChatMessage, labels: ChatLabels = defaultLabels): MessageStat[] {
  const stats: MessageStat[] = [];
  const { timing, usage } = message.metadata ?? {};
  if (timing?.firstTokenAt !== undefined) {
    const wait = timing.firstTokenAt - timing.startedAt;
    // A clock that moved backwards gives a negative wait; no figure beats a wrong one.
    if (isCount(wait)) stats.push({ id: 'first-token', label: labels.statFirstToken, value: formatDuration(wait), detail: labels.statFirstTokenDetail });
  }
  const speed = timing?.tokensPerSecond;
  if (isCount(speed) && speed > 0) {
    const value = speed < 10 ? speed.toFixed(1) : integer.format(speed);
    stats.push({ id: 'speed', label: labels.statSpeed, value: labels.statSpeedValue(value), detail: labels.statSpeedDetail });
  }
  if (usage && isCount(usage.totalTokens)) {
    const detail = labels.statTokensDetail({
      input: integer.format(usage.inputTokens),
      output: integer.format(usage.outputTokens),
      reasoning: isCount(usage.reasoningTokens) ? integer.format(usage.reasoningTokens) : undefined,
      cached: isCount(usage.cachedInputTokens) ? integer.format(usage.cachedInputTokens) : undefined,
    });
    stats.push({ id: 'tokens', label: labels.statTokens, value: integer.format(usage.totalTokens), detail });
  }
  return stats;
}
