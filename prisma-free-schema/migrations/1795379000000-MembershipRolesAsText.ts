import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The membership check compares roles as text, so that a role added to the enum (here, and in
 * the Governance migration, GOVERNANCE_CLERK) can be named in the same migration run.
 * TypeORM does not diff a CHECK's expression, only its name, hence this hand-written one.
 */
export class MembershipRolesAsText1795379000000 implements MigrationInterface {
  name = 'MembershipRolesAsText1795379000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "memberships_org_matches_role"`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "memberships_org_matches_role" CHECK (
  (role::text IN ('HEADTEACHER', 'DSL', 'GOVERNANCE_CLERK') AND school_id IS NOT NULL AND local_authority_id IS NULL)
  OR (role::text IN ('LA_OFFICER', 'LA_MANAGER', 'HMI') AND local_authority_id IS NOT NULL AND school_id IS NULL)
  OR (role::text = 'ADMIN' AND school_id IS NULL AND local_authority_id IS NULL))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "memberships_org_matches_role"`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "memberships_org_matches_role" CHECK (
  (role IN ('HEADTEACHER', 'DSL') AND school_id IS NOT NULL AND local_authority_id IS NULL)
  OR (role IN ('LA_OFFICER', 'LA_MANAGER', 'HMI') AND local_authority_id IS NOT NULL AND school_id IS NULL)
  OR (role = 'ADMIN' AND school_id IS NULL AND local_authority_id IS NULL))`);
  }
}
