import { CommonException } from '../errors/domain.exception';
import { StorableTextPipe } from './storable-text.pipe';

const pipe = new StorableTextPipe();
const refusal = (value: unknown) => {
  try {
    pipe.transform(value, { type: 'body', data: 'input' });
    return undefined;
  } catch (error) {
    return error as CommonException;
  }
};

describe('StorableTextPipe', () => {
  it('lets ordinary and unusual but valid text through', () => {
    const input = { note: 'مرحبا 👩‍👩‍👧‍👦 Z\u0351a\u0300lgo <script>', list: ['שלום', '\u202e'], count: 3, flag: true, none: null };
    expect(refusal(input)).toBeUndefined();
  });

  it('refuses a NUL byte, naming where it is', () => {
    const error = refusal({ safeguarding: { childViews: 'a\u0000b' } });
    expect(error?.code).toBe('BAD_USER_INPUT');
    expect(error?.field).toBe('input.safeguarding.childViews');
  });

  it('refuses lone surrogates, in lists too', () => {
    expect(refusal({ userIds: ['ok', 'x\ud800'] })?.field).toBe('input.userIds[1]');
    expect(refusal('\udfff')?.field).toBe('input');
  });

  it('leaves binary bodies and values from custom decorators alone', () => {
    expect(refusal(Buffer.from([0, 0, 0]))).toBeUndefined();
    expect(pipe.transform({ name: '\u0000' }, { type: 'custom' })).toEqual({ name: '\u0000' });
  });
});
