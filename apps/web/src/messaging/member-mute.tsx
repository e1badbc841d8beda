import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../graphql/generated';
import { refusalOf } from '../register/register-form';
import { MUTE_CHOICES } from './messaging-labels';

const MUTE = graphql(`
  mutation MuteConversationMember($input: MuteConversationMemberInput!) {
    muteConversationMember(input: $input) { userId mutedUntil }
  }
`);

/** A moderator mutes someone in this conversation for a while (they can still read), or unmutes them. */
export function MemberMute({ conversationId, userId, displayName, muted }: { conversationId: string; userId: string; displayName: string; muted: boolean }) {
  const [minutes, setMinutes] = useState(MUTE_CHOICES[0].value);
  const [mute, muting] = useMutation(MUTE);
  const [problem, setProblem] = useState('');
  const id = `mute-${userId}`;
  const run = async (value: number) => {
    setProblem('');
    try {
      await mute({ variables: { input: { conversationId, userId, minutes: value } } });
    } catch (failure) {
      setProblem(refusalOf(failure, id).message);
    }
  };
  return (
    <span className="app-mute">
      {muted ? (
        <button type="button" className="app-link-button" disabled={muting.loading} onClick={() => void run(0)}>
          Unmute<span className="govuk-visually-hidden"> {displayName}</span>
        </button>
      ) : (
        <>
          <label className="govuk-visually-hidden" htmlFor={id}>Mute {displayName} for</label>
          <select className="govuk-select app-mute__select" id={id} value={minutes} onChange={(e) => setMinutes(e.target.value)}>
            {MUTE_CHOICES.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
          </select>{' '}
          <button type="button" className="app-link-button" disabled={muting.loading} onClick={() => void run(Number(minutes))}>
            Mute<span className="govuk-visually-hidden"> {displayName}</span>
          </button>
        </>
      )}
      {problem && <span className="govuk-error-message" role="alert"><span className="govuk-visually-hidden">Error:</span> {problem}</span>}
    </span>
  );
}
