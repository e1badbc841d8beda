import { useEffect, useRef, useState } from 'react';
import type { Session } from './session';
import { sessionStore } from './session-store';
import { actionAtCheck, describeTimeLeft, planSessionTimeout } from './session-timeout';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'input', 'scroll'] as const;

/**
 * The GOV.UK timeout warning: a modal dialog before an idle session ends, with "Stay signed in".
 * A native <dialog> opened with showModal() keeps focus inside it and the page behind inert.
 */
export function SessionTimeoutDialog({ session }: { session: Session }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const lastActivity = useRef(0);
  const [warning, setWarning] = useState(false);
  const [now, setNow] = useState(Date.now());
  const plan = planSessionTimeout(session.issuedAt, Date.parse(session.accessTokenExpiresAt));

  useEffect(() => {
    const mark = () => (lastActivity.current = Date.now());
    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, mark, { passive: true, capture: true });
    return () => {
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, mark, { capture: true });
    };
  }, []);

  useEffect(() => {
    setWarning(false);
    const check = window.setTimeout(() => {
      if (actionAtCheck(lastActivity.current, session.issuedAt) === 'refresh') void sessionStore.refresh();
      else setWarning(true);
    }, Math.max(0, plan.checkAt - Date.now()));
    const end = window.setTimeout(() => void sessionStore.signOut('timed-out'), Math.max(0, plan.endAt - Date.now()));
    return () => {
      window.clearTimeout(check);
      window.clearTimeout(end);
    };
  }, [session, plan.checkAt, plan.endAt]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (warning && !element.open) element.showModal?.();
    if (!warning && element.open) element.close();
    if (!warning) return;
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [warning]);

  const left = plan.endAt - now;
  return (
    <dialog
      ref={dialog}
      className="app-timeout-dialog"
      aria-labelledby="timeout-heading"
      aria-describedby="timeout-message"
      onCancel={(event) => {
        // Escape means "stay signed in", as in the GOV.UK pattern.
        event.preventDefault();
        void sessionStore.refresh();
      }}
    >
      <h2 className="govuk-heading-m" id="timeout-heading">
        You’re about to be signed out
      </h2>
      <p className="govuk-body" id="timeout-message">
        For your security, we will sign you out in <strong>{describeTimeLeft(left)}</strong>. Anything you have not
        sent or saved will be lost.
      </p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" data-module="govuk-button" onClick={() => void sessionStore.refresh()}>
          Stay signed in
        </button>
        <button type="button" className="govuk-link app-link-button" onClick={() => void sessionStore.signOut()}>
          Sign out
        </button>
      </div>
    </dialog>
  );
}
