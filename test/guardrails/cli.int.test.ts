import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

const FROM_SOURCE = ['--import', 'tsx', 'src/guardrails/cli.ts'];
/** What `npm run guardrail` runs: the CLI from a bundle of its sources, rebuilt when they change. */
const LAUNCHER = ['scripts/guardrail.mjs'];

function runCli(
  input: string,
  args = ['--jsonl'],
  start = FROM_SOURCE,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...start, ...args], {
      cwd: ROOT,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('the guardrail command line', () => {
  it('writes one verdict line per input line and goes on after a malformed one', async () => {
    const facts = {
      balance: 12345.67,
      minimumDue: 617.28,
      daysPastDue: 35,
      currency: 'CNY',
      cardLast4: '6789',
    };
    const lines = [
      { text: '我们不会联系您的家人。', context: { locale: 'zh-CN', verified: true } },
      'this is not json',
      { text: '您的欠款为12,345.67元，已逾期35天。', context: { locale: 'zh-CN', verified: true, facts } },
      { text: '您的欠款为15,000.00元。', context: { locale: 'zh-CN', verified: true, facts } },
      { text: 'We know where you live.', context: { locale: 'fr', verified: true } },
      { text: 'You deadbeat, we will call your boss.', context: { locale: 'en', verified: false } },
      { text: 'Pay 12.345 now.', context: { locale: 'en', verified: true, facts: { balance: '12.345' } } },
      [1, 2],
      {
        text: 'Your payment is declined.',
        context: { locale: 'en', verified: true, facts: { paymentStatus: 'scheduled' }, speaker: 'agent' },
      },
    ];
    const input = lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';
    const { code, stdout } = await runCli(input);
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(9);
    expect(out[0]).toEqual({ allowed: true, violations: [] });
    expect(out[1]?.['error']).toMatch(/^invalid JSON/);
    expect(out[2]).toEqual({ allowed: true, violations: [] });
    expect(out[3]).toEqual({
      allowed: false,
      violations: [{ category: 'misrepresentation', rule: 'misrepresentation.amount' }],
    });
    expect(out[4]?.['error']).toMatch(/context\.locale/);
    expect(out[5]).toEqual({
      allowed: false,
      violations: [
        { category: 'defamation', rule: 'defamation.insult' },
        { category: 'defamation', rule: 'defamation.label' },
        { category: 'harassment', rule: 'harassment.mockery' },
        { category: 'privacy', rule: 'privacy.third_party' },
        { category: 'threat', rule: 'threat.intimidation' },
      ],
    });
    expect(out[6]?.['error']).toMatch(/context\.facts\.balance: not an amount/);
    expect(out[7]?.['error']).toMatch(/expected an object/);
    expect(out[8]?.['allowed']).toBe(false);
  }, 30_000);

  it('gives the same verdicts through the launcher npm run uses, classifier included', async () => {
    const lines = [
      { text: '老赖，再不还钱就去你单位', context: { locale: 'zh-CN', verified: false } },
      {
        text: 'If you are struggling, we can set up a payment plan.',
        context: { locale: 'en', verified: true },
      },
    ];
    const input = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
    const [source, bundled] = await Promise.all([runCli(input), runCli(input, ['--jsonl'], LAUNCHER)]);
    expect(bundled.code).toBe(0);
    expect(bundled.stderr).toBe('');
    expect(bundled.stdout).toBe(source.stdout);
    expect(bundled.stdout.split('\n')[1]).toBe('{"allowed":true,"violations":[]}');
  }, 30_000);

  it('explains its usage without --jsonl', async () => {
    const { code, stderr } = await runCli('', []);
    expect(code).toBe(2);
    expect(stderr).toContain('--jsonl');
  }, 30_000);
});
