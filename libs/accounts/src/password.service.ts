import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { AppConfig } from '@safeguard/config';
import { OutboxService } from '@safeguard/outbox';
import { CommonException } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { hashToken } from './invitations.service';
import { assertAcceptablePassword, hashPassword, normaliseEmail, verifyPassword } from './password';
import { PasswordResetToken } from './password-reset-token.entity';
import { SIGN_IN_RULES } from './sign-in.rules';
import { User, UserStatus } from './user.entity';

/** Changing a password, and resetting a forgotten one through a single-use link sent by e-mail. */
@Injectable()
export class PasswordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  /**
   * E-mails a reset link to an active account with a password. Says nothing about whether the
   * address is known, so the answer cannot be used to find accounts; earlier links stop working.
   */
  async requestReset(email: string, requestId: string): Promise<void> {
    const normalised = normaliseEmail(email);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: normalised })
      .getOne();
    if (!user?.passwordHash || user.status !== UserStatus.ACTIVE) {
      // Answered like any other request (so it reveals nothing); the trail says no e-mail went.
      await this.audit.record(null, new Actor(null, [], requestId), {
        action: 'accounts.password_reset_requested', entityType: 'User',
        details: { emailSent: false, reason: 'no active account', email: normalised.slice(0, 254) },
      });
      return;
    }
    const token = randomBytes(32).toString('base64url');
    await this.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [user.id]);
      await manager.insert(PasswordResetToken, {
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + SIGN_IN_RULES.passwordResetMinutes * 60_000),
      });
      await this.outbox.enqueueEmail(manager, {
        recipient: user.email,
        subject: 'Reset your Safeguard Hub password',
        body: [
          'Someone asked to reset the password of your Safeguard Hub account.',
          `Choose a new password here within ${SIGN_IN_RULES.passwordResetMinutes} minutes (the link works once):`,
          `${this.config.mail.PUBLIC_URL}/password-reset?token=${token}`,
          'You will still need your authenticator app to sign in. If this was not you, ignore this e-mail.',
        ].join('\n\n'),
      });
      await this.audit.record(manager, new Actor(user.id, [], requestId), {
        action: 'accounts.password_reset_requested', entityType: 'User', entityId: user.id, details: { emailSent: true },
      });
    });
  }

  /** Sets a new password with a reset link's token, which then stops working; returns the account. */
  async resetWithToken(manager: EntityManager, token: string, newPassword: string): Promise<string> {
    assertAcceptablePassword(newPassword, 'newPassword');
    const [rows] = await manager.query(
      `UPDATE password_reset_tokens t SET used_at = now() FROM users u
        WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.id = t.user_id AND u.status = 'ACTIVE'
        RETURNING t.user_id`,
      [hashToken(token)],
    );
    if (!rows.length) throw CommonException.invalidInput('token', 'This reset link is not valid, has expired or has been used');
    await manager.update(User, { id: rows[0].user_id }, { passwordHash: await hashPassword(newPassword) });
    return rows[0].user_id as string;
  }

  /** Changes a signed-in user's password, proven by the current one. */
  async change(manager: EntityManager, userId: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await manager
      .createQueryBuilder(User, 'u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: userId })
      .getOne();
    if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw CommonException.invalidInput('currentPassword', 'Your current password is not right');
    }
    assertAcceptablePassword(newPassword, 'newPassword');
    if (newPassword === currentPassword) throw CommonException.invalidInput('newPassword', 'Choose a password you have not used here');
    await manager.update(User, { id: userId }, { passwordHash: await hashPassword(newPassword) });
  }
}
