import { describe, expect, it } from 'vitest';
import { turnHeapExecArgv, YOUNG_GENERATION_MB } from '../../src/bot/turnHeap.js';

describe('the service worker young generation', () => {
  it('adds the semi-space size after the parent flags (tsx loaders kept in order)', () => {
    expect(turnHeapExecArgv(['--import', 'tsx'])).toEqual([
      '--import',
      'tsx',
      `--max-semi-space-size=${YOUNG_GENERATION_MB}`,
    ]);
  });

  it('leaves a size the operator gave on the command line alone', () => {
    expect(turnHeapExecArgv(['--max-semi-space-size=8'])).toEqual(['--max-semi-space-size=8']);
    expect(turnHeapExecArgv(['--max-semi-space-size', '64'])).toEqual(['--max-semi-space-size', '64']);
  });

  it('leaves a size given in NODE_OPTIONS alone, and ignores other NODE_OPTIONS', () => {
    expect(turnHeapExecArgv([], '--enable-source-maps  --max-semi-space-size=4')).toEqual([]);
    expect(turnHeapExecArgv([], '--max-old-space-size=512')).toEqual([
      `--max-semi-space-size=${YOUNG_GENERATION_MB}`,
    ]);
  });

  it('does not change the array it was given', () => {
    const parent = ['--import', 'tsx'];
    turnHeapExecArgv(parent);
    expect(parent).toEqual(['--import', 'tsx']);
  });
});
