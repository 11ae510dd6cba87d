import type { DialogContext } from 'botbuilder-dialogs';
import { normalise, relativeStanding, thirdPartyKind } from '../language/offline/index.js';
import { othersAsked } from '../language/offline/othersAsked.js';
import { asksNoWorkplaceCallsFor } from '../language/offline/workplaceCalls.js';
import { recordCease } from './ceaseContact.js';
import type { DialogServices } from './services.js';
import { say, turnAccount, turnCase, turnUnderstanding } from './turn.js';

/**
 * The reply to someone who is not the holder (issue 15), in any turn before verification: nothing
 * about the debt, nothing to pass on, the service line for the holder to call back. A wrong number
 * or a new owner of the number: this address is no longer contacted. A death report: a person
 * follows up (bereavement). Said before in this conversation: the brief form, unless it is news.
 */
export async function thirdPartyReply(dc: DialogContext, s: DialogServices): Promise<void> {
  const state = turnCase(dc.context);
  const text = dc.context.activity.text ?? '';
  const found = thirdPartyKind(text);
  const about = found ?? state.thirdPartyAbout ?? 'relative';
  const news = about !== state.thirdPartyAbout;
  // "I'm an authorized user", "我爸中风住院了": answered once, with how a representative can call (conv17).
  const standing = about === 'relative' ? relativeStanding(text) : undefined;
  const newStanding = standing !== undefined && standing !== state.thirdPartyStanding;
  const again = state.thirdParty === true && state.thirdPartyAbout !== undefined && !news && !newStanding;
  // "his last 4 are 4321" from a relative: never checked, never a sign the digits matched (conv18).
  const digits =
    about === 'relative' && !newStanding && turnUnderstanding(dc.context)?.slots.last4 !== undefined;
  // "你们会不会打到我们公司来", "will you tell his boss" (conv15): answered, nobody else is told.
  const norm = normalise(text.slice(0, 500));
  // "please dont call his work", "别打到他单位去" (conv15b): answered; never recorded for the holder.
  const workplace = about === 'relative' && !digits && asksNoWorkplaceCallsFor(norm);
  const others = about === 'relative' && !digits && !workplace && othersAsked(norm);
  const form = digits ? 'digits' : workplace ? 'workplace' : others ? 'others' : again ? 'again' : 'first';
  const alt = form !== 'first' && state.thirdPartyForm === form;
  state.thirdPartyForm = alt ? `${form}-alt` : form;
  state.thirdParty = true;
  state.thirdPartyAbout = about;
  if (standing !== undefined) state.thirdPartyStanding = standing;
  if (news && about === 'not_this_number') {
    await recordCease(s, dc.context.activity, undefined, turnAccount(dc.context)?.accountId, 'chat');
  }
  const hours = s.settings.serviceHours;
  await say(dc.context, s, {
    kind: 'third_party',
    about,
    ...(again ? { again } : {}),
    ...(digits ? { digits } : {}),
    ...(others ? { others } : {}),
    ...(workplace ? { workplace } : {}),
    ...(alt ? { alt } : {}),
    ...(hours ? { hours } : {}),
    ...(newStanding ? { standing } : {}),
  });
  if (news && about === 'deceased') {
    await s.escalator.escalate(
      dc.context,
      state,
      'bereavement',
      'someone wrote that the holder has died; not verified, nothing about the account was said',
    );
  }
}

/** "This is John now, my wife had my phone", "我是本人，刚才是我爱人": the holder takes the phone back. */
const HOLDER_BACK =
  /\b(?:this is|it'?s|i'?m) (?:the )?(?:account ?holder|card ?holder|[a-z]+ (?:now|here)|me (?:now|again))\b|\bi'?m back\b|(?:我是|我就是|我才是)(?:本人|持卡人|他本人|她本人)|本人(?:来了|回来了|在这)|换我(?:本人)?来|我(?:自己)?来(?:说|回复|处理)/;

/**
 * The phone handed over (conv15b): "ok ok here he is", "he just got home", "行吧 她下班了",
 * "好了 我爸回来了", "我把手机给他了". Only with the holder then speaking (a name or "it's me") and the
 * digits: the digits are still the check, counted against the account like every other answer.
 */
const HANDED_OVER =
  /\bhere (?:he|she) is\b|\b(?:he|she)(?:'?s| is| just)? (?:here|back|home|got (?:home|back|here)|just got (?:home|back|here))\b|\bhanding (?:him|her) the phone\b|(?:他|她|我爸|我妈|我老公|我老婆|我爱人)(?:已经)?(?:回来|下班|到家|来|醒)了|(?:把)?手机给(?:他|她)了/;

/** Digits said to be someone else's ("his last four is 4321", "她的身份证后四位"): never the holder speaking. */
const SOMEONE_ELSES =
  /\b(?:his|her|their)\s+(?:id|ssn|social|last|number|digits)\b|(?:他|她)的(?:身份证|后四位|后4位|证件)/;

/** The holder names themselves: "hey its john", "john here", "我是李娜" (the account's own name). */
function namesSelf(norm: string, holderName: string | undefined): boolean {
  if (holderName === undefined) return false;
  const name = holderName.toLowerCase().trim();
  const first = name.split(/\s+/)[0] ?? name;
  if (/^\p{Script=Han}+$/u.test(name)) return new RegExp(`(?:我是|我就是|我才是)${name}`).test(norm);
  const n = first.replace(/[^a-z]/g, '');
  if (n.length < 2) return false;
  return new RegExp(`\\b(?:this is|it'?s|its|i'?m|im) ${n}\\b|\\b${n} (?:here|speaking)\\b`).test(norm);
}

/**
 * After a relative wrote, the holder says it is them now and gives the ID digits in the same
 * message: the third-party reading ends and the digits are checked like every other answer (issue 14:
 * a third party is recognised by what they say, and so is the holder).
 */
export function holderTakesOver(dc: DialogContext): boolean {
  const state = turnCase(dc.context);
  const u = turnUnderstanding(dc.context);
  if (!state.thirdParty || state.thirdPartyAbout === 'deceased' || u?.slots.last4 === undefined) return false;
  const norm = normalise((dc.context.activity.text ?? '').slice(0, 500));
  if (SOMEONE_ELSES.test(norm)) return false;
  const holder = turnAccount(dc.context)?.holderName;
  const speaks = HOLDER_BACK.test(norm) || namesSelf(norm, holder);
  if (
    !speaks &&
    !(HANDED_OVER.test(norm) && /\b(?:it'?s|its|this is|i'?m) me\b|我是本人|是我本人/.test(norm))
  ) {
    return false;
  }
  state.thirdParty = false;
  state.thirdPartyAbout = undefined;
  state.thirdPartyStanding = undefined;
  TOOK_OVER.add(dc.context);
  return true;
}

/** The turns in which the holder took over (the verification step checks their digits). */
const TOOK_OVER = new WeakSet<object>();

export function tookOver(dc: DialogContext): boolean {
  return TOOK_OVER.has(dc.context);
}
