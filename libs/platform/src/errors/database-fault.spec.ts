import { databaseFaultOf } from './database-fault';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('databaseFaultOf', () => {
  it('names connection faults from SQLSTATEs, socket codes and pg messages', () => {
    expect(databaseFaultOf(withCode('57P01', 'terminating connection due to administrator command'))).toBe('connection terminated by the server');
    expect(databaseFaultOf(withCode('ECONNREFUSED'))).toBe('connection refused');
    expect(databaseFaultOf(withCode('ECONNRESET'))).toBe('connection reset');
    expect(databaseFaultOf(withCode('08006'))).toBe('connection failed (08006)');
    expect(databaseFaultOf(new Error('Connection terminated unexpectedly'))).toBe('connection terminated');
    expect(databaseFaultOf(withCode('55000', 'database "x" is not currently accepting connections'))).toBe('database not accepting connections');
  });

  it('looks through TypeORM driverError and cause chains, and Node AggregateErrors', () => {
    expect(databaseFaultOf(Object.assign(new Error('query failed'), { driverError: withCode('57P01') }))).toBe('connection terminated by the server');
    expect(databaseFaultOf(new Error('outer', { cause: new Error('Connection terminated due to connection timeout') }))).toBe('connection terminated');
    expect(databaseFaultOf(new AggregateError([withCode('ECONNREFUSED')]))).toBe('connection refused');
  });

  it('leaves ordinary errors alone, so that they stay what they are', () => {
    expect(databaseFaultOf(withCode('23505', 'duplicate key value'))).toBeUndefined();
    expect(databaseFaultOf(new Error('Cannot read properties of undefined'))).toBeUndefined();
    expect(databaseFaultOf(undefined)).toBeUndefined();
    expect(databaseFaultOf('Connection terminated')).toBeUndefined();
  });
});
