import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A network's name is unique within its authority whatever its case ("East Birmingham heads" and
 * "east birmingham HEADS" are one name). TypeORM cannot declare an expression index; the entity
 * names it with synchronize: false so schema checks leave it alone.
 */
export class NetworkNameKey1795380997400 implements MigrationInterface {
  name = 'NetworkNameKey1795380997400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE UNIQUE INDEX "networks_la_name_key" ON "networks" ("local_authority_id", (lower("name")))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."networks_la_name_key"`);
  }
}
