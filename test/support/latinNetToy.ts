import type { Category } from '../../src/guardrails/types.js';
import type { TrainingItem } from '../../src/guardrails/classifier/trainingItem.js';

/**
 * A toy set for the Latin-script network's tests (written for them; nothing from evaluation
 * files): each category's sentences share a few marked words, lawful ones share others, so a small
 * network can learn them and be asked about sentences built the same way it never saw.
 */
const MARKS: [Category | undefined, string[]][] = [
  ['threat', ['hurt', 'regret', 'visit your house']],
  ['harassment', ['loser', 'worthless', 'pathetic']],
  ['privacy', ['your employer', 'your neighbours', 'tell your family']],
  [undefined, ['payment plan', 'statement', 'reminder']],
];
const FRAMES = [
  'Hi Sam, about the card: {}.',
  'Please note {} today.',
  'We are writing about {} this week.',
  'Message from the bank: {}, thanks.',
  'About your loan and {} now.',
  'Dear customer, {} again.',
];

function item(text: string, category: Category | undefined, template: string): TrainingItem {
  return { text, lang: 'en', template, how: 'core', ...(category === undefined ? {} : { category }) };
}

/** Rows from frames `from`..`to` (exclusive), one template per sentence. */
export function toyItems(from = 0, to = FRAMES.length): TrainingItem[] {
  return MARKS.flatMap(([category, words]) =>
    FRAMES.slice(from, to).flatMap((frame, f) =>
      words.map((w, k) => item(frame.replace('{}', w), category, `${category ?? 'lawful'}-${from + f}-${k}`)),
    ),
  );
}

/** A few Han-script rows (the linear model keeps them). */
export function hanItems(): TrainingItem[] {
  return [
    item('您好，您的信用卡账单已出，请按时还款。', undefined, 'zh-0'),
    item('请通过手机银行查看本期账单。', undefined, 'zh-1'),
    item('再不还钱我们就去你家找你。', 'threat', 'zh-2'),
    item('你这个废物，欠钱不还。', 'harassment', 'zh-3'),
  ];
}
