/** The glossary slug (docs/architecture.md): lower-cased, runs of non-alphanumerics become `-`. */
export function slugify(term: string): string {
  return term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
