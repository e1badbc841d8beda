import { MESSAGING_RULES } from '../messaging-rules';

/** A token bucket per socket: a steady rate with a burst above it. */
export class SocketRate {
  private tokens: number = MESSAGING_RULES.socketBurst;
  private last = Date.now();

  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(MESSAGING_RULES.socketBurst, this.tokens + ((now - this.last) / 1000) * MESSAGING_RULES.socketEventsPerSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
