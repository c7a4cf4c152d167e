// After a handoff: a short form to leave contact details, with explicit consent, so staff can call
// or mail back. Built with DOM methods only; native validation plus "an e-mail or a phone".
import type { Texts } from './dictionary.js';

export interface ContactInput {
  name?: string;
  email?: string;
  phone?: string;
  consent: true;
}

let forms = 0;

function field(doc: Document, id: string, label: string, type: string, autocomplete: AutoFill, maxLength: number) {
  const wrapper = doc.createElement('div');
  const caption = doc.createElement('label');
  caption.htmlFor = id;
  caption.textContent = label;
  const input = doc.createElement('input');
  input.id = id;
  input.type = type;
  input.autocomplete = autocomplete;
  input.maxLength = maxLength;
  input.dir = 'auto';
  wrapper.append(caption, input);
  return { wrapper, input };
}

/** The contact form; `onSend` resolves to whether the server took the details. */
export function createContactForm(doc: Document, texts: Texts, onSend: (input: ContactInput) => Promise<boolean>): HTMLElement {
  const n = ++forms;
  const id = (part: string) => `loket-contact-${n}-${part}`;
  const form = doc.createElement('form');
  form.className = 'contact';
  form.setAttribute('aria-labelledby', id('intro'));
  const intro = doc.createElement('p');
  intro.id = id('intro');
  intro.textContent = texts.contactIntro;
  const name = field(doc, id('name'), texts.contactName, 'text', 'name', 200);
  const email = field(doc, id('email'), texts.contactEmail, 'email', 'email', 320);
  const phone = field(doc, id('phone'), texts.contactPhone, 'tel', 'tel', 40);
  const hint = doc.createElement('p');
  hint.id = id('hint');
  hint.className = 'hint';
  hint.textContent = texts.contactHint;
  const error = doc.createElement('p');
  error.id = id('error');
  error.className = 'error';
  error.setAttribute('role', 'alert');
  for (const input of [email.input, phone.input]) input.setAttribute('aria-describedby', `${hint.id} ${error.id}`);
  const consentLabel = doc.createElement('label');
  consentLabel.className = 'consent';
  const consent = doc.createElement('input');
  consent.type = 'checkbox';
  consent.required = true;
  consentLabel.append(consent, doc.createTextNode(` ${texts.contactConsent}`));
  const submit = doc.createElement('button');
  submit.type = 'submit';
  submit.className = 'primary';
  submit.textContent = texts.contactSend;
  form.append(intro, name.wrapper, email.wrapper, phone.wrapper, hint, consentLabel, error, submit);

  // Validated here rather than by the browser's bubbles: one message next to the fields, in the
  // widget's language, announced (role="alert"), and focus on the field to correct.
  form.noValidate = true;
  const showError = (message: string, focus: HTMLInputElement | null, invalid: readonly HTMLInputElement[] = []) => {
    error.textContent = message;
    for (const input of [email.input, phone.input, consent]) input.setAttribute('aria-invalid', String(invalid.includes(input)));
    focus?.focus();
  };
  consent.setAttribute('aria-describedby', error.id);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const [nameValue, emailValue, phoneValue] = [name.input, email.input, phone.input].map((input) => input.value.trim());
    const badEmail = email.input.validity.typeMismatch;
    const badPhone = Boolean(phoneValue) && !/^(?=.*\d)[\d +./-]+$/.test(phoneValue ?? '');
    if (!emailValue && !phoneValue) return showError(texts.contactMissing, email.input, [email.input, phone.input]);
    if (badEmail || badPhone) return showError(texts.contactInvalid, badEmail ? email.input : phone.input, badEmail ? [email.input] : [phone.input]);
    if (!consent.checked) return showError(texts.contactNoConsent, consent, [consent]);
    submit.disabled = true;
    showError('', null);
    const input: ContactInput = {
      ...(nameValue ? { name: nameValue } : {}),
      ...(emailValue ? { email: emailValue } : {}),
      ...(phoneValue ? { phone: phoneValue } : {}),
      consent: true,
    };
    void onSend(input).then((ok) => {
      if (!ok) {
        submit.disabled = false;
        return showError(texts.error, null);
      }
      const thanks = doc.createElement('p');
      thanks.className = 'contact';
      thanks.setAttribute('role', 'status');
      thanks.tabIndex = -1;
      thanks.textContent = texts.contactThanks;
      form.replaceWith(thanks);
      // The focused button is gone; keep a keyboard user's place on the confirmation.
      thanks.focus();
    });
  });
  return form;
}
