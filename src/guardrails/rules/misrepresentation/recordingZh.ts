import { GAP, type PatternRuleSpec, zh } from '../ruleTypes.js';

/**
 * Misrepresentation (Chinese): recording.
 */

export const MISREPRESENTATION_RECORDING_ZH: PatternRuleSpec[] = [
  {
    id: 'misrepresentation.recording',
    lang: 'zh',
    triggers: ['录音', '录下'],
    patterns: zh(
      `(?:通话|电话|对话|聊天)${GAP(4)}(?:不会|没有|没|不)(?:被)?(?:录音|录下)|(?:说什么|说的话|聊的)(?:都)?不会(?:被)?(?:录音|录下)`,
    ),
  },
];
