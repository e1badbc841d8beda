import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { RagTag } from '../governance/governance-labels';
import { formatDate } from '../register/register-labels';
import { GOVERNANCE_TALLY } from '../governance/governance-queries';
import { countText, numberText, openReports, ragCounts, staffTrainedText } from './home-summary';
import { HOME_DSL, HOME_PRESSURE, HOME_PREVENT } from './home-queries';

/** A summary list row: what, where it stands, and where to act on it. */
export function StatusRow({ name, children, link }: { name: string; children: ReactNode; link?: { to: string; text: string; hidden?: string } }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{name}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
      <dd className="govuk-summary-list__actions">
        {link && (
          <Link className="govuk-link" to={link.to}>
            {link.text}
            {link.hidden && <span className="govuk-visually-hidden"> {link.hidden}</span>}
          </Link>
        )}
      </dd>
    </div>
  );
}

const Tag = ({ ok, yes, no, amber }: { ok: boolean; yes: string; no: string; amber?: boolean }) => (
  <strong className={`govuk-tag ${ok ? 'govuk-tag--green' : amber ? 'govuk-tag--yellow' : 'govuk-tag--red'}`}>{ok ? yes : no}</strong>
);

/** The school's open intimidation and pressure reports. */
export function SchoolPressure({ schoolId }: { schoolId: string }) {
  const { data } = useQuery(HOME_PRESSURE, { variables: { schoolId }, fetchPolicy: 'cache-and-network' });
  const reports = data?.pressureReports;
  const open = reports ? { edges: openReports(reports.edges.map((e) => e.node)), pageInfo: reports.pageInfo } : undefined;
  return (
    <StatusRow name="Intimidation and pressure" link={{ to: '/pressure', text: 'See reports', hidden: 'of intimidation and pressure' }}>
      <span data-testid="home-pressure">{countText(open, 'open report')}</span>
    </StatusRow>
  );
}

/** Governance in figures: red, amber and green checks, overdue ones, and the record. */
export function SchoolGovernanceStatus({ schoolId }: { schoolId: string }) {
  const { data, error } = useQuery(GOVERNANCE_TALLY, { variables: { schoolId }, fetchPolicy: 'network-only' });
  const g = data?.schoolGovernance;
  const rag = g ? ragCounts(g.tally) : null;
  return (
    <StatusRow name="Governance checks" link={{ to: '/governance', text: 'Governance record' }}>
      {error && !g && 'Not available just now.'}
      {!g && !error && 'Loading…'}
      {g && rag && (
        <div data-testid="home-governance">
          <RagTag rag={g.rag} />
          <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
            {`${numberText(g.tally.required, 'check')} required: ${rag.green} green (done), ${rag.amber} amber (due), ${rag.red} red (${g.tally.overdue} overdue, ${g.tally.refused} refused).`}
          </p>
        </div>
      )}
    </StatusRow>
  );
}

/** Prevent in figures: this school year's risk assessment, training, and this term's return. */
export function SchoolPreventStatus({ schoolId }: { schoolId: string }) {
  const { data, error } = useQuery(HOME_PREVENT, { variables: { schoolId }, fetchPolicy: 'network-only' });
  const d = data?.preventDuty;
  const record = { to: `/schools/${schoolId}/prevent`, text: 'Prevent duty record' };
  if (!d) {
    return <StatusRow name="Prevent duty" link={record}>{error ? 'Not available just now.' : 'Loading…'}</StatusRow>;
  }
  return (
    <>
      <StatusRow name={`Prevent risk assessment ${d.schoolYear}`} link={record}>
        <span data-testid="home-prevent-risk-assessment">
          <Tag ok={d.riskAssessmentCurrent} yes="Recorded" no="Not recorded" />
          {d.riskAssessmentCurrent && d.riskAssessment && ` Reviewed ${formatDate(d.riskAssessment.reviewedOn)}`}
        </span>
      </StatusRow>
      <StatusRow name="Prevent training">
        <Tag ok={d.dslTrained} yes="DSLs trained" no="DSL training not current" />
        {d.untrainedDsls.length > 0 && ` ${d.untrainedDsls.join(', ')}`}
        <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">{`Staff trained: ${staffTrainedText(d.staffTrained, d.staffHeadcount)}`}</p>
      </StatusRow>
      <StatusRow name="Termly safeguarding return" link={{ to: `/schools/${schoolId}/safeguarding-return`, text: d.currentReturn ? 'View' : 'Make the return', hidden: 'for this term' }}>
        <span data-testid="home-return">
          <Tag ok={Boolean(d.currentReturn)} yes={`Submitted for ${d.currentReturn?.termLabel}`} no="Not yet submitted this term" amber />
        </span>
      </StatusRow>
    </>
  );
}

/** A DSL's own work: concerns in draft and awaiting the council, children on the register. */
export function DslWork() {
  const { data } = useQuery(HOME_DSL, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <StatusRow name="Concerns in draft" link={{ to: '/concerns', text: 'Your concerns' }}>
        <span data-testid="home-drafts">{countText(data?.drafts, 'draft')}</span>
      </StatusRow>
      <StatusRow name="Awaiting the council’s decision">{countText(data?.awaiting, 'concern')}</StatusRow>
      <StatusRow name="Children on the register" link={{ to: '/register/school', text: 'See them', hidden: 'on the register' }}>
        {countText(data?.onRegister, 'child', 'children')}
      </StatusRow>
    </>
  );
}
