import { EncryptedColumn } from '@safeguard/encryption';

/**
 * What a Channel panel needs from a Prevent referral (Prevent duty guidance 2023): how the
 * concern arose and the indicators are required; the rest "if known".
 */
export class PreventDetails {
  @EncryptedColumn('concerns.prevent_how_concern_arose', { nullable: true })
  howConcernArose: string | null;

  @EncryptedColumn('concerns.prevent_indicators', { nullable: true })
  indicators: string | null;

  @EncryptedColumn('concerns.prevent_ideology', { nullable: true })
  ideology: string | null;

  @EncryptedColumn('concerns.prevent_online_activity', { nullable: true })
  onlineActivity: string | null;

  @EncryptedColumn('concerns.prevent_contacts', { nullable: true })
  contacts: string | null;

  @EncryptedColumn('concerns.prevent_threats', { nullable: true })
  threats: string | null;

  @EncryptedColumn('concerns.prevent_send_context', { nullable: true })
  sendContext: string | null;

  @EncryptedColumn('concerns.prevent_family_context', { nullable: true })
  familyContext: string | null;
}

export const PREVENT_FIELDS = [
  'howConcernArose', 'indicators', 'ideology', 'onlineActivity', 'contacts', 'threats', 'sendContext', 'familyContext',
] as const satisfies ReadonlyArray<keyof PreventDetails>;

export const REQUIRED_PREVENT_FIELDS = ['howConcernArose', 'indicators'] as const satisfies ReadonlyArray<keyof PreventDetails>;
