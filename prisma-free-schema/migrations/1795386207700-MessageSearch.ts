import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over messages: a GIN index on the English tsvector of the body. Searches use
 * the same expression (messageDocumentSql) so the planner picks the index.
 */
export class MessageSearch1795386207700 implements MigrationInterface {
  name = 'MessageSearch1795386207700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "messages_search_idx" ON "messages" USING gin (to_tsvector('english'::regconfig, "body"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "messages_search_idx"`);
  }
}
