import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { FieldCipher } from '@safeguard/encryption';
import { CommonException } from '@safeguard/platform';
import { RecoveryCode } from './recovery-code.entity';
import { SIGN_IN_RULES } from './sign-in.rules';
import { matchTotp, newRecoveryCode, newTotpSecret, recoveryCodeHash, totpQrCodeDataUrl, totpUri } from './totp';
import { User } from './user.entity';

/** The column the secret is bound to when encrypted: a value copied into another column fails. */
export const TOTP_SECRET_CONTEXT = 'users.totp_secret';

export interface TotpEnrolmentStart {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
  recoveryCodes: string[];
}

export type SecondFactorMethod = 'TOTP' | 'RECOVERY_CODE';

/** Why a code was refused: wrong, or a TOTP code already used (a replay). */
export type SecondFactorRefusal = 'WRONG_CODE' | 'CODE_REPLAYED';

export interface SecondFactorMatch {
  method: SecondFactorMethod;
  /** This code confirmed a pending enrolment. */
  enrolled: boolean;
  /** Recovery codes still unused after this one. */
  recoveryCodesLeft?: number;
}

interface FactorRow {
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  totp_last_step: number | null;
}

/**
 * The second factor: an authenticator app (TOTP, RFC 6238) and single-use recovery codes. Every
 * role in this portal can read a child's record or a governance check, so every account needs one.
 */
@Injectable()
export class SecondFactorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  seal(secret: string): string {
    return this.cipher.encrypt(secret, TOTP_SECRET_CONTEXT);
  }

  async isEnrolled(userId: string): Promise<boolean> {
    const [row] = await this.dataSource.query('SELECT totp_enabled_at IS NOT NULL AS enrolled FROM users WHERE id = $1', [userId]);
    return Boolean(row?.enrolled);
  }

  /**
   * A new secret and recovery codes, pending until a code from the app confirms them. Starting
   * again replaces what an unfinished enrolment left; a confirmed authenticator is not replaced here.
   */
  async beginEnrolment(user: Pick<User, 'id' | 'email'>, manager: EntityManager = this.dataSource.manager): Promise<TotpEnrolmentStart> {
    const [row] = await manager.query('SELECT totp_enabled_at FROM users WHERE id = $1 FOR UPDATE', [user.id]);
    if (row?.totp_enabled_at) throw CommonException.conflict('An authenticator app is already set up for this account');
    const secret = newTotpSecret();
    const recoveryCodes = Array.from({ length: SIGN_IN_RULES.recoveryCodeCount }, newRecoveryCode);
    await manager.update(User, { id: user.id }, { totpSecret: this.seal(secret), totpEnabledAt: null, totpLastStep: null });
    await manager.delete(RecoveryCode, { userId: user.id });
    await manager.insert(RecoveryCode, recoveryCodes.map((code) => ({ userId: user.id, codeHash: recoveryCodeHash(code) })));
    const otpauthUri = totpUri(user.email, secret);
    return { secret, otpauthUri, qrCodeDataUrl: await totpQrCodeDataUrl(otpauthUri), recoveryCodes };
  }

  /**
   * Checks a code: a TOTP code of the app (confirming a pending enrolment), or, once enrolled, an
   * unused recovery code. Otherwise why not: a wrong code, or a TOTP code of a step already used.
   */
  async check(userId: string, code: string): Promise<SecondFactorMatch | SecondFactorRefusal> {
    const trimmed = code.trim();
    const [row]: FactorRow[] = await this.dataSource.query(
      'SELECT totp_secret, totp_enabled_at, totp_last_step FROM users WHERE id = $1',
      [userId],
    );
    if (!row?.totp_secret) return 'WRONG_CODE';
    const secret = this.cipher.decrypt(row.totp_secret, TOTP_SECRET_CONTEXT);
    const step = await matchTotp(secret, trimmed, row.totp_last_step);
    if (step !== null) {
      // Conditional on the step, so two requests racing with one code cannot both succeed.
      const [, accepted] = await this.dataSource.query(
        `UPDATE users SET totp_last_step = $2, totp_enabled_at = coalesce(totp_enabled_at, now())
          WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`,
        [userId, step],
      );
      return accepted === 1 ? { method: 'TOTP', enrolled: !row.totp_enabled_at } : 'CODE_REPLAYED';
    }
    if (row.totp_last_step !== null && (await matchTotp(secret, trimmed, null)) !== null) return 'CODE_REPLAYED';
    if (!row.totp_enabled_at) return 'WRONG_CODE';
    const [, used] = await this.dataSource.query(
      `UPDATE recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL`,
      [userId, recoveryCodeHash(trimmed)],
    );
    if (used !== 1) return 'WRONG_CODE';
    const recoveryCodesLeft = await this.dataSource.getRepository(RecoveryCode).countBy({ userId, usedAt: IsNull() });
    return { method: 'RECOVERY_CODE', enrolled: false, recoveryCodesLeft };
  }
}
