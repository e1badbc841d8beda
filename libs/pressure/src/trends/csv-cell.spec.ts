import { csvCell } from '@safeguard/platform';

describe('csvCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 121', "'+44 121"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
  ])('defuses %s as a formula', (value, text) => {
    expect(csvCell(value)).toBe(`"${text}"`);
  });

  it('quotes commas, quotes and line breaks, and leaves plain values alone', () => {
    expect(csvCell('Birmingham, West Midlands')).toBe('"Birmingham, West Midlands"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('2025-03')).toBe('2025-03');
    expect(csvCell(4)).toBe('4');
    expect(csvCell(null)).toBe('');
  });
});
