import { describeRoundTraining } from './roundTrainingData.js';

describeRoundTraining({
  round: 's13',
  checkFile: 'check-s13.json',
  minPerLanguage: 30,
  distressClasses: 6,
  ordinaryClasses: 6,
  minFresh: 140,
});
