import { MigrationInterface, QueryRunner } from 'typeorm';

export class FieldEncryptionHash1795398112073 implements MigrationInterface {
  name = 'FieldEncryptionHash1795398112073';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "governance_checks" ADD "reference_hash" character(64)`);
    await queryRunner.query(`CREATE INDEX "governance_checks_reference_hash_idx" ON "governance_checks"  ("reference_hash") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."governance_checks_reference_hash_idx"`);
    await queryRunner.query(`ALTER TABLE "governance_checks" DROP COLUMN "reference_hash"`);
  }
}
