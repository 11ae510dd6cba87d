import { describeCare } from '../careCases.js';

/**
 * Method looked up: how much of a drug it takes, a lethal dose, a height, a method asked under a
 * cover story (for a friend, for a story), a timetable looked at "for the wrong reasons".
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/method/lookups.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: method/lookups', {
  distress: [
    // distressRound22: round 22: distress by class (own check set S14, round S14 half a seen) › reads %s as distress
    '在网上查吃多少片会致死，反正这些钱还不上',
    'looked up how much ibuprofen is fatal. no way i can pay this',
    'googled the tallest car park in town, the bills won’t stop',
    // distressRound23: care round 23 (outside blind half classes, new phrasings) › reads %s as distress
    'guess ill just go to sleep and not wake up, saves everyone the trouble lol 🙃',
  ],
  ordinary: [
    // distressRound12: the round-12 distress classes › reads everyday talk in the same words: %s
    '唔好意思，呢个月真系好紧，迟几日还得唔得',
    // distressRound19: round 19: distress by class, and its everyday twins › reads a means in its ordinary use, with a time, as ordinary
    "stocked up on my mum's insulin this week so money is tight",
    // distressRound22: round 22: distress by class (own check set S14, round S14 half a seen) › reads %s as ordinary
    '刮胡子的时候脸上划了一道口子，没事，账单多少',
    'googled the tallest building in the city for a school project',
    // distressRound23: care round 23 (outside blind half classes, new phrasings) › does not read %s as distress
    'going to sleep till noon and not wake up for anything, call me monday',
  ],
});
