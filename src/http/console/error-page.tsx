// The console's page for a deliberate error (not found, no access, expired form), in Dutch.
import { ConsoleDocument } from './console-layout.js';

const TEXTS: Record<string, { title: string; text: string }> = {
  forbidden: { title: 'Geen toegang', text: 'Uw rol laat deze pagina of handeling niet toe. Vraag het aan een beheerder van uw gemeente.' },
  csrf_failed: { title: 'Formulier verlopen', text: 'Het formulier hoort niet bij uw sessie. Laad de pagina opnieuw en probeer het nog eens.' },
  conflict: { title: 'Niet mogelijk', text: 'Dit kan niet in de huidige toestand, bijvoorbeeld omdat het gesprek gesloten is of de registratie al ingediend is.' },
  rate_limited: { title: 'Te veel pogingen', text: 'Wacht even en probeer het dan opnieuw.' },
};
const NOT_FOUND = { title: 'Niet gevonden', text: 'Deze pagina, dit gesprek, dit product of deze registratie bestaat niet (of niet voor uw gemeente).' };

/** The page for an AppError with `code`. */
export function ErrorPage(props: { code: string }) {
  const { title, text } = TEXTS[props.code] ?? NOT_FOUND;
  return (
    <ConsoleDocument title={title}>
      <main id="inhoud" tabindex={-1}>
        <h1>{title}</h1>
        <p>{text}</p>
        <p>
          <a href="/console">Terug naar het beheer</a>
        </p>
      </main>
    </ConsoleDocument>
  );
}
