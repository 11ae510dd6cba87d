import { describe, expect, it } from 'vitest';
import { careText } from '../../../../src/language/offline/care/careNormalise.js';
import { hardshipOf } from '../../../../src/language/offline/care/hardship.js';
import { assessCare } from '../../../../src/language/offline/care/index.js';

/**
 * Hardship told, and whose it is (src/language/offline/care/hardship.ts): moved from the former
 * class-rule tests (test/language/offline/care/rules/PROVENANCE.md).
 */

// distressRound10.test.ts
describe('the round-10 distress classes', () => {
  it('does not take thanks for looking after someone as caring for family', () => {
    expect(assessCare('谢谢你们这几年的照顾').hardship).toBeUndefined();
    expect(assessCare('我在家照顾我妈，没法上班').hardship).toBe('caring');
  });
});

// distressRound12.test.ts
describe('round-12 hardship: what is told, and whose', () => {
  const kindOf = (raw: string) => hardshipOf(careText(raw).text);
  it.each([
    ['我老婆刚走，我一个人带着孩子', 'bereavement'],
    ['我妈才走没多久', 'bereavement'],
    ['我老母走咗，心情好差', 'bereavement'],
    ['we lost the baby in the summer', 'bereavement'],
    ['被公司优化了，在家待业', 'job_loss'],
    ['厂子倒了，一分钱没拿到', 'job_loss'],
    ['shi ye le, zhao bu dao gong zuo', 'job_loss'],
    ['离了，房子归他，孩子跟我', 'divorce'],
    ['体检查出来长了个结节，要做活检', 'illness'],
    ['i just got out of jail and cant find work', 'imprisonment'],
    ['my son is in state prison', 'imprisonment'],
  ])('"%s" is %s', (t, kind) => expect(kindOf(t)).toBe(kind));
  it.each([
    '我老公刚走，去上班了',
    '这个月工资被扣了两百',
    '公司降薪了，不过还能还',
    'my pay got cut by ten percent',
    '我辞职了，下个月去新公司入职',
    '同事被裁了，我们部门还好',
    'my coworker got fired today',
    '我同学的爸爸去世了，我去帮忙',
    'we watched a documentary about the earthquake',
    '我在医院上班，夜班多',
    'i work at the prison, payday is late',
  ])('"%s" names no hardship', (t) => expect(kindOf(t)).toBeUndefined());
});
