import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Makes audit_events append-only and hash-chained, in the database itself so that no code
 * path (nor a hand-written INSERT) can skip it. The canonical text hashed here is rebuilt by
 * libs/audit/src/audit-chain.ts for `npm run audit:verify`: change both together.
 */
export class AuditTrailAppendOnly1795373900000 implements MigrationInterface {
  name = 'AuditTrailAppendOnly1795373900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        previous text;
      BEGIN
        -- One writer at a time, until commit, so ids, times and links follow commit order.
        PERFORM pg_advisory_xact_lock(7243002);
        NEW.id := nextval(pg_get_serial_sequence('audit_events', 'id'));
        NEW.occurred_at := date_trunc('microseconds', clock_timestamp());
        SELECT hash INTO previous FROM audit_events ORDER BY id DESC LIMIT 1;
        NEW.prev_hash := coalesce(previous, repeat('0', 64));
        NEW.hash := encode(sha256(convert_to(concat_ws(chr(31),
          NEW.id::text,
          to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          coalesce(NEW.actor_user_id::text, ''),
          coalesce(NEW.actor_membership_id::text, ''),
          NEW.action,
          NEW.entity_type,
          coalesce(NEW.entity_id, ''),
          coalesce(NEW.local_authority_id::text, ''),
          NEW.request_id,
          NEW.outcome::text,
          NEW.details::text,
          NEW.prev_hash), 'UTF8')), 'hex');
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_chain()`);
    await queryRunner.query(`
      CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_events_no_truncate ON audit_events');
    await queryRunner.query('DROP TRIGGER audit_events_append_only ON audit_events');
    await queryRunner.query('DROP FUNCTION audit_events_refuse_change()');
    await queryRunner.query('DROP TRIGGER audit_events_chain ON audit_events');
    await queryRunner.query('DROP FUNCTION audit_events_chain()');
  }
}
