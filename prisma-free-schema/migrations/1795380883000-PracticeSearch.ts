import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over the practice library: one IMMUTABLE function builds an entry's weighted
 * document (title and tags first, then summary, then body, in English), and a GIN index over it
 * serves `practice_document(...) @@ websearch_to_tsquery(...)`. TypeORM cannot declare either, so
 * the entity names the index with synchronize: false and libs/practice/src/search/practice-search.ts
 * repeats the expression.
 */
export class PracticeSearch1795380883000 implements MigrationInterface {
  name = 'PracticeSearch1795380883000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION practice_document(title text, summary text, body text, tags text[]) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
            || setweight(to_tsvector('english'::regconfig, replace(coalesce(array_to_string(tags, ' '), ''), '-', ' ')), 'A')
            || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B')
            || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'C')
      $$`);
    await queryRunner.query(
      `CREATE INDEX "practice_entries_search_idx" ON "practice_entries" USING gin (practice_document(title, summary, body, tags))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."practice_entries_search_idx"`);
    await queryRunner.query(`DROP FUNCTION practice_document(text, text, text, text[])`);
  }
}
