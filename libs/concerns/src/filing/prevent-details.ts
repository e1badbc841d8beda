import { Column } from 'typeorm';

/**
 * What a Channel panel needs from a Prevent referral (Prevent duty guidance 2023): how the
 * concern arose and the indicators are required; the rest "if known".
 */
export class PreventDetails {
  @Column({ type: 'text', nullable: true })
  howConcernArose: string | null;

  @Column({ type: 'text', nullable: true })
  indicators: string | null;

  @Column({ type: 'text', nullable: true })
  ideology: string | null;

  @Column({ type: 'text', nullable: true })
  onlineActivity: string | null;

  @Column({ type: 'text', nullable: true })
  contacts: string | null;

  @Column({ type: 'text', nullable: true })
  threats: string | null;

  @Column({ type: 'text', nullable: true })
  sendContext: string | null;

  @Column({ type: 'text', nullable: true })
  familyContext: string | null;
}

export const PREVENT_FIELDS = [
  'howConcernArose', 'indicators', 'ideology', 'onlineActivity', 'contacts', 'threats', 'sendContext', 'familyContext',
] as const satisfies ReadonlyArray<keyof PreventDetails>;

export const REQUIRED_PREVENT_FIELDS = ['howConcernArose', 'indicators'] as const satisfies ReadonlyArray<keyof PreventDetails>;
