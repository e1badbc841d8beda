import { MigrationInterface, QueryRunner } from 'typeorm';

const ROLE = 'safeguard_app';
const POLICY = 'organisation_wall';

const ids = (setting: string) => `app_setting_ids('${setting}')`;
const SYSTEM = 'app_is_system()';
const SCHOOLS = ids('app.school_ids');
const SCHOOL_AREAS = ids('app.school_area_ids');
const AREAS = ids('app.local_authority_ids');

/** A school's own rows, and every row of an authority to its team and HMI. */
const schoolWall = (school = 'school_id', area = 'local_authority_id') =>
  `${SYSTEM} OR ${school} = ANY(${SCHOOLS}) OR ${area} = ANY(${AREAS})`;
/** Rows reached through a parent row the caller can see (the parent's own policy applies inside). */
const through = (column: string, parent: string) => `${SYSTEM} OR ${column} IN (SELECT id FROM ${parent})`;
const MEMBER_OF = 'id IN (SELECT app_conversation_ids())';
/** Read by app_conversation_ids() as its owner (see up()). */
const NOT_FORCED = ['conversation_members'];

/**
 * The coarse organisational wall behind the policy layer: who may see which rows of children,
 * the register, concerns, governance and messaging, keyed on settings the app sets on every
 * connection it takes (libs/database/src/row-security). The policy layer keeps the finer rules.
 */
const WALLS: Record<string, string> = {
  children: `${SYSTEM} OR local_authority_id = ANY(${AREAS}) OR local_authority_id = ANY(${SCHOOL_AREAS}) OR school_id = ANY(${SCHOOLS})`,
  register_entries: `${SYSTEM} OR local_authority_id = ANY(${AREAS}) OR local_authority_id = ANY(${SCHOOL_AREAS})
    OR reported_by_school_id = ANY(${SCHOOLS}) OR excluding_school_id = ANY(${SCHOOLS}) OR whereabouts_school_id = ANY(${SCHOOLS})
    OR child_id IN (SELECT id FROM children WHERE school_id = ANY(${SCHOOLS}))`,
  register_events: through('child_id', 'children'),
  register_enquiries: through('entry_id', 'register_entries'),
  register_visits: through('entry_id', 'register_entries'),
  register_deadlines: `${through('entry_id', 'register_entries')} OR local_authority_id = ANY(${AREAS})`,
  concerns: schoolWall(),
  concern_additions: through('concern_id', 'concerns'),
  concern_attachments: through('concern_id', 'concerns'),
  concern_decisions: `${through('concern_id', 'concerns')} OR local_authority_id = ANY(${AREAS})`,
  concern_deadlines: `${through('concern_id', 'concerns')} OR local_authority_id = ANY(${AREAS})`,
  governance_appointments: schoolWall(),
  governance_checks: through('appointment_id', 'governance_appointments'),
  governance_alerts: through('appointment_id', 'governance_appointments'),
  prevent_risk_assessments: schoolWall(),
  prevent_training_records: schoolWall(),
  safeguarding_returns: schoolWall(),
  // Members, readers of a network's channels, the authority's team (moderation) and ADMIN (legal hold, export).
  conversations: `${SYSTEM} OR ${MEMBER_OF} OR created_by_id = app_user_id()
    OR network_id IN (SELECT network_id FROM network_members WHERE user_id = app_user_id())
    OR local_authority_id = ANY(${AREAS}) OR app_has_role('ADMIN')`,
  conversation_members: through('conversation_id', 'conversations'),
  conversation_events: through('conversation_id', 'conversations'),
  messages: through('conversation_id', 'conversations'),
  message_attachments: through('conversation_id', 'conversations'),
  message_reports: through('conversation_id', 'conversations'),
  message_edits: through('message_id', 'messages'),
  message_reactions: through('message_id', 'messages'),
};

/**
 * PostgreSQL row-level security as a second wall: the tables above get ENABLE and FORCE ROW
 * LEVEL SECURITY and one policy each; request handling runs as `safeguard_app`, a role that owns
 * nothing and cannot bypass RLS, which the owner (the migrating user) may SET ROLE to.
 */
export class RowLevelSecurity1795390000000 implements MigrationInterface {
  name = 'RowLevelSecurity1795390000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${ROLE}') THEN
        CREATE ROLE ${ROLE} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
      END IF;
    END $$`);
    // The owner switches to the role per connection (SET ROLE), which needs membership.
    await queryRunner.query(`GRANT ${ROLE} TO CURRENT_USER`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${ROLE}`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${ROLE}`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${ROLE}`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${ROLE}`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${ROLE}`);
    // The audit trail is append-only and the migrations are the owner's.
    await queryRunner.query(`REVOKE UPDATE, DELETE ON audit_events FROM ${ROLE}`);
    await queryRunner.query(`REVOKE ALL ON schema_migrations FROM ${ROLE}`);

    await queryRunner.query(`CREATE FUNCTION app_is_system() RETURNS boolean LANGUAGE sql STABLE
      AS $$ SELECT coalesce(current_setting('app.system', true), '') = 'on' $$`);
    await queryRunner.query(`CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE
      AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$`);
    await queryRunner.query(`CREATE FUNCTION app_setting_ids(setting text) RETURNS uuid[] LANGUAGE sql STABLE
      AS $$ SELECT coalesce(string_to_array(nullif(current_setting(setting, true), ''), ',')::uuid[], '{}') $$`);
    await queryRunner.query(`CREATE FUNCTION app_has_role(role text) RETURNS boolean LANGUAGE sql STABLE
      AS $$ SELECT role = ANY(string_to_array(coalesce(current_setting('app.roles', true), ''), ',')) $$`);
    // Conversations the user is a member of, read as the owner: the members table's own policy goes
    // through conversations, and a policy may not recurse. So that the owner reads past that
    // table's wall, it alone is not FORCEd (a non-superuser may not SET app.system on a function).
    await queryRunner.query(`CREATE FUNCTION app_conversation_ids() RETURNS SETOF uuid LANGUAGE sql STABLE
      SECURITY DEFINER SET search_path = public
      AS $$ SELECT conversation_id FROM conversation_members WHERE user_id = app_user_id() $$`);

    for (const [table, wall] of Object.entries(WALLS)) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      if (!NOT_FORCED.includes(table)) await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY ${POLICY} ON ${table} USING (${wall})`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(WALLS).reverse()) {
      await queryRunner.query(`DROP POLICY ${POLICY} ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`DROP FUNCTION app_conversation_ids()`);
    await queryRunner.query(`DROP FUNCTION app_has_role(text)`);
    await queryRunner.query(`DROP FUNCTION app_setting_ids(text)`);
    await queryRunner.query(`DROP FUNCTION app_user_id()`);
    await queryRunner.query(`DROP FUNCTION app_is_system()`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM ${ROLE}`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${ROLE}`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${ROLE}`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${ROLE}`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ${ROLE}`);
    // The role belongs to the whole server (other databases may use it): it is left in place.
  }
}
