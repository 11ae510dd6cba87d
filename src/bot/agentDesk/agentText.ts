/**
 * What an agent may put in a message to a person, beyond length (staffsec20 red team: an agent's
 * text with NUL, a lone surrogate or a right-to-left override was delivered as typed, and
 * "We will ѕue you" with a Cyrillic "ѕ" passed the guardrail that blocks the Latin spelling).
 * The person must be shown the words the guardrail checked, so these are refused, not cleaned:
 * the agent sees why and retypes.
 *
 *   agentTextProblem('您好，我来帮您看一下。');   // undefined
 *   agentTextProblem('We will ѕue you');           // 'the word "ѕue" mixes …'
 */
export function agentTextProblem(text: string, words: 'text' | 'label' = 'text'): string | undefined {
  if (/[\p{Cc}]/u.test(text.replace(/[\t\n\r]/g, '')))
    return 'the text contains a control character (such as NUL); remove it';
  if (/\p{Cs}/u.test(text)) return 'the text is not well-formed Unicode (a lone surrogate)';
  if (BIDI_CONTROL.test(text))
    return 'the text contains a right-to-left or left-to-right override, which would show the person something other than what was checked; remove it';
  if (words === 'label') return undefined;
  const mixed = mixedScriptWord(text);
  if (mixed !== undefined)
    return `the word "${mixed}" mixes Latin letters with Cyrillic or Greek look-alikes; retype it in one alphabet`;
  const disguised = lookAlikeWord(text);
  return disguised === undefined
    ? undefined
    : `the word "${disguised}" is spelt only with Cyrillic or Greek letters that look like Latin ones, so it reads as an English word the check did not see; retype it in Latin letters`;
}

/** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069); single LRM/RLM marks stay. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

const LATIN = /\p{Script=Latin}/u;
const LOOK_ALIKE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/**
 * The first word spelt with both Latin and Cyrillic or Greek letters, a look-alike spelling that
 * reads as the Latin word (UTS #39 calls it mixed-script); Han beside Latin ("ATM卡") is ordinary.
 */
function mixedScriptWord(text: string): string | undefined {
  for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? [])
    if (LATIN.test(word) && LOOK_ALIKE.test(word)) return word.slice(0, 40);
  return undefined;
}

/**
 * Cyrillic and Greek letters drawn like Latin ones (а е о р с у х ѕ і ј һ ԁ ԛ ԝ ӏ; Α Β Ε Ζ Η Ι Κ
 * Μ Ν Ο Ρ Τ Υ Χ ο ν …): a word of two or more of these and nothing else reads as an English word
 * ("сорѕ", "АТМ") that the guardrail, reading Cyrillic, never saw. A Russian or Greek word of
 * ordinary spelling has letters outside the set ("оператор" has п and т) and passes.
 */
const LOOK_ALIKE_ONLY = /^[аеорсухѕіјһԁԛԝӏАВЕЅІЈКМНОРСТХУορνικυχαΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]{2,}$/u;

/** The first word wholly in look-alike letters (after staffsec20: a whole-Cyrillic word passed both checks). */
function lookAlikeWord(text: string): string | undefined {
  for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? [])
    if (LOOK_ALIKE.test(word) && LOOK_ALIKE_ONLY.test(word)) return word.slice(0, 40);
  return undefined;
}
