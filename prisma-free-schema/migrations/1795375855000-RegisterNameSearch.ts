import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fuzzy name search for children (pg_trgm, a trusted extension since PostgreSQL 13, so the
 * database owner can create it). TypeORM cannot declare an expression GIN index; the entity
 * names it with synchronize: false so schema checks leave it alone.
 */
export class RegisterNameSearch1795375855000 implements MigrationInterface {
  name = 'RegisterNameSearch1795375855000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "children_name_trgm_idx" ON "children" USING gin ((lower(legal_first_name || ' ' || legal_last_name)) gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."children_name_trgm_idx"`);
  }
}
