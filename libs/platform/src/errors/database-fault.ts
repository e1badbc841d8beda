/**
 * Recognises errors that mean "the database cannot be reached right now" rather than "this
 * request was wrong": a server shutting down or killing our connection, a refused or reset
 * socket, a pool that cannot connect. Clients should retry these; nothing about them is a bug.
 */

// SQLSTATE codes: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections,
// and class 08 (connection exception).
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006', '08P01']);

// Socket errors from node's net module, as pg passes them on.
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

// pg and pg-pool raise these without a code.
const MESSAGES: Array<[RegExp, string]> = [
  [/Connection terminated/i, 'connection terminated'],
  [/Client was closed and is not queryable|Client has encountered a connection error/i, 'connection terminated'],
  [/timeout exceeded when trying to connect|Connection timeout/i, 'connection timed out'],
  [/is not currently accepting connections/i, 'database not accepting connections'],
  [/the database system is (starting up|shutting down|in recovery mode)/i, 'database restarting'],
];

const REASONS: Record<string, string> = {
  '57P01': 'connection terminated by the server',
  '57P02': 'database crashed',
  '57P03': 'database restarting',
  '53300': 'too many connections',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
};

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  // TypeORM keeps pg's error as driverError; Node and pg chain theirs as cause (AggregateError for IPv4+IPv6 tries).
  while (current && typeof current === 'object' && chain.length < 5 && !chain.includes(current)) {
    chain.push(current);
    const next = current as { driverError?: unknown; cause?: unknown; errors?: unknown[] };
    current = next.driverError ?? next.cause ?? next.errors?.[0];
  }
  return chain;
}

/** A short, stable description of why the database is unreachable, or undefined when it is another kind of error. */
export function databaseFaultOf(error: unknown): string | undefined {
  for (const link of causes(error)) {
    const { code, message } = link as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (SQLSTATES.has(code) || SOCKET_CODES.has(code))) {
      return REASONS[code] ?? `connection failed (${code})`;
    }
    if (typeof message === 'string') {
      const match = MESSAGES.find(([pattern]) => pattern.test(message));
      if (match) return match[1];
    }
  }
  return undefined;
}
