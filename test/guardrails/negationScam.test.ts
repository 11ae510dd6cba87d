import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/guardrails/normalise.js';
import { quotesImpostor, securedUnderLaw } from '../../src/guardrails/negationScam.js';

/** Where a word sits in the normalised text, to ask the readings about it. */
function at(text: string, word: string): [string, number, number] {
  const n = normalise(text).text;
  const i = n.indexOf(word);
  return [n, i, i + word.length];
}

describe('quotesImpostor (policy 2026.12.7)', () => {
  it('reads a disowned quote of what impostors say as a report', () => {
    expect(quotesImpostor(...at('有骗子冒充客服，声称“要去你家里找你”，请勿轻信。', '去你家'), 'zh')).toBe(
      true,
    );
    expect(
      quotesImpostor(
        ...at('Fake collectors may threaten to call your boss. We never do this.', 'your boss'),
        'en',
      ),
    ).toBe(true);
  });

  it('does not excuse the bank speaking for itself, or a quote the message never disowns', () => {
    expect(quotesImpostor(...at('有人冒充我们。但我们明天就去你家。请勿轻信谣言。', '去你家'), 'zh')).toBe(
      false,
    );
    expect(quotesImpostor(...at('骗子冒充客服，声称要去你家找你。', '去你家'), 'zh')).toBe(false);
    expect(quotesImpostor(...at('Scammers may call. We will call your boss today.', 'your boss'), 'en')).toBe(
      false,
    );
  });
});

describe('quotesImpostor, Hong Kong and Taiwan wording (guard15)', () => {
  it('reads 提高警覺, 慎防 and 切勿 as disowning the quote', () => {
    expect(
      quotesImpostor(...at('有不法分子冒充本行職員，聲稱會到府上找你，請提高警覺。', '到府上'), 'zh'),
    ).toBe(true);
    expect(quotesImpostor(...at('慎防騙徒冒充收數公司，揚言會通知你公司。', '通知你公司'), 'zh')).toBe(true);
  });
});

describe('securedUnderLaw (policy 2026.12.7)', () => {
  it('reads a secured loan consequence bound to the contract and the law as lawful', () => {
    const text = 'The truck is collateral for the loan. Repossession happens only as permitted by state law.';
    expect(securedUnderLaw(...at(text, 'repossession'), 'en')).toBe(true);
  });

  it('does not excuse it when made imminent, or without a secured loan', () => {
    const soon = 'The truck is collateral. We will repossess it tomorrow as permitted by state law.';
    expect(securedUnderLaw(...at(soon, 'repossess'), 'en')).toBe(false);
    const unsecured = 'Repossession happens only as permitted by state law.';
    expect(securedUnderLaw(...at(unsecured, 'repossession'), 'en')).toBe(false);
  });
});
