import { normalise } from '../normalise.js';
import type { Lang } from './augment.js';
import type { TrainingItem } from './trainingItem.js';
import { latinScript } from './features.js';
import { Random } from './random.js';

/**
 * Composition augmentation (guardml22, issue 16): real collection messages are long (SMS,
 * voicemail transcripts, chat bursts, letters) and mix lawful sentences with a violating one,
 * while the training rows are mostly single sentences, so one violating clause in a long polite
 * message is diluted at inference. This builds multi-sentence training rows from the written
 * rows. The rules and counts, fixed before any figure of a composed run was seen:
 *
 * 1. Parts: the written training rows only (`how === 'core'`: a free sentence as written or a
 *    template's expansion), after decontamination; no augmented variant, no labelled reply, no
 *    calibration-split line, nothing from an evaluation file.
 * 2. Folds: every part of a composed row lies in the fold of the row's template (`foldOf`, the
 *    trainer's own template → fold map), so no row's parts cross folds. A composed violating row
 *    takes its violating sentence's template; a composed lawful row its first sentence's.
 * 3. Violating rows: per language, one for every violating template group (a free sentence is its
 *    own group): one core row of the group, picked at random, with 1–3 lawful sentences (uniform)
 *    placed around it at a uniform position; its label is that sentence's category.
 * 4. Lawful rows: per language, as many as the composed violating rows; 2–4 lawful sentences
 *    (uniform), from distinct templates. Composed violating and lawful rows so span the same 2–4
 *    sentences and the same shapes: neither length nor frame says the label.
 * 5. Register: lawful sentences of the anchor's language and script (Han or Latin, as the
 *    thresholds) from the anchor's own file when that file holds at least 3 such lawful rows in
 *    the fold (files are written by register: loan-app, real collectors', WeChat…), else from any
 *    file of the language, script and fold.
 * 6. Shapes, one at random for either label: sentences run together; line breaks (a chat burst);
 *    greeting + body + sign-off; an SMS 【…】 header and 退订 footer ("Reply STOP" in English); a
 *    voicemail ("您好，这里是…" / "Hi …, this is …"); a letter (salutation, body, closing). Latin
 *    Chinese rows (pinyin) take the first two only. A sentence without closing punctuation gets 。
 *    or ".".
 * 7. Composed rows are decontaminated like every item (done by the caller); a text already
 *    present is dropped. Their own seeded generator, so the other rows stay exactly as without
 *    composition.
 */
export const COMPOSED = 'composed';

export interface ComposeOptions {
  seed: number;
  /** Template → fold, as the trainer assigns folds. */
  foldOf: (template: string) => number;
}

interface Part {
  item: TrainingItem;
  file: string;
  latin: boolean;
  fold: number;
}

const ZH_NAMES = ['王先生', '李女士', '张先生', '陈女士', '刘先生', '赵女士'];
const ZH_FROM = ['本行信用卡中心', '信用卡客户服务中心', '本行个人贷款中心'];
const ZH_FOOT = ['回复TD退订', '拒收请回复R', '退订回T'];
const EN_NAMES = ['Chris', 'Ms. Lee', 'Mr. Patel', 'Jordan', 'Mrs. Garcia', 'Sam'];
const EN_AGENTS = ['Dana', 'Mike', 'Priya', 'Tom', 'Alex'];
const EN_FROM = ['Card Services', 'the Collections Team', 'Customer Accounts'];

function closed(text: string, lang: Lang): string {
  const t = text.trim();
  if (lang === 'zh') return /[。！？!?.…~）)」”"]$/.test(t) ? t : `${t}。`;
  return /[.!?…)"'’”]$/.test(t) ? t : `${t}.`;
}

/** One message around the sentences, in one of the shapes of rule 6. */
function frame(parts: string[], lang: Lang, latin: boolean, rnd: Random): string {
  const body = parts.map((p) => closed(p, lang));
  const shape = rnd.int(lang === 'zh' && latin ? 2 : 6);
  if (lang === 'zh') {
    const joined = body.join('');
    if (shape === 0) return latin ? body.join(' ') : joined;
    if (shape === 1) return body.join('\n');
    if (shape === 2) return `${rnd.pick(ZH_NAMES)}您好！${joined}祝您生活愉快。`;
    if (shape === 3) return `【${rnd.pick(ZH_FROM)}】尊敬的客户：${joined}${rnd.pick(ZH_FOOT)}`;
    if (shape === 4)
      return `您好，${rnd.pick(ZH_NAMES)}，这里是${rnd.pick(ZH_FROM)}。${joined}听到留言后请回电，谢谢。`;
    return `尊敬的${rnd.pick(ZH_NAMES)}：\n${body.join('\n')}\n此致\n敬礼\n${rnd.pick(ZH_FROM)}`;
  }
  const joined = body.join(' ');
  const agent = rnd.pick(EN_AGENTS);
  if (shape === 0) return joined;
  if (shape === 1) return body.join('\n');
  if (shape === 2) return `Hello ${rnd.pick(EN_NAMES)}, ${joined} Thanks, ${agent}`;
  if (shape === 3) return `${rnd.pick(EN_FROM)}: ${joined} Reply STOP to opt out.`;
  if (shape === 4)
    return `Hi ${rnd.pick(EN_NAMES)}, this is ${agent} from ${rnd.pick(EN_FROM)}. ${joined} Please call us back when you can.`;
  return `Dear ${rnd.pick(EN_NAMES)},\n\n${body.join('\n')}\n\nSincerely,\n${agent}\n${rnd.pick(EN_FROM)}`;
}

/** Lawful parts of the anchor's language, script and fold; its own file first (rule 5). */
function fillers(pool: readonly Part[], anchor: Part): Part[] {
  const same = pool.filter((p) => p.latin === anchor.latin && p.fold === anchor.fold);
  const own = same.filter((p) => p.file === anchor.file);
  return own.length >= 3 ? own : same;
}

/** `n` picks from a list of distinct templates (fewer when it runs out), none of `not`'s. */
function distinct(list: readonly Part[], n: number, rnd: Random, not?: Part): Part[] {
  const out: Part[] = [];
  const used = new Set(not === undefined ? [] : [not.item.template]);
  const left = list.filter((p) => !used.has(p.item.template));
  while (out.length < n && left.length > 0) {
    const [p] = left.splice(rnd.int(left.length), 1);
    if (p === undefined || used.has(p.item.template)) continue;
    used.add(p.item.template);
    out.push(p);
  }
  return out;
}

const fileOf = (template: string): string => template.split(':')[0] ?? template;

/**
 * The composed rows (rules above) for items already built and decontaminated. Each carries
 * `how: 'composed'` and, in `parts`, the templates of every sentence in it.
 */
export function compose(items: readonly TrainingItem[], opts: ComposeOptions): TrainingItem[] {
  const rnd = new Random(opts.seed);
  const out: TrainingItem[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const parts: Part[] = items
      .filter((i) => i.lang === lang && i.how === 'core')
      .map((item) => ({
        item,
        file: fileOf(item.template),
        latin: latinScript(normalise(item.text).text),
        fold: opts.foldOf(item.template),
      }));
    const lawful = parts.filter((p) => p.item.category === undefined);
    const groups = new Map<string, Part[]>();
    for (const p of parts)
      if (p.item.category !== undefined)
        (groups.get(p.item.template) ?? groups.set(p.item.template, []).get(p.item.template))?.push(p);
    let violating = 0;
    for (const group of groups.values()) {
      const anchor = rnd.pick(group);
      const around = distinct(fillers(lawful, anchor), 1 + rnd.int(3), rnd);
      if (around.length === 0) continue;
      around.splice(rnd.int(around.length + 1), 0, anchor);
      out.push({
        text: frame(
          around.map((p) => p.item.text),
          lang,
          anchor.latin,
          rnd,
        ),
        lang,
        category: anchor.item.category,
        template: anchor.item.template,
        how: COMPOSED,
        parts: around.map((p) => p.item.template),
      });
      violating++;
    }
    for (let n = 0; n < violating && lawful.length > 0; n++) {
      const first = rnd.pick(lawful);
      const rest = distinct(fillers(lawful, first), 1 + rnd.int(3), rnd, first);
      if (rest.length === 0) continue;
      const all = [first, ...rest];
      out.push({
        text: frame(
          all.map((p) => p.item.text),
          lang,
          first.latin,
          rnd,
        ),
        lang,
        template: first.item.template,
        how: COMPOSED,
        parts: all.map((p) => p.item.template),
      });
    }
  }
  const seen = new Set(items.map((i) => i.text));
  return out.filter((i) => !seen.has(i.text) && seen.add(i.text));
}
