import type { ClassRule } from '../../distressRule.js';
import { DENIED_WITH_LAUGH } from '../sharedWords.js';

/**
 * Method by traffic: being hit by a car wished for, driving to crash, waiting for the truck or the
 * train, a means of transport weighed against paying.
 */

/** A means by transport: a train, the tracks, a lorry, the wheel, a platform, a reservoir. */
const TRANSPORT =
  /火车|列车|高铁|动车|铁轨|铁路|道口|站台|地铁|大货车|货车|卡车|渣土车|方向盘|油门|\b(?:trains?|train times|timetable|tracks|railway|level crossing|crossing|platform|lorry|lorries|truck|bus|motorway|wheel|steering)\b/;

/** The debt ended by a means: "比还钱快", "债就没了", "quicker than ever paying this off". */
const ENDS_DEBT_ZH =
  '(?:就?不用(?:再)?还了|债就(?:跟我)?没(?:了|关系了)|比还(?:钱|债|这些钱|这笔钱|卡)(?:还)?(?:快|容易|省事|简单|干脆)|(?:什么|一切)都(?:解决|结束)了|就(?:都)?结束了)';

const ENDS_DEBT_EN =
  "(?:(?:quicker|faster|easier|cheaper|simpler|better) than (?:ever )?(?:paying|pay(?:ing)?) (?:this|it|the (?:debt|balance|card)|you|your lot|off)|(?:quicker|faster|easier|cheaper|simpler) than (?:the|your|these|my) (?:instalments|installments|payments|repayments|debt|plan)|won'?t need (?:a|the|any) (?:payment )?plan|debt'?s not my problem|not my problem after)";

/** Reasons for a train, a lorry or a platform in a message about a payment. */
const TRANSPORT_ERRAND =
  /回老家|出差|网点|柜台|分期|追尾|撞了我|医院|堵车|信号|坐车|赶车|开会|会议|上班|下班|到站|到家|一次性|全额|\b(?:in full|paid|branch|commute|cancel+ed|delayed|repair\w*|missed (?:my|your) call|visit\w*|holiday|trip|went into (?:the back of )?my car|hit my car|crashed into me|signal|ticket)\b/;

export const TRAFFIC_RULES: readonly ClassRule[] = [
  // Being hit by traffic wished for, or with insurance paying out: "想直接冲出去 被车撞了保险还能赔点".
  {
    id: 'hitByTraffic',
    family: 'method',
    cue: /冲出去|撞|truck|car|bus|traffic/,
    pattern:
      /(?:想|恨不得|干脆|真想)[^。！？]{0,10}(?:冲出去|冲到马路|冲到路中间|被车撞|让车撞|撞上去|撞死)|被车撞(?:死|了)?[^。！？]{0,12}(?:保险|赔)|\b(?:step|walk|run) (?:out )?in front of (?:a|the) (?:car|truck|bus|train)\b|\bhit by (?:a|the) (?:car|truck|bus)\b[^.?!]{0,40}\b(?:insurance|pay ?out|would pay|solve)\b/,
    unless: /差点被车撞|险些|\b(?:almost|nearly) (?:got )?hit\b/,
  },
  // Driving to crash: "不想踩刹车了", "if i crash the car tonight it solves everything".
  {
    id: 'drivingToCrash',
    family: 'method',
    cue: /刹车|撞|crash|brake/,
    pattern:
      /不想(?:再)?踩刹车|(?:想|就)(?:直接)?(?:开车)?撞(?:上去|过去|墙|树|护栏|桥墩)|\bcrash(?:ing)? (?:the|my) car\b[^.?!]{0,30}\b(?:solves?|fix(?:es)?|ends?) (?:everything|it all|all of (?:this|it)|my problems)\b|\b(?:don'?t|do not|not going to) (?:want to )?(?:brake|hit the brakes?)\b/,
  },
  // A truck or train waited for, one step away: "每天下班都在那个路口等大货车 就差一步", "i stand at
  // the crossing waiting for the lorries. one step", "总想往车底下冲".
  {
    id: 'waitingForTheTruck',
    family: 'method',
    cue: /车|lorr|truck|train|express|traffic|bus|freight/,
    pattern:
      /(?:等|看着?|盯着)[^。！？]{0,8}(?:大货车|大卡车|货车|卡车|火车|车流|渣土车)[^。！？]{0,12}(?:就?差(?:一步|那么一下|一点就)|只差一步|迈一步|迈出去|走(?:过|出)去|冲出去)|往车(?:底下?|轮下|前面?)(?:冲|钻|跳|扑)|\b(?:wait(?:ing)?|stand(?:ing)?|stood|sit(?:ting)?)\b[^.?!]{0,40}\b(?:lorr(?:y|ies)|trucks?|trains?|express|traffic|freight)\b[^]{0,30}\b(?:one step|just a step|a single step|one more step|so close every time)\b|\bstep in front of (?:a|the) (?:bus|train|truck|lorry|car)\b/,
    unless:
      /没赶上|赶上|迟到|错过|上车|坐上|挤上|赶不上|\b(?:late|missed|catch|caught|on time|school run|commute)\b/,
  },
  // Driving into something on purpose: "thinking of driving into a wall on the way home", "steering
  // into the oncoming lorry", "往大货车底下钻", "开车…直接开下去".
  {
    id: 'drivingInto',
    family: 'method',
    cue: /(?:往|朝)(?:大)?(?:货|卡|火|公交|渣土)?车|油门|方向盘|开车|steer|swerv|driv|straight|plough|crash/,
    pattern:
      /(?:往|朝)(?:大)?(?:货车|卡车|车|火车|公交车?|渣土车)(?:底下|下面|轮子底下)(?:钻|冲|扑|撞)|(?:一脚油门|油门踩到底|方向盘一(?:打|歪|转))[^。！？]{0,8}(?:冲出|冲下|冲进|撞)|开车[^。！？]{0,10}(?:直接)?(?:开|冲)(?:下去|进(?:江|河|海|水))|\b(?:steer(?:ing)?|swerv(?:e|ing)|driv(?:e|ing)|go(?:ing)? straight|plough(?:ing)?|crash(?:ing)? (?:the|my) car)\b[^.?!]{0,20}\b(?:into|off) (?:the |that |a |an )?(?:oncoming|lorry|truck|tree|wall|bridge|pillar|cliff|barrier|river|central reservation)\b(?! (?:toll|services|car park))/,
    needs:
      /想|真想|老想|\b(?:thinking|tempted|want|wanted|wanna|wish|one of these days|i'?ll just|gonna|going to|could just|might just|make it (?:all )?stop|so done|not (?:even )?joking|seriously)\b/,
    unless:
      /差点|险些|追尾|被撞|理赔|保险|\b(?:almost|nearly|someone|somebody|insurance|written off|on the ice|accident|up the wall|parked)\b/,
  },
  // A means by transport weighed against paying: "had a look at the train times, quicker than
  // paying", "方向盘一打 债就没了".
  {
    id: 'transportWeighedAgainstPaying',
    family: 'method',
    cue: TRANSPORT,
    pattern: new RegExp(
      `(?:${TRANSPORT.source})[^]{0,80}?(?:${ENDS_DEBT_ZH}|\\b${ENDS_DEBT_EN}\\b)|(?:${ENDS_DEBT_ZH}|\\b${ENDS_DEBT_EN}\\b)[^]{0,40}?(?:${TRANSPORT.source})`,
    ),
    unless: new RegExp(`${TRANSPORT_ERRAND.source}|${DENIED_WITH_LAUGH.source}`),
  },
];
