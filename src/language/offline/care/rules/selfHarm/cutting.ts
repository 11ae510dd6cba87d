import type { ClassRule } from '../../distressRule.js';
import { DENIED_OR_FICTION, DENIED_OR_ON_SCREEN } from '../sharedWords.js';

/**
 * Self-harm: cutting escalating or kept up, again with no place left, told as relief, bleeding now.
 */

/** Where self-harm is told: an arm, a wrist, a thigh; cuts or marks that keep coming. */
const BODY_ZH = '(?:手腕|胳膊|手臂|大腿|小臂|腿上|身上|肚子上|手上)';

/** What explains a cut away: cooking, shaving, a pet, sport, an operation. */
const INJURY_ERRAND =
  /切菜|做饭|刮胡子|剃须|猫|狗|抓的|摔|打球|扭|手术|车祸|工伤|纹身|过敏|蚊子|\b(?:kitchen|cooking|chopping|shav\w*|cat|dog|kitten|puppy|scratch\w*|fell|fall|surgery|operation|tattoo|sport|football|rugby|gym|paper cut|mandoline|bramble\w*|gardening|work accident)\b/;

/** A cut, and blood that does not stop. */
const BLEEDING =
  /(?:割|划)(?:了|开了|破了|伤了|得很深|好深)?[^。!?]{0,8}血[^。!?]{0,3}(?:一直流|止不住|流了一地|流个不停|停不下来|不停地?流|流不停|流好多|流了好多|流满)|\bcut (?:my (?:wrists?|arms?|thighs?|legs?)|myself|deep)\b[^]{0,40}\b(?:bleed\w*|blood)\b|\bblood (?:everywhere|all over (?:the|my) \w+)\b/;

/** What the blood alone needs: a cut, "I did it", the calls. */
const BLEEDING_NEEDS =
  /割|划|电话|\b(?:cut|i did it|did it again|wrists?|myself|sorry|calling|phone|answer)\b/;

/** An everyday cut or bleed: cooking, a nose, a tooth, a doctor on the way. */
const BLEEDING_ERRAND =
  /切菜|做饭|厨房|包好|医院|急诊|诊所|鼻血|拔牙|牙|缝针|打针|摔|\b(?:kitchen|cooking|chopping|slicing|shav\w*|can lid|glass|nose\w*|tooth|teeth|dentist|period|urgent care|er|a&e|hospital|doctor|stitches|fell|cat|dog|scratch\w*|paper cut)\b/;

export const CUTTING_RULES: readonly ClassRule[] = [
  // Self-harm escalating: "割了几次手腕，这次想割深一点".
  {
    id: 'cuttingEscalating',
    family: 'method',
    cue: /(?:割|划)(?:了|得)?(?:好|几|很|深|更)|这次(?:想|要)?(?:割|划)/,
    pattern:
      /(?:割|划)(?:了)?(?:好|几|很多|好多)次(?:手腕|手臂|胳膊|手)|(?:割|划)(?:得)?(?:深一点|深点|更深)|这次(?:想|要)?(?:割|划)(?:得)?深/,
  },
  // Cutting again, no place left: "又忍不住划手了…胳膊上都没地方了", "running out of places to cut".
  // The cue holds every alternative's own words: "胳膊上都没地方了" said alone is read too (conv17: the
  // property test of ruleScript.test.ts found the pattern matching where the cue had skipped it).
  {
    id: 'cuttingAgain',
    family: 'method',
    cue: /划|割|cut|没(?:地方|好地方|一块好)/,
    pattern:
      /(?:又|忍不住|控制不住)[^。！？]{0,4}(?:划|割)(?:了)?(?:手(?!机)|手腕|胳膊|腿|自己)|(?:胳膊|手臂|手腕|腿|大腿)上(?:又)?(?:划|割)了|(?:胳膊|手臂|手腕|腿)上(?:都)?没(?:地方|好地方|一块好)|\brunning out of (?:places|room|skin) to cut\b|\bno (?:room|space|places?) left (?:on my \w+ )?to cut\b/,
    unless: /切菜|做饭|不小心|玻璃|纸划|摔|\b(?:cooking|accident\w*|glass)\b/,
  },
  // Self-harm kept up: a blade on the arm or thigh, burning, scratching till it bleeds, relief to
  // sleep, a relapse: "拿刀片在大腿上划", "划完才睡得着", "the cutting is the only thing that helps".
  {
    id: 'selfHarmKeptUp',
    family: 'method',
    cue: /刀|玻璃|圆规|划完|划了|割完|割了|掐自己|咬自己|口子|伤口|cut|burn|scratch|razor|blade|relapse|self ?harm|clean from/,
    pattern:
      /(?:刀|刀片|美工刀|小刀|剪刀|玻璃片?|圆规)[^。！？]{0,8}(?:在)?(?:手臂|胳膊|手腕|大腿|腿|身上|肚子)上?(?:划|割)|(?:刀|刀片|美工刀|小刀)(?:划|割)(?:了)?(?:手臂|胳膊|手腕|大腿|腿|自己)|(?:划|割)(?:完|了)(?:以后|之后)?(?:才|就)(?:能)?(?:睡|舒服|好受|平静|踏实|不去想)|(?:掐|咬)自己[^。！？]{0,8}(?:出血|流血|青|紫)|(?:手腕|胳膊|手臂|大腿|腿)上的?(?:口子|伤口|刀口)[^。！？]{0,10}(?:又|新的)|\b(?:the )?cutting\b[^.?!]{0,30}\b(?:only thing|helps|gets me (?:to sleep|through)|calms me|makes it stop)\b|\b(?:burn|burning|burned|burnt) (?:my (?:arms?|skin|hands?|wrists?|legs?)|myself) with\b|\bscratch(?:ed|ing)? (?:at )?my (?:arms?|legs?|skin) (?:till|until|so) (?:they|it) (?:bled|bleed)|\bclean from (?:the )?(?:razor|blade|cutting|self ?harm)\b|\brelapsed\b[^.?!]{0,30}\b(?:razor|blade|cutting|self ?harm)\b|\b(?:he|she|they) (?:cut|burned|burnt) (?:himself|herself|themselves)\b/,
    unless:
      /切菜|做饭|不小心|纹身|刮胡子|猫|狗|手术|\b(?:kettle|iron|oven|stove|pan|hob|boiling|steam|curling|chopping|cooking|shaving|accident\w*|tattoo|by mistake|kitchen|gardening|on (?:a|the) (?:fence|glass))\b/,
  },
  // Self-harm told as relief, or its marks: "手臂上又添了几条，只有划的时候才不去想账单", "the
  // only time the debt goes quiet is when i cut".
  {
    id: 'selfHarmAsRelief',
    family: 'method',
    cue: /划|割|烫|道|条|口子|刀|cut|burn|razor|blade|harm|marks|lines/,
    pattern: new RegExp(
      `${BODY_ZH}[^。！？]{0,6}(?:又)?(?:多了|添了|划了|割了)[^。！？]{0,4}(?:几道|一道|好几道|几条|好几条|道|条|口子|刀)|只有(?:在)?(?:划|割|烫)(?:下去|自己|手|一下|开)?(?:的时候)?[^。！？]{0,6}才|\\bonly (?:time|thing|way)[^.?!]{0,40}\\b(?:is|are) (?:when i(?:'m| am)? )?(?:cut|cutting|burn|burning|hurt|hurting)(?: myself)?\\b|\\b(?:new|fresh|more) (?:cuts|marks|lines) on my (?:wrists?|arms?|thighs?|legs?)\\b|\\b(?:cutting|burning) (?:again|myself again)\\b|\\bself[- ]?harm(?:ing|ed)? again\\b|\\bonly (?:thing|way)[^.?!]{0,40}\\b(?:is|are) (?:the |my )?(?:blade|razor|lighter)\\b`,
    ),
    unless: new RegExp(`${INJURY_ERRAND.source}|${DENIED_OR_FICTION.source}`),
  },
  // A cut bleeding now: "手割了 血一直流 你们的人还在打电话", "blood everywhere. i did it".
  {
    id: 'bleedingNow',
    family: 'method',
    cue: /血|bleed|blood/,
    pattern: BLEEDING,
    needs: BLEEDING_NEEDS,
    unless: new RegExp(`${BLEEDING_ERRAND.source}|${DENIED_OR_ON_SCREEN.source}`),
  },
];
