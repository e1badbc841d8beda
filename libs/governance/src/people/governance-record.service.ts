import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { londonToday } from '@safeguard/calendar';
import { FieldCipher } from '@safeguard/encryption';
import { School } from '@safeguard/organisations';
import { runAsSystem } from '@safeguard/database';
import { CommonException } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { CheckKind, CheckOutcome, GoverningRole } from '../governance.enums';
import { Renewal, GOVERNANCE_RULES, roleFitsSchool, yearlyRenewal } from '../governance-rules';
import { GovernancePolicy } from '../governance.policy';
import { Appointment } from './appointment.entity';
import { GovernancePerson } from './governance-person.entity';
import { RecordAppointmentInput, RecordSuitabilityCheckInput, UpdateAppointmentInput } from './governance.inputs';
import { REFERENCE_CONTEXT, SuitabilityCheck } from './suitability-check.entity';

const WITH_REFERENCE = new Set([CheckKind.ENHANCED_DBS, CheckKind.BARRED_LIST]);
const TRUST_ROLES = new Set([GoverningRole.ACADEMY_MEMBER, GoverningRole.TRUSTEE]);
const YEARLY_CHECKS = new Set(GOVERNANCE_RULES.filter((r) => r.renewal === Renewal.YEARLY).map((r) => r.check));

export const nameKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** Recording who governs a school and the checks done for them. */
@Injectable()
export class GovernanceRecordService {
  private readonly logger = new Logger(GovernanceRecordService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: GovernancePolicy,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
  ) {}

  recordAppointment(actor: Actor, input: RecordAppointmentInput): Promise<Appointment> {
    return this.dataSource.transaction(async (manager) => {
      const school = await manager.findOneBy(School, { id: input.schoolId });
      if (!school || !this.policy.canRead(actor, school)) throw CommonException.notFound('The school');
      this.policy.assertCanRecord(actor, school);
      return this.createAppointment(manager, actor, school, input);
    });
  }

  /** Validates and creates an appointment in the caller's transaction (the import and the demo use it too). */
  async createAppointment(manager: EntityManager, actor: Actor, school: School, input: RecordAppointmentInput): Promise<Appointment> {
    if (!input.personId === !input.person) throw CommonException.invalidInput('personId', 'Give either personId or person');
    if (!roleFitsSchool(input.role, school.typeGroup)) {
      const kind = school.typeGroup.toLowerCase().replace('_', ' ');
      throw CommonException.invalidInput('role', `${/^[aeiou]/.test(kind) ? 'An' : 'A'} ${kind} school has no ${input.role.toLowerCase().replace(/_/g, ' ')}`);
    }
    if ((input.role === GoverningRole.GOVERNOR) !== Boolean(input.governorCategory)) {
      throw CommonException.invalidInput('governorCategory', 'A maintained-school governor has a category; other roles have none');
    }
    if (TRUST_ROLES.has(input.role) && !input.trustName?.trim()) {
      throw CommonException.invalidInput('trustName', 'Academy members and trustees are recorded against their trust: give its name');
    }
    if (input.appointedOn > londonToday()) throw CommonException.invalidInput('appointedOn', 'appointedOn cannot be in the future');
    if (input.termEndsOn && input.termEndsOn < input.appointedOn) throw CommonException.invalidInput('termEndsOn', 'The term ends before it starts');
    const person = input.personId ? await this.visiblePerson(manager, actor, input.personId) : await this.findOrCreatePerson(manager, actor, input);
    const duplicate = await manager
      .createQueryBuilder(Appointment, 'a')
      .where('a.personId = :person AND a.schoolId = :school AND a.role = :role AND (a.endedOn IS NULL OR a.endedOn > :today)', {
        person: person.id, school: school.id, role: input.role, today: londonToday(),
      })
      .getCount();
    if (duplicate) throw CommonException.conflict('This person already holds this role at this school');
    const appointment = await manager.save(
      manager.create(Appointment, {
        personId: person.id,
        schoolId: school.id,
        localAuthorityId: school.localAuthorityId,
        role: input.role,
        governorCategory: input.governorCategory ?? null,
        trustName: TRUST_ROLES.has(input.role) || input.role === GoverningRole.LOCAL_GOVERNOR ? input.trustName?.trim() || null : null,
        isChair: Boolean(input.isChair),
        inRegulatedActivity: Boolean(input.inRegulatedActivity),
        appointedOn: input.appointedOn,
        termEndsOn: input.termEndsOn ?? null,
        endedOn: null,
        recordedById: actor.userId,
      }),
    );
    appointment.person = person;
    await this.audit.record(manager, actor, {
      action: 'governance.record_appointment',
      entityType: 'Appointment',
      entityId: appointment.id,
      localAuthorityId: school.localAuthorityId,
      details: { schoolId: school.id, personId: person.id, role: input.role, isChair: appointment.isChair },
    });
    return appointment;
  }

  updateAppointment(actor: Actor, input: UpdateAppointmentInput): Promise<Appointment> {
    return this.dataSource.transaction(async (manager) => {
      const { appointment } = await this.forRecording(manager, actor, input.appointmentId);
      const before = { ...appointment };
      // null means "leave as it is" too: these columns always hold a value.
      for (const key of ['isChair', 'inRegulatedActivity', 'termEndsOn', 'endedOn'] as const) {
        if (input[key] != null) (appointment as unknown as Record<string, unknown>)[key] = input[key];
      }
      if (appointment.endedOn && appointment.endedOn < appointment.appointedOn) throw CommonException.invalidInput('endedOn', 'endedOn is before the appointment');
      if (appointment.termEndsOn && appointment.termEndsOn < appointment.appointedOn) throw CommonException.invalidInput('termEndsOn', 'The term ends before the appointment');
      await manager.save(appointment);
      const person = await manager.findOneByOrFail(GovernancePerson, { id: appointment.personId });
      if (input.livedOrWorkedAbroad != null && input.livedOrWorkedAbroad !== person.livedOrWorkedAbroad) {
        await this.assertCanRecordEverywhere(actor, person.id);
        person.livedOrWorkedAbroad = input.livedOrWorkedAbroad;
        await manager.save(person);
      }
      appointment.person = person;
      await this.audit.record(manager, actor, {
        action: 'governance.update_appointment',
        entityType: 'Appointment',
        entityId: appointment.id,
        localAuthorityId: appointment.localAuthorityId,
        details: { before: pick(before), after: pick(appointment), livedOrWorkedAbroad: person.livedOrWorkedAbroad },
      });
      return appointment;
    });
  }

  recordCheck(actor: Actor, input: RecordSuitabilityCheckInput): Promise<SuitabilityCheck> {
    return this.dataSource.transaction(async (manager) => {
      const { appointment } = await this.forRecording(manager, actor, input.appointmentId);
      return this.createCheck(manager, actor, appointment, input);
    });
  }

  /** Validates and records a check in the caller's transaction; the reference is encrypted before it is written. */
  async createCheck(manager: EntityManager, actor: Actor, appointment: Appointment, input: RecordSuitabilityCheckInput): Promise<SuitabilityCheck> {
    const today = londonToday();
    if (input.doneOn > today) throw CommonException.invalidInput('doneOn', 'doneOn cannot be in the future');
    if (input.appliedOn && input.appliedOn > input.doneOn) throw CommonException.invalidInput('appliedOn', 'appliedOn is after doneOn');
    if (input.reference && !WITH_REFERENCE.has(input.kind)) {
      throw CommonException.invalidInput('reference', 'Only DBS and barred-list checks carry a certificate number');
    }
    if (input.outcome === CheckOutcome.DISCLOSED_RISK_ASSESSED && !input.notes?.trim()) {
      throw CommonException.invalidInput('notes', 'When information was disclosed, record the risk assessment');
    }
    if (input.renewalDueOn && input.renewalDueOn <= input.doneOn) throw CommonException.invalidInput('renewalDueOn', 'renewalDueOn must be after doneOn');
    const check = await manager.save(
      manager.create(SuitabilityCheck, {
        appointmentId: appointment.id,
        kind: input.kind,
        appliedOn: input.appliedOn ?? null,
        doneOn: input.doneOn,
        checkedBy: input.checkedBy.trim(),
        outcome: input.outcome,
        // Encrypted by the column; the hash lets a later import find the same certificate.
        reference: input.reference ?? null,
        referenceHash: input.reference ? this.cipher.keyring.lookupHash(input.reference, REFERENCE_CONTEXT) : null,
        renewalDueOn: input.renewalDueOn ?? (YEARLY_CHECKS.has(input.kind) ? yearlyRenewal(input.doneOn) : null),
        notes: input.notes?.trim() || null,
        recordedById: actor.userId,
      }),
    );
    // The certificate number never enters the audit trail, which more people read.
    await this.audit.record(manager, actor, {
      action: 'governance.record_check',
      entityType: 'Appointment',
      entityId: appointment.id,
      localAuthorityId: appointment.localAuthorityId,
      details: { checkId: check.id, kind: check.kind, doneOn: check.doneOn, outcome: check.outcome, withReference: Boolean(input.reference) },
    });
    return check;
  }

  /**
   * The person is shared by every school they govern: a fact about them (which changes the checks
   * other schools need) is changed only by someone who records for all of those schools.
   */
  private async assertCanRecordEverywhere(actor: Actor, personId: string): Promise<void> {
    // Every school the person governs, including those the caller cannot see: row-level security
    // would hide exactly the ones that must refuse, so this read runs as the system (its own connection).
    const schools: School[] = await runAsSystem(() => this.dataSource.query(
      `SELECT DISTINCT s.id, s.local_authority_id AS "localAuthorityId", s.type_group AS "typeGroup"
         FROM governance_appointments a JOIN schools s ON s.id = a.school_id
        WHERE a.person_id = $1 AND (a.ended_on IS NULL OR a.ended_on > $2)`,
      [personId, londonToday()],
    ));
    for (const school of schools) {
      try {
        this.policy.assertCanRecord(actor, school);
      } catch {
        throw CommonException.forbidden('This person also governs a school whose record you do not keep; ask its headteacher or the council');
      }
    }
  }

  /**
   * A check's reference, decrypted when it was read (null, logged, when its key is no longer
   * configured). Callers decide who may see it (GovernancePolicy.canReadReferences).
   */
  reference(check: SuitabilityCheck): string | null {
    return check.reference;
  }

  /** Whether a check of this kind with this certificate number is on record for the appointment (matched by its keyed hash). */
  async hasReference(manager: EntityManager, appointmentId: string, kind: CheckKind, reference: string): Promise<boolean> {
    const [found] = await manager.query(
      'SELECT 1 FROM governance_checks WHERE appointment_id = $1 AND kind = $2 AND reference_hash = ANY($3::text[]) LIMIT 1',
      [appointmentId, kind, this.cipher.lookupHashes(reference, REFERENCE_CONTEXT)],
    );
    return Boolean(found);
  }

  private async forRecording(manager: EntityManager, actor: Actor, appointmentId: string): Promise<{ appointment: Appointment; school: School }> {
    const appointment = await manager.findOne(Appointment, { where: { id: appointmentId }, lock: { mode: 'pessimistic_write' } });
    const school = appointment ? await manager.findOneBy(School, { id: appointment.schoolId }) : null;
    if (!appointment || !school || !this.policy.canRead(actor, school)) throw CommonException.notFound('The appointment');
    this.policy.assertCanRecord(actor, school);
    return { appointment, school };
  }

  /** A person on record, if the caller can see any of their appointments (or recorded them). */
  private async visiblePerson(manager: EntityManager, actor: Actor, personId: string): Promise<GovernancePerson> {
    const person = await manager.findOneBy(GovernancePerson, { id: personId });
    const schools: School[] = person
      ? await manager.query(
          `SELECT s.id, s.local_authority_id AS "localAuthorityId", s.type_group AS "typeGroup"
             FROM governance_appointments a JOIN schools s ON s.id = a.school_id WHERE a.person_id = $1`,
          [personId],
        )
      : [];
    if (!person || !(person.createdById === actor.userId || schools.some((s) => this.policy.canRead(actor, s)))) {
      throw CommonException.notFound('The person');
    }
    return person;
  }

  private async findOrCreatePerson(manager: EntityManager, actor: Actor, input: RecordAppointmentInput): Promise<GovernancePerson> {
    const p = input.person!;
    const key = nameKey(p.fullName);
    if (p.dateOfBirth) {
      const found = await manager.findOneBy(GovernancePerson, { fullNameKey: key, dateOfBirth: p.dateOfBirth });
      if (found) {
        if (p.livedOrWorkedAbroad && !found.livedOrWorkedAbroad) await manager.update(GovernancePerson, { id: found.id }, { livedOrWorkedAbroad: true });
        return { ...found, livedOrWorkedAbroad: found.livedOrWorkedAbroad || Boolean(p.livedOrWorkedAbroad) };
      }
    }
    return manager.save(
      manager.create(GovernancePerson, {
        fullName: p.fullName.trim().replace(/\s+/g, ' '),
        fullNameKey: key,
        dateOfBirth: p.dateOfBirth ?? null,
        livedOrWorkedAbroad: Boolean(p.livedOrWorkedAbroad),
        createdById: actor.userId,
      }),
    );
  }
}

function pick(a: Appointment) {
  return { isChair: a.isChair, inRegulatedActivity: a.inRegulatedActivity, termEndsOn: a.termEndsOn, endedOn: a.endedOn };
}
