import { describe, expect, it } from 'vitest';
import { elapsedWords, inspectionAccessOf } from './inspection-access';

const birmingham = { id: 'la-330', name: 'Birmingham' };

describe('who reads the inspection pages', () => {
  it('lets the assigned HMI in first, then an LA manager of the authority, and nobody else', () => {
    expect(inspectionAccessOf([{ role: 'HMI', localAuthority: birmingham }])).toEqual({ role: 'HMI', authority: birmingham });
    expect(inspectionAccessOf([{ role: 'LA_MANAGER', localAuthority: birmingham }])?.role).toBe('LA_MANAGER');
    expect(inspectionAccessOf([{ role: 'LA_OFFICER', localAuthority: birmingham }])).toBeNull();
    expect(inspectionAccessOf([{ role: 'HEADTEACHER', localAuthority: null }])).toBeNull();
    expect(inspectionAccessOf([{ role: 'HMI', localAuthority: null }])).toBeNull();
  });

  it('says how long a build has run', () => {
    expect(elapsedWords(300)).toBe('just started');
    expect(elapsedWords(1200)).toBe('1 second so far');
    expect(elapsedWords(12_500)).toBe('12 seconds so far');
  });
});
