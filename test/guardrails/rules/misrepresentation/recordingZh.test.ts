import { describeRules, ZH } from '../ruleCases.js';

/**
 * The recording class of misrepresentation in Chinese (src/guardrails/rules/misrepresentation/recordingZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('misrepresentation: recording, Chinese', {
  violations: [
    // Chinese phrasings from check-s7 (classes, not items)
    ['放心，这个电话没有录音，你说实话。', ZH, 'misrepresentation'],
  ],
  clean: [
    // Chinese phrasings from check-s7 (classes, not items)
    ['本次通话可能会被录音，以便核实服务质量。', ZH],
  ],
});
