import { describe, expect, it } from 'vitest';
import { hardshipOf } from '../../../../src/language/offline/care/hardship.js';
import { careText } from '../../../../src/language/offline/care/careNormalise.js';

const kindOf = (raw: string) => hardshipOf(careText(raw).text);

describe('job loss needs words of loss, not a payday that is late', () => {
  it.each([
    '这个月工资还没发',
    '我这个月的工资还没发下来，过几天就有',
    '工资还没到账，等发了就还',
    '上个月工资还没发呢',
    '今天工资没发，明天应该就到了',
    '我们单位工资一般月底才发',
    "my salary hasn't come in yet this month",
    "my pay hasn't come through yet",
    'payday is late this month, can I pay next week',
    "I haven't been paid yet this month",
    'my paycheck is a few days late',
    'salary comes in on the 15th',
  ])('"%s" is no hardship', (t) => expect(kindOf(t)).toBeUndefined());

  it.each([
    '我被裁了',
    '我失业了，一直在找工作',
    '没工作了，一分钱收入都没有',
    '公司倒闭了',
    '老板拖欠工资三个月了',
    '公司已经三个月没发工资了',
    '工资半年没给了',
    '两个月的工资到现在还没发',
    '厂里欠薪大半年',
    '工资一直没发，老板跑了',
    'I was laid off in October',
    'I lost my job last month',
    "I haven't been paid for months",
    "they haven't paid us in three months",
    'the restaurant owes me back wages',
    'my employer stopped paying us in the summer',
    'I have two months of unpaid wages',
    'the restaurant i worked at closed for good last month, no paycheck since',
    'the store we work at shut down',
    'no paycheck coming in since june',
  ])('"%s" is job loss', (t) => expect(kindOf(t)).toBe('job_loss'));
});
