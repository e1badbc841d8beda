import { isValidUpn, upnCheckLetter } from './upn';

describe('UPN check letter', () => {
  it('accepts a UPN whose check letter matches and refuses one that does not', () => {
    const body = '330201400100';
    const upn = upnCheckLetter(body) + body;
    expect(isValidUpn(upn)).toBe(true);
    expect(isValidUpn(`${upn[0] === 'A' ? 'B' : 'A'}${body}`)).toBe(false);
  });

  it('accepts a temporary UPN ending in a letter', () => {
    const body = '33020140010A';
    expect(isValidUpn(upnCheckLetter(body) + body)).toBe(true);
  });

  it('refuses the wrong shape', () => {
    expect(isValidUpn('A1234')).toBe(false);
    expect(isValidUpn('I330201400100')).toBe(false);
  });

  it('matches a worked example', () => {
    // Weighted sum of 3,3,0,2,0,1,4,0,0,1,0,0 with weights 2..13 is 75; 75 mod 23 = 6 → G.
    expect(upnCheckLetter('330201400100')).toBe('G');
  });
});
