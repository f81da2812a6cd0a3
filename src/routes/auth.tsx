import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { DateTime } from 'luxon';
import {
  LoginForm,
  LoginPage,
  SignupClosedPage,
  SignupForm,
  SignupPage,
  ThrottledPage,
} from '../../views/auth.tsx';
import { hashPassword, newSecret, verifyPassword } from '../auth/secrets.ts';
import { endSession, startSession } from '../auth/session.ts';
import {
  claimAttempt,
  clientAddress,
  forgetAttempt,
  loginLimits,
  retryAfterSeconds,
  signupLimits,
  usernameKey,
} from '../auth/throttle.ts';
import { type AppEnv, writerOf } from '../context.ts';
import { PASSWORD_MAX, safeNext, validateSignup } from '../domain/account.ts';
import { isTimeZone, zoneChoices } from '../domain/calendar.ts';
import { findWriterByUsername, registerWriter } from '../queries/writers.ts';
import { redirectAfterPost, render } from '../render.tsx';

type Ctx = Context<AppEnv>;

// Checking a password against this when the username does not exist takes as long as a real check,
// so the answer's timing does not tell which usernames exist.
let dummyHash: Promise<string> | undefined;
const unknownUserHash = () => {
  dummyHash ??= hashPassword(newSecret());
  return dummyHash;
};

const field = (body: Record<string, unknown>, name: string) => {
  const v = body[name];
  return typeof v === 'string' ? v : '';
};

function signupPage(
  c: Ctx,
  given: Omit<Parameters<typeof SignupPage>[0], 'zones' | 'zoneKnown'>,
  status: 200 | 422 = 200,
) {
  const browser = getCookie(c, 'tz');
  const props = {
    ...given,
    zones: zoneChoices(given.values.time_zone),
    zoneKnown: status !== 200 || (browser !== undefined && isTimeZone(browser)),
  };
  return render(c, {
    title: props.adding ? 'Add a writer' : 'Sign up',
    body: <SignupPage {...props} />,
    fragment: <SignupForm {...props} />,
    status,
  });
}

/** The 429 answer to an attempt over its limit, which frees up at `until`. */
function throttled(c: Ctx, until: DateTime, instead?: { id: string; reason: string }) {
  const seconds = retryAfterSeconds(until, c.get('deps').now());
  c.header('Retry-After', String(seconds));
  return render(c, {
    title: 'Too many attempts',
    body: <ThrottledPage {...instead} minutes={Math.ceil(seconds / 60)} />,
    status: 429,
  });
}

function loginPage(c: Ctx, props: Parameters<typeof LoginPage>[0], status: 200 | 401 = 200) {
  return render(c, {
    title: 'Sign in',
    body: <LoginPage {...props} />,
    fragment: <LoginForm {...props} />,
    status,
  });
}

/** `/signup`, `/login`, `/logout`: accounts and sessions. */
export function authRoutes() {
  const app = new Hono<AppEnv>();
  const signupOpen = (c: Ctx) => c.get('deps').signup !== 'closed';

  app.get('/signup', (c) => {
    const writer = writerOf(c);
    const next = safeNext(c.req.query('next'));
    const browser = getCookie(c, 'tz');
    const zone = !writer?.isAdmin && browser && isTimeZone(browser) ? browser : 'UTC';
    const values = { username: '', email: '', time_zone: zone };
    if (writer?.isAdmin)
      return signupPage(c, { values, errors: {}, next, adding: true, added: c.req.query('added') });
    if (writer) return c.redirect(next, 303);
    if (!signupOpen(c)) return render(c, { title: 'Sign-up is closed', body: <SignupClosedPage /> });
    return signupPage(c, { values, errors: {}, next });
  });

  app.post('/signup', async (c) => {
    const { db, now } = c.get('deps');
    const writer = writerOf(c);
    const adding = writer?.isAdmin === true;
    const next = safeNext(c.req.query('next'));
    if (writer && !adding) return redirectAfterPost(c, next);
    if (!adding && !signupOpen(c))
      return render(c, { title: 'Sign-up is closed', body: <SignupClosedPage />, status: 403 });
    const body = await c.req.parseBody();
    // A form from before the picker (or a script) sends no zone: the browser's, as before, else UTC.
    const browser = getCookie(c, 'tz');
    const fallback = !adding && browser && isTimeZone(browser) ? browser : 'UTC';
    const values = {
      username: field(body, 'username').trim(),
      email: field(body, 'email').trim(),
      time_zone: field(body, 'time_zone').trim() || fallback,
    };
    const checked = validateSignup({ ...values, password: field(body, 'password') });
    const errors: Record<string, string> = checked.ok ? {} : { ...checked.errors };
    if (!isTimeZone(values.time_zone)) errors.time_zone = 'Choose your time zone from the list.';
    if (!checked.ok || errors.time_zone) return signupPage(c, { values, errors, next, adding }, 422);
    const taken = { username: 'That username is taken: choose another.' };
    // Answer early for a taken name (no hash needed); a password-less row may be the old single
    // writer that a first sign-up takes over, so registerWriter decides those.
    if (findWriterByUsername(db, checked.value.username)?.passwordHash)
      return signupPage(c, { values, errors: taken, next, adding }, 422);
    // Counted before the hash, so that sign-ups sent at once cannot all pass; the admin is not limited.
    const attempt = adding ? undefined : claimAttempt(db, signupLimits(clientAddress(c)), now());
    if (attempt && !attempt.ok)
      return throttled(c, attempt.until, {
        id: 'signup-form',
        reason: 'Too many accounts were made from this address.',
      });
    const result = registerWriter(db, {
      username: checked.value.username,
      email: checked.value.email,
      passwordHash: await hashPassword(checked.value.password),
      timeZone: values.time_zone,
    });
    if (!result.ok) {
      if (attempt) forgetAttempt(db, attempt.value);
      return signupPage(c, { values, errors: taken, next, adding }, 422);
    }
    if (adding) return redirectAfterPost(c, `/signup?added=${encodeURIComponent(result.writer.username)}`);
    startSession(c, result.writer.id);
    return redirectAfterPost(c, next);
  });

  app.get('/login', (c) => {
    const next = safeNext(c.req.query('next'));
    if (writerOf(c)) return c.redirect(next, 303);
    return loginPage(c, { username: '', next, signupOpen: signupOpen(c) });
  });

  app.post('/login', async (c) => {
    const { db, now } = c.get('deps');
    const next = safeNext(c.req.query('next'));
    const body = await c.req.parseBody();
    const username = field(body, 'username').trim();
    const password = field(body, 'password');
    // Counted before the password is checked, in one transaction: of attempts sent at once, only
    // as many as the limits allow are checked. A failure stays counted; a success is forgotten.
    const attempt = claimAttempt(db, loginLimits(username, clientAddress(c)), now());
    if (!attempt.ok) return throttled(c, attempt.until);
    const writer = username ? findWriterByUsername(db, username) : undefined;
    const stored = writer?.passwordHash ?? (await unknownUserHash());
    const ok = password.length <= PASSWORD_MAX && (await verifyPassword(password, stored));
    if (!writer?.passwordHash || !ok) {
      const error = 'That username and password do not match an account.';
      return loginPage(c, { username, error, next, signupOpen: signupOpen(c) }, 401);
    }
    // The username's earlier failures go too; the address's stay.
    forgetAttempt(db, attempt.value, [usernameKey(username)]);
    startSession(c, writer.id);
    return redirectAfterPost(c, next);
  });

  app.post('/logout', (c) => {
    endSession(c);
    return redirectAfterPost(c, '/');
  });

  return app;
}
