import type { Child } from 'hono/jsx';
import type { Writer } from '../db/schema.ts';
import { loginPath } from '../src/domain/account.ts';

/** htmx settings; read by htmx from a meta tag, so no inline script is needed. */
const HTMX_CONFIG = JSON.stringify({ defaultSettleDelay: 1, includeIndicatorCSS: false });

export const HTMX_VERSION = '4.0.1';

const NAV = [
  { href: '/', label: 'Today' },
  { href: '/events', label: 'Events' },
];

const WRITER_NAV = [
  { href: '/pieces', label: 'Collection' },
  { href: '/pieces/new', label: 'Log a piece' },
  { href: '/stats', label: 'Stats' },
];

function isCurrent(path: string, href: string): boolean {
  if (href === '/') return path === '/';
  if (href === '/pieces') return path === '/pieces' || /^\/pieces\/\d+/.test(path);
  return path === href || path.startsWith(`${href}/`);
}

/** Sign in / Sign up for a visitor (coming back to this page); the writer's name, Settings and Sign out otherwise. */
function AccountNav(props: { path: string; writer: Writer | null; signupOpen: boolean }) {
  const w = props.writer;
  if (!w) {
    const back = props.path === '/login' || props.path === '/signup' ? '/' : props.path;
    return (
      <ul class="account">
        <li>
          <a href={loginPath(back)} aria-current={props.path === '/login' ? 'page' : undefined}>
            Sign in
          </a>
        </li>
        {props.signupOpen ? (
          <li>
            <a href={loginPath(back, 'signup')} aria-current={props.path === '/signup' ? 'page' : undefined}>
              Sign up
            </a>
          </li>
        ) : null}
      </ul>
    );
  }
  return (
    <ul class="account">
      <li>
        <a href={`/@${w.username}`} class="writer-name">
          {w.displayName}
        </a>
      </li>
      <li>
        <a href="/settings" aria-current={props.path === '/settings' ? 'page' : undefined}>
          Settings
        </a>
      </li>
      <li>
        <form method="post" action="/logout" class="inline">
          <button type="submit" class="link">
            Sign out
          </button>
        </form>
      </li>
    </ul>
  );
}

/** The only document shell: head, navigation (by who is signed in), main, footer. */
export function Layout(props: {
  title: string;
  path: string;
  writer: Writer | null;
  signupOpen: boolean;
  children: Child;
}) {
  const nav = props.writer ? [...NAV, ...WRITER_NAV] : NAV;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="htmx-config" content={HTMX_CONFIG} />
        <title>{`${props.title} · Promptly`}</title>
        <link rel="stylesheet" href="/public/css/app.css" />
        <link rel="icon" href="/public/favicon.svg" type="image/svg+xml" />
        <script src={`/public/vendor/htmx.min.js?v=${HTMX_VERSION}`} defer />
        <script src="/public/js/app.js" defer />
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site">
          <a class="brand" href="/">
            Promptly
          </a>
          <nav aria-label="Main">
            <ul>
              {nav.map((item) => (
                <li>
                  <a href={item.href} aria-current={isCurrent(props.path, item.href) ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
            <AccountNav path={props.path} writer={props.writer} signupOpen={props.signupOpen} />
          </nav>
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site">
          <p>Promptly — a tracker for writing challenges. Your pieces stay on this server.</p>
        </footer>
      </body>
    </html>
  );
}
