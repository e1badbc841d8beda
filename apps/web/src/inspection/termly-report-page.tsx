import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../auth/require-session';
import { errorCode } from '../api/apollo';
import type { TermlyReportFieldsFragment } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError, FieldErrorMessage } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { downloadFile } from './download-file';
import { type Judgement, JUDGEMENT_TAGS, JUDGEMENTS } from './figures-format';
import { type InspectionRole, inspectionAccessOf } from './inspection-access';
import { CORRECT_TERMLY_REPORT, RESPOND_TO_TERMLY_REPORT, SUBMIT_TERMLY_REPORT, TERMLY_REPORT, WRITE_TERMLY_REPORT } from './inspection-queries';
import { SectionFigures } from './report-figures';
import { ReportStatusTag } from './report-status-tag';
import { SuccessBanner } from '../layout/success-banner';

type Report = TermlyReportFieldsFragment;
interface SectionWords {
  narrative: string;
  judgement: Judgement;
}

/** The first refusal as an error-summary entry, linked to the field the api names. */
function refusal(error: unknown, sectionKeys: string[]): FieldError {
  if (!CombinedGraphQLErrors.is(error)) return { field: 'save-report', message: 'The report could not be saved. Try again later.' };
  const first = error.errors[0];
  const field = String(first?.extensions?.field ?? '');
  const index = /sections\.(\d+)/.exec(field)?.[1];
  const target = field.startsWith('recommendations')
    ? 'recommendations'
    : index !== undefined && sectionKeys[Number(index)]
      ? `narrative-${sectionKeys[Number(index)]}`
      : 'save-report';
  return { field: target, message: first?.message ?? 'The report could not be saved' };
}

/** The termly report: figures and words; the assigned HMI writes, saves and submits a draft. */
export function TermlyReportPage() {
  const { reportId = '' } = useParams();
  const access = inspectionAccessOf(useMe().memberships);
  const { data, error } = useQuery(TERMLY_REPORT, { variables: { id: reportId }, fetchPolicy: 'network-only' });
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  const report = data?.termlyReport;
  return (
    <PageLayout title={report ? `Termly report, ${report.termLabel}` : 'Termly report'}>
      <Link to="/inspection" className="govuk-back-link">
        Back to the termly figures
      </Link>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {report && <ReportView key={`${report.id}-${report.status}`} report={report} role={access?.authority.id === report.localAuthorityId ? access.role : null} />}
    </PageLayout>
  );
}

/** What the reader may do: the assigned HMI writes a draft and corrects a submitted report; an LA manager responds to a draft. */
function ReportView({ report, role }: { report: Report; role: InspectionRole | null }) {
  const draft = report.status === 'DRAFT';
  const writes = draft && role === 'HMI';
  const [words, setWords] = useState<Record<string, SectionWords>>(() =>
    Object.fromEntries(
      report.sections.map((s) => {
        const n = report.narratives.find((x) => x.sectionKey === s.key);
        return [s.key, { narrative: n?.narrative ?? '', judgement: (n?.judgement ?? 'NOT_JUDGED') as Judgement }];
      }),
    ),
  );
  const [recommendations, setRecommendations] = useState(report.recommendations ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [write, writing] = useMutation(WRITE_TERMLY_REPORT);
  const [submit, submitting] = useMutation(SUBMIT_TERMLY_REPORT);
  const terms = report.terms.map((t) => t.label);

  useEffect(() => {
    if (confirming) document.getElementById('confirm-submit-heading')?.focus();
  }, [confirming]);

  const sectionKeys = report.sections.map((s) => s.key);
  async function save(): Promise<boolean> {
    setErrors([]);
    setNotice(null);
    try {
      await write({
        variables: {
          input: {
            reportId: report.id,
            sections: sectionKeys.map((key) => ({ sectionKey: key, narrative: words[key]!.narrative, judgement: words[key]!.judgement })),
            recommendations,
          },
        },
      });
      return true;
    } catch (error) {
      setErrors([refusal(error, sectionKeys)]);
      return false;
    }
  }

  async function confirmSubmit() {
    setErrors([]);
    // What is on the screen is what is submitted: save it first.
    if (!(await save())) return setConfirming(false);
    try {
      await submit({ variables: { id: report.id } });
    } catch (error) {
      setConfirming(false);
      setErrors([refusal(error, sectionKeys)]);
    }
  }

  async function download(path: string, name: string) {
    setErrors([]);
    try {
      await downloadFile(path, name);
    } catch (error) {
      setErrors([{ field: 'downloads', message: error instanceof Error ? error.message : 'The file could not be downloaded' }]);
    }
  }

  if (confirming) {
    return (
      <>
        <h1 className="govuk-heading-l" id="confirm-submit-heading" tabIndex={-1}>
          Submit the termly report for {report.termLabel}?
        </h1>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            The report goes to the Secretary of State for Education and His Majesty’s Chief Inspector. Its figures and words are then frozen; a change
            needs a correction, which is a new version.
          </strong>
        </div>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button" disabled={submitting.loading || writing.loading} onClick={() => void confirmSubmit()}>
            Yes, submit the report
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setConfirming(false)}>
            No, go back to the report
          </button>
        </div>
      </>
    );
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      {!draft && (
        <div className="govuk-panel govuk-panel--confirmation">
          <h2 className="govuk-panel__title">Report submitted</h2>
          <div className="govuk-panel__body">
            {report.submittedAt && `On ${new Date(report.submittedAt).toLocaleString('en-GB')}`}
            {report.recipients && <> to {report.recipients.join(' and ')}</>}
          </div>
        </div>
      )}
      <PageHeading caption={`Inspection, version ${report.version}`}>Termly report, {report.termLabel}</PageHeading>
      {notice && (
        <SuccessBanner id="saved" message={notice} />
      )}
      <dl className="govuk-summary-list">
        <Row term="Status">
          <ReportStatusTag status={report.status} />
        </Row>
        <Row term="Term">
          {report.termStartsOn} to {report.termEndsOn}
        </Row>
        <Row term="Figures built">{new Date(report.builtAt).toLocaleString('en-GB')}</Row>
        {report.correctsReportId && (
          <Row term="Corrects">
            <Link className="govuk-link" to={`/inspection/reports/${report.correctsReportId}`}>
              Version {report.version - 1}, as submitted
            </Link>
          </Row>
        )}
        {report.contentHash && (
          <Row term="Content hash (SHA-256)">
            <code className="app-record-query">{report.contentHash}</code>
          </Row>
        )}
        {report.laResponse && !(draft && role === 'LA_MANAGER') && (
          <Row term="The authority’s response">
            <p className="govuk-body app-narrative govuk-!-margin-bottom-0">{report.laResponse}</p>
          </Row>
        )}
      </dl>
      <h2 className="govuk-heading-m" id="downloads" tabIndex={-1}>
        Downloads
      </h2>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void download(report.pdfPath, 'termly-report.pdf')}>
          Download the report (PDF)
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void download(report.csvPath, 'termly-report.csv')}>
          Download every figure (CSV)
        </button>
      </div>

      {report.sections.map((s) => {
        const w = words[s.key]!;
        const sectionError = errors.find((e) => e.field === `narrative-${s.key}`)?.message;
        return (
          <div key={s.key} className="govuk-!-margin-bottom-8">
            <SectionFigures section={s} terms={terms} charts={false} />
            {writes ? (
              <>
                <div className={`govuk-form-group${sectionError ? ' govuk-form-group--error' : ''}`}>
                  <label className="govuk-label govuk-label--s" htmlFor={`narrative-${s.key}`}>
                    Narrative: {s.title}
                  </label>
                  <FieldErrorMessage id={`narrative-${s.key}`} error={sectionError} />
                  <textarea
                    className={`govuk-textarea${sectionError ? ' govuk-textarea--error' : ''}`}
                    id={`narrative-${s.key}`}
                    rows={5}
                    value={w.narrative}
                    aria-describedby={sectionError ? `narrative-${s.key}-error` : undefined}
                    onChange={(e) => setWords({ ...words, [s.key]: { ...w, narrative: e.target.value } })}
                  />
                </div>
                <div className="govuk-form-group">
                  <fieldset className="govuk-fieldset">
                    <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Judgement of progress: {s.title}</legend>
                    <div className="govuk-radios govuk-radios--small govuk-radios--inline">
                      {(Object.keys(JUDGEMENTS) as Judgement[]).map((j) => (
                        <div key={j} className="govuk-radios__item">
                          <input
                            className="govuk-radios__input"
                            id={`judgement-${s.key}-${j}`}
                            name={`judgement-${s.key}`}
                            type="radio"
                            value={j}
                            checked={w.judgement === j}
                            onChange={() => setWords({ ...words, [s.key]: { ...w, judgement: j } })}
                          />
                          <label className="govuk-label govuk-radios__label" htmlFor={`judgement-${s.key}-${j}`}>
                            {JUDGEMENTS[j]}
                          </label>
                        </div>
                      ))}
                    </div>
                  </fieldset>
                </div>
              </>
            ) : (
              <dl className="govuk-summary-list">
                <Row term="Judgement">
                  <strong className={`govuk-tag ${JUDGEMENT_TAGS[w.judgement]}`}>{JUDGEMENTS[w.judgement]}</strong>
                </Row>
                <Row term="Narrative">
                  <p className="govuk-body app-narrative govuk-!-margin-bottom-0">{w.narrative || 'None written'}</p>
                </Row>
              </dl>
            )}
          </div>
        );
      })}

      <h2 className="govuk-heading-m">Recommendations</h2>
      {writes ? (
        <>
          <RecommendationsField value={recommendations} onChange={setRecommendations} error={errors.find((e) => e.field === 'recommendations')?.message} />
          <div className="govuk-button-group">
            <button
              id="save-report"
              type="button"
              className="govuk-button"
              disabled={writing.loading}
              onClick={() => void save().then((ok) => ok && setNotice('The report has been saved'))}
            >
              Save the report
            </button>
            <button type="button" className="govuk-button govuk-button--warning" onClick={() => setConfirming(true)}>
              Submit the report
            </button>
          </div>
        </>
      ) : (
        <p className="govuk-body app-narrative">{report.recommendations || 'None written'}</p>
      )}
      {draft && role === 'LA_MANAGER' && <AuthorityResponse report={report} />}
      {!draft && role === 'HMI' && <StartCorrection report={report} />}
    </>
  );
}

/** The authority's response to a draft, added by its LA managers before the HMI submits it. */
function AuthorityResponse({ report }: { report: Report }) {
  const [response, setResponse] = useState(report.laResponse ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const [respond, responding] = useMutation(RESPOND_TO_TERMLY_REPORT);
  const tooLong = response.length > 20_000;

  async function save() {
    setSaved(false);
    if (!response.trim()) return setErrors([{ field: 'la-response', message: 'Enter the authority’s response' }]);
    if (tooLong) return setErrors([{ field: 'la-response', message: 'The response must be 20,000 characters or fewer' }]);
    setErrors([]);
    try {
      await respond({ variables: { input: { reportId: report.id, response } } });
      setSaved(true);
    } catch (error) {
      // What was typed stays; the server's reason is shown.
      const message = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
      setErrors([{ field: 'la-response', message: message ?? 'The response could not be saved. Try again later.' }]);
    }
  }

  const error = errors[0]?.message ?? (tooLong ? 'The response must be 20,000 characters or fewer' : undefined);
  return (
    <section aria-labelledby="la-response-heading">
      <h2 className="govuk-heading-m" id="la-response-heading">
        The authority’s response
      </h2>
      <ErrorSummary errors={errors} />
      {saved && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="response-saved-title">
          <div className="govuk-notification-banner__header">
            <h3 className="govuk-notification-banner__title" id="response-saved-title">
              Success
            </h3>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">The authority’s response has been saved</p>
          </div>
        </div>
      )}
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor="la-response">
          Your response to the inspector’s report
        </label>
        <div id="la-response-hint" className="govuk-hint">
          It goes with the report when the inspector submits it. You can change it until then.
        </div>
        <FieldErrorMessage id="la-response" error={error} />
        <textarea
          className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
          id="la-response"
          rows={6}
          value={response}
          aria-describedby={`la-response-hint${error ? ' la-response-error' : ''}`}
          onChange={(e) => {
            setResponse(e.target.value);
            setSaved(false);
          }}
        />
      </div>
      <button type="button" className="govuk-button" disabled={responding.loading} onClick={() => void save()}>
        Save the response
      </button>
    </section>
  );
}

/** A submitted report is frozen; the assigned HMI corrects it by starting a new draft version. */
function StartCorrection({ report }: { report: Report }) {
  const navigate = useNavigate();
  const [correct, correcting] = useMutation(CORRECT_TERMLY_REPORT);
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);

  async function start() {
    setErrors([]);
    try {
      const result = await correct({ variables: { id: report.id } });
      if (result.data) void navigate(`/inspection/reports/${result.data.correctTermlyReport.id}`);
    } catch (error) {
      setConfirming(false);
      const message = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
      setErrors([{ field: 'correct-report', message: message ?? 'The correction could not be started. Try again later.' }]);
    }
  }

  return (
    <section aria-labelledby="correct-heading">
      <h2 className="govuk-heading-m" id="correct-heading">
        Correct this report
      </h2>
      <ErrorSummary errors={errors} />
      <p className="govuk-body">
        This version stays as it was submitted. A correction is a new draft, version {report.version + 1}, with the words of this one and figures
        rebuilt from live data; you submit it when it is right.
      </p>
      {confirming ? (
        <div className="govuk-button-group">
          <button type="button" className="govuk-button" disabled={correcting.loading} onClick={() => void start()}>
            Yes, start version {report.version + 1}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setConfirming(false)}>
            No, keep this version
          </button>
        </div>
      ) : (
        <button id="correct-report" type="button" className="govuk-button govuk-button--secondary" onClick={() => setConfirming(true)}>
          Correct this report
        </button>
      )}
    </section>
  );
}

function RecommendationsField({ value, onChange, error }: { value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor="recommendations">
        Recommendations to the council
      </label>
      <FieldErrorMessage id="recommendations" error={error} />
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id="recommendations"
        rows={6}
        value={value}
        aria-describedby={error ? 'recommendations-error' : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{term}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}
