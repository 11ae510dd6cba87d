import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/language/offline/index.js';
import { saysDistressPlainly } from '../../../src/language/offline/plainDistress.js';

const plainly = (text: string): boolean => saysDistressPlainly(normalise(text));

describe('saysDistressPlainly reads each phrase with its own negation', () => {
  it.each([
    "I'm not suicidal, just broke",
    "i'm not going to kill myself",
    'i have no plans to take my own life',
    "i'm not in a hopeless situation",
    '我没想不开',
    '我并不想死',
    '我从来没想过寻死',
  ])('a denial: "%s"', (text) => {
    expect(plainly(text)).toBe(false);
  });

  it.each([
    "I don't want to live anymore",
    "I can't go on like this",
    "I'm not okay, I want to die",
    "I'm not lying when I say I want to die",
    '我不想活了',
    '我不想死，但是真的活不下去了',
    '我不想还了 我想死',
  ])('said: "%s"', (text) => {
    expect(plainly(text)).toBe(true);
  });

  it.each([
    'my battery is about to die, quick question how do i pay',
    "laptop's gonna die in a second, send me the payment details",
    "my car's about to die and i need it for work",
  ])('a thing that runs out, not the person: "%s"', (text) => {
    expect(plainly(text)).toBe(false);
  });

  it.each([
    "my phone's about to die and honestly so am i",
    "i'm about to die",
    'I want to die, my phone is dying too',
  ])('the person: "%s"', (text) => {
    expect(plainly(text)).toBe(true);
  });
});
