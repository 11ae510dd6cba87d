import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Act } from '../../src/core/act.js';
import { DISCLOSURES, fixedSentences, renderTemplate, safeMessage } from '../../src/prompts/index.js';
import { TemplateResponder } from '../../src/language/templateResponder.js';
import { CTX, JOHN_SMITH, SAMPLES, ZHANG_WEI } from './fixtures.js';
import { withoutBankNumbers } from './helpers.js';

const FDCPA =
  'This is an attempt to collect a debt, and any information obtained will be used for that purpose.';
const FDCPA_ZH = '这是一次债务催收沟通，我们所获取的任何信息都将用于该目的。';

/** Acts a person may see before proving they are the holder. */
const BEFORE_VERIFICATION: Act[] = [
  { kind: 'opening', jurisdiction: 'US' },
  { kind: 'opening', jurisdiction: 'CN' },
  { kind: 'ask_verification', attemptsLeft: 3 },
  { kind: 'ask_verification', attemptsLeft: 1 },
  { kind: 'verification_failed', attemptsLeft: 2 },
  { kind: 'verification_failed', attemptsLeft: 0 },
  { kind: 'verification_locked', minutes: 30 },
  { kind: 'third_party' },
  { kind: 'unknown_person' },
  { kind: 'private_only' },
  { kind: 'reminder', reminderKind: 'due-3', jurisdiction: 'US' },
  { kind: 'reminder', reminderKind: 'due+30', jurisdiction: 'US' },
  { kind: 'reminder', reminderKind: 'instalment-2', jurisdiction: 'US' },
  { kind: 'clarify', verified: false },
  { kind: 'bot_identity' },
  { kind: 'cease_contact_confirmed' },
  { kind: 'human_requested', etaMinutes: 5 },
  { kind: 'distress_support', hotline: '12356' },
  { kind: 'goodbye' },
  { kind: 'handoff_queued', reason: 'verification_failed', etaMinutes: 15 },
  { kind: 'handoff_callback_offer' },
  { kind: 'handoff_message_left' },
  { kind: 'handoff_accepted' },
  { kind: 'handoff_returned', outcome: 'resolved' },
];

describe('nothing disclosed before verification', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`puts no digit except the bank's service and crisis numbers in unverified replies (${locale})`, () => {
      for (const act of BEFORE_VERIFICATION) {
        const hotline = act.kind === 'distress_support' ? act.hotline : CTX[locale].crisisLine;
        const text = withoutBankNumbers(renderTemplate(act, CTX[locale]), CTX[locale], hotline);
        expect(text, act.kind).not.toMatch(/\d/);
      }
    });

    it(`names neither holder nor card in unverified replies (${locale})`, () => {
      for (const act of BEFORE_VERIFICATION) {
        const text = renderTemplate(act, CTX[locale]);
        for (const secret of [
          ZHANG_WEI.holderName,
          JOHN_SMITH.holderName,
          '6789',
          '1111',
          '12,345.67',
          '3,210.00',
        ]) {
          expect(text, act.kind).not.toContain(secret);
        }
      }
    });
  }

  it('tells a third party nothing, not even that there is an account or a debt, and asks them to pass nothing on', () => {
    const zh = renderTemplate({ kind: 'third_party' }, CTX['zh-CN']);
    expect(zh).toContain('我们只能与本人直接沟通');
    expect(zh).toContain('无法向您透露任何信息');
    expect(zh).not.toMatch(/账户|欠款|逾期|还款|信用卡|请.*转告|请.*转达/);
    const en = renderTemplate({ kind: 'third_party' }, CTX.en);
    expect(en).toContain('directly with the person they concern');
    expect(en).toContain('unable to share any information');
    expect(en).not.toMatch(/account|debt|overdue|past due|payment|card|please (tell|ask|let)/i);
  });

  it('tells an unknown person nothing about any account', () => {
    const zh = renderTemplate({ kind: 'unknown_person' }, CTX['zh-CN']);
    expect(zh).toContain('无法在这里提供任何信息');
    expect(zh).toContain('400-000-0000');
    expect(zh).not.toMatch(/账户|欠款|逾期|还款|信用卡/);
    const en = renderTemplate({ kind: 'unknown_person' }, CTX.en);
    expect(en).toContain('cannot share any information here');
    expect(en).not.toMatch(/account|debt|overdue|past due|payment|card/i);
  });

  it('tells an unknown person nothing about an account in every form, the first with the disclosure (conv15)', () => {
    for (const form of ['first', 'digits', 'details', 'again'] as const) {
      const zh = renderTemplate({ kind: 'unknown_person', form }, CTX['zh-CN']);
      expect(zh).toContain('400-000-0000');
      expect(zh).not.toMatch(/账户|欠款|逾期|还款|信用卡/);
      const en = renderTemplate({ kind: 'unknown_person', form }, CTX.en);
      expect(en).toContain('400-000-0000');
      expect(en).not.toMatch(/account|debt|overdue|past due|payment|card/i);
    }
    expect(renderTemplate({ kind: 'unknown_person', form: 'first' }, CTX.en)).toMatch(/recorded[\s\S]*STOP/);
    expect(renderTemplate({ kind: 'unknown_person', form: 'first' }, CTX['zh-CN'])).toMatch(
      /记录[\s\S]*退订/,
    );
  });

  it('tells a group chat nothing about any account and points to a one-to-one chat', () => {
    const zh = renderTemplate({ kind: 'private_only' }, CTX['zh-CN']);
    expect(zh).toContain('群聊');
    expect(zh).toContain('400-000-0000');
    expect(zh).not.toMatch(/账户|欠款|逾期|还款|信用卡|身份证/);
    const en = renderTemplate({ kind: 'private_only' }, CTX.en);
    expect(en).toContain('group chat');
    expect(en).not.toMatch(/account|debt|overdue|past due|payment|card|digits/i);
  });

  it('keeps the safe fallback message free of digits and account words', () => {
    expect(safeMessage('zh-CN')).toContain('转人工');
    expect(safeMessage('en')).toContain('agent');
    for (const text of [safeMessage('zh-CN'), safeMessage('en')]) {
      expect(text).not.toMatch(/\d|账户|欠款|逾期|account|debt|balance/i);
    }
  });
});

describe('fixed legal text', () => {
  it('holds the exact FDCPA sentence in English, and its Chinese rendering for a US account read in Chinese', () => {
    expect(DISCLOSURES.en.debtCollection).toBe(FDCPA);
    expect(DISCLOSURES['zh-CN'].debtCollection).toBe(FDCPA_ZH);
  });

  it('tells how to stop contact in the words the rules use', () => {
    expect(DISCLOSURES['zh-CN'].stopContact).toContain('回复"退订"即可停止联系');
    expect(DISCLOSURES.en.stopContact).toContain('Reply STOP to stop these messages');
  });

  it('says the conversation is recorded and how long records are kept', () => {
    expect(DISCLOSURES['zh-CN'].recording).toContain('本次对话将被记录，记录至少保存两年');
    expect(DISCLOSURES['zh-CN'].recording).toContain('协议记录将保存至款项全部还清为止');
    expect(DISCLOSURES.en.recording).toContain(
      'This conversation is recorded. Records are kept for at least two years',
    );
    expect(DISCLOSURES.en.recording).toContain('repayment agreements are kept until the debt is paid');
  });

  it('places the FDCPA sentence verbatim in a US account’s opening and every reminder, in either language', () => {
    for (const [locale, notice] of [
      ['en', FDCPA],
      ['zh-CN', FDCPA_ZH],
    ] as const) {
      expect(renderTemplate({ kind: 'opening', jurisdiction: 'US' }, CTX[locale])).toContain(notice);
      for (const reminderKind of ['due-3', 'due', 'due+7', 'missed-1']) {
        expect(renderTemplate({ kind: 'reminder', reminderKind, jurisdiction: 'US' }, CTX[locale])).toContain(
          notice,
        );
      }
    }
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    for (const jurisdiction of ['US', 'CN'] as const) {
      it(`places every fixed sentence verbatim, in order, in the opening and reminders (${locale}, ${jurisdiction} account)`, () => {
        const d = DISCLOSURES[locale];
        for (const act of [
          { kind: 'opening', jurisdiction },
          { kind: 'reminder', reminderKind: 'due+7', jurisdiction },
        ] as const) {
          const text = renderTemplate(act, CTX[locale]);
          const fixed = fixedSentences(act, CTX[locale]);
          expect(fixed).toEqual([
            d.automated,
            ...(jurisdiction === 'US' ? [d.debtCollection] : []),
            d.recording,
            d.stopContact,
          ]);
          const positions = fixed.map((s) => text.indexOf(s));
          expect(
            positions.every((p) => p >= 0),
            act.kind,
          ).toBe(true);
          expect([...positions].sort((x, y) => x - y)).toEqual(positions);
        }
      });
    }

    it(`names the bank and why it is writing in the opening (${locale})`, () => {
      const text = renderTemplate({ kind: 'opening', jurisdiction: 'CN' }, CTX[locale]);
      expect(text).toContain(CTX[locale].bankName);
      expect(text).toMatch(
        locale === 'zh-CN' ? /信用卡账户的还款事宜/ : /repayment of your credit card account/,
      );
    });

    it(`requires from every rendering the fixed sentences it declares (${locale})`, () => {
      for (const act of SAMPLES[locale]) {
        const text = renderTemplate(act, CTX[locale]);
        for (const sentence of fixedSentences(act, CTX[locale])) expect(text, act.kind).toContain(sentence);
      }
      expect(fixedSentences({ kind: 'bot_identity' }, CTX[locale])).toEqual([DISCLOSURES[locale].automated]);
      expect(fixedSentences({ kind: 'account_summary', account: ZHANG_WEI }, CTX[locale])).toEqual([]);
    });
  }
});

describe('the guardrails let the fixed notices through as written', () => {
  const responder = new TemplateResponder({
    bankName: { 'zh-CN': '示例银行', en: 'Example Bank' },
    serviceNumbers: ['400-000-0000'],
    crisisLine: { 'zh-CN': '12356', en: '988' },
    paymentChannels: [],
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    for (const jurisdiction of ['US', 'CN'] as const) {
      it(`sends the opening and reminders unchanged before verification (${locale}, ${jurisdiction} account)`, async () => {
        const acts: Act[] = [
          { kind: 'opening', jurisdiction },
          ...['due-3', 'due', 'due+7', 'instalment-2', 'missed-1'].map((reminderKind): Act => ({
            kind: 'reminder',
            reminderKind,
            jurisdiction,
          })),
        ];
        for (const act of acts) {
          const reply = await responder.respond(act, {
            locale,
            verified: false,
            deadline: Date.now() + 5000,
            history: [],
          });
          const verdict = reply.trace.attempts[0]?.verdict;
          expect(verdict?.allowed, `${act.kind} ${JSON.stringify(verdict?.violations)}`).toBe(true);
          expect(reply.text).toBe(renderTemplate(act, CTX[locale]));
          const notice = DISCLOSURES[locale].debtCollection;
          expect(reply.text.split(notice).length - 1).toBe(jurisdiction === 'US' ? 1 : 0);
        }
      });
    }
  }
});

describe('the notice count holds for any reminder kind (property)', () => {
  it('places the US notice exactly once for US accounts and never for CN ones, in either language', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.constantFrom('zh-CN' as const, 'en' as const),
        fc.constantFrom('US' as const, 'CN' as const),
        (reminderKind, locale, jurisdiction) => {
          const text = renderTemplate({ kind: 'reminder', reminderKind, jurisdiction }, CTX[locale]);
          for (const l of ['zh-CN', 'en'] as const) {
            const n = text.split(DISCLOSURES[l].debtCollection).length - 1;
            expect(n).toBe(jurisdiction === 'US' && l === locale ? 1 : 0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
