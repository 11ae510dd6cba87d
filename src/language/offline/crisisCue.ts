import type { CrisisCue } from '../../core/act.js';
import { normalise } from './normalise.js';

/**
 * Something at hand to hurt oneself with, or a plan made: pills, a knife, a rope, a roof, a bridge,
 * "tonight", "已经准备好了". Read only in a message already read as distress.
 */
const MEANS: readonly RegExp[] = [
  /\b(?:pills?|tablets|meds|overdose|od|knife|knives|blade|razor|rope|noose|gun|pistol|rifle|bridge|rooftop|roof|ledge|train tracks|bleach|poison|car running|garage)\b/,
  /\b(?:tonight|right now|got it all planned|have a plan|made a plan|it'?s planned|wrote (?:a|my) (?:note|letter)|(?:goodbye|suicide) (?:note|letter))\b/,
  /药|安眠药|农药|刀|绳子?|天台|楼顶|跳楼|跳河|跳桥|桥上|煤气|烧炭|炭|遗书|(?:都|已经)(?:准备|想)好了|今晚(?:就)?(?:走|结束|了断)|就在今晚/,
];

/** On their own right now: "im home alone", "nobody is here", "我现在一个人", "身边没有人". */
const ALONE: readonly RegExp[] = [
  /\b(?:(?:all )?alone|by myself|on my own|nobody(?:'s| is)? (?:here|around|with me)|no ?one(?:'s| is)? (?:here|around|with me))\b/,
  /一个人|独自|身边(?:没有?|没)(?:人|一个人)|没(?:有)?人(?:陪|在身边)|孤零零/,
];

/**
 * What a message of distress names besides the words of distress (conv19): 'means' before
 * 'alone', since the means asks for the more urgent answer; undefined when neither.
 *
 *   crisisCue('i mean it. i have a bottle of pills right here') // 'means'
 *   crisisCue('我现在一个人在家 脑子里一直想着自杀') // 'alone'
 *   crisisCue('活着太累了') // undefined
 */
export function crisisCue(text: string): CrisisCue | undefined {
  const norm = normalise(text.slice(0, 1000));
  if (MEANS.some((r) => r.test(norm))) return 'means';
  if (ALONE.some((r) => r.test(norm))) return 'alone';
  return undefined;
}
