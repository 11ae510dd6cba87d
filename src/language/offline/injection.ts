/**
 * Attempts to instruct the bot instead of talking to it: "ignore previous instructions",
 * "you are now…", "system prompt", "忽略之前的所有指令", "你现在是…". Flagged, never obeyed: the
 * intent is still read from the rest of the message (a waiver request stays a waiver request).
 * "你现在是机器人吗" is a question, not an instruction.
 */
const PATTERNS: readonly RegExp[] = [
  /\b(?:ignore|disregard|forget|override|bypass)\b[^.?!]{0,40}\b(?:instructions?|prompts?|rules|guidelines|directives|programming|policy|policies|everything (?:above|before))\b/,
  /\byou are now\b|\byou're now\b|\bfrom now on,? you\b/,
  /\bact as (?:a|an|my|the) [a-z]+/,
  /\bpretend (?:to be|you are|you're)\b/,
  /\bsystem prompt\b|\bdeveloper mode\b|\bjailbreak\b|\bnew instructions?\b|\bdo anything now\b/,
  /\b(?:admin|administrator|developer|system) (?:mode|override|command|access)\b/,
  /<\/?(?:system|assistant|instructions?)>|\[(?:system|inst)\]/,
  /(?:忽略|无视|忘记|忘掉|不要理会|别管|跳过)[^。！？!?]{0,12}(?:之前|以上|上面|前面|先前|所有|全部|你的|原来的?)[^。！？!?]{0,8}(?:指令|指示|规则|设定|提示|命令|要求|限制|规定)/,
  /忽略之前|忽略以上|忽略上面/,
  /你现在(?:是|扮演)(?![^。！？!?]*[吗么?])/,
  /从现在(?:起|开始)[,，]?\s*你(?:是|要|必须|就是|只能)/,
  /扮演|假装(?:你|自己)是|系统提示|提示词|开发者模式|越狱|管理员(?:模式|权限|指令|命令)|新的?指令/,
];

/** True when already-normalised text tries to instruct the bot. */
export function isInjection(norm: string): boolean {
  return PATTERNS.some((re) => re.test(norm));
}
