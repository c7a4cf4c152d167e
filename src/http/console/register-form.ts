// The register entry as an HTML form: the fields the console shows (in groups), an entry as form values,
// posted values as an entry input, and the register module's problems as Dutch messages per form field.
// Nothing is validated here: the input goes to the register module, which refuses it field by field.
import type { Problem } from '../../errors/index.js';
import {
  aiActRiskClassLabels, aiActRoleLabels, entryFieldLabel, flemishPrincipleLabels, flemishPrinciples, kindOfAiLabels, personalDataProcessedLabels,
  programmeLabels, publicationCategoryLabels, reusabilityLabels, systemStatusLabels, type FlemishPrinciple, type RegisterEntry,
} from '../../register/index.js';

/** What a form holds: text per field name, the checked values for checkboxes. */
export type RegisterFormValues = Record<string, string | string[]>;
/** Dutch messages per form field name; `form` holds problems no field shows. */
export interface RegisterFormErrors {
  fields: Record<string, string>;
  form: string[];
}

/**
 * `lines`: one item per line; with `parts`, an item's parts are separated by `|` (the last part may be
 * left out when it is optional). `score`: a select of 1–5.
 */
export type RegisterFieldKind = 'text' | 'textarea' | 'lines' | 'select' | 'checkboxes' | 'score';

/** One field of the form. */
export interface RegisterFormField {
  /** The entry's field path, dotted (`timeline.pilotStart`); also the form field's name. */
  name: string;
  label: string;
  kind: RegisterFieldKind;
  /**
   * `always`: required by the entry schema, so a blank value is sent as '' for the schema to name it.
   * `unless-compiled`: required unless the entry is compiled from public sources; a blank value is left out.
   */
  required?: 'always' | 'unless-compiled';
  hint?: string;
  /** For selects and checkboxes: value and Dutch label; a select with `blank` offers no choice first. */
  options?: ReadonlyArray<readonly [string, string]>;
  blank?: string;
  /** For lines of two parts: the object key of each, its Dutch name and whether the schema requires it. */
  parts?: readonly [LinePart, LinePart];
}

/** One part of a `lines` item ("name | code"). */
export interface LinePart {
  key: string;
  label: string;
  required: boolean;
}

/** A group of fields, shown as a fieldset with its legend. */
export interface RegisterFormGroup {
  id: string;
  legend: string;
  fields: RegisterFormField[];
}

const options = (labels: Record<string, string>) => Object.entries(labels) as Array<readonly [string, string]>;
const DATE_HINT = 'JJJJ, JJJJ-MM of JJJJ-MM-DD, zo precies als bekend (bijvoorbeeld 2027-03).';
const part = (key: string, label: string, required: boolean): LinePart => ({ key, label, required });
const LINK_PARTS = [part('title', 'titel', true), part('link', 'webadres', false)] as const;

const principleGroup = (principle: FlemishPrinciple): RegisterFormGroup => ({
  id: `principle-${principle}`,
  legend: `Principe: ${flemishPrincipleLabels[principle]}`,
  fields: [
    { name: `principles.${principle}.measures`, label: 'Maatregelen', kind: 'textarea' },
    { name: `principles.${principle}.selfScore`, label: 'Zelfscore (1 tot 5)', kind: 'score', blank: 'Niet beoordeeld' },
    { name: `principles.${principle}.explanation`, label: 'Toelichting bij de score', kind: 'textarea' },
  ],
});

/** The form's groups in order. Fields the form leaves out (impact assessments, sources of a compiled entry, …) are kept on edit. */
export const REGISTER_FORM_GROUPS: readonly RegisterFormGroup[] = [
  {
    id: 'basics',
    legend: 'Basisgegevens',
    fields: [
      { name: 'name', label: 'Naam van de toepassing', kind: 'text', required: 'always' },
      { name: 'shortDescription', label: 'Korte beschrijving', kind: 'textarea', required: 'always', hint: 'Eén of twee zinnen voor inwoners.' },
      { name: 'leadOrganisation.name', label: 'Verantwoordelijke organisatie', kind: 'text', required: 'always' },
      { name: 'leadOrganisation.code', label: 'KBO- of NIS-code van de organisatie', kind: 'text' },
      { name: 'department', label: 'Afdeling', kind: 'text' },
      {
        name: 'partnerOrganisations', label: 'Partnerorganisaties', kind: 'lines', parts: [part('name', 'naam', true), part('code', 'code', false)],
        hint: 'Eén per regel; een code mag na een verticale streep: Gemeente Scheldegem | 0207.000.002.',
      },
      { name: 'programme', label: 'Programma', kind: 'select', options: options(programmeLabels) },
      { name: 'themes', label: "Thema's", kind: 'lines', hint: 'Eén per regel.' },
    ],
  },
  {
    id: 'what',
    legend: 'Doel en werking',
    fields: [
      { name: 'purposeAndImpact', label: 'Doel en impact', kind: 'textarea', required: 'always' },
      { name: 'considerations', label: 'Afwegingen', kind: 'textarea' },
      { name: 'howItWorks', label: 'Werking', kind: 'textarea', required: 'always' },
      { name: 'kindsOfAi', label: 'Soort AI', kind: 'checkboxes', options: options(kindOfAiLabels) },
      { name: 'supplier', label: 'Leverancier', kind: 'text' },
      { name: 'sourceCodeLink', label: 'Broncode (webadres)', kind: 'text' },
    ],
  },
  {
    id: 'when',
    legend: 'Status en tijdlijn',
    fields: [
      { name: 'status', label: 'Status van het systeem', kind: 'select', required: 'always', options: options(systemStatusLabels), blank: 'Kies een status' },
      { name: 'timeline.ideaOn', label: 'Idee sinds', kind: 'text', hint: DATE_HINT },
      { name: 'timeline.plannedStart', label: 'Geplande start', kind: 'text', hint: DATE_HINT },
      { name: 'timeline.pilotStart', label: 'Start van het proefproject', kind: 'text', hint: DATE_HINT },
      { name: 'timeline.inUseSince', label: 'In gebruik sinds', kind: 'text', hint: DATE_HINT },
      { name: 'timeline.retiredOn', label: 'Stopgezet op', kind: 'text', hint: `${DATE_HINT} Verplicht als de status "Stopgezet" is.` },
    ],
  },
  {
    id: 'data',
    legend: 'Gegevens en wettelijke basis',
    fields: [
      { name: 'data.description', label: 'Welke gegevens gebruikt het systeem?', kind: 'textarea' },
      { name: 'data.sources', label: 'Gegevensbronnen', kind: 'lines', parts: LINK_PARTS, hint: 'Eén per regel; een webadres mag na een verticale streep: Adressenregister | https://….' },
      { name: 'personalData.processed', label: 'Verwerkt het systeem persoonsgegevens?', kind: 'select', options: options(personalDataProcessedLabels) },
      { name: 'personalData.description', label: 'Welke persoonsgegevens en waarom', kind: 'textarea' },
      { name: 'personalData.processingRegisterLink', label: 'Verwerkingsregister (webadres)', kind: 'text' },
      { name: 'legalBasis.description', label: 'Wettelijke basis', kind: 'textarea' },
      { name: 'legalBasis.references', label: 'Wetteksten en besluiten', kind: 'lines', parts: LINK_PARTS, hint: 'Eén per regel; een webadres mag na een verticale streep.' },
    ],
  },
  {
    id: 'oversight',
    legend: 'Menselijk toezicht en risico',
    fields: [
      { name: 'humanOversight', label: 'Menselijke tussenkomst', kind: 'textarea', required: 'unless-compiled', hint: 'Wie controleert wat het systeem doet, en wanneer?' },
      { name: 'riskManagement', label: 'Risicobeheer', kind: 'textarea' },
      { name: 'risks', label: "Risico's en maatregelen", kind: 'lines', parts: [part('risk', 'risico', true), part('mitigation', 'maatregel', true)], hint: 'Eén per regel: risico | maatregel.' },
      { name: 'aiAct.role', label: 'Rol onder de AI-verordening', kind: 'select', options: options(aiActRoleLabels) },
      { name: 'aiAct.riskClass', label: 'Risicoklasse onder de AI-verordening', kind: 'select', options: options(aiActRiskClassLabels) },
      { name: 'publicationCategory', label: 'Publicatiecategorie', kind: 'select', options: options(publicationCategoryLabels), blank: 'Geen categorie' },
      { name: 'impactAssessmentNote', label: 'Toelichting bij de impactbeoordelingen', kind: 'textarea' },
    ],
  },
  {
    id: 'residents',
    legend: 'Voor inwoners',
    fields: [
      { name: 'contact', label: 'Contact', kind: 'text', required: 'unless-compiled', hint: 'Een e-mailadres of een webadres dat begint met https://.' },
      { name: 'objectionRoute', label: 'Bezwaar en klachten', kind: 'textarea' },
      { name: 'publicPage', label: 'Webpagina over de toepassing', kind: 'text' },
      { name: 'revisionDate', label: 'Datum van herziening', kind: 'text', hint: 'JJJJ-MM-DD.' },
    ],
  },
  ...flemishPrinciples.map(principleGroup),
  {
    id: 'sharing',
    legend: 'Kennis delen',
    fields: [
      { name: 'lessonsLearned', label: 'Geleerde lessen', kind: 'textarea' },
      { name: 'reusability.reusable', label: 'Herbruikbaar door andere besturen?', kind: 'select', options: options(reusabilityLabels) },
      { name: 'reusability.notes', label: 'Toelichting bij de herbruikbaarheid', kind: 'textarea' },
      { name: 'searchTerms', label: 'Zoektermen', kind: 'lines', hint: 'Eén per regel.' },
    ],
  },
];

const FIELDS = REGISTER_FORM_GROUPS.flatMap((group) => group.fields);
/** Top-level entry fields the form covers completely; the others pass through an edit unchanged. */
const COVERED = new Set(FIELDS.map((field) => field.name.split('.')[0] ?? field.name));

/** The form id of a field (for `for`, `aria-describedby`, links from the error summary). */
export function fieldId(name: string): string {
  return `field-${name.replace(/\./g, '-')}`;
}

const pathOf = (name: string) => name.split('.');

function read(object: unknown, name: string): unknown {
  return pathOf(name).reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), object);
}

function write(object: Record<string, unknown>, name: string, value: unknown): void {
  if (value === undefined) return;
  const keys = pathOf(name);
  const last = keys.pop() ?? name;
  let target = object;
  for (const key of keys) {
    const next = target[key];
    target = (next && typeof next === 'object' ? next : (target[key] = {})) as Record<string, unknown>;
  }
  target[last] = value;
}

/** The values a new entry's form starts with. */
export function newEntryFormValues(defaults: { organisation: string; contact?: string | undefined }): RegisterFormValues {
  return { 'leadOrganisation.name': defaults.organisation, contact: defaults.contact ?? '', programme: 'own', 'personalData.processed': 'unknown', 'aiAct.role': 'unknown', 'aiAct.riskClass': 'unknown', 'reusability.reusable': 'unknown' };
}

/** A stored entry as form values. */
export function entryFormValues(entry: RegisterEntry): RegisterFormValues {
  const values: RegisterFormValues = {};
  for (const field of FIELDS) {
    const value = read(entry, field.name);
    if (value === undefined || value === null) continue;
    if (field.kind === 'checkboxes') values[field.name] = (value as string[]).map(String);
    else if (field.kind === 'lines') values[field.name] = (value as unknown[]).map((item) => lineOf(item, field)).join('\n');
    else values[field.name] = String(value);
  }
  return values;
}

function lineOf(item: unknown, field: RegisterFormField): string {
  if (!field.parts) return String(item);
  const parts = field.parts.map(({ key }) => (item as Record<string, unknown>)[key]);
  while (parts.length > 1 && (parts.at(-1) === undefined || parts.at(-1) === '')) parts.pop();
  return parts.map((part) => String(part ?? '')).join(' | ');
}

/** The posted form body as form values: text fields as one string, checkboxes as the list of checked values. */
export function formValuesOf(body: Record<string, unknown>): RegisterFormValues {
  const values: RegisterFormValues = {};
  const textOf = (value: unknown) => (typeof value === 'string' ? value : '');
  for (const field of FIELDS) {
    const raw = body[field.name];
    const list = Array.isArray(raw) ? raw.map(textOf) : raw === undefined ? [] : [textOf(raw)];
    // PostgreSQL cannot store U+0000; a browser never sends it, so it is dropped, not reported.
    // Browsers send textarea line breaks as CRLF; stored text keeps LF.
    const clean = list.map((value) => value.replace(/\u0000/g, '').replace(/\r\n?/g, '\n'));
    values[field.name] = field.kind === 'checkboxes' ? clean.filter((value) => value !== '') : (clean.at(-1) ?? '');
  }
  return values;
}

/**
 * The entry input of `values`, on top of `base` (the stored entry when editing): the fields the form
 * covers come from the form, everything else from `base`. Blank optional fields are left out; blank
 * required fields stay '' so the register's validation names them.
 */
export function entryInputOf(values: RegisterFormValues, base?: RegisterEntry): Record<string, unknown> {
  const input: Record<string, unknown> = Object.fromEntries(Object.entries(base ?? {}).filter(([key]) => !COVERED.has(key)));
  for (const field of FIELDS) {
    if (field.name.startsWith('principles.')) continue;
    write(input, field.name, inputValue(field, values[field.name]));
  }
  const principles: Record<string, unknown> = {};
  for (const principle of flemishPrinciples) {
    const at = (key: string) => textValue(values[`principles.${principle}.${key}`]);
    // A principle is assessed completely or not at all: any part filled in asks for the others.
    if (at('measures') === '' && at('selfScore') === '' && at('explanation') === '') continue;
    principles[principle] = { measures: at('measures'), selfScore: scoreOf(at('selfScore')), explanation: at('explanation') };
  }
  input['principles'] = principles;
  return input;
}

const textValue = (value: string | string[] | undefined) => (typeof value === 'string' ? value.trim() : '');
const scoreOf = (text: string) => (text === '' ? undefined : /^\d+$/.test(text) ? Number(text) : text);

function inputValue(field: RegisterFormField, value: string | string[] | undefined): unknown {
  if (field.kind === 'checkboxes') return Array.isArray(value) ? value : [];
  const text = textValue(value);
  if (field.kind === 'lines') {
    const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
    return lines.map((line) => (field.parts ? itemOf(line, field.parts) : line));
  }
  if (text === '') return field.required === 'always' ? '' : undefined;
  return field.kind === 'score' ? scoreOf(text) : text;
}

/** "a | b" as the object of `parts`; the last `|` splits, so a name may hold one. A blank optional part is left out. */
function itemOf(line: string, [first, second]: readonly [LinePart, LinePart]): Record<string, string> {
  const split = line.lastIndexOf('|');
  const values = split < 0 ? [line, ''] : [line.slice(0, split), line.slice(split + 1)];
  const item: Record<string, string> = {};
  [first, second].forEach((p, i) => {
    const value = values[i]?.trim() ?? '';
    if (value !== '' || p.required) item[p.key] = value;
  });
  return item;
}

const DUTCH: ReadonlyArray<readonly [RegExp, (match: RegExpExecArray) => string]> = [
  [/^is required when status is retired$/, () => 'Vul in wanneer het systeem stopgezet werd: de status is "Stopgezet".'],
  [/^must be at most (\d+) characters$/, (m) => `Gebruik hoogstens ${m[1]} tekens.`],
  [/^must be an http\(s\) URL$/, () => 'Geef een webadres dat begint met https:// of http://.'],
  [/^must be an e-mail address or an https:\/\/ URL$/, () => 'Geef een e-mailadres of een webadres dat begint met https://.'],
  [/^must be a date written YYYY, YYYY-MM or YYYY-MM-DD$/, () => 'Schrijf een datum als JJJJ, JJJJ-MM of JJJJ-MM-DD, bijvoorbeeld 2027-03.'],
  [/^must be a real date written YYYY-MM-DD$/, () => 'Schrijf een bestaande datum als JJJJ-MM-DD.'],
  [/^must not be before inUseSince$/, () => 'Deze datum ligt vóór "In gebruik sinds".'],
  [/^must be 1 to 5$|^must be a whole number$|expected number/, () => 'Kies een score van 1 tot 5.'],
  [/^is required$|received undefined$/, () => 'Vul dit veld in.'],
  [/^must be one of |^must be yes, no or unknown$|^Invalid option/, () => 'Kies een waarde uit de lijst.'],
];

/** The register module's `message` in Dutch; a message it does not know becomes a general one. */
export function dutchProblem(message: string): string {
  for (const [pattern, say] of DUTCH) {
    const match = pattern.exec(message);
    if (match) return say(match);
  }
  return 'Deze waarde is niet geldig.';
}

/** Places each problem (`field` a dotted path, as `validateRegisterEntry` reports) at the form field that shows it, in Dutch. */
export function formErrorsOf(problems: readonly Problem[]): RegisterFormErrors {
  const errors: RegisterFormErrors = { fields: {}, form: [] };
  for (const problem of problems) {
    const path = problem.field ?? '';
    const field = FIELDS.find((f) => path === f.name || path.startsWith(`${f.name}.`));
    if (!field) {
      errors.form.push(`${entryFieldLabel(path.split('.')[0] ?? path)} (${path}): ${dutchProblem(problem.message)}`);
      continue;
    }
    let message = dutchProblem(problem.message);
    if (field.kind === 'lines') {
      const [index, part] = path.slice(field.name.length + 1).split('.');
      const partName = field.parts?.find((p) => p.key === part)?.label;
      if (index !== undefined && /^\d+$/.test(index)) {
        message = `Regel ${Number(index) + 1}${partName ? ` (${partName})` : ''}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
      }
    }
    const before = errors.fields[field.name];
    if (before !== message) errors.fields[field.name] = before ? `${before} ${message}` : message;
  }
  return errors;
}

/** The label of the field named `name` (for the error summary). */
export function fieldLabel(name: string): string {
  const group = REGISTER_FORM_GROUPS.find((g) => g.fields.some((f) => f.name === name));
  const label = group?.fields.find((f) => f.name === name)?.label ?? name;
  return name.startsWith('principles.') && group ? `${group.legend}: ${label}` : label;
}
