// The login page, shown when the server has accounts and no session is open (or it ended). The
// server answers the same refusal for a wrong name or password, and says when too many failures
// have locked the account for a while.
import { type FormEvent, useState } from 'react';
import { logIn } from '../session.ts';

export function LoginPage() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await logIn(username.trim(), password);
    } catch (err) {
      setError((err as Error).message);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="login" aria-labelledby="login-title">
      <h1 id="login-title">Log in to Concord</h1>
      <p className="lede">
        Case assessments are shared with named analysts only. Ask an administrator for an account (
        <code>concord users add</code>).
      </p>
      <form className="inline" onSubmit={submit} aria-label="Log in">
        <label>
          User name
          <input
            required
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            size={20}
          />
        </label>
        <label>
          Password
          <input
            required
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            size={20}
          />
        </label>
        <button type="submit" disabled={busy}>
          Log in
        </button>
      </form>
      {error ? (
        <p className="failure" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
