import { describeCare } from '../careCases.js';

/**
 * Danger from someone else: a partner threatening to kill the writer over the debt, the writer
 * hiding. Not suicidal, but the same crisis reply.
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/danger/threatenedByPartner.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: danger/threatenedByPartner', {
  distress: [
    // distressRound24: care round 24 (outside round S15 half a classes, new phrasings) › reads %s as distress
    '我男朋友拿着刀说要跟我同归于尽，说都怪这笔网贷，我锁在卧室里',
    "my husband says he's going to kill me over the loans, i'm hiding at the neighbour's, help",
  ],
});
