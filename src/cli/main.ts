import { parseCommandLine } from './args.ts';
import {
  backup,
  CommandFailed,
  type Io,
  migrate,
  seed,
  tokenCreate,
  writerAdd,
  writerResetPassword,
} from './commands.ts';
import { Interrupted } from './password.ts';

/** Runs `promptly <argv>`; answers the exit code: 0 done, 1 failed, 2 usage error, 130 interrupted. */
export async function main(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandLine(argv);
  if (parsed.kind === 'help') {
    io.stdout.write(parsed.text);
    return 0;
  }
  if (parsed.kind === 'usage') {
    io.stderr.write(parsed.message);
    return 2;
  }
  const { command, args, flags } = parsed;
  try {
    if (command === 'migrate') await migrate(io);
    else if (command === 'writer add') await writerAdd(io, args, flags);
    else if (command === 'writer reset-password') await writerResetPassword(io, args);
    else if (command === 'token create') await tokenCreate(io, args, flags);
    else if (command === 'backup') await backup(io, args, flags);
    else if (command === 'seed') await seed(io, flags);
    return 0;
  } catch (err) {
    if (err instanceof Interrupted) return 130;
    if (!(err instanceof CommandFailed)) throw err;
    io.stderr.write(`${err.message}\n`);
    return 1;
  }
}
