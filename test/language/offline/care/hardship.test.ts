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
