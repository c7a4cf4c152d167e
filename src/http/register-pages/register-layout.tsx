// The frame of every public register page: language, title, navigation, skip link, feed and stylesheet.
import type { Child } from 'hono/jsx';

/** The register's sections, in navigation order. */
const SECTIONS = [
  { href: '/register', label: 'Zoeken' },
  { href: '/register/organisaties', label: 'Per bestuur' },
  { href: '/register/statistieken', label: 'Statistieken' },
  { href: '/register/overzicht', label: 'Overzicht voor het Vlaams Parlement' },
  { href: '/register/open-data', label: 'Open data' },
];

/** Wraps a register page; `current` marks the section in the navigation with aria-current. */
export function RegisterLayout(props: { title: string; current?: string; children: Child }) {
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} — AI-register van de lokale besturen`}</title>
        <link rel="stylesheet" href="/assets/register.css" />
        <link rel="alternate" type="application/atom+xml" title="Wijzigingen in het AI-register" href="/register/wijzigingen.atom" />
      </head>
      <body>
        <a class="skip" href="#inhoud">Naar de inhoud</a>
        <header class="register">
          <p class="brand">AI-register van de Vlaamse lokale besturen</p>
          <nav class="register" aria-label="Register">
            <ul>
              {SECTIONS.map((s) => (
                <li>
                  <a href={s.href} aria-current={props.current === s.href ? 'page' : undefined}>{s.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="inhoud">{props.children}</main>
        <footer class="register">
          <p>
            Elke toepassing van artificiële intelligentie (AI) door een gemeente, stad of OCMW hoort in dit openbare register.
            De besturen houden hun fiches zelf bij; een beoordelaar kijkt ze na voor ze verschijnen. · <a href="/">Loket</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
