// Maps the sections of a product: requirements with evidence, procedures, costs, financial advantages.
import type { IpdcProduct, LangText } from './ipdc-product.js';
import { orderedNodes, type MapContext } from './map-context.js';
import { readWebsites } from './map-websites.js';
import { readLangText } from './read-lang-text.js';
import { IRI } from './vocabulary.js';

type Section = { title: LangText; description: LangText };

function readSection(ctx: MapContext, node: string, field: string): Section {
  return {
    title: readLangText(ctx, node, IRI.title, `${field}.title`, { html: false }),
    description: readLangText(ctx, node, IRI.description, `${field}.description`, { html: true }),
  };
}

/** m8g:hasRequirement (or the Belgian CPSV-AP's) with the first m8g:hasSupportingEvidence. */
export function readRequirements(ctx: MapContext, product: string): IpdcProduct['requirements'] {
  return orderedNodes(ctx, product, IRI.hasRequirement).map((node, i) => {
    const requirement: IpdcProduct['requirements'][number] = readSection(ctx, node, `requirements[${i}]`);
    const evidence = orderedNodes(ctx, node, IRI.hasSupportingEvidence)[0];
    if (evidence !== undefined) requirement.evidence = readSection(ctx, evidence, `requirements[${i}].evidence`);
    return requirement;
  });
}

/** cpsv:follows (the procedure), with its ipdc-lpdc:hasWebsite links. */
export function readProcedures(ctx: MapContext, product: string): IpdcProduct['procedures'] {
  return orderedNodes(ctx, product, IRI.follows).map((node, i) => ({
    ...readSection(ctx, node, `procedures[${i}]`),
    websites: readWebsites(ctx, node, IRI.hasWebsite, `procedures[${i}].websites`),
  }));
}

/** m8g:hasCost. */
export function readCosts(ctx: MapContext, product: string): IpdcProduct['costs'] {
  return orderedNodes(ctx, product, IRI.hasCost).map((node, i) => readSection(ctx, node, `costs[${i}]`));
}

/** cpsv:produces: in IPDC the output of a service is an ipdc-lpdc:FinancialAdvantage. */
export function readFinancialAdvantages(ctx: MapContext, product: string): IpdcProduct['financialAdvantages'] {
  return orderedNodes(ctx, product, IRI.produces).map((node, i) => readSection(ctx, node, `financialAdvantages[${i}]`));
}
