// Tests the register entry schema and the Algoritmeregister 1.0 import/export against the real schema and samples.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import {
  fromAlgoritmeregister,
  toAlgoritmeregister,
  validateRegisterEntry,
  type RegisterEntry,
  type RegisterEntryInput,
} from './index.js';

const standardDir = fileURLToPath(new URL('../../../shared/data/register-standards/nl-algoritmeregister/', import.meta.url));
const schemaPath = `${standardDir}publicatiestandaard-v1.0.0.schema.json`;
const samplesDir = `${standardDir}samples-v1.0/`;
const skip = existsSync(schemaPath) && existsSync(samplesDir)
  ? false
  : `skipped: the Algoritmeregister schema and samples are read from ../shared (${standardDir}), which is absent`;

// What a Flemish municipality adds when it takes over a supplier's template: the samples carry no organisation and mostly no contact.
const importer = { organisation: { name: 'Gemeente Voorbeeld', code: '0207.000.000' }, contact: 'ai@voorbeeld.be' };

// Defects in the published samples themselves; the importer reports them rather than guessing.
const knownSampleDefects: Record<string, string[]> = {
  'Gemeente-Tilburg.json#0': ['website'], // a team name, not a URL
  'Nelen---Schuurmans.json#0': ['methods_and_models'], // empty, mandatory in the standard
  'Oribi.json#0': ['lawful_basis_grouping.0.link'], // title and link swapped
  'Tygron.json#0': ['human_intervention'], // empty, mandatory in the standard
  'Zylab.json#0': ['source_data_grouping.0.link'], // prose where a link belongs
};

function loadSamples(): { id: string; record: unknown }[] {
  return readdirSync(samplesDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => (JSON.parse(readFileSync(samplesDir + file, 'utf8')) as unknown[]).map((record, i) => ({ id: `${file}#${i}`, record })));
}

function schemaValidator() {
  const ajv = new Ajv({ allErrors: true });
  // The standard annotates properties with its own keywords (display texts for its website).
  ajv.addVocabulary(['name', 'category', 'display', 'instructions', 'example', 'community']);
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
}

// Supplies what the standard makes mandatory but a sample left empty, as the importing municipality would before publishing.
function completeForExport(entry: RegisterEntry): RegisterEntry {
  return {
    ...entry,
    timeline:
      entry.timeline.inUseSince || entry.timeline.plannedStart
        ? entry.timeline
        : { ...entry.timeline, [entry.status === 'planned' ? 'plannedStart' : 'inUseSince']: '2024-01-01' },
    considerations: entry.considerations ?? 'Afweging volgt.',
    riskManagement: entry.riskManagement ?? 'Risicobeheer volgt.',
    impactAssessmentNote: entry.impactAssessments.length === 0 ? (entry.impactAssessmentNote ?? 'Nog geen impacttoets.') : entry.impactAssessmentNote,
    data: { ...entry.data, description: entry.data.description ?? 'Gegevens volgen.' },
    supplier: entry.supplier ?? 'Intern ontwikkeld',
  };
}

// The fields both our entry and the standard hold; everything else is ours alone and not expected back.
function sharedFields(entry: RegisterEntry) {
  return {
    name: entry.name,
    shortDescription: entry.shortDescription,
    organisation: entry.leadOrganisation.name,
    themes: entry.themes,
    status: entry.status,
    inUseSince: entry.timeline.inUseSince,
    plannedStart: entry.timeline.plannedStart,
    retiredOn: entry.timeline.retiredOn,
    contact: entry.contact,
    publicPage: entry.publicPage,
    publicationCategory: entry.publicationCategory,
    sourceRegistration: entry.sourceRegistration,
    purposeAndImpact: entry.purposeAndImpact,
    considerations: entry.considerations,
    humanOversight: entry.humanOversight,
    riskManagement: entry.riskManagement,
    legalBasis: entry.legalBasis.description,
    firstLegalReference: entry.legalBasis.references[0],
    processingRegisterLink: entry.personalData.processingRegisterLink,
    impactAssessments: entry.impactAssessments.map((a) => a.title),
    impactAssessmentNote: entry.impactAssessmentNote,
    data: entry.data.description,
    firstDataSource: entry.data.sources[0],
    howItWorks: entry.howItWorks,
    supplier: entry.supplier,
    sourceCodeLink: entry.sourceCodeLink,
    sourceId: entry.sourceId,
    searchTerms: entry.searchTerms,
  };
}

describe('Algoritmeregister 1.0 samples and schema', { skip }, () => {
  it('imports every sample except the listed defects, each reported by its internal field name', () => {
    const failures: Record<string, string[]> = {};
    for (const { id, record } of loadSamples()) {
      const result = fromAlgoritmeregister(record, importer);
      if (!result.ok) failures[id] = result.problems.map((p) => p.field ?? '');
    }
    assert.deepEqual(failures, knownSampleDefects);
  });

  it('reports a missing organisation when the importer supplies none', () => {
    const contec = loadSamples().find((s) => s.id === 'Contec.json#0');
    assert.ok(contec);
    const result = fromAlgoritmeregister(contec.record);
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.problems, [{ field: 'organization', message: 'is required' }]);
  });

  it('turns sample HTML into plain text and YYYY-MM into the first of the month', () => {
    const amsterdam = loadSamples().find((s) => s.id === 'Gemeente-Amsterdam.json#0');
    const result = fromAlgoritmeregister(amsterdam?.record, importer);
    assert.ok(result.ok);
    assert.doesNotMatch(result.entry.purposeAndImpact, /<[a-z]/);
    assert.equal(result.entry.status, 'in-use');
    const withDate = loadSamples().map((s) => fromAlgoritmeregister(s.record, importer)).find((r) => r.ok && r.entry.timeline.inUseSince);
    assert.match((withDate?.ok && withDate.entry.timeline.inUseSince) || '', /^\d{4}-\d{2}-01$/);
  });

  it('round-trips import → export → import for the fields both sides share, and every export fits the real schema', () => {
    const validate = schemaValidator();
    let exported = 0;
    for (const { id, record } of loadSamples()) {
      const imported = fromAlgoritmeregister(record, importer);
      if (!imported.ok) continue;
      const entry = completeForExport(imported.entry);
      const out = toAlgoritmeregister(entry);
      assert.ok(out.ok, `${id}: ${JSON.stringify(!out.ok && out.problems)}`);
      assert.ok(validate(out.record), `${id}: ${JSON.stringify(validate.errors)}`);
      const again = fromAlgoritmeregister(out.record);
      assert.ok(again.ok, `${id}: ${JSON.stringify(!again.ok && again.problems)}`);
      assert.deepEqual(sharedFields(again.entry), sharedFields(entry), id);
      exported += 1;
    }
    assert.equal(exported, loadSamples().length - Object.keys(knownSampleDefects).length);
  });

  it('exports a complete Flemish entry in every status to a record the real schema accepts', () => {
    const validate = schemaValidator();
    for (const status of ['idea', 'planned', 'pilot', 'in-use', 'retired'] as const) {
      const parsed = validateRegisterEntry({ ...completeEntry(), status });
      assert.ok(parsed.ok);
      const out = toAlgoritmeregister(parsed.entry);
      assert.ok(out.ok);
      assert.ok(validate(out.record), `${status}: ${JSON.stringify(validate.errors)}`);
    }
  });
});

function completeEntry(): RegisterEntryInput {
  return {
    name: 'Digitale assistent voor het loket',
    shortDescription: 'Een chatassistent beantwoordt vragen van inwoners met de informatie van de gemeentelijke website.',
    leadOrganisation: { name: 'Gemeente Voorbeeld', code: '0207.000.000' },
    partnerOrganisations: [{ name: 'Gemeente Buurdorp' }],
    programme: 'gzg-call',
    themes: ['Bestuur'],
    purposeAndImpact: 'Inwoners krijgen dag en nacht antwoord op eenvoudige vragen.',
    considerations: 'Sneller antwoord; een medewerker blijft bereikbaar.',
    howItWorks: 'Een taalmodel formuleert antwoorden uit opgehaalde pagina’s, met bronvermelding.',
    kindsOfAi: ['generative-ai', 'natural-language-processing'],
    status: 'in-use',
    timeline: { plannedStart: '2024-03-01', pilotStart: '2024-09-15', inUseSince: '2025-01-06', retiredOn: '2026-06-30' },
    supplier: 'Intern ontwikkeld',
    data: { description: 'Pagina’s van de gemeentelijke website.', sources: [{ title: 'Website', link: 'https://www.voorbeeld.be' }] },
    personalData: { processed: 'yes', description: 'Vragen kunnen persoonsgegevens bevatten; die worden gemaskeerd.' },
    legalBasis: { description: 'Dienstverlening aan inwoners.', references: [{ title: 'Decreet lokaal bestuur', link: 'https://codex.vlaanderen.be' }] },
    humanOversight: 'Een medewerker neemt over op vraag en leest steekproeven na.',
    risks: [{ risk: 'Foutief antwoord', mitigation: 'Antwoorden alleen uit bronnen, met link.' }],
    aiAct: { role: 'deployer', riskClass: 'transparency-obligations' },
    publicationCategory: 'other',
    principles: { humanFactor: { measures: 'Overname door een medewerker.', selfScore: 4, explanation: 'Altijd een mens bereikbaar.' } },
    impactAssessments: [{ kind: 'dpia', title: 'Data Protection Impact Assessment (DPIA)', link: 'https://www.voorbeeld.be/dpia' }],
    contact: 'ai@voorbeeld.be',
    objectionRoute: 'Bezwaar via het klachtenformulier.',
    revisionDate: '2026-01-31',
    lessonsLearned: 'Begin met een beperkt aantal onderwerpen.',
    reusability: { reusable: 'yes', notes: 'Open source.' },
    searchTerms: ['chatbot', 'loket'],
  };
}

describe('register entry schema', () => {
  it('accepts a complete entry and fills the defaults', () => {
    const { partnerOrganisations: _partners, programme: _programme, aiAct: _aiAct, ...minimal } = completeEntry();
    const result = validateRegisterEntry(minimal);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    assert.equal(result.entry.programme, 'own');
    assert.deepEqual(result.entry.partnerOrganisations, []);
    assert.deepEqual(result.entry.aiAct, { role: 'unknown', riskClass: 'unknown' });
  });

  it('rejects invalid values field by field, with a message per field', () => {
    const result = validateRegisterEntry({
      ...completeEntry(),
      name: 'x'.repeat(100),
      programme: 'smart-city',
      status: 'u',
      timeline: { inUseSince: '2025-02-30' },
      contact: 'jan',
      principles: { reliability: { measures: 'Tests.', selfScore: 6, explanation: 'Goed.' } },
      revisionDate: '31/01/2026',
      sourceCodeLink: 'github.com/voorbeeld',
    });
    assert.equal(result.ok, false);
    const byField = Object.fromEntries((!result.ok ? result.problems : []).map((p) => [p.field, p.message]));
    assert.deepEqual(byField, {
      name: 'must be at most 99 characters',
      programme: 'must be one of gzg-call, city-of-things, lokaal-digitaal, own',
      status: 'must be one of idea, planned, pilot, in-use, retired',
      'timeline.inUseSince': 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
      contact: 'must be an e-mail address or an https:// URL',
      'principles.reliability.selfScore': 'must be 1 to 5',
      revisionDate: 'must be a real date written YYYY-MM-DD',
      sourceCodeLink: 'must be an http(s) URL',
    });
  });

  it('reports every missing required field', () => {
    const result = validateRegisterEntry({});
    assert.equal(result.ok, false);
    const fields = (!result.ok ? result.problems : []).map((p) => p.field).sort();
    assert.deepEqual(fields, ['contact', 'howItWorks', 'humanOversight', 'leadOrganisation', 'name', 'purposeAndImpact', 'shortDescription', 'status']);
  });

  it('keeps dates as precise as they are known, and compares them on the shared precision', () => {
    const monthOnly = validateRegisterEntry({ ...completeEntry(), timeline: { inUseSince: '2023-10', retiredOn: '2023-10-15' } });
    assert.ok(monthOnly.ok, JSON.stringify(!monthOnly.ok && monthOnly.problems));
    assert.equal(monthOnly.entry.timeline.inUseSince, '2023-10');
    const badMonth = validateRegisterEntry({ ...completeEntry(), timeline: { plannedStart: '2023-13' } });
    assert.deepEqual(!badMonth.ok && badMonth.problems.map((p) => p.field), ['timeline.plannedStart']);
    const yearOnly = validateRegisterEntry({ ...completeEntry(), status: 'planned', timeline: { plannedStart: '2027' } });
    assert.ok(yearOnly.ok);
    const exported = toAlgoritmeregister(yearOnly.entry);
    assert.ok(!exported.ok && exported.problems.some((p) => p.field === 'start_date'), 'a year alone does not give the month the standard asks for');
  });

  it('lets an entry compiled from public sources leave out what they do not say, and asks for the sources', () => {
    const { humanOversight: _h, contact: _c, ...rest } = completeEntry();
    const compiled = validateRegisterEntry({ ...rest, compiledFrom: { sources: ['https://gzg.vlaanderen.be/oproep-4-11-projecten-goedgekeurd'] } });
    assert.ok(compiled.ok, JSON.stringify(!compiled.ok && compiled.problems));
    assert.equal(compiled.entry.humanOversight, undefined);
    const exported = toAlgoritmeregister(compiled.entry);
    assert.deepEqual(!exported.ok && exported.problems.map((p) => p.field).filter((f) => f === 'contact' || f === 'human_intervention'), ['contact', 'human_intervention']);
    const noSources = validateRegisterEntry({ ...rest, compiledFrom: { sources: [] } });
    assert.deepEqual(!noSources.ok && noSources.problems.map((p) => p.field), ['compiledFrom.sources']);
  });

  it('requires a retirement date for a retired system, not before it came into use', () => {
    const missing = validateRegisterEntry({ ...completeEntry(), status: 'retired', timeline: { inUseSince: '2025-01-06' } });
    assert.deepEqual(!missing.ok && missing.problems, [{ field: 'timeline.retiredOn', message: 'is required when status is retired' }]);
    const reversed = validateRegisterEntry({ ...completeEntry(), timeline: { inUseSince: '2025-01-06', retiredOn: '2024-12-31' } });
    assert.deepEqual(!reversed.ok && reversed.problems, [{ field: 'timeline.retiredOn', message: 'must not be before inUseSince' }]);
  });
});

describe('Algoritmeregister export and import, without ../shared', () => {
  it('maps our statuses onto the standard’s three and keeps the month of the right date', () => {
    const labels = (['idea', 'planned', 'pilot', 'in-use', 'retired'] as const).map((status) => {
      const parsed = validateRegisterEntry({ ...completeEntry(), status });
      assert.ok(parsed.ok);
      const out = toAlgoritmeregister(parsed.entry);
      assert.ok(out.ok);
      return [out.record.status, out.record.start_date, out.record.end_date];
    });
    assert.deepEqual(labels, [
      ['In ontwikkeling', '2024-09', undefined],
      ['In ontwikkeling', '2024-09', undefined],
      ['In ontwikkeling', '2024-09', undefined],
      ['In gebruik', '2025-01', undefined],
      ['Buiten gebruik', '2025-01', '2026-06'],
    ]);
  });

  it('refuses to export without what the standard makes mandatory, naming each property', () => {
    const parsed = validateRegisterEntry({ ...completeEntry(), timeline: {}, considerations: undefined, supplier: undefined, publicationCategory: undefined });
    assert.ok(parsed.ok);
    const out = toAlgoritmeregister(parsed.entry);
    assert.deepEqual(!out.ok && out.problems.map((p) => p.field), ['start_date', 'publication_category', 'considerations', 'supplier']);
  });

  it('rejects a broken record field by field', () => {
    assert.deepEqual(fromAlgoritmeregister('not a record'), { ok: false, problems: [{ field: '(record)', message: 'must be a JSON object' }] });
    const result = fromAlgoritmeregister(
      { name: 'Test', description_short: 'Kort.', status: 'Gepland', begin_date: '2023-13', lang: 'ENG', standard_version: '2.0', publication_category: 'Categorie D', goal: 'Doel.', methods_and_models: 'Werking.', human_intervention: 'Toezicht.' },
      importer,
    );
    assert.deepEqual((!result.ok ? result.problems : []).map((p) => p.field), ['lang', 'standard_version', 'status', 'publication_category', 'begin_date']);
  });
});
