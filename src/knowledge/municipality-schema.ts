// The zod schema of a municipality file of the content pack (demo/FORMAT.md).
import { z } from 'zod';
import { WEEKDAYS, type Weekday } from './content-types.js';
import { calendarDateField, slug, timeRange } from './field-rules.js';

const weekHours = z
  .strictObject(Object.fromEntries(WEEKDAYS.map((day) => [day, z.array(timeRange).optional()])) as Record<
    Weekday,
    z.ZodOptional<z.ZodArray<typeof timeRange>>
  >)
  .transform((hours) => Object.fromEntries(WEEKDAYS.map((day) => [day, hours[day] ?? []])) as Record<Weekday, Array<{ start: string; end: string }>>);

const optionalText = z.string().trim().min(1).nullish().transform((v) => v ?? null);

export const municipalitySchema = z.strictObject({
  id: slug,
  name: z.string().trim().min(1),
  kind: z.string().trim().min(1).default('gemeente'),
  style: z.enum(['u', 'je']),
  website: optionalText,
  address: optionalText,
  phone: optionalText,
  email: optionalText,
  locations: z.record(
    slug,
    z.strictObject({
      name: z.string().trim().min(1),
      address: optionalText,
      hours: weekHours,
      appointmentOnly: weekHours.optional(),
    }),
  ),
  closures: z
    .array(
      z.strictObject({
        date: calendarDateField,
        reason: z.string().trim().min(1),
        locations: z.array(z.string().min(1)).min(1).default(['*']),
      }),
    )
    .default([]),
  products: z.record(
    slug,
    z.strictObject({
      offered: z.boolean(),
      location: slug.nullish(),
      appointment: z.enum(['required', 'optional', 'none']).default('none'),
      cost: optionalText,
      local: optionalText,
      note: optionalText,
    }),
  ),
  waste: z
    .strictObject({
      streets: z.string().min(1),
      calendar: z.string().min(1),
    })
    .optional(),
});

export type MunicipalityFile = z.infer<typeof municipalitySchema>;
