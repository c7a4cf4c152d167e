// The widget's name, colour and logo: the element's attributes win, the municipality's settings
// (GET …/widget-config) fill in what they leave out.
import type { WidgetConfig } from './wire-types.js';

/** Raw branding values; null where not given. Colours and URLs are checked where they are used. */
export interface Branding {
  name: string | null;
  color: string | null;
  logo: string | null;
}

/** Whether the settings are worth fetching: only when the colour or the logo attribute is missing. */
export function needsConfig(attributes: Branding): boolean {
  return attributes.color === null || attributes.logo === null;
}

/** `attributes` with their gaps filled from `config` (when it could be read). */
export function mergeBranding(attributes: Branding, config: WidgetConfig | undefined): Branding {
  return {
    name: attributes.name ?? config?.name ?? null,
    color: attributes.color ?? config?.color ?? null,
    logo: attributes.logo ?? config?.logoUrl ?? null,
  };
}
