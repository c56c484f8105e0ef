/** A translation's language, BCP 47 as the rubric uses it: a language, then optionally a script and a region (`es`, `pt-BR`, `zh-Hant`). */
export const languageTagPattern = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;
