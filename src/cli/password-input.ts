// Reading a password for `concord users add|reset`: from the terminal without echo (asked twice),
// or from standard input with --password-stdin (one line; for scripts). Never from argv, where
// it would show in `ps` and in shell history.
import { UsageError } from './errors.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  // One line: a second one is refused, never stored as part of the password.
  if (/[\r\n]/.test(text))
    throw new UsageError(
      '--password-stdin reads one line, and standard input holds more than one; nothing was changed',
    );
  return text;
}

/** One line typed at the terminal, not echoed. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    process.stderr.write(prompt);
    let typed = '';
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const done = (err?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.removeListener('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(typed);
    };
    const onData = (s: string) => {
      for (const ch of s) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003' || ch === '\u0004') return done(new UsageError('cancelled'));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    input.on('data', onData);
  });
}

export async function readNewPassword(opts: { passwordStdin?: boolean }): Promise<string> {
  if (opts.passwordStdin) return readStdin();
  if (!process.stdin.isTTY)
    throw new UsageError('no terminal to ask the password on: pipe it in with --password-stdin');
  const first = await askHidden('New password: ');
  const again = await askHidden('Repeat it: ');
  if (first !== again) throw new UsageError('the two passwords differ; nothing was changed');
  return first;
}
