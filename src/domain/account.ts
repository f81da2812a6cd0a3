import { isTimeZone } from './calendar.ts';
import { DAY_END_MAX, parseDayEnd } from './day-end.ts';
import { nameProblem, textProblem } from './text-input.ts';

/** Field name → message, for the account forms. */
export type AccountErrors = Record<string, string>;

/** The outcome of validating a form: the clean value, or a message per field. */
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: AccountErrors };

export const USERNAME_MIN = 2;
export const USERNAME_MAX = 30;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;
export const DISPLAY_NAME_MAX = 60;
const USERNAME = /^[A-Za-z0-9_-]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

const length = (s: string) => [...s].length;

/** The message for a bad username, or undefined: 2–30 letters, digits, `_` or `-`. */
export function usernameError(username: string): string | undefined {
  if (username === '') return 'Choose a username.';
  // Letters, digits, _ and - only: no invisible character or direction control gets this far.
  if (!USERNAME.test(username)) return 'Use only letters, digits, _ and - in a username.';
  if (username.length < USERNAME_MIN || username.length > USERNAME_MAX)
    return `A username has ${USERNAME_MIN} to ${USERNAME_MAX} characters.`;
  return undefined;
}

/** The message for a bad new password, or undefined: 8 to 200 characters, none of them a control character. */
export function passwordError(password: string): string | undefined {
  const problem = textProblem(password, 'The password');
  if (problem) return problem;
  if (length(password) < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters for a password.`;
  if (length(password) > PASSWORD_MAX) return `A password has at most ${PASSWORD_MAX} characters.`;
  return undefined;
}

function emailError(email: string): string | undefined {
  if (email === '') return undefined;
  if (email.length > 254 || !EMAIL.test(email) || textProblem(email, 'The email'))
    return 'That does not look like an email address.';
  return undefined;
}

/** A sign-up form, checked: username as typed (trimmed), password, email or null. */
export function validateSignup(form: {
  username: string;
  password: string;
  email: string;
}): Validated<{ username: string; password: string; email: string | null }> {
  const username = form.username.trim();
  const email = form.email.trim();
  const errors: AccountErrors = {};
  const u = usernameError(username);
  if (u) errors.username = u;
  const p = passwordError(form.password);
  if (p) errors.password = p;
  const e = emailError(email);
  if (e) errors.email = e;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { username, password: form.password, email: email || null } };
}

/** A writer's settings as saved. */
export type AccountSettings = {
  displayName: string;
  email: string | null;
  timeZone: string;
  weekStart: number;
  profilePublic: boolean;
  /** Whether the writer wants their streaks shown. */
  showStreaks: boolean;
  /** The hour (0–6) the writer's day ends at. */
  dayEndsAt: number;
};

/** The settings form, checked. */
export function validateSettings(form: {
  display_name: string;
  email: string;
  time_zone: string;
  week_start: string;
  profile_public: string;
  show_streaks?: string;
  /** Left out: midnight. */
  day_ends_at?: string;
}): Validated<AccountSettings> {
  const displayName = form.display_name.trim();
  const email = form.email.trim();
  const errors: AccountErrors = {};
  const nameIssue = displayName === '' ? undefined : nameProblem(displayName, 'The display name');
  if (displayName === '') errors.display_name = 'Give a name to show with your pieces.';
  else if (length(displayName) > DISPLAY_NAME_MAX)
    errors.display_name = `A display name has at most ${DISPLAY_NAME_MAX} characters.`;
  else if (nameIssue) errors.display_name = nameIssue;
  const e = emailError(email);
  if (e) errors.email = e;
  if (!isTimeZone(form.time_zone)) errors.time_zone = 'Choose a time zone from the list.';
  if (form.week_start !== '1' && form.week_start !== '7')
    errors.week_start = 'Weeks start on Monday or Sunday.';
  const dayEndsAt = parseDayEnd(form.day_ends_at || '0');
  if (dayEndsAt === undefined)
    errors.day_ends_at = `Your day ends at midnight or an hour up to ${DAY_END_MAX} am.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      displayName,
      email: email || null,
      timeZone: form.time_zone,
      weekStart: Number(form.week_start),
      profilePublic: form.profile_public === 'on' || form.profile_public === 'true',
      showStreaks: form.show_streaks === 'on' || form.show_streaks === 'true',
      dayEndsAt: dayEndsAt ?? 0,
    },
  };
}

/** Where to go after signing in: `next` if it is a path on this site, else `/`. */
export function safeNext(next: string | undefined | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  // Control characters (a newline, a tab) have no place in a path and could split a header.
  if ([...next].some((ch) => ch.charCodeAt(0) < 0x20 || ch === '\u007f')) return '/';
  return next;
}

/** The sign-in page's address, coming back to `next` afterwards. */
export function loginPath(next: string, page: 'login' | 'signup' = 'login'): string {
  const target = safeNext(next);
  return target === '/' ? `/${page}` : `/${page}?next=${encodeURIComponent(target)}`;
}
