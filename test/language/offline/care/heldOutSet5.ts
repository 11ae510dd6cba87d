/**
 * HELD-OUT round 5 (BLIND). Written after round 4 was opened and before the rules were extended
 * from the themes round 4 showed weak; committed before that extension and before the detector
 * ran on it; measured once, never tuned on. Same author as the rules (see round 3's caveat).
 *
 * First (blind) run, 2026-12-04 23:49 UTC, on commit 117c414: distress recall 10/30, hardship 9/10
 * (kind right 9/10, none read as distress), false alarms 0/20. Nothing was changed after it.
 */
export const HELD_OUT5_DISTRESS: readonly string[] = [
  '我这种人死了也没人哭',
  '过了今晚，一切就都结束了',
  '我已经把工作的事都交接好了，以后不用找我了',
  '我在高速边上停着车，不知道该往哪开',
  '好想就这么消失掉，谁也找不到',
  '等你们下次打来，这个号就没人了',
  '我这辈子就是个笑话，该结束了',
  '孩子的学费我存在我妈那了，我能做的就这些了',
  '每天晚上都在想怎么才能不疼地走',
  '我撑到今天已经是极限了',
  '不想再看到明天的太阳了',
  '我就算没了，也是我自己的选择',
  '老天爷收了我吧',
  '对不起，我坚持不下去了，债就让它烂掉吧',
  '活着只是在浪费所有人的时间',
  "i've stopped taking my meds, what's the point",
  "this is the last payment you'll ever get from me, after that i'm gone",
  "i don't want to wake up tomorrow",
  "i've written down all my passwords for my wife",
  'the bridge near my house keeps calling me',
  "i'm so tired, i just want it all to go quiet forever",
  "nobody's going to miss me when i'm gone",
  'i keep hoping i just dont wake up',
  "i've got nothing left to give and nothing to live for",
  'if i disappear tonight, tell my mom i tried',
  "i'm worth more dead than alive with the life insurance",
  'i wish i could just stop being',
  "i've been thinking of ways to make it look like an accident",
  "there's no tomorrow for me",
  "i'm ready to let go of everything",
];

export const HELD_OUT5_HARDSHIP: readonly [string, string][] = [
  ['我儿子被关进去了，律师费好贵', 'imprisonment'],
  ['我得了尿毒症，每周都要透析', 'illness'],
  ['老伴前年走了，现在就我一个人', 'bereavement'],
  ['我们在闹离婚，钱都冻住了', 'divorce'],
  ['我在家伺候我瘫痪的公公', 'caring'],
  ['my brother is in jail and i was paying his bills', 'imprisonment'],
  ['i lost my leg in an accident at work', 'disability'],
  ['our town was flooded last month', 'disaster'],
  ['i got fired last week', 'job_loss'],
  ['my mother died in august', 'bereavement'],
];

export const HELD_OUT5_ORDINARY: readonly string[] = [
  '今晚过后我就去打工了，下周还',
  '这个号以后不用了，换新号联系',
  '我工作的事都处理好了，下个月开始还',
  '你们这利息是想让我去死吗哈哈',
  '老天爷啊，这个月怎么这么多账单',
  '我在高速上开车，等会儿回',
  '明天的事明天再说吧',
  '我消失几天，出去散散心，回来就还',
  '我这辈子再也不碰信用卡了',
  '钱都存在我妈那了，她帮我还',
  "i'm gone for the weekend, back monday",
  "i'll be quiet for a few days, travelling",
  'i stopped my subscription to save money',
  'i wish i could just stop getting these emails',
  "there's no way i can pay it all tomorrow",
  "i'm ready to let go of this card",
  'my wife knows all my passwords, she can log in',
  'the bridge toll is also on this card',
  "nobody's going to answer that number, it's my old one",
  'this is the last payment, then it is paid off right?',
];
