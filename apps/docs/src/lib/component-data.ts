/**
 * Reads the data a generated page hands a component: base64 of UTF-8 JSON
 * (see componentData in src/plugin/pages/context.ts). Text in it is rendered
 * by React as text, never as markup.
 */
export function readComponentData<T>(encoded: string): T {
  const bytes = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as T;
}
