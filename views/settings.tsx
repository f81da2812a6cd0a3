import type { Child } from 'hono/jsx';
import { DISPLAY_NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from '../src/domain/account.ts';
import { ErrorSummary, Field, FieldError, PageHeader, SwapForm } from './components.tsx';
import { DayEndField } from './day-end.tsx';
import { TimeZoneSelect } from './time-zone.tsx';

/** The settings form as typed. */
export type SettingsValues = {
  display_name: string;
  email: string;
  time_zone: string;
  week_start: string;
  profile_public: boolean;
  show_streaks: boolean;
  day_ends_at: string;
};

/** Display name, email, time zone, first day of week and profile visibility. */
export function SettingsForm(props: {
  values: SettingsValues;
  errors: Record<string, string>;
  zones: string[];
  browserZone?: string;
  username: string;
}) {
  const { values: v, errors: e } = props;
  return (
    <SwapForm id="settings-form" class="account-form" action="/settings">
      <ErrorSummary errors={e} />
      <Field
        name="display_name"
        label="Display name"
        value={v.display_name}
        error={e.display_name}
        required
        hint="Shown with your pieces and on your profile."
        attrs={{ maxlength: DISPLAY_NAME_MAX }}
      />
      <Field
        name="email"
        label="Email"
        type="email"
        value={v.email}
        error={e.email}
        hint="Optional. Never shown to other writers."
        attrs={{ autocomplete: 'email' }}
      />
      <TimeZoneSelect
        zones={props.zones}
        value={v.time_zone}
        error={e.time_zone}
        hint={`“Today” and late fills follow this zone.${
          props.browserZone && props.browserZone !== v.time_zone
            ? ` Your browser says ${props.browserZone}.`
            : ''
        }`}
      />
      <DayEndField value={v.day_ends_at} error={e.day_ends_at} />
      <div class={`field${e.week_start ? ' has-error' : ''}`}>
        <label for="f-week_start">Weeks start on</label>
        <select id="f-week_start" name="week_start">
          <option value="1" selected={v.week_start === '1'}>
            Monday
          </option>
          <option value="7" selected={v.week_start === '7'}>
            Sunday
          </option>
        </select>
        <FieldError id="f-week_start" message={e.week_start} />
      </div>
      <div class="field">
        <label class="check">
          <input type="checkbox" name="profile_public" checked={v.profile_public} /> Public profile
        </label>
        <p class="hint">
          When public, your posted pieces and progress appear at{' '}
          <a href={`/@${props.username}`}>/@{props.username}</a> and in the events’ collections. Planned and
          drafting pieces are never shown to anyone else.
        </p>
      </div>
      <div class="field">
        <label class="check">
          <input type="checkbox" name="show_streaks" checked={v.show_streaks} /> Show my streaks
        </label>
        <p class="hint">
          Your current and longest runs of days with a fill or words logged, on your stats and event pages.
        </p>
      </div>
      <p class="actions">
        <button class="button primary" type="submit">
          Save settings
        </button>
      </p>
    </SwapForm>
  );
}

/** The change-password form: the current password, then the new one. */
export function PasswordForm(props: { errors: Record<string, string> }) {
  const e = props.errors;
  return (
    <SwapForm id="password-form" class="account-form" action="/settings/password">
      <ErrorSummary errors={e} />
      <Field
        name="current_password"
        label="Current password"
        type="password"
        error={e.current_password}
        required
        attrs={{ autocomplete: 'current-password', maxlength: PASSWORD_MAX }}
      />
      <Field
        name="new_password"
        label="New password"
        type="password"
        error={e.new_password}
        required
        hint={`At least ${PASSWORD_MIN} characters. Your other sessions are signed out.`}
        attrs={{ autocomplete: 'new-password', minlength: PASSWORD_MIN, maxlength: PASSWORD_MAX }}
      />
      <p class="actions">
        <button class="button primary" type="submit">
          Change password
        </button>
      </p>
    </SwapForm>
  );
}

/** The settings page: account settings, password, prompts to hide, and the API tokens section. */
export function SettingsPage(props: {
  settings: Parameters<typeof SettingsForm>[0];
  passwordErrors: Record<string, string>;
  saved?: 'settings' | 'password';
  isAdmin: boolean;
  /** The "Prompts to hide" section. */
  squick?: Child;
  tokens?: Child;
  /** The private calendar feed section. */
  feed?: Child;
}) {
  return (
    <>
      <PageHeader title="Settings" lead={`Signed in as ${props.settings.username}.`}>
        {props.isAdmin ? (
          <p>
            You are this instance’s admin: <a href="/signup">add a writer</a>.
          </p>
        ) : null}
      </PageHeader>
      {props.saved ? (
        <p class="notice" role="status">
          {props.saved === 'password' ? 'Your password was changed.' : 'Your settings were saved.'}
        </p>
      ) : null}
      <section aria-labelledby="account-title">
        <h2 id="account-title">Account</h2>
        <SettingsForm {...props.settings} />
      </section>
      {props.squick}
      <section aria-labelledby="password-title">
        <h2 id="password-title">Password</h2>
        <PasswordForm errors={props.passwordErrors} />
      </section>
      {props.tokens}
      {props.feed}
    </>
  );
}
