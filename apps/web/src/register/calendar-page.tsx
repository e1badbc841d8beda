import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../auth/require-session';
import { TextField } from '../concerns/form-fields';
import { graphql } from '../graphql/generated';
import type { TermName } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { academicYearOf } from './calendar';
import { DateInput, emptyDate, errorFor, isoDate, Radios, refusalOf } from './register-form';
import { formatDate } from './register-labels';
import { managerAuthority } from './settings-labels';
import { londonToday } from '../layout/london-time';
import { TableScroll } from '../layout/table-scroll';

const HOLIDAYS = graphql(`
  query SchoolHolidays($la: ID!) {
    schoolHolidays(localAuthorityId: $la) { id name startsOn endsOn }
  }
`);

const TERM_DATES = graphql(`
  query TermDates($year: Int!) {
    termDates(academicYear: $year) { academicYear term startsOn endsOn }
  }
`);

const ADD_HOLIDAY = graphql(`
  mutation AddSchoolHoliday($input: AddSchoolHolidayInput!) {
    addSchoolHoliday(input: $input) { id }
  }
`);

const REMOVE_HOLIDAY = graphql(`
  mutation RemoveSchoolHoliday($id: ID!) {
    removeSchoolHoliday(id: $id) { id name }
  }
`);

const SET_TERM = graphql(`
  mutation SetTermDates($input: SetTermDatesInput!) {
    setTermDates(input: $input) { term }
  }
`);

const TERMS: Record<TermName, string> = { AUTUMN: 'Autumn term', SPRING: 'Spring term', SUMMER: 'Summer term' };

function Banner({ text }: { text: string }) {
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="status" aria-labelledby="calendar-saved">
      <div className="govuk-notification-banner__header"><h2 className="govuk-notification-banner__title" id="calendar-saved">Success</h2></div>
      <div className="govuk-notification-banner__content"><p className="govuk-notification-banner__heading">{text}</p></div>
    </div>
  );
}

/**
 * The school calendar deadlines are counted in: term dates (set by ADMIN for every authority, read by
 * managers) and the authority's school holidays (its LA managers add and remove them).
 */
export function CalendarPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || academicYearOf(londonToday());
  const authority = managerAuthority(me);
  const admin = me.memberships.some((m) => m.role === 'ADMIN');
  const [done, setDone] = useState<string | null>(null);
  if (!authority && !admin) return <NoAccessPage />;
  const title = 'School calendar';
  return (
    <PageLayout title={title}>
      {authority && <Link className="govuk-back-link" to="/settings">Back to settings</Link>}
      {done && <Banner text={done} />}
      <PageHeading caption={authority?.name}>{title}</PageHeading>
      <p className="govuk-body">Deadlines counted in school days skip weekends, bank holidays, the time between terms and these holidays.</p>
      <TermDatesSection year={year} admin={admin} onYear={(y) => setParams({ year: String(y) })} onDone={setDone} />
      {authority && <HolidaysSection authority={authority} onDone={setDone} />}
    </PageLayout>
  );
}

function TermDatesSection({ year, admin, onYear, onDone }: { year: number; admin: boolean; onYear: (year: number) => void; onDone: (text: string) => void }) {
  const { data, error, refetch } = useQuery(TERM_DATES, { variables: { year }, fetchPolicy: 'network-only' });
  const [setTerm, { loading }] = useMutation(SET_TERM);
  const [term, setTermName] = useState('');
  const [startsOn, setStartsOn] = useState(emptyDate);
  const [endsOn, setEndsOn] = useState(emptyDate);
  const [errors, setErrors] = useState<FieldError[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!term) found.push({ field: 'term', message: 'Select the term' });
    if (!isoDate(startsOn)) found.push({ field: 'termStartsOn', message: 'Enter the first day of the term' });
    if (!isoDate(endsOn)) found.push({ field: 'termEndsOn', message: 'Enter the last day of the term' });
    setErrors(found);
    if (found.length) return;
    try {
      await setTerm({ variables: { input: { academicYear: year, term: term as TermName, startsOn: isoDate(startsOn)!, endsOn: isoDate(endsOn)! } } });
      await refetch();
      onDone(`${TERMS[term as TermName]} ${year}/${String(year + 1).slice(2)} saved`);
    } catch (refusal) {
      const shown = refusalOf(refusal, 'term', ['startsOn', 'endsOn']);
      setErrors([{ ...shown, field: shown.field === 'startsOn' ? 'termStartsOn' : shown.field === 'endsOn' ? 'termEndsOn' : shown.field }]);
    }
  }

  return (
    <section aria-labelledby="terms-heading">
      <h2 className="govuk-heading-m" id="terms-heading">Term dates {year}/{String(year + 1).slice(2)}</h2>
      <p className="govuk-body">
        <Link className="govuk-link" to={`?year=${year - 1}`} onClick={(e) => { e.preventDefault(); onYear(year - 1); }}>Previous year</Link>
        {' · '}
        <Link className="govuk-link" to={`?year=${year + 1}`} onClick={(e) => { e.preventDefault(); onYear(year + 1); }}>Next year</Link>
      </p>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && (
        <TableScroll label="Term dates">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Term dates</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Term</th>
              <th scope="col" className="govuk-table__header">First day</th>
              <th scope="col" className="govuk-table__header">Last day</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {data.termDates.map((t) => (
              <tr className="govuk-table__row" key={t.term}>
                <td className="govuk-table__cell">{TERMS[t.term]}</td>
                <td className="govuk-table__cell">{formatDate(t.startsOn)}</td>
                <td className="govuk-table__cell">{formatDate(t.endsOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
      {admin && (
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={errors} />
          <h3 className="govuk-heading-s">Set a term’s dates</h3>
          <Radios id="term" legend="Which term?" options={TERMS} value={term} onChange={setTermName} error={errorFor(errors, 'term')} small />
          <DateInput id="termStartsOn" legend="First day" value={startsOn} onChange={setStartsOn} error={errorFor(errors, 'termStartsOn')} />
          <DateInput id="termEndsOn" legend="Last day" value={endsOn} onChange={setEndsOn} error={errorFor(errors, 'termEndsOn')} />
          <button type="submit" className="govuk-button" disabled={loading}>Save term dates</button>
        </form>
      )}
    </section>
  );
}

function HolidaysSection({ authority, onDone }: { authority: { id: string; name: string }; onDone: (text: string) => void }) {
  const { data, error, refetch } = useQuery(HOLIDAYS, { variables: { la: authority.id }, fetchPolicy: 'network-only' });
  const [add, adding] = useMutation(ADD_HOLIDAY);
  const [remove, removing] = useMutation(REMOVE_HOLIDAY);
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState(emptyDate);
  const [endsOn, setEndsOn] = useState(emptyDate);
  const [errors, setErrors] = useState<FieldError[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (name.trim().length < 3) found.push({ field: 'holidayName', message: 'Enter the holiday’s name, for example Autumn half-term 2026' });
    const [start, end] = [isoDate(startsOn), isoDate(endsOn)];
    if (!start) found.push({ field: 'startsOn', message: 'Enter the first day of the holiday' });
    if (!end) found.push({ field: 'endsOn', message: 'Enter the last day of the holiday' });
    else if (start && end < start) found.push({ field: 'endsOn', message: 'The last day must be on or after the first day' });
    setErrors(found);
    if (found.length) return;
    try {
      await add({ variables: { input: { localAuthorityId: authority.id, name: name.trim(), startsOn: start!, endsOn: end! } } });
      await refetch();
      onDone(`${name.trim()} added to the calendar`);
      setName('');
      setStartsOn(emptyDate());
      setEndsOn(emptyDate());
    } catch (refusal) {
      const shown = refusalOf(refusal, 'holidayName', ['startsOn', 'endsOn', 'name']);
      setErrors([{ ...shown, field: shown.field === 'name' ? 'holidayName' : shown.field }]);
    }
  }

  async function removeHoliday(id: string) {
    try {
      const result = await remove({ variables: { id } });
      await refetch();
      onDone(`${result.data!.removeSchoolHoliday.name} removed from the calendar`);
    } catch (refusal) {
      setErrors([refusalOf(refusal, 'holidayName')]);
    }
  }

  const holidays = data?.schoolHolidays ?? [];
  return (
    <section aria-labelledby="holidays-heading">
      <h2 className="govuk-heading-m" id="holidays-heading">School holidays</h2>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && !holidays.length && <p className="govuk-body">No holidays in the calendar.</p>}
      {holidays.length > 0 && (
        <TableScroll label="School holidays">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">School holidays</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Holiday</th>
              <th scope="col" className="govuk-table__header">From</th>
              <th scope="col" className="govuk-table__header">To</th>
              <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Action</span></th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {holidays.map((h) => (
              <tr className="govuk-table__row" key={h.id}>
                <td className="govuk-table__cell">{h.name}</td>
                <td className="govuk-table__cell">{formatDate(h.startsOn)}</td>
                <td className="govuk-table__cell">{formatDate(h.endsOn)}</td>
                <td className="govuk-table__cell">
                  <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" disabled={removing.loading} onClick={() => void removeHoliday(h.id)}>
                    Remove<span className="govuk-visually-hidden"> {h.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} />
        <h3 className="govuk-heading-s">Add a holiday</h3>
        <TextField id="holidayName" label="Name" hint="For example, Autumn half-term 2026" value={name} onChange={setName} error={errorFor(errors, 'holidayName')} />
        <DateInput id="startsOn" legend="First day" value={startsOn} onChange={setStartsOn} error={errorFor(errors, 'startsOn')} />
        <DateInput id="endsOn" legend="Last day" value={endsOn} onChange={setEndsOn} error={errorFor(errors, 'endsOn')} />
        <button type="submit" className="govuk-button" disabled={adding.loading}>Add holiday</button>
      </form>
    </section>
  );
}
