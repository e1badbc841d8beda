import fc from 'fast-check';

/**
 * Strings people (and attackers) actually send: injection shapes, unicode that breaks naive
 * code (emoji, right-to-left, combining marks, NUL, lone surrogates) and sizes past any limit.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  "'; DROP TABLE children; --",
  "' OR '1'='1",
  '1; SELECT pg_sleep(5)',
  '$1',
  '%',
  '_',
  '\\',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  '[click](javascript:alert(1))',
  '![x](http://evil.example/x.png)',
  '# Heading\n\n* list\n\n```\ncode\n```',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '/dev/null',
  'C:\\con\\aux',
  '{"$where":"1==1"}',
  '{"__proto__":{"admin":true}}',
  '[]',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e309',
  '99999999999999999999999999',
  '0.000000000000000000001',
  '2024-02-30',
  '0000-00-00',
  '9999-12-31T23:59:59Z',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '{{7*7}}',
  '${7*7}',
  '=cmd|\' /C calc\'!A0',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  '\ufeffBOM',
  '\u202egnp.exe',
  'مرحبا بالعالم',
  'שלום עולם',
  'Z\u0351\u0352\u0353\u0354a\u0300\u0301\u0302\u0303l\u0316\u0317\u0318g\u0324\u0325o',
  '👩‍👩‍👧‍👦🏳️‍🌈🇬🇧',
  '\u0007\u001b[31mred',
  'line\u2028sep\u2029para',
  '\uffff\ufffe',
  'e\u0301'.repeat(50),
  'a'.repeat(256),
  'é'.repeat(5000),
  'x'.repeat(100_001),
];

const hostileString = fc.constantFrom(...HOSTILE_STRINGS);

/** Any string, weighted towards the hostile ones; 'binary' units include lone surrogates. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 8 }), hostileString, fc.string({ maxLength: 8 })).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 300, maxLength: 2_000 }) },
);

export const anyInt: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -1, 1, 2_147_483_647, -2_147_483_648, 59, 1440, 100_000),
  fc.integer(),
);

export const anyFloat: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 0.1, 1e-12, 123.456789123, 1e15, -1e15, 1.7976931348623157e308, Number.MIN_VALUE),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Values of the wrong JSON type: GraphQL must refuse them before any resolver runs. */
export const wrongShape: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, 0, 1.5, '', 'x', [], {}, [null], { nested: { deeper: ['x'] } }),
  fc.jsonValue({ maxDepth: 2 }),
);
