import { databaseRefusalOf } from './database-refusal';

describe('databaseRefusalOf', () => {
  it('turns errors caused by input into the refusal they stand for', () => {
    const cases: Array<[string, string]> = [
      ['22P02', 'BAD_USER_INPUT'],
      ['22001', 'BAD_USER_INPUT'],
      ['22003', 'BAD_USER_INPUT'],
      ['22008', 'BAD_USER_INPUT'],
      ['22021', 'BAD_USER_INPUT'],
      ['22P05', 'BAD_USER_INPUT'],
      ['23502', 'BAD_USER_INPUT'],
      ['23503', 'BAD_USER_INPUT'],
      ['23505', 'CONFLICT'],
      ['54000', 'BAD_USER_INPUT'],
    ];
    for (const [sqlState, code] of cases) {
      // TypeORM's QueryFailedError copies the driver's fields, `code` among them.
      const error = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: sqlState });
      expect(databaseRefusalOf(error)?.code).toBe(code);
    }
  });

  it('never quotes the database message or names a column', () => {
    const refusal = databaseRefusalOf(Object.assign(new Error('invalid input syntax for type uuid: "secret"'), { code: '22P02', column: 'dbs_number' }));
    expect(refusal?.message).not.toContain('secret');
    expect(refusal?.field).toBeUndefined();
  });

  it('leaves our own failures alone', () => {
    for (const error of [new Error('boom'), Object.assign(new Error('deadlock'), { code: '40P01' }), null, 'text', { code: 42 }]) {
      expect(databaseRefusalOf(error)).toBeUndefined();
    }
  });
});
