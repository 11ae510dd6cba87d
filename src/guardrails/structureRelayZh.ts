import type { StructuralCheck } from './structureTypes.js';

/**
 * Third parties drawn in without a listed phrase (guardzh24, issue 16): a relative's, a
 * colleague's or a teacher's number held up to the person ("你媳妇儿电话我这儿有"), a call or a
 * talk with them offered ("要不我跟他说说你的事", "打俾佢讲清楚"), the debt posted under the
 * person's videos; and collectors who present themselves as the court's or the police's
 * delegates, or a national platform wired to the courts. Each is excused when negated,
 * reported, rebutted or warned against (structure.ts).
 */

/** People around the holder, dialect forms included (老豆, 屋头, 幺爸, 媳妇儿). */
const PEOPLE =
  '(?:爸妈|父母|老爸|老妈|老豆|老母|爸爸|妈妈|你爸|你妈|爹|媳妇儿?|老婆|老公|爱人|对象|女朋友|男朋友|儿子|女儿|闺女|孩子|娃儿?|哥哥|姐姐|弟弟|妹妹|叔叔|伯伯|舅舅|阿姨|姑姑|幺爸|表哥|表姐|表弟|表妹|堂哥|堂姐|亲戚|家人|家里人|屋头|屋企人|同事|领导|老板|上司|班主任|老师|同学|室友|朋友|邻居|房东|紧急联系人|联系人)';
const CONTACT = '(?:电话|号码|手机号?|微信|联系方式)';
const GAP = (n: number): string => `[^。!?\\n]{0,${n}}?`;
const TALK =
  '(?:聊聊|谈谈|说说|讲讲|唠唠|讲清楚|说清楚|讲下|讲一讲|倾下|沟通一下|反映一下|打一个|打个电话|打一通)';
/** The debt itself, or the holder's "matter" a collector would tell. */
const DEBT = /欠|还钱|还款|逾期|债|账|帮(?:你|您)还|替(?:你|您)还|你的事|您的事|你嘅事|这事儿?|这件事/;

export const RELAY_ZH_CHECKS: readonly StructuralCheck[] = [
  {
    // "你媳妇儿电话我这儿有", "你屋头幺爸的电话我们打通了", "你同事小刘我加了": a third party's line held up.
    id: 'privacy.third_party',
    lang: 'zh',
    gate: [
      '拿到',
      '存了',
      '打通',
      '拨通',
      '加了',
      '加上',
      '我这儿有',
      '我这有',
      '我这边有',
      '我们有',
      '我哋有',
      '我有',
      '都有',
      '也有',
    ],
    acts: [
      new RegExp(
        `${PEOPLE}${GAP(6)}${CONTACT}${GAP(8)}(?:我们|我哋|我这儿?|我这边|我)${GAP(3)}(?:都|也|已经|早就)?(?:有|存了|拿到|打通|加了|加上)`,
        'g',
      ),
      new RegExp(
        `${PEOPLE}${GAP(6)}${CONTACT}${GAP(4)}(?:我们|我哋|我这儿?|我这边)?${GAP(3)}(?:打通了|拨通了)`,
        'g',
      ),
      new RegExp(`(?:你|您)的?${PEOPLE}[^,。!?\\n]{0,4}?(?:我|我们)(?:已经)?加了`, 'g'),
    ],
    needs: DEBT,
  },
  {
    // "要不我给她打一个，唠唠你欠钱这事儿", "我哋就打俾佢讲清楚", "要不要我们跟老师聊聊".
    id: 'privacy.third_party',
    lang: 'zh',
    gate: TALK.slice(3, -1).split('|'),
    acts: [
      new RegExp(
        `(?:要不|要不要|不如|就|我就|我们就|我哋就|再不|唔还)${GAP(6)}(?:我|我们|我哋)?${GAP(2)}(?:跟|和|同|给|打俾|打给|找)(?:他|她|他们|她们|佢|佢哋|${PEOPLE})${GAP(4)}${TALK}`,
        'g',
      ),
    ],
    needs: new RegExp(`${PEOPLE}|${DEBT.source}`),
  },
  {
    // "您的朋友欧阳X在我处有债务纠纷…特请您协助通知": a listener told of someone's debt and asked to pass it on.
    id: 'privacy.third_party',
    lang: 'zh',
    gate: ['在我处', '在我司', '在我行', '在我们'],
    acts: [
      new RegExp(
        `(?:你|您)的${PEOPLE}${GAP(10)}(?:在我处|在我司|在我行|在我们(?:这|这里|这儿|平台|公司|银行))${GAP(6)}(?:债务|欠款|欠钱|欠了|借款|贷款|逾期|纠纷)`,
        'g',
      ),
    ],
  },
  {
    // "在你抖音每个视频底下留言说你欠钱不还", "在业主群里@你门牌号说你欠款".
    id: 'privacy.public_exposure',
    lang: 'zh',
    gate: [
      '抖音',
      '快手',
      '微博',
      '朋友圈',
      '评论区',
      '视频底下',
      '视频下面',
      '贴吧',
      '业主群',
      '家族群',
      '同学群',
    ],
    acts: [
      /(?:抖音|快手|微博|朋友圈|评论区|视频底下|视频下面|贴吧|业主群|家族群|同学群)[^。!?\n]{0,12}?(?:留言|评论|发帖|@)[^。!?\n]{0,10}?(?:欠钱|欠款|欠债|不还|逾期|赖账)/g,
    ],
  },
  {
    // "我这边是省高院委托的调解员", "我哋系警方委托嘅", "我们是国家统一催收平台，跟法院是联网的".
    id: 'misrepresentation.authority',
    lang: 'zh',
    gate: ['委托', '授权', '指派', '特派', '派来', '联网', '统一催收', '国家催收'],
    acts: [
      /(?:我|我们|我哋|本人|我这边|我司|本公司)(?:是|系|为|作为)[^。!?\n]{0,8}?(?:法院|高院|中院|法庭|公安|警方|派出所|检察院|人民银行|人行|银保监会?|金融监管局?)[^。!?\n]{0,4}?(?:委托|授权|指派|特派|派来)/g,
      /(?:国家|全国)(?:统一)?(?:的)?催收平台|(?:跟|和|与)(?:法院|公安|警方|公检法)(?:系统)?(?:是)?联网/g,
    ],
  },
];
