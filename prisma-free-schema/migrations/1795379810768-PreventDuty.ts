import { MigrationInterface, QueryRunner } from 'typeorm';

export class PreventDuty1795379810768 implements MigrationInterface {
  name = 'PreventDuty1795379810768';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "safeguarding_returns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "term_starts_on" date NOT NULL, "term_label" character varying(40) NOT NULL, "submitted_by_id" uuid, "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "governance_checks_complete" boolean NOT NULL, "staff_headcount" integer NOT NULL, "staff_prevent_trained" integer NOT NULL, "deletions_from_roll" integer NOT NULL, "deletions_with_known_destination" integer NOT NULL, "prevent_referrals" integer NOT NULL, "notes" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f2c693142fa87f18107d27e6ba0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "safeguarding_returns_la_term_idx" ON "safeguarding_returns"  ("local_authority_id", "term_starts_on") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "safeguarding_returns_school_term_key" ON "safeguarding_returns"  ("school_id", "term_starts_on") `);
    await queryRunner.query(`CREATE TYPE "public"."prevent_risk_rating" AS ENUM('LOW', 'MEDIUM', 'HIGH')`);
    await queryRunner.query(`CREATE TABLE "prevent_risk_assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "school_year" character varying(7) NOT NULL, "overall_rating" "public"."prevent_risk_rating" NOT NULL, "staff_headcount" integer NOT NULL, "reviewed_on" date NOT NULL, "recorded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "risk_assessment_rating" "public"."prevent_risk_rating" NOT NULL, "risk_assessment_actions" text NOT NULL, "partnership_rating" "public"."prevent_risk_rating" NOT NULL, "partnership_actions" text NOT NULL, "staff_training_rating" "public"."prevent_risk_rating" NOT NULL, "staff_training_actions" text NOT NULL, "online_safety_rating" "public"."prevent_risk_rating" NOT NULL, "online_safety_actions" text NOT NULL, CONSTRAINT "PK_1ecbf3b77631be4450bf9da5053" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "prevent_risk_assessments_la_idx" ON "prevent_risk_assessments"  ("local_authority_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "prevent_risk_assessments_school_year_key" ON "prevent_risk_assessments"  ("school_id", "school_year") `);
    await queryRunner.query(`CREATE TABLE "prevent_training_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "staff_name" character varying(200) NOT NULL, "staff_role" character varying(100) NOT NULL, "user_id" uuid, "is_dsl" boolean NOT NULL DEFAULT false, "trained_on" date NOT NULL, "course" character varying(300) NOT NULL, "recorded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a7dec126afef0f825094815bfdf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "prevent_training_records_user_idx" ON "prevent_training_records"  ("user_id", "trained_on") `);
    await queryRunner.query(`CREATE INDEX "prevent_training_records_school_idx" ON "prevent_training_records"  ("school_id", "trained_on", "id") `);
    await queryRunner.query(`CREATE TABLE "safeguarding_return_chases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "term_starts_on" date NOT NULL, "chased_by_id" uuid, "recipients" integer NOT NULL, "chased_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f54f0e80da746011e688a3ccd2f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "safeguarding_return_chases_school_term_idx" ON "safeguarding_return_chases"  ("school_id", "term_starts_on", "chased_at") `);
    await queryRunner.query(`ALTER TABLE "safeguarding_returns" ADD CONSTRAINT "FK_e2321857a8c9e91eaa7c2424e6f" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "prevent_risk_assessments" ADD CONSTRAINT "FK_fd042c733aea28060bc2a5f133c" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "prevent_training_records" ADD CONSTRAINT "FK_dac79cbf068ad4c909151cd095c" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "prevent_training_records" DROP CONSTRAINT "FK_dac79cbf068ad4c909151cd095c"`);
    await queryRunner.query(`ALTER TABLE "prevent_risk_assessments" DROP CONSTRAINT "FK_fd042c733aea28060bc2a5f133c"`);
    await queryRunner.query(`ALTER TABLE "safeguarding_returns" DROP CONSTRAINT "FK_e2321857a8c9e91eaa7c2424e6f"`);
    await queryRunner.query(`DROP INDEX "public"."safeguarding_return_chases_school_term_idx"`);
    await queryRunner.query(`DROP TABLE "safeguarding_return_chases"`);
    await queryRunner.query(`DROP INDEX "public"."prevent_training_records_school_idx"`);
    await queryRunner.query(`DROP INDEX "public"."prevent_training_records_user_idx"`);
    await queryRunner.query(`DROP TABLE "prevent_training_records"`);
    await queryRunner.query(`DROP INDEX "public"."prevent_risk_assessments_school_year_key"`);
    await queryRunner.query(`DROP INDEX "public"."prevent_risk_assessments_la_idx"`);
    await queryRunner.query(`DROP TABLE "prevent_risk_assessments"`);
    await queryRunner.query(`DROP TYPE "public"."prevent_risk_rating"`);
    await queryRunner.query(`DROP INDEX "public"."safeguarding_returns_school_term_key"`);
    await queryRunner.query(`DROP INDEX "public"."safeguarding_returns_la_term_idx"`);
    await queryRunner.query(`DROP TABLE "safeguarding_returns"`);
  }
}
