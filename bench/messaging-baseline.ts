import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { Server } from 'socket.io';

/**
 * The yardstick for `npm run bench:messaging`: a bare socket.io server on the same PostgreSQL with
 * no authentication, rules or log — on `send` it does ONE INSERT, broadcasts to the room, then
 * acknowledges. Its pool has pg's default size (10), as the api's does.
 */
export async function startBaseline(databaseUrl: string): Promise<{ url: string; count(): Promise<number>; close(): Promise<void> }> {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  await pool.query(`CREATE TABLE IF NOT EXISTS bench_baseline_messages (
    id bigserial PRIMARY KEY, room text NOT NULL, client_id uuid NOT NULL, body text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);
  const http = createServer();
  const io = new Server(http);
  io.on('connection', (socket) => {
    socket.on('join', (payload: { room: string }, ack: (r: unknown) => void) => {
      void socket.join(payload.room);
      ack({ ok: true });
    });
    socket.on('send', (payload: { room: string; clientId: string; body: string }, ack: (r: unknown) => void) => {
      pool
        .query<{ id: string }>('INSERT INTO bench_baseline_messages (room, client_id, body) VALUES ($1, $2, $3) RETURNING id', [
          payload.room, payload.clientId, payload.body,
        ])
        .then(({ rows: [row] }) => {
          const message = { id: Number(row.id), room: payload.room, clientId: payload.clientId, body: payload.body };
          io.to(payload.room).emit('message', message);
          ack({ ok: true, data: message });
        })
        .catch((error: unknown) => ack({ ok: false, error: String(error) }));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    count: async () => Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM bench_baseline_messages')).rows[0].n),
    close: async () => {
      await io.close();
      await pool.end();
    },
  };
}
