import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Writer } from '../../db/schema.ts';
import { PrivateFeedSection } from '../../views/private-feed.tsx';
import { PasswordForm, SettingsForm, SettingsPage, type SettingsValues } from '../../views/settings.tsx';
import { requireWriter } from '../auth/guards.ts';
import { hashPassword, verifyPassword } from '../auth/secrets.ts';
import { endOtherSessions } from '../auth/session.ts';
import { claimAttempt, forgetAttempt, passwordCheckLimits, retryAfterSeconds } from '../auth/throttle.ts';
import { type AppEnv, signedIn } from '../context.ts';
import { PASSWORD_MAX, passwordError, validateSettings } from '../domain/account.ts';
import { isTimeZone, zoneChoices } from '../domain/calendar.ts';
import { setPasswordHash, updateSettings } from '../queries/writers.ts';
import { redirectAfterPost, render } from '../render.tsx';
import { squickSection } from './squick.tsx';
import { tokensSection } from './tokens.tsx';

type Ctx = Context<AppEnv>;

function valuesOf(writer: Writer): SettingsValues {
  return {
    display_name: writer.displayName,
    email: writer.email ?? '',
    time_zone: writer.timeZone,
    week_start: String(writer.weekStart),
    profile_public: writer.profilePublic,
    show_streaks: writer.showStreaks,
    day_ends_at: String(writer.dayEndsAt),
  };
}

function settingsProps(c: Ctx, values: SettingsValues, errors: Record<string, string>) {
  const browserZone = getCookie(c, 'tz');
  return {
    values,
    errors,
    zones: zoneChoices(values.time_zone),
    browserZone: browserZone && isTimeZone(browserZone) ? browserZone : undefined,
    username: signedIn(c).username,
  };
}

/** The settings page, or for htmx only the form that was posted (`form`). */
function page(
  c: Ctx,
  opts: {
    values?: SettingsValues;
    errors?: Record<string, string>;
    passwordErrors?: Record<string, string>;
    form?: 'settings' | 'password';
  },
  status: 200 | 422 | 429 = 200,
) {
  const saved = c.req.query('saved');
  const settings = settingsProps(c, opts.values ?? valuesOf(signedIn(c)), opts.errors ?? {});
  const passwordErrors = opts.passwordErrors ?? {};
  return render(c, {
    title: 'Settings',
    body: (
      <SettingsPage
        settings={settings}
        passwordErrors={passwordErrors}
        saved={saved === 'settings' || saved === 'password' ? saved : undefined}
        isAdmin={signedIn(c).isAdmin}
        squick={squickSection(signedIn(c), saved === 'squick')}
        tokens={tokensSection(c.get('deps').db, signedIn(c).id)}
        feed={<PrivateFeedSection active={signedIn(c).feedSecretHash !== null} />}
      />
    ),
    fragment:
      opts.form === 'password' ? (
        <PasswordForm errors={passwordErrors} />
      ) : opts.form === 'settings' ? (
        <SettingsForm {...settings} />
      ) : undefined,
    status,
  });
}

/** `/settings`: the writer's account settings and password. */
export function settingsRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', requireWriter, (c) => page(c, {}));

  app.post('/', requireWriter, async (c) => {
    const body = await c.req.parseBody();
    const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    const values: SettingsValues = {
      display_name: text('display_name'),
      email: text('email'),
      time_zone: text('time_zone'),
      week_start: text('week_start'),
      profile_public: text('profile_public') !== '',
      show_streaks: text('show_streaks') !== '',
      day_ends_at: text('day_ends_at'),
    };
    const checked = validateSettings({
      ...values,
      profile_public: values.profile_public ? 'on' : '',
      show_streaks: values.show_streaks ? 'on' : '',
    });
    if (!checked.ok) return page(c, { values, errors: checked.errors, form: 'settings' }, 422);
    updateSettings(c.get('deps').db, signedIn(c).id, checked.value);
    return redirectAfterPost(c, '/settings?saved=settings');
  });

  app.post('/password', requireWriter, async (c) => {
    const writer = signedIn(c);
    const body = await c.req.parseBody();
    const current = typeof body.current_password === 'string' ? body.current_password : '';
    const fresh = typeof body.new_password === 'string' ? body.new_password : '';
    const { db, now } = c.get('deps');
    // Counted before the check, in one transaction, so that guesses sent at once cannot all be tried.
    const limits = passwordCheckLimits(writer.id);
    const attempt = claimAttempt(db, limits, now());
    if (!attempt.ok) {
      const seconds = retryAfterSeconds(attempt.until, now());
      const minutes = Math.ceil(seconds / 60);
      c.header('Retry-After', String(seconds));
      const error = `Too many wrong passwords: try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
      return page(c, { passwordErrors: { current_password: error }, form: 'password' }, 429);
    }
    const errors: Record<string, string> = {};
    if (current.length > PASSWORD_MAX || !(await verifyPassword(current, writer.passwordHash)))
      errors.current_password = 'That is not your current password.';
    else
      forgetAttempt(
        db,
        attempt.value,
        limits.map((l) => l.key),
      );
    const weak = passwordError(fresh);
    if (weak) errors.new_password = weak;
    if (Object.keys(errors).length > 0) return page(c, { passwordErrors: errors, form: 'password' }, 422);
    const passwordHash = await hashPassword(fresh);
    // One transaction: a new password never leaves the other sessions signed in.
    db.transaction(() => {
      setPasswordHash(db, writer.id, passwordHash);
      endOtherSessions(c, writer.id);
    });
    return redirectAfterPost(c, '/settings?saved=password');
  });

  return app;
}
