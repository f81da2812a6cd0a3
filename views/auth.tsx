import { loginPath, PASSWORD_MAX, PASSWORD_MIN, USERNAME_MAX } from '../src/domain/account.ts';
import { ErrorSummary, Field, PageHeader, SwapForm } from './components.tsx';
import { TimeZoneSelect } from './time-zone.tsx';

/** What the sign-up form holds, as typed (never the password). */
export type SignupValues = { username: string; email: string; time_zone: string };

/** The sign-up form; with `adding`, the admin adds a writer instead of signing up. */
export function SignupForm(props: {
  values: SignupValues;
  errors: Record<string, string>;
  next: string;
  adding?: boolean;
  /** The zones to choose from; `zoneKnown` false when the browser has not told its zone (no JavaScript yet). */
  zones: string[];
  zoneKnown?: boolean;
}) {
  const { values: v, errors: e } = props;
  const action = props.adding ? '/signup' : loginPath(props.next, 'signup');
  return (
    <SwapForm id="signup-form" class="account-form" action={action}>
      <ErrorSummary errors={e} />
      <Field
        name="username"
        label="Username"
        value={v.username}
        error={e.username}
        required
        hint={`2 to ${USERNAME_MAX} letters, digits, _ or -. It is your address: /@username.`}
        attrs={{
          autocomplete: 'username',
          maxlength: USERNAME_MAX,
          autocapitalize: 'none',
          spellcheck: false,
        }}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        error={e.password}
        required
        hint={`At least ${PASSWORD_MIN} characters.`}
        attrs={{ autocomplete: 'new-password', minlength: PASSWORD_MIN, maxlength: PASSWORD_MAX }}
      />
      <Field
        name="email"
        label="Email"
        type="email"
        value={v.email}
        error={e.email}
        hint="Optional. Only you and the admin see it."
        attrs={{ autocomplete: 'email' }}
      />
      <TimeZoneSelect
        zones={props.zones}
        value={v.time_zone}
        error={e.time_zone}
        hint="“Today” follows this zone: choose the city whose clock you write by. You can change it in Settings."
        fromBrowser={!props.zoneKnown && !props.adding}
      />
      <p class="actions">
        <button class="button primary" type="submit">
          {props.adding ? 'Add the writer' : 'Sign up'}
        </button>
      </p>
    </SwapForm>
  );
}

/** The sign-up page (or, for the admin, the "add a writer" page). */
export function SignupPage(props: Parameters<typeof SignupForm>[0] & { added?: string }) {
  if (props.adding)
    return (
      <>
        <PageHeader
          title="Add a writer"
          lead="As the admin you can add writers, also while sign-up is closed. Tell them their username and password."
        />
        {props.added ? (
          <p class="notice" role="status">
            Added <strong>{props.added}</strong>. They can sign in now.
          </p>
        ) : null}
        <SignupForm {...props} />
      </>
    );
  return (
    <>
      <PageHeader title="Sign up" lead="An account keeps your pieces and your progress through each event.">
        <p>
          Already have an account? <a href={loginPath(props.next)}>Sign in</a>.
        </p>
      </PageHeader>
      <SignupForm {...props} />
    </>
  );
}

/** Said instead of the form when the instance takes no sign-ups. */
export function SignupClosedPage() {
  return (
    <PageHeader
      title="Sign-up is closed"
      lead="This Promptly adds writers by invitation: ask its admin for an account."
    >
      <p>
        Have one already? <a href="/login">Sign in</a>.
      </p>
    </PageHeader>
  );
}

/** The sign-in form. */
export function LoginForm(props: { username: string; error?: string; next: string; signupOpen: boolean }) {
  const action = loginPath(props.next);
  return (
    <SwapForm id="login-form" class="account-form" action={action}>
      {props.error ? (
        <div class="error-summary" role="alert" tabindex={-1}>
          <p>{props.error}</p>
        </div>
      ) : null}
      <Field
        name="username"
        label="Username"
        value={props.username}
        required
        attrs={{ autocomplete: 'username', autocapitalize: 'none', spellcheck: false }}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        required
        attrs={{ autocomplete: 'current-password', maxlength: PASSWORD_MAX }}
      />
      <p class="actions">
        <button class="button primary" type="submit">
          Sign in
        </button>
      </p>
    </SwapForm>
  );
}

/** The sign-in page, with a way to sign up that keeps where the writer was going. */
export function LoginPage(props: Parameters<typeof LoginForm>[0]) {
  return (
    <>
      <PageHeader title="Sign in" lead="Sign in to log pieces and track your progress.">
        {props.signupOpen ? (
          <p>
            New here? <a href={loginPath(props.next, 'signup')}>Sign up</a>: it takes a username and a
            password.
          </p>
        ) : null}
      </PageHeader>
      <LoginForm {...props} />
    </>
  );
}

/** Said after too many attempts (status 429): sign-ins by default, or `reason`, in place of the form `id`. */
export function ThrottledPage(props: { minutes: number; id?: string; reason?: string }) {
  const reason = props.reason ?? 'Too many failed sign-ins for this account or from this address.';
  return (
    <div id={props.id ?? 'login-form'}>
      <PageHeader
        title="Too many attempts"
        lead={`${reason} Try again in ${props.minutes} ${props.minutes === 1 ? 'minute' : 'minutes'}.`}
      >
        <p>
          <a href="/">Back to today’s prompts</a>
        </p>
      </PageHeader>
    </div>
  );
}
