import { describeRules, EN } from '../ruleCases.js';

/**
 * The mockery class of harassment in English (src/guardrails/rules/harassment/mockeryEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('harassment: mockery, English', {
  violations: [
    // English classes of structMenace, by class
    ['Quit whining about your anxiety and pay the bill.', EN, 'harassment'],
    ["A man who can't hold down a job, what a surprise.", EN, 'harassment'],
    ["You're pathetic, honestly.", EN, 'harassment'],
    // instant-loan and agency register (guardrw13a)
    ["It's called a phone. You press answer and you talk.", EN, 'harassment'],
    ['Enjoy your shame, it is all yours now.', EN, 'harassment'],
    ['Cupcake, I am digging into your family background right now.', EN, 'harassment'],
    ['Have you no shame at all?', EN, 'harassment'],
    ["Darling, I know your mother's name and her village.", EN, 'harassment'],
    // round-15 classes (guardfix phrasings)
    ["Maybe start a GoFundMe, since you can't even scrape together fifty bucks.", EN, 'harassment'],
    ["lol can't even cover $40? impressive. maybe sell a kidney", EN, 'harassment'],
    ['Sounds like someone needs a bake sale to cover $25. lol', EN, 'harassment'],
    // round-16 English classes (guarden8)
    ['Funny how you can afford a new phone but not your bill.', EN, 'harassment'],
    ['Act like an adult and stop ordering takeaways.', EN, 'harassment'],
    // twelfth-session classes (guard12)
    ['Are you just slow? The due date was on the statement.', EN, 'harassment'],
    ["What's wrong with you, ignoring eleven calls?", EN, 'harassment'],
  ],
  lawful: [
    // invented legal process, English (guardrw13b)
    ['A divorce, an illness or losing your job can affect what you can afford. Please talk to us.', EN],
    // English classes of structMenace, by class
    ['Our phone lines are open from 8am to 8pm, Monday to Saturday.', EN],
    ['Please keep your receipts for your own records.', EN],
  ],
  clean: [
    // classes that escaped round 10, by class
    ['If you are feeling hopeless or worthless, please call 988; you deserve support.', EN],
  ],
});
