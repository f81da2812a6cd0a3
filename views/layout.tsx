import type { Child } from 'hono/jsx';
import type { Writer } from '../db/schema.ts';
import { loginPath } from '../src/domain/account.ts';
import { Icon, type IconName } from './icons.tsx';

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

const NAV_ICONS: Record<string, IconName> = {
  '/': 'today',
  '/events': 'calendar',
  '/pieces': 'collection',
  '/pieces/new': 'pen',
  '/stats': 'chart',
};

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
            <Icon name="sign-in" />
            Sign in
          </a>
        </li>
        {props.signupOpen ? (
          <li>
            <a href={loginPath(back, 'signup')} aria-current={props.path === '/signup' ? 'page' : undefined}>
              <Icon name="user" />
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
          <Icon name="user" />
          <span class="label">{w.displayName}</span>
        </a>
      </li>
      <li>
        <a href="/settings" aria-current={props.path === '/settings' ? 'page' : undefined}>
          <Icon name="settings" />
          <span class="label">Settings</span>
        </a>
      </li>
      <li>
        <form method="post" action="/logout" class="inline">
          <button type="submit" class="link">
            <Icon name="sign-out" />
            <span class="label">Sign out</span>
          </button>
        </form>
      </li>
    </ul>
  );
}

/** A feed a page links to from its head. */
export type FeedLink = { title: string; href: string };

/** The only document shell: head, navigation (by who is signed in), main, footer. */
export function Layout(props: {
  title: string;
  path: string;
  writer: Writer | null;
  signupOpen: boolean;
  /** Seconds after which a page without JavaScript reloads itself (a progress page); htmx polls instead. */
  refresh?: number;
  /** What the form just sent did ("Saved “Frostbite” for Day 2."): shown first, and first in the title. */
  flash?: string;
  feeds?: FeedLink[];
  children: Child;
}) {
  const nav = props.writer ? [...NAV, ...WRITER_NAV] : NAV;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="htmx-config" content={HTMX_CONFIG} />
        {/* The title is what a screen reader reads first on a new page, with or without JavaScript. */}
        <title>{`${props.flash ? `${props.flash} · ` : ''}${props.title} · Promptly`}</title>
        {props.refresh ? (
          <noscript>
            <meta http-equiv="refresh" content={String(props.refresh)} />
          </noscript>
        ) : null}
        <meta name="color-scheme" content="light dark" />
        <meta name="theme-color" content="#fbf9f6" media="(prefers-color-scheme: light)" />
        <meta name="theme-color" content="#17141b" media="(prefers-color-scheme: dark)" />
        <link rel="stylesheet" href="/public/vendor/modern-normalize.css" />
        <link rel="stylesheet" href="/public/css/app.css" />
        <link rel="stylesheet" href="/public/css/print.css" media="print" />
        <link rel="icon" href="/public/favicon.svg" type="image/svg+xml" />
        {(props.feeds ?? []).map((f) => (
          <link rel="alternate" type="application/atom+xml" title={f.title} href={f.href} />
        ))}
        <link rel="apple-touch-icon" href="/public/icons/apple-touch-icon.png" />
        <script src={`/public/vendor/htmx.min.js?v=${HTMX_VERSION}`} defer />
        <script src="/public/js/app.js" defer />
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site">
          <a class="brand" href="/">
            <img src="/public/favicon.svg" alt="" width="28" height="28" />
            Promptly
          </a>
          <nav aria-label="Main">
            <ul>
              {nav.map((item) => (
                <li>
                  <a href={item.href} aria-current={isCurrent(props.path, item.href) ? 'page' : undefined}>
                    {NAV_ICONS[item.href] ? <Icon name={NAV_ICONS[item.href] as IconName} /> : null}
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
            <AccountNav path={props.path} writer={props.writer} signupOpen={props.signupOpen} />
          </nav>
        </header>
        <main id="main" tabindex={-1}>
          {props.flash ? (
            <p class="notice flash" role="status" data-flash>
              {props.flash}
            </p>
          ) : null}
          {props.children}
        </main>
        <footer class="site">
          <p>Promptly — a tracker for writing challenges. Your pieces stay on this server.</p>
        </footer>
      </body>
    </html>
  );
}
