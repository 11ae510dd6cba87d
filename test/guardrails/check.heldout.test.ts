import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeFigures, roundFigures } from './heldoutReport.js';
import { loadLabelled, REAL_WORLD } from './labelledSet.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'labelled');
const ROUNDS = readdirSync(DIR)
  .filter((f) => f.startsWith('heldout-') && f.endsWith('.jsonl'))
  .map((f) => f.replace('.jsonl', ''))
  .sort();

/**
 * Figures per held-out round, printed in the tests' output (recall and false alarms per
 * language and category). Every round here has been looked at: rounds 7–10 drove class rules
 * (the escaping classes, then the implied, register and idiom classes after round 10; their rules
 * are filed by category now, src/guardrails/rules/PROVENANCE.md says where), so
 * their figures are regression figures, not evidence; rounds 4–6 joined the tuned labelled set.
 * Round 11 was written by an outside writer who never saw the rules, held outside the
 * repository while rules and training changed, and run once (2026-12-05 04:27 UTC, on a511d1c):
 * zh-CN recall 0.733 (33/45), false alarms 1/25; en recall 0.667 (30/45), false alarms 1/25. The
 * same round on main before that session's changes (850fba4): zh-CN 0.600, 2/25; en 0.556, 3/25.
 * Its misses were studied by class afterwards (guard2, 04:31 UTC), so it is now seen; no item
 * or near-copy went into rules or training.
 * Round 12 was written by a second outside writer, held outside the repository while rules and
 * training changed, and run once (2026-12-05 04:58 UTC, on 9a89981): zh-CN recall 0.644 (29/45),
 * false alarms 3/25; en recall 0.600 (27/45), false alarms 0/25. The same round on main before
 * that session's changes (850fba4): zh-CN 0.533, 4/25; en 0.489, 0/25. It is reported as blind
 * until its misses are looked at. No threshold is asserted: a blind figure is reported, not fitted.
 * guardrules (issue 16, 2026-12-05), figures only, misses never printed: after the dev-s5 rules
 * zh-CN 0.711 (32/45), 3/25; en 0.600 (27/45), 0/25; unchanged after the check-s5 and probe-s5
 * rules. Round 13 was written by a third outside writer (05:57 UTC), held outside the repository and
 * run three times by the lead, figures only: da859d1 zh-CN 0.622, 2/25, en 0.667, 0/25; 1ddd662 zh-CN
 * 0.756, 2/25, en 0.711, 0/25; 87b7c94 zh-CN 0.756, 1/25, en 0.711, 0/25. Committed at the start
 * of the sixth session; from then on it is seen (its misses may be studied by class, never copied).
 * Round 14 was written by a fourth outside writer (2026-12-05 08:50 UTC), held outside the
 * repository and run twice by the lead, figures only: 428e224 (sixth session's start) zh-CN 0.911,
 * 1/25, en 0.844, 0/25; 5839c5a (after that session's guardrail work) zh-CN 0.933, 1/25, en 0.867,
 * 0/25. Committed after that run; from then on it is seen.
 * Round 12's ENGLISH half is spent (guarden8, 2026-12-05 ~14:45 UTC): `heldout.ts heldout- --missed`
 * printed its English misses by mistake (the prefix includes round 12) and rules were written from
 * their classes (now in rules/threat/veiledEn.ts, rules/privacy/thirdPartyEn.ts,
 * rules/falseLegal/courtEn.ts and others: rules/PROVENANCE.md). Its last blind English figures:
 * 0.711 (32/45), 0/25 at the session start (954a98d) and 0.733 (33/45), 0/25 with only the rules
 * written before that (now in rules/threat/intimidationEn.ts, rules/threat/watchingEn.ts,
 * rules/falseLegal/inventedConsequenceEn.ts and others); 0.933 after is seen.
 * Its Chinese half was never printed and stays blind.
 * Round 19a is the first half of an outside writer's 200 messages (2026-12-05 18:06 UTC, never
 * saw the rules), run once by the lead at 023c5f1 (zh-CN 0.920 (23/25), 1/25 false alarms; en
 * 0.800 (20/25), 2/25), then committed as seen (guard19): its misses are studied by class, never
 * copied. Its second half stays outside the repository as the blind evaluation.
 * Round 19b is that writer's second half, run once blind by the lead after the tenth session's
 * guardrail merges (zh-CN 0.880 (22/25), 1/25 false alarms; en 0.800 (20/25), 4/25), then
 * committed as seen (guardb): its misses and false alarms are studied by class, never copied.
 * Round 20a is the first half of that round s11, run once by the lead at 530c457 (zh-CN 1.000
 * (25/25), 1/25 false alarms; en 0.880 (22/25), 2/25), then seen by the lead and fixed by class
 * (channels.ts: public authorities' sites, payment apps as verbs; the false-legal rules, now
 * rules/falseLegal/courtEn.ts and courtZh.ts: accounts frozen, a ruling made); the relay request and an unconfigured bank host stay blocked by policy.
 * Round 20b is the second half of an outside compliance officer's round s11 (200 messages,
 * 2026-12-05 20:55 UTC), blind until the eleventh session's end and run at 08d6404 (zh-CN 0.760
 * (19/25), 2/25 false alarms; en 0.920 (23/25), 1/25), then committed as seen (guard11b): its
 * misses are studied by class, never copied.
 * Round 21 is an outside compliance auditor's 200 messages (round s12, 2026-12-05 23:53 UTC,
 * never saw the rules), split by category into halves. Half a (21a) at cb26621: zh-CN 0.760
 * (19/25), 0/25 false alarms; en 0.880 (22/25), 1/25; then fixed by class (guard12,
 * rules now in rules/falseLegal/inventedConsequenceEn.ts, rules/harassment/mockeryZh.ts and others:
 * rules/PROVENANCE.md): 1.000 each, 0/25. Half b (21b) stayed blind through guard12 and guardrw12
 * and read the same before and after: zh-CN 0.800 (20/25), 0/25; en 0.840 (21/25), 0/25.
 * Committed after that run; seen from now on.
 * Round 22a is the first half of an outside writer's round s13 (a former collector turned
 * compliance trainer, who read no code; 200 messages split into halves). At the start commit
 * 1e5b7ec: zh-CN 0.960 (24/25), 4/25 false alarms (the bank's lawful wording: criminal means
 * denied, family consequences denied, an application received, a formal demand letter); en 0.720
 * (18/25), 2/25. Fixed by class (guard13, negationBank.ts, rules now in
 * rules/harassment/relentlessContactEn.ts and rules/misrepresentation/falseConsequenceEn.ts): zh-CN 0.960,
 * 0/25; en 0.880, 1/25 (a payment host not configured as a channel: policy). Half b stays blind
 * with the lead.
 * Round 9's "Please ask them to call us" is now labelled a privacy violation (DOMAIN.md:
 * a wrong person is not asked to pass a message on; see POLICY.md).
 */
const BLIND = new Set<string>(['heldout-round12']);

/** The guard's own sets by escaping class (guardrules, issue 16): each was read once before its own rules. */
const OWN_SETS = [
  'dev-s5',
  'check-s5',
  'probe-s5',
  'check-s7.en',
  'check-s8.en',
  'check-s8.zh',
  'check-s9',
  'check-s10.',
  'check-s10b',
];

/**
 * guard12's check set (issue 16, twelfth session), written by half a's classes before any rule
 * change, measured at the start commit cb26621 (zh-CN 0.245 (12/49), 5/52 false alarms; en 0.361
 * (13/36), 6/44) and once after the rules (see the commit), never tuned on.
 */
const OWN_CHECK = ['check-s12.'];

/** guarden's own blind split (issue 16): only its figures are ever printed, never its items. */
const OWN_BLIND = ['check-s7b.en', 'check-s8b.en', 'check-s8b.zh', 'probe-s8b.zh'];

/**
 * Real collectors' and banks' messages quoted on public pages (the issue's outside check), each
 * with its page in `source`. realworld-s12a: 61 quotes gathered 2026-12-06 by a helper who read no
 * code (FTC and court records, US news, Chinese news on 爆通讯录 and 暴力催收, CFPB Regulation F
 * examples, UK banks' hardship pages), run once blind at cb26621: zh-CN recall 0.400 (6/15),
 * false alarms 2/6; en 0.500 (11/22), 5/18 (verified false throughout, as the collector labelled
 * them; three en false alarms are callback numbers that pass once configured as
 * BANK_SERVICE_NUMBERS). Then read by the lead, who described its register's classes (never its
 * items) to guardrw12 (rules/structRegister12*.ts): zh-CN 0.600 (9/15), en 0.591 (13/22) after,
 * a seen figure. Never trained, tuned or calibrated on.
 * realworld-s12b: 64 more quotes from other pages, gathered the same way (loan apps' messages
 * reported in English from Kenya, Nigeria, India, the Philippines and Indonesia; FTC, court and
 * state records; UK and US lenders' lawful notices; only 3 in Chinese). Blind, failures never
 * printed: at cb26621 zh-CN 1/3, en 0.206 (7/34), false alarms 2/27; after the twelfth session's
 * guardrail work (26353aa) en 0.235 (8/34), 2/27. Committed after that run: seen from now on.
 * Read by the lead at the start of the thirteenth session, who described its escaping classes
 * (never the items) to guardrw13a/b.
 * realworld-s13: 87 quotes gathered 2026-12-06 02:40 UTC by two helpers who read no code, from other
 * hosts (en 46: FTC and CFPB records, US courts, Nigerian and Indonesian loan apps, UK and US
 * lenders' notices, CFPB model wording; zh 41: Chinese, Taiwan and Hong Kong news and legal-advice
 * pages on 暴力催收, lenders' notices; zh-TW and zh-HK items checked as zh-CN, noted). Blind,
 * failures never printed: at 1e5b7ec zh-CN 0.400 (10/25), false alarms 0/16; en 0.407 (11/27),
 * 2/19; after the thirteenth session's guardrail work (9ee3507) zh-CN 0.400 (10/25), 0/16; en
 * 0.630 (17/27), 3/19. Committed after that run: seen from now on.
 * realworld-s14: 80 quotes gathered 2026-12-06 05:55 UTC by two helpers who read no code, from hosts
 * none of the earlier rounds used (en 45: US, UK, Indian, Kenyan, Nigerian and Philippine news,
 * court and regulator pages, lenders' help pages; zh 35: 16 zh-CN, 12 zh-TW, 7 zh-HK, all checked
 * as zh-CN, noted). Blind, failures never printed: at 5c4789e zh-CN 0.150 (3/20), false alarms
 * 6/15; en 0.393 (11/28), 3/17; after the fourteenth session's guardrail work (README) zh-CN 0.150
 * (3/20), 6/15; en 0.393 (11/28), 2/17. Committed after that run: seen from now on.
 * realworld-s15: 80 quotes gathered 2026-12-06 ~09:05 UTC by two helpers who read no code (zh 35
 * from 24 hosts, all zh-CN; en 45 from 38 hosts). Blind, failures never printed: at 84eb120 zh-CN
 * 0.500 (10/20), false alarms 1/15; en 0.429 (12/28), 2/17; at f9cca5c after the fifteenth
 * session's first wave zh-CN 0.500 (10/20), 2/15; en 0.429 (12/28), 2/17. Committed after that
 * run: seen from now on; guardrw15b's figures after it are fitted (README).
 * realworld-s16: 74 quotes gathered 2026-12-06 11:55-13:05 UTC by three helpers who read no code,
 * from hosts no earlier set used (zh 30 from 26 hosts: 12 violations, 18 lawful; en 44 from 34
 * hosts: 27 violations, 17 lawful; every context but three unverified). Blind, failures never
 * printed: at 3bf1e2d zh-CN 0.250 (3/12; 9/12 blocked under some category), false alarms 8/18; en
 * 0.333 (9/27; 16/27 blocked), 6/17 (all six the pre-verification privacy policy; 0/17 read as
 * to the verified holder); at 343329f after the sixteenth session's guardrail work zh-CN 0.250,
 * 7/18; en 0.333, 6/17. Committed after that run: seen from now on; in the seventeenth session
 * guard17zh and guard17en studied its misses by class (zh 12/12, en 27/27 after): fitted since.
 * realworld-s17: 63 quotes gathered 2026-12-06 14:40-14:52 UTC by four helpers who read no code,
 * from 52 hosts no earlier set used (zh 27: 14 violations, 13 lawful, many from Taiwan court
 * judgments; en 36: 21 violations, 15 lawful; context verified when the message is addressed to
 * the holder). Blind, failures never printed: at 403cf54 zh-CN 0.286 (4/14; 8/14 blocked under
 * some category), false alarms 2/13; en 0.524 (11/21; 14/21 blocked), 3/15; at 15a4d9b after the
 * seventeenth session's guardrail work zh-CN 0.286 (4/14; 8/14), 2/13; en 0.571 (12/21; 15/21),
 * 3/15. Committed after that run: seen from now on; no rule was fitted to it.
 * realworld-s18: 105 quotes gathered 2026-12-06 17:47-18:07 UTC by three helpers who read no code,
 * from 91 pages (85 hosts) no earlier set quoted (hosts used before allowed for another page), nine
 * dropped as near-copies of committed labelled lines (zh 38: 21 violations, 17 lawful, several
 * scam texts posing as bank notices and credit-repair pitches; en 67: 35 violations, 32 lawful,
 * card issuers' own missed-payment and hardship texts among them). Blind, failures never printed:
 * at 35bd3e0 zh-CN 0.238 (5/21; 8/21 blocked under some category), false alarms 3/17; en 0.257
 * (9/35; 12/35 blocked), 3/32; the same at bb92016 after the eighteenth session (no rule was
 * changed in reading, only filed by category). Committed after that run: seen from now on.
 * realworld-s19: 55 quotes gathered 2026-12-06 20:39-20:54 UTC by two helpers who read no code, from
 * pages no earlier set quoted (three near-copies of committed lines dropped; zh 22 from 15 hosts: 7
 * violations, 15 lawful; en 33 from 25 hosts: 12 violations, 21 lawful). Kept outside the repository
 * and measured blind, aggregate only, through four sessions (the nineteenth's end, the twentieth's
 * rules, 31611ae, 95f4395 and the twenty-second's final tree): zh-CN 0.429 (3/7; 4/7 blocked under
 * some category), false alarms 1/15; en 0.250 (3/12; 3/12 blocked), 0/21 every time. Committed in
 * the twenty-second session as seen; no rule or threshold was fitted to it.
 */
const REAL_ROUNDS = readdirSync(DIR)
  .filter((f) => f.startsWith(REAL_WORLD) && f.endsWith('.jsonl'))
  .map((f) => f.replace('.jsonl', ''))
  .sort();

describe('held-out rounds', () => {
  it.each(REAL_ROUNDS)('reports recall and false alarms for the real-world quotes %s', (round) => {
    const figures = roundFigures(round, loadLabelled(round));
    console.log(
      figures.map((f) => `[real-world, seen (blind figures above)] ${describeFigures(f)}`).join('\n'),
    );
    expect(figures.reduce((n, f) => n + f.violating + f.compliant, 0)).toBeGreaterThan(0);
  });

  it.each(OWN_SETS)('reports recall and false alarms for the guard set %s', (set) => {
    const figures = roundFigures(set, loadLabelled(set));
    console.log(figures.map((f) => `[seen, tuned on] ${describeFigures(f)}`).join('\n'));
    expect(figures.reduce((n, f) => n + f.violating + f.compliant, 0)).toBeGreaterThan(0);
  });

  it.each(OWN_BLIND)('reports recall and false alarms for the blind guard set %s', (set) => {
    const figures = roundFigures(set, loadLabelled(set));
    console.log(figures.map((f) => `[BLIND, own] ${describeFigures(f)}`).join('\n'));
    expect(figures.reduce((n, f) => n + f.violating + f.compliant, 0)).toBeGreaterThan(0);
  });

  it.each(OWN_CHECK)('reports recall and false alarms for the check set %s', (set) => {
    const figures = roundFigures(set, loadLabelled(set));
    console.log(
      figures.map((f) => `[own check, measured before and after] ${describeFigures(f)}`).join('\n'),
    );
    expect(figures.reduce((n, f) => n + f.violating + f.compliant, 0)).toBeGreaterThan(0);
  });

  it.each(ROUNDS)('reports recall and false alarms for %s', (round) => {
    const figures = roundFigures(round, loadLabelled(round));
    const status = BLIND.has(round) ? '[BLIND]' : '[seen, development]';
    console.log(figures.map((f) => `${status} ${describeFigures(f)}`).join('\n'));
    expect(figures.reduce((n, f) => n + f.violating + f.compliant, 0)).toBeGreaterThan(0);
  });
});
