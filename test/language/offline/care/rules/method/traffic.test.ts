import { describeCare } from '../careCases.js';

/**
 * Method by traffic: being hit by a car wished for, driving to crash, waiting for the truck or the
 * train, a means of transport weighed against paying.
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/method/traffic.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: method/traffic', {
  distress: [
    // distressRound17: round 17: distress by class (own set S11, round S11 half a seen) › still hears the classes said another way
    'thinking of ploughing into the barrier on the motorway tonight',
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as distress
    '查了高铁时刻表，往站台下一跳，比还这些钱快多了',
    'a truck on the motorway would be faster than your repayments, honestly',
  ],
  ordinary: [
    // distressRound15: round 15: distress by class (own set 15, own blind 15) › reads %s as no crisis
    '每天早上在路口等公交车 差一点就没赶上',
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as ordinary
    "bought pesticide on this card. if it isn't refunded i will take it up with the ombudsman",
    'a truck hit my car on the motorway, payment will be late',
    // distressRound24: care round 24 (outside round S15 half a classes, new phrasings) › does not read %s as distress
    "nosebleed won't stop, on my way to urgent care, call me later",
  ],
});
