import { Injectable, Logger } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { AppConfig } from '@safeguard/config';
import { OutgoingEmail } from './outbox.service';

/** Sends through SMTP when SMTP_URL is set; otherwise logs, so development needs no mail server. */
@Injectable()
export class MailTransport {
  private readonly logger = new Logger('Mail');
  private readonly transporter: Transporter | null;

  constructor(private readonly config: AppConfig) {
    this.transporter = config.mail.SMTP_URL ? nodemailer.createTransport(config.mail.SMTP_URL) : null;
  }

  async send(email: OutgoingEmail): Promise<void> {
    if (!this.transporter) {
      this.logger.log(`(no SMTP_URL) to=${email.recipient} subject="${email.subject}"\n${email.body}`);
      return;
    }
    await this.transporter.sendMail({
      from: this.config.mail.MAIL_FROM,
      to: email.recipient,
      subject: email.subject,
      text: email.body,
    });
  }
}
