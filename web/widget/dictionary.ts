// The widget's interface text in the four languages of Belgium's residents it serves; replies come from the server.

export const LANGUAGES = ['nl', 'fr', 'en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Texts {
  launcher: string;
  title: string;
  intro: string;
  about: string;
  close: string;
  log: string;
  inputLabel: string;
  placeholder: string;
  send: string;
  human: string;
  humanMessage: string;
  resident: string;
  bot: string;
  agent: string;
  sources: string;
  suggestions: string;
  helpful: string;
  up: string;
  down: string;
  comment: string;
  sendFeedback: string;
  thanks: string;
  error: string;
  typing: string;
  waiting: string;
  withAgent: string;
  closed: string;
  newTab: string;
  contactIntro: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  contactHint: string;
  contactConsent: string;
  contactSend: string;
  contactMissing: string;
  contactInvalid: string;
  contactNoConsent: string;
  contactThanks: string;
}

const nl: Texts = {
  launcher: 'Stel uw vraag',
  title: 'Digitale assistent',
  intro:
    'Ik ben een digitale assistent, geen mens. Ik beantwoord vragen met de goedgekeurde informatie van de gemeente en geef telkens mijn bron: documenten, kosten, openingsuren, afvalophaling. Ik kan me vergissen. U kunt altijd met een medewerker spreken.',
  about: 'Over deze assistent',
  close: 'Chat sluiten',
  log: 'Gesprek',
  inputLabel: 'Uw vraag',
  placeholder: 'Typ uw vraag…',
  send: 'Verstuur',
  human: 'Praat met een medewerker',
  humanMessage: 'Ik wil met een medewerker spreken',
  resident: 'U',
  bot: 'Assistent',
  agent: 'Medewerker',
  sources: 'Bronnen',
  suggestions: 'Voorstellen',
  helpful: 'Was dit antwoord nuttig?',
  up: 'Ja, nuttig',
  down: 'Nee, niet nuttig',
  comment: 'Opmerking (niet verplicht)',
  sendFeedback: 'Verstuur feedback',
  thanks: 'Bedankt voor uw feedback.',
  error: 'Er ging iets mis. Probeer het opnieuw of neem contact op met de gemeente.',
  typing: 'De assistent schrijft…',
  waiting: 'U wacht op een medewerker.',
  withAgent: 'Een medewerker volgt uw gesprek op.',
  closed: 'Het gesprek is afgesloten.',
  newTab: '(opent in een nieuw tabblad)',
  contactIntro: 'Wilt u dat de gemeente u terugbelt of mailt? Laat dan uw gegevens na.',
  contactName: 'Naam (niet verplicht)',
  contactEmail: 'E-mailadres',
  contactPhone: 'Telefoonnummer',
  contactHint: 'Vul een e-mailadres, een telefoonnummer of allebei in.',
  contactConsent: 'Ik geef toestemming dat de gemeente mij hierover contacteert. Mijn gegevens worden gewist na de bewaartermijn.',
  contactSend: 'Gegevens versturen',
  contactMissing: 'Vul een e-mailadres of een telefoonnummer in.',
  contactInvalid: 'Controleer het e-mailadres en het telefoonnummer.',
  contactNoConsent: 'Vink de toestemming aan om uw gegevens te versturen.',
  contactThanks: 'Bedankt. Een medewerker van de gemeente neemt contact met u op.',
};

const fr: Texts = {
  launcher: 'Posez votre question',
  title: 'Assistant numérique',
  intro:
    "Je suis un assistant numérique, pas une personne. Je réponds à partir des informations approuvées par la commune et je cite toujours ma source : documents, tarifs, heures d'ouverture, collecte des déchets. Je peux me tromper. Vous pouvez toujours parler à un collaborateur.",
  about: 'À propos de cet assistant',
  close: 'Fermer le chat',
  log: 'Conversation',
  inputLabel: 'Votre question',
  placeholder: 'Tapez votre question…',
  send: 'Envoyer',
  human: 'Parler à un collaborateur',
  humanMessage: 'Je voudrais parler à un collaborateur',
  resident: 'Vous',
  bot: 'Assistant',
  agent: 'Collaborateur',
  sources: 'Sources',
  suggestions: 'Suggestions',
  helpful: 'Cette réponse vous a-t-elle aidé ?',
  up: 'Oui, utile',
  down: 'Non, pas utile',
  comment: 'Commentaire (facultatif)',
  sendFeedback: "Envoyer l'avis",
  thanks: 'Merci pour votre avis.',
  error: 'Une erreur est survenue. Réessayez ou contactez la commune.',
  typing: "L'assistant écrit…",
  waiting: 'Vous attendez un collaborateur.',
  withAgent: 'Un collaborateur suit votre conversation.',
  closed: 'La conversation est terminée.',
  newTab: '(ouvre un nouvel onglet)',
  contactIntro: 'Vous souhaitez que la commune vous rappelle ou vous écrive ? Laissez vos coordonnées.',
  contactName: 'Nom (facultatif)',
  contactEmail: 'Adresse e-mail',
  contactPhone: 'Numéro de téléphone',
  contactHint: 'Indiquez une adresse e-mail, un numéro de téléphone ou les deux.',
  contactConsent: "J'autorise la commune à me contacter à ce sujet. Mes données seront effacées à la fin de la durée de conservation.",
  contactSend: 'Envoyer mes coordonnées',
  contactMissing: 'Indiquez une adresse e-mail ou un numéro de téléphone.',
  contactInvalid: "Vérifiez l'adresse e-mail et le numéro de téléphone.",
  contactNoConsent: 'Cochez la case de consentement pour envoyer vos coordonnées.',
  contactThanks: 'Merci. Un collaborateur de la commune vous contactera.',
};

const en: Texts = {
  launcher: 'Ask a question',
  title: 'Digital assistant',
  intro:
    "I am a digital assistant, not a person. I answer from the municipality's approved information and always name my source: documents, costs, opening hours, waste collection. I can be wrong. You can always talk to a member of staff.",
  about: 'About this assistant',
  close: 'Close chat',
  log: 'Conversation',
  inputLabel: 'Your question',
  placeholder: 'Type your question…',
  send: 'Send',
  human: 'Talk to a person',
  humanMessage: 'I would like to talk to a member of staff',
  resident: 'You',
  bot: 'Assistant',
  agent: 'Staff',
  sources: 'Sources',
  suggestions: 'Suggestions',
  helpful: 'Was this answer helpful?',
  up: 'Yes, helpful',
  down: 'No, not helpful',
  comment: 'Comment (optional)',
  sendFeedback: 'Send feedback',
  thanks: 'Thank you for your feedback.',
  error: 'Something went wrong. Try again or contact the municipality.',
  typing: 'The assistant is writing…',
  waiting: 'You are waiting for a member of staff.',
  withAgent: 'A member of staff is following up your conversation.',
  closed: 'The conversation has been closed.',
  newTab: '(opens in a new tab)',
  contactIntro: 'Would you like the municipality to call or e-mail you back? Leave your details.',
  contactName: 'Name (optional)',
  contactEmail: 'E-mail address',
  contactPhone: 'Phone number',
  contactHint: 'Give an e-mail address, a phone number or both.',
  contactConsent: 'I agree that the municipality contacts me about this. My details are erased at the end of the retention period.',
  contactSend: 'Send my details',
  contactMissing: 'Enter an e-mail address or a phone number.',
  contactInvalid: 'Check the e-mail address and the phone number.',
  contactNoConsent: 'Tick the consent box to send your details.',
  contactThanks: 'Thank you. A member of staff of the municipality will contact you.',
};

const de: Texts = {
  launcher: 'Frage stellen',
  title: 'Digitaler Assistent',
  intro:
    'Ich bin ein digitaler Assistent, kein Mensch. Ich antworte mit den geprüften Informationen der Gemeinde und nenne immer meine Quelle: Dokumente, Kosten, Öffnungszeiten, Müllabfuhr. Ich kann mich irren. Sie können jederzeit mit einer Mitarbeiterin oder einem Mitarbeiter sprechen.',
  about: 'Über diesen Assistenten',
  close: 'Chat schließen',
  log: 'Gespräch',
  inputLabel: 'Ihre Frage',
  placeholder: 'Geben Sie Ihre Frage ein…',
  send: 'Senden',
  human: 'Mit einem Menschen sprechen',
  humanMessage: 'Ich möchte mit einem Mitarbeiter sprechen',
  resident: 'Sie',
  bot: 'Assistent',
  agent: 'Mitarbeiter',
  sources: 'Quellen',
  suggestions: 'Vorschläge',
  helpful: 'War diese Antwort hilfreich?',
  up: 'Ja, hilfreich',
  down: 'Nein, nicht hilfreich',
  comment: 'Kommentar (optional)',
  sendFeedback: 'Feedback senden',
  thanks: 'Danke für Ihr Feedback.',
  error: 'Etwas ist schiefgelaufen. Versuchen Sie es erneut oder kontaktieren Sie die Gemeinde.',
  typing: 'Der Assistent schreibt…',
  waiting: 'Sie warten auf einen Mitarbeiter.',
  withAgent: 'Ein Mitarbeiter betreut Ihr Gespräch.',
  closed: 'Das Gespräch wurde beendet.',
  newTab: '(öffnet in einem neuen Tab)',
  contactIntro: 'Möchten Sie, dass die Gemeinde Sie zurückruft oder Ihnen schreibt? Hinterlassen Sie Ihre Kontaktdaten.',
  contactName: 'Name (optional)',
  contactEmail: 'E-Mail-Adresse',
  contactPhone: 'Telefonnummer',
  contactHint: 'Geben Sie eine E-Mail-Adresse, eine Telefonnummer oder beides an.',
  contactConsent: 'Ich bin einverstanden, dass die Gemeinde mich dazu kontaktiert. Meine Daten werden nach Ablauf der Aufbewahrungsfrist gelöscht.',
  contactSend: 'Kontaktdaten senden',
  contactMissing: 'Geben Sie eine E-Mail-Adresse oder eine Telefonnummer an.',
  contactInvalid: 'Prüfen Sie die E-Mail-Adresse und die Telefonnummer.',
  contactNoConsent: 'Kreuzen Sie die Einwilligung an, um Ihre Kontaktdaten zu senden.',
  contactThanks: 'Danke. Ein Mitarbeiter der Gemeinde wird Sie kontaktieren.',
};

export const DICTIONARY: Readonly<Record<Language, Texts>> = { nl, fr, en, de };

/**
 * The interface language: the element's `lang` attribute, else the page's `<html lang>`, else Dutch.
 * Only the primary subtag counts ("fr-BE" → "fr"); an unsupported language falls back to Dutch.
 */
export function pickLanguage(elementLang: string | null | undefined, pageLang: string | null | undefined): Language {
  for (const tag of [elementLang, pageLang]) {
    const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
    const found = LANGUAGES.find((l) => l === primary);
    if (found) return found;
    if (primary) break;
  }
  return 'nl';
}
