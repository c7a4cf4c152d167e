// The console's sign-in form: e-mail and password, each with its error message next to it.
import { ConsoleDocument, FieldError } from './console-layout.js';

/** Field errors of a sign-in attempt; `form` is a problem not tied to one field. */
export interface SignInErrors {
  email?: string;
  password?: string;
  form?: string;
}

/** Renders the form, keeping the e-mail address typed (never the password). */
export function SignInPage(props: { email?: string; errors?: SignInErrors }) {
  const errors = props.errors ?? {};
  return (
    <ConsoleDocument title="Aanmelden">
      <main id="inhoud" tabindex={-1} class="sign-in">
        <h1>Aanmelden bij Loket beheer</h1>
        {errors.form ? (
          <p class="form-error" role="alert" id="sign-in-error">
            {errors.form}
          </p>
        ) : null}
        <form method="post" action="/console/sign-in" novalidate>
          <div class="field">
            <label for="email">E-mailadres</label>
            <input
              id="email" name="email" type="email" autocomplete="username" required value={props.email ?? ''}
              aria-invalid={errors.email ? 'true' : undefined} aria-describedby={errors.email ? 'email-error' : undefined}
            />
            <FieldError id="email-error" message={errors.email} />
          </div>
          <div class="field">
            <label for="password">Wachtwoord</label>
            <input
              id="password" name="password" type="password" autocomplete="current-password" required
              aria-invalid={errors.password ? 'true' : undefined} aria-describedby={errors.password ? 'password-error' : undefined}
            />
            <FieldError id="password-error" message={errors.password} />
          </div>
          <button type="submit">Aanmelden</button>
        </form>
      </main>
    </ConsoleDocument>
  );
}
