/**
 * The forms filter as a person writes it (CLI --form, HTTP ?form=): forms separated by commas, or `all`.
 * Statements when not given: what was said, without the questions, beliefs and the rest (attribution.md).
 */
import { z } from 'zod';
import { QuoteFormSchema, type QuoteForm } from '../model/index.ts';

const FORMS = QuoteFormSchema.options.join(', ');

/** "statement,question" → those forms; "all" → 'all'. */
export const QuoteFormsParam = z.string().transform((value, ctx): QuoteForm[] | 'all' => {
  const words = value.split(',').map((w) => w.trim().toLowerCase());
  if (words.length === 1 && words[0] === 'all') return 'all';
  const wrong = words.find((w) => !QuoteFormSchema.safeParse(w).success);
  if (wrong !== undefined) {
    ctx.addIssue({ code: 'custom', message: `${wrong === '' ? 'an empty form' : `unknown form "${wrong}"`}; expected ${FORMS} (separated by commas), or all` });
    return z.NEVER;
  }
  return [...new Set(words as QuoteForm[])];
});

/** The store's `forms` for a parsed param: those asked for, every form (undefined) for `all`, statements when not asked. */
export function quoteForms(given: QuoteForm[] | 'all' | undefined): QuoteForm[] | undefined {
  if (given === 'all') return undefined;
  return given ?? ['statement'];
}
