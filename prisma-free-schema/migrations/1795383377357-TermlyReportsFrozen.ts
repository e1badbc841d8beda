import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A submitted termly report is an immutable snapshot: a trigger refuses any change to it or its
 * deletion, whoever asks (the application only ever adds a new version). And HMCI's office, like
 * ADMIN, holds a membership of no organisation. Hand-written: TypeORM declares neither.
 */
export class TermlyReportsFrozen1795383377357 implements MigrationInterface {
  name = 'TermlyReportsFrozen1795383377357';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION termly_reports_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status::text = 'SUBMITTED' THEN
          RAISE EXCEPTION 'termly report % is submitted and cannot change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER termly_reports_frozen BEFORE UPDATE OR DELETE ON "termly_reports" FOR EACH ROW EXECUTE FUNCTION termly_reports_frozen()`,
    );
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "memberships_org_matches_role"`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "memberships_org_matches_role" CHECK (
  (role::text IN ('HEADTEACHER', 'DSL', 'GOVERNANCE_CLERK') AND school_id IS NOT NULL AND local_authority_id IS NULL)
  OR (role::text IN ('LA_OFFICER', 'LA_MANAGER', 'HMI') AND local_authority_id IS NOT NULL AND school_id IS NULL)
  OR (role::text IN ('ADMIN', 'OFSTED_READER') AND school_id IS NULL AND local_authority_id IS NULL))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "memberships_org_matches_role"`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "memberships_org_matches_role" CHECK (
  (role::text IN ('HEADTEACHER', 'DSL', 'GOVERNANCE_CLERK') AND school_id IS NOT NULL AND local_authority_id IS NULL)
  OR (role::text IN ('LA_OFFICER', 'LA_MANAGER', 'HMI') AND local_authority_id IS NOT NULL AND school_id IS NULL)
  OR (role::text = 'ADMIN' AND school_id IS NULL AND local_authority_id IS NULL))`);
    await queryRunner.query(`DROP TRIGGER termly_reports_frozen ON "termly_reports"`);
    await queryRunner.query(`DROP FUNCTION termly_reports_frozen()`);
  }
}
