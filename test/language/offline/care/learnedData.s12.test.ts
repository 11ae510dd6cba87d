import { describeRoundTraining } from './roundTrainingData.js';

describeRoundTraining({
  round: 's12',
  checkFile: 'check-s12.json',
  minPerLanguage: 50,
  distressClasses: 4,
  ordinaryClasses: 5,
  minFresh: 200,
});
