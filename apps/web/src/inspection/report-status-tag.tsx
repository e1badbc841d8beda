/** A report's state in words on a tag (never colour alone). */
export function ReportStatusTag({ status }: { status: string }) {
  return status === 'SUBMITTED' ? <strong className="govuk-tag govuk-tag--green">Submitted</strong> : <strong className="govuk-tag govuk-tag--blue">Draft</strong>;
}
