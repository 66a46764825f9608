// Sends one change to the server and keeps what came of it: a success message or the refusal.
// The message is kept as a function of the current language, so that it follows the switch.
import { useState } from 'react';

export type Message = () => string;

export interface Submission {
  busy: boolean;
  error: unknown;
  done: Message | undefined;
  run(change: () => Promise<Message>): Promise<boolean>;
}

export function useSubmit(): Submission {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<Message>();
  const run = async (change: () => Promise<Message>) => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const message = await change();
      setDone(() => message);
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, done, run };
}
