import { Hono } from 'hono';
import type { Writer } from '../../db/schema.ts';
import { bearerAuth } from '../auth/bearer.ts';
import { type AppEnv, signedIn } from '../context.ts';
import { validateSettings } from '../domain/account.ts';
import { apiError, readJsonObject } from '../http/json.ts';
import { findWriter, updateSettings } from '../queries/writers.ts';

/** The settings as the API answers them. */
function settingsJson(w: Writer) {
  return {
    username: w.username,
    display_name: w.displayName,
    email: w.email,
    time_zone: w.timeZone,
    week_start: w.weekStart,
    profile_public: w.profilePublic,
    show_streaks: w.showStreaks,
    day_ends_at: w.dayEndsAt,
  };
}

/** Each field PATCH takes, with the JSON type it must have. */
const FIELDS: Record<string, 'string' | 'number' | 'boolean' | 'string|null'> = {
  display_name: 'string',
  email: 'string|null',
  time_zone: 'string',
  week_start: 'number',
  profile_public: 'boolean',
  show_streaks: 'boolean',
  day_ends_at: 'number',
};

/** `/api/v1/me/settings` (mounted by apiMeRoutes): the token writer’s settings, read and changed field by field. */
export function meSettingsRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/me/settings', bearerAuth, (c) => c.json(settingsJson(signedIn(c))));

  app.patch('/me/settings', bearerAuth, async (c) => {
    const body = await readJsonObject(c);
    if (!body.ok) return body.response;
    const fields: Record<string, string> = {};
    for (const [name, value] of Object.entries(body.value)) {
      const type = FIELDS[name];
      if (!type) fields[name] = 'Settings have no such field.';
      else if (
        !(typeof value === type || (type === 'string|null' && (value === null || typeof value === 'string')))
      )
        fields[name] = `Send a ${type.replace('|', ' or ')}.`;
    }
    if (Object.keys(fields).length > 0)
      return apiError(c, 422, 'The settings were not saved; see fields.', fields);
    const now = settingsJson(signedIn(c));
    const next = { ...now, ...body.value } as ReturnType<typeof settingsJson>;
    const checked = validateSettings({
      display_name: next.display_name,
      email: next.email ?? '',
      time_zone: next.time_zone,
      week_start: String(next.week_start),
      profile_public: next.profile_public ? 'on' : '',
      show_streaks: next.show_streaks ? 'on' : '',
      day_ends_at: String(next.day_ends_at),
    });
    if (!checked.ok) return apiError(c, 422, 'The settings were not saved; see fields.', checked.errors);
    const { db } = c.get('deps');
    updateSettings(db, signedIn(c).id, checked.value);
    return c.json(settingsJson(findWriter(db, signedIn(c).id) ?? signedIn(c)));
  });

  return app;
}
