import { describe, expect, it } from 'vitest';
import { hardshipOf } from '../../../../src/language/offline/care/hardship.js';
import { careText } from '../../../../src/language/offline/care/careNormalise.js';

const kindOf = (raw: string) => hardshipOf(careText(raw).text);

describe('hardship of the household, not only of the person writing', () => {
  it.each([
    'my wife lost her job',
    'my husband lost his job last month so money is tight',
    'we both lost our jobs when the plant closed',
    'he got let go in march',
    'my son lost his job and I pay his rent',
    'they lost their income',
    '我老公失业了',
  ])('"%s" is job loss', (t) => expect(kindOf(t)).toBe('job_loss'));

  it.each(['I lost my keys', 'let go of it', 'my wife lost her phone'])('"%s" is no hardship', (t) =>
    expect(kindOf(t)).toBeUndefined(),
  );
});

describe('a partner who left the household', () => {
  it.each([
    'honestly i cant pay everything, my husband left and took the car',
    'my wife left us last month',
    'our partner moved out and stopped paying',
    '老公不要我们了，我一个人带孩子',
  ])('"%s" is a separation', (t) => expect(kindOf(t)).toBe('divorce'));

  it.each(['my husband left for work', 'my partner left early today', 'my husband left the keys'])(
    '"%s" is no hardship',
    (t) => expect(kindOf(t)).toBeUndefined(),
  );
});

describe('card fraud is a dispute, not a disaster', () => {
  it.each(['我早就报警了！卡被盗刷的事派出所有记录，你们还催', '我的卡被盗用了', '信用卡被盗刷了两万'])(
    '"%s" is no hardship',
    (t) => expect(kindOf(t)).toBeUndefined(),
  );

  it.each(['家里被盗了，钱都没了', '钱包被偷了'])('"%s" is still a loss', (t) =>
    expect(kindOf(t)).toBe('disaster'),
  );
});
