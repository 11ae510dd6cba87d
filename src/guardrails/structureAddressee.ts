import type { StructuralCheck } from './structureTypes.js';

/**
 * Who is addressed and about whom. A message that names its reader as someone else's relative,
 * colleague or contact and then speaks of "his"/"her" debt; a request that the reader's relative
 * pay or pass word on; news of the debt taken to committees, landlords or group chats.
 * 信用卡业务监督管理办法 Art. 68–69; FDCPA §1692c(b); Reg F §1006.6(d).
 */
const REL_ZH =
  '(?:爱人|老婆|老公|媳妇|妻子|丈夫|太太|夫人|先生|女朋友|男朋友|对象|家长|家属|家人|亲戚|亲属|父亲|母亲|爸爸|妈妈|爸|妈|儿子|女儿|哥哥|姐姐|弟弟|妹妹|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|舅舅|舅妈|叔叔|婶婶|阿姨|姑姑|姑妈|姨妈|小姨|大伯|伯父|侄子|外甥|岳父|岳母|公公|婆婆|同事|领导|老板|主管|朋友|好友|室友|舍友|邻居|房东|同学|老乡|紧急联系人|联系人|担保人)';
const YOUR_ZH = '(?:你们的|您们的|你的|您的|你们|你|您)';

// "请问是王强的爱人吗", "您是他姐姐吧", "你是刘洋的同事对吧": the reader is not the holder.
const ADDRESSEE_ZH = new RegExp(
  `尊敬的[\\u4e00-\\u9fa5]{1,4}(?:家属|家人|亲属|亲友|联系人)|(?:关联人|紧急联系人|联系人|家属)(?:您好|你好)|(?:您|你)关联的|是(?:不是)?[\\u4e00-\\u9fa5a-z]{1,4}的${REL_ZH}(?:吗|吧|么|嘛|对吧|是吧|\\?)|(?:您|你)是(?:他|她)(?:的)?${REL_ZH}|(?:您|你)(?:被|是)[^,;:!?。\\n]{0,8}(?:设为|留的|填的?|登记的?)${REL_ZH}`,
);
// "他那张卡拖了半年", "她欠银行的钱", "其名下账单逾期": someone else's debt.
const THIRD_DEBT_ZH =
  /(?:他|她|其)(?:的|那张|那|名下|在我行|在我们这儿?|在银行)?[^,;:!?。\n]{0,8}?(?:欠|逾期|拖欠|拖了|没还|未还|不还|卡费|账单|欠款|债)|(?:欠款|欠了|欠的钱|欠钱|已逾期|逾期未还|拖欠|拖了很久|没还|未还|卡费|违约|催款)/g;

const REL_EN =
  '(?:wife|husband|partner|spouse|fianc[eé]e?|mother|mom|mum|father|dad|son|daughter|brother|sister|cousin|aunt|uncle|grandma|grandpa|roommate|flatmate|neighbou?r|landlord|landlady|boss|employer|manager|coworker|co-worker|colleague|friend|relative|family|reference|emergency contact)';
const ADDRESSEE_EN = new RegExp(
  `\\bdo you know [a-z]+(?: [a-z]+)?\\?|\\b(?:a )?message for [a-z]+'s ${REL_EN}\\b|\\b(?:is this|am i speaking (?:to|with)|are you|you must be|you're|you are)\\b[^.!?\\n]{0,25}?\\b(?:[a-z]+'s|his|her|their) ${REL_EN}\\b|\\blisted (?:you )?as (?:an? |the |their |his |her )?(?:emergency )?(?:contact|reference)\\b`,
);
const THIRD_DEBT_EN =
  /\b(?:he|she|they)(?:'s|'re| is| are| has| have|'ve)?\b[^.!?\n]{0,30}?\b(?:owes?|owing|behind on|months behind|weeks behind|overdue|past[- ]due|unpaid|in debt|delinquent|late on)\b|\b(?:his|her|their) (?:card|account|balance|debt|loan|bill|payments?)\b[^.!?\n]{0,30}?\b(?:overdue|past due|unpaid|behind|late|owed|in default)\b/g;

const BODIES_ZH =
  '(?:村委会?|居委会?|村支书|支书|村长|村干部|网格员|物业|房东|街道办?|社区|业主群|家族群|家长群|同学群|单位群|工作群|小区群|村里群|朋友圈)';

export const ADDRESSEE_CHECKS: readonly StructuralCheck[] = [
  {
    id: 'privacy.third_party',
    lang: 'zh',
    gate: ['欠', '逾期', '拖', '没还', '未还', '不还', '卡费', '账单', '债', '违约', '催款'],
    needs: ADDRESSEE_ZH,
    acts: [THIRD_DEBT_ZH],
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    gate: [
      'owe',
      'behind',
      'overdue',
      'past due',
      'past-due',
      'unpaid',
      'debt',
      'delinquent',
      'late on',
      'default',
    ],
    needs: ADDRESSEE_EN,
    acts: [THIRD_DEBT_EN],
  },
  {
    // "麻烦您让您儿子把卡上的钱还了", "叫你老公赶紧还钱": the reader's relative is made to pay.
    id: 'privacy.relay_request',
    lang: 'zh',
    personMayAct: true,
    gate: ['让', '叫', '劝', '催', '督促', '提醒'],
    acts: [
      new RegExp(
        `(?:让|叫|劝|催|督促|提醒)${YOUR_ZH}(?:的)?${REL_ZH}[^,;:!?。\\n]{0,10}?(?:还钱|还款|还上|还清|把钱|把卡|欠款|欠的|卡上的钱|处理一下欠)`,
        'g',
      ),
      // "要不我让你表姐转告你一声": word passed to the holder through a relative.
      new RegExp(
        `(?:我|我们)?(?:让|请|叫|找|托)${YOUR_ZH}(?:的)?${REL_ZH}(?:帮忙)?(?:转告|转达|带话|带个话|捎话|通知|提醒|说一声)`,
        'g',
      ),
    ],
  },
  {
    // "已经和你们村委会联系过了", "居委会的王阿姨说会上你家坐坐", "出现在你们小区业主群里".
    id: 'privacy.third_party',
    lang: 'zh',
    gate: ['村', '居委', '网格', '物业', '房东', '街道', '社区', '群', '朋友圈'],
    acts: [
      new RegExp(
        `(?:跟|和|与|给|向|找|联系了?|通知了?)${YOUR_ZH}?(?:的|们的?)?${BODIES_ZH}[^,;:!?。\\n]{0,12}?(?:联系|通(?:过|了)?电话|打(?:过|好|了)?招呼|说(?:过|了|好)|反映|沟通|聊过|讲过|讲了)`,
        'g',
      ),
      new RegExp(
        `${BODIES_ZH}(?:的)?[^,;:!?。\\n]{0,8}?(?:说|答应|表示)(?:了)?(?:会|要)?[^,;:!?。\\n]{0,8}?(?:去|上|到)(?:你|您)家`,
        'g',
      ),
      new RegExp(
        `(?:出现在|发到|发在|传到|转到|挂到|挂在|贴到|晒到)${YOUR_ZH}?(?:的|们的?)?(?:家族群|业主群|家长群|同学群|单位群|工作群|小区群|村里群|朋友圈|村里|小区)`,
        'g',
      ),
    ],
  },
  {
    // "给你老家寄了催款函", "发到你们公司": letters and notices sent to family or work.
    id: 'privacy.third_party',
    lang: 'zh',
    gate: ['寄', '函', '通知书'],
    acts: [
      /(?:给|向|往|到)(?:你|您)?(?:们)?(?:的)?(?:老家|家里|父母|爸妈|父亲|母亲|单位|公司|村里|亲戚)[^,;:!?。\n]{0,6}?(?:寄|发|送)(?:了|过)?[^,;:!?。\n]{0,4}?(?:催款函|催收函|律师函|通知书|函|信)/g,
    ],
  },
  {
    // "We've mailed a letter to your parents' house", "We called your front desk at work".
    id: 'privacy.third_party',
    lang: 'en',
    gate: [
      'your parents',
      'your mother',
      'your father',
      'your mom',
      'your dad',
      'your family',
      'your front desk',
      'your reception',
      'your office',
      'your workplace',
      'your work',
      'your job',
    ],
    acts: [
      /\b(?:mailed|sent|posted|delivered|faxed)\b[^.!?\n]{0,30}?\bto your (?:parents|mother|father|mom|dad|family|relatives|employer|office|workplace|work)\b/g,
      /\b(?:called|phoned|rang|contacted|visited|stopped by|emailed)\b[^.!?\n]{0,8}?\byour (?:front desk|reception|office|workplace|work(?:place)?|job|employer|company|parents|mother|father|mom|dad|family)\b/g,
    ],
  },
  {
    // "We spoke with your HOA president", "could end up in your family group chat".
    id: 'privacy.third_party',
    lang: 'en',
    gate: [
      'spoke',
      'spoken',
      'talked',
      'been in touch',
      'reached out',
      'called',
      'had a word',
      'checked',
      'end up',
      'ends up',
      'show up',
      'shows up',
      'appear',
      'posted',
      'shared',
      'circulat',
      'land',
    ],
    acts: [
      /\b(?:spoke|spoken|talked|been in touch|reached out|called|had a word|checked)\b[^.!?\n]{0,12}\b(?:with|to) your (?:hoa|landlord|pastor|church|building manager|neighbou?rs|employer|boss|hr|coworkers|colleagues)\b/g,
      /\b(?:end(?:s)? up|show(?:s)? up|appear|posted|shared|circulat\w+|land(?:s)?)\b[^.!?\n]{0,20}\b(?:in|on|to) (?:your|the) (?:family |neighbou?rhood |work |office |church |school |class )?(?:group chat|family chat|whatsapp group|community board|hoa board)\b/g,
    ],
  },
];
