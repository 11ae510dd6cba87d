import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/bot/logger.js';
import { maskPii, maskTextFields, piiFingerprints } from '../../src/core/pii.js';

// sec17: digits of other scripts than ASCII and full-width (Arabic-Indic, Devanagari, …) were not
// read as digits, so an ID or card number typed in them reached storage and logs in clear.

/** How many decimal digits of any script a masked text still shows. */
function visibleDigits(text: string): number {
  return (text.match(/\p{Nd}/gu) ?? []).length;
}

/** `ascii` written with the digits of the script whose zero is `zero`. */
function inScript(ascii: string, zero: number): string {
  return ascii.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));
}

const SCRIPTS: [string, number][] = [
  ['Arabic-Indic', 0x0660],
  ['Extended Arabic-Indic', 0x06f0],
  ['Devanagari', 0x0966],
  ['Bengali', 0x09e6],
  ['Thai', 0x0e50],
  ['Myanmar', 0x1040],
  ['mathematical bold (outside the BMP)', 0x1d7ce],
  ['Adlam (outside the BMP)', 0x1e950],
];

describe('maskPii: decimal digits of every script', () => {
  it.each(SCRIPTS)('masks an ID, a card and a mobile typed in %s digits', (_name, zero) => {
    for (const ascii of [
      '身份证 110105199001011234',
      'card 6222 0212 3456 7890 123',
      'call me on 138-1234-5678',
      'ssn 123-45-6789',
      'id 1101 0519-9001 0112 34',
    ]) {
      const typed = inScript(ascii, zero);
      const masked = maskPii(typed);
      expect(visibleDigits(masked), `${typed} → ${masked}`).toBeLessThanOrEqual(4);
      // the last four are kept as they were typed, in their own script
      expect(masked.endsWith(inScript(ascii.slice(-4), zero))).toBe(true);
    }
  });

  it('masks a number typed in several scripts at once', () => {
    for (const typed of [
      '١١٠١٠٥19900101۱۲۳۴',
      '६२२२ ٠٢١٢ 3456 ۷۸۹۰ १२३',
      '+86 １٣٨-१२३४-5678',
      '1101\u200b٠٥١٩\u200b9001\u200b०११२\u200b34',
    ]) {
      const masked = maskPii(typed);
      expect(visibleDigits(masked), `${typed} → ${masked}`).toBeLessThanOrEqual(4);
    }
  });

  it('fingerprints a number the same whatever scripts it was typed in', () => {
    const plain = piiFingerprints('110105199001011234', 'k');
    expect(plain).toHaveLength(1);
    for (const [, zero] of SCRIPTS)
      expect(piiFingerprints(inScript('110105199001011234', zero), 'k')).toEqual(plain);
    expect(piiFingerprints('١١٠١٠٥19900101۱۲۳۴', 'k')).toEqual(plain);
  });

  it('masks at the storage boundary too (text fields at any depth)', () => {
    const stored = maskTextFields({
      text: inScript('卡号6222020200112233445', 0x0660),
      value: { text: inScript('13812345678', 0x0966) },
    });
    expect(visibleDigits(stored.text)).toBe(4);
    expect(visibleDigits(stored.value.text)).toBe(4);
  });

  it('leaves short numbers, dates and amounts of other scripts alone, and other text untouched', () => {
    for (const text of [
      inScript('I paid 1,234.56 on 2026-12-06', 0x0660),
      inScript('2026-12-06', 0x0966),
      inScript('plan of 12 months, 500.00 a month', 0x06f0),
      'emoji 😀 and 𝟏𝟐𝟑 and text',
      'مرحبا، أريد أن أدفع',
    ])
      expect(maskPii(text)).toBe(text);
  });

  it('keeps characters outside the BMP around a masked number intact', () => {
    const typed = `😀 ${inScript('110105199001011234', 0x1d7ce)} 😀`;
    const masked = maskPii(typed);
    expect(masked.startsWith('😀 ')).toBe(true);
    expect(masked.endsWith(`${inScript('1234', 0x1d7ce)} 😀`)).toBe(true);
    expect(visibleDigits(masked)).toBe(4);
  });
});

describe('logs', () => {
  it('never write a number typed in Arabic-Indic or Devanagari digits in clear', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        lines.push(chunk.toString('utf8'));
        cb();
      },
    });
    const logger = createLogger('info', sink);
    logger.info(
      { said: inScript('my card 6222020200112233445', 0x0660) },
      inScript('id 110105199001011234', 0x0966),
    );
    const written = lines.join('');
    expect(written).not.toContain(inScript('62220202001122', 0x0660));
    expect(written).not.toContain(inScript('11010519900101', 0x0966));
    expect(written).toContain(inScript('3445', 0x0660));
  });
});
