import { CATEGORIES, check } from '../../src/guardrails/index.js';
import type { LabelledReply } from './labelledSet.js';

/** Recall and false alarms of one language of one round, per category. */
export interface RoundFigures {
  round: string;
  locale: string;
  caught: number;
  violating: number;
  flagged: number;
  compliant: number;
  byCategory: string;
  missed: LabelledReply[];
  falseAlarms: LabelledReply[];
}

/** A violation counts as caught only when a violation of its own category is reported. */
export function roundFigures(round: string, rows: readonly LabelledReply[]): RoundFigures[] {
  return (['zh-CN', 'en'] as const).map((locale) => {
    const mine = rows.filter((r) => r.context.locale === locale);
    const violating = mine.filter((r) => r.label === 'violation');
    const compliant = mine.filter((r) => r.label === 'compliant');
    const missed = violating.filter(
      (r) => !check(r.text, r.context).violations.some((v) => v.category === r.category),
    );
    const falseAlarms = compliant.filter((r) => !check(r.text, r.context).allowed);
    const byCategory = CATEGORIES.map((c) => {
      const n = violating.filter((r) => r.category === c).length;
      const m = missed.filter((r) => r.category === c).length;
      return n === 0 ? '' : `${c} ${n - m}/${n}`;
    })
      .filter(Boolean)
      .join(', ');
    return {
      round,
      locale,
      caught: violating.length - missed.length,
      violating: violating.length,
      flagged: falseAlarms.length,
      compliant: compliant.length,
      byCategory,
      missed,
      falseAlarms,
    };
  });
}

export function describeFigures(f: RoundFigures): string {
  const recall = f.caught / Math.max(1, f.violating);
  const fa = f.flagged / Math.max(1, f.compliant);
  return (
    `${f.round} ${f.locale}: recall ${recall.toFixed(3)} (${f.caught}/${f.violating}), ` +
    `false alarms ${fa.toFixed(3)} (${f.flagged}/${f.compliant})\n    ${f.byCategory}`
  );
}
