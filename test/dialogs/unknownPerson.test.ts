import { describe, expect, it } from 'vitest';
import type { UnknownPersonForm } from '../../src/core/act.js';
import { unknownPersonForm } from '../../src/dialogs/unknownPerson.js';

describe('unknownPersonForm: a chat bound to no account never hears the same reply twice (conv15)', () => {
  it('opens with the disclosure, then answers digits and other messages', () => {
    expect(unknownPersonForm(undefined, true)).toBe('first');
    expect(unknownPersonForm('first', true)).toBe('digits');
    expect(unknownPersonForm('first', false)).toBe('details');
  });

  it('changes the form when the same one would come again', () => {
    const said: UnknownPersonForm[] = [];
    let last: UnknownPersonForm | undefined;
    for (const digits of [false, false, false, true, true, false]) {
      last = unknownPersonForm(last, digits);
      said.push(last);
    }
    expect(said).toEqual(['first', 'details', 'again', 'digits', 'again', 'details']);
    for (let i = 1; i < said.length; i++) expect(said[i]).not.toBe(said[i - 1]);
  });
});
