import type { Child } from 'hono/jsx';

/** htmx settings; read by htmx from a meta tag, so no inline script is needed. */
const HTMX_CONFIG = JSON.stringify({ defaultSettleDelay: 1, includeIndicatorCSS: false });

export const HTMX_VERSION = '4.0.1';

const NAV = [
  { href: '/', label: 'Today' },
  { href: '/events', label: 'Events' },
  { href: '/pieces', label: 'Collection' },
  { href: '/pieces/new', label: 'Log a piece' },
];

function isCurrent(path: string, href: string): boolean {
  if (href === '/') return path === '/';
  if (href === '/pieces') return path === '/pieces' || /^\/pieces\/\d+/.test(path);
  return path === href || path.startsWith(`${href}/`);
}

/** The only document shell: head, navigation, main, footer. */
export function Layout(props: { title: string; path: string; children: Child }) {
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
              {NAV.map((item) => (
                <li>
                  <a href={item.href} aria-current={isCurrent(props.path, item.href) ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
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
