import { describeRoundTraining } from './roundTrainingData.js';

describeRoundTraining({
  round: 's14',
  checkFile: 'check-s14.json',
  minPerLanguage: 35,
  distressClasses: 7,
  ordinaryClasses: 7,
  minFresh: 139,
});
