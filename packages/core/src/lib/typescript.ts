/**
 * TypeScript declarations for the data package, generated from the zod
 * schemas (through their JSON Schema), so that @usd1-milestones/rubric can
 * ship its types with no dependency and the schemas stay the one definition
 * of the data's shape. Each named schema becomes an interface; where another
 * schema contains one (a rubric's buckets), the name is used.
 */
type JsonSchema = {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly enum?: readonly (string | number)[];
  readonly anyOf?: readonly JsonSchema[];
  readonly description?: string;
};

/** `[name, schema]` pairs, the outermost last: inner schemas are matched by their JSON. */
export function typeDeclarations(named: readonly (readonly [string, JsonSchema])[]): string {
  const byJson = new Map<string, string>();
  const out: string[] = [];
  for (const [name, schema] of named) {
    out.push(`${doc(schema.description, '')}export interface ${name} ${objectType(schema, byJson, '')}`, '');
    byJson.set(key(schema), name);
  }
  return out.join('\n');
}

function key(schema: JsonSchema): string {
  const { description: _description, ...rest } = schema;
  return JSON.stringify(rest);
}

function typeOf(schema: JsonSchema, byJson: ReadonlyMap<string, string>, indent: string): string {
  const named = byJson.get(key(schema));
  if (named) return named;
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  if (schema.anyOf) return schema.anyOf.map((s) => typeOf(s, byJson, indent)).join(' | ');
  switch (schema.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array': {
      const item = schema.items ? typeOf(schema.items, byJson, indent) : 'unknown';
      return `readonly ${/[ |]/.test(item) ? `(${item})` : item}[]`;
    }
    case 'object':
      return objectType(schema, byJson, indent);
    default:
      return 'unknown';
  }
}

function objectType(schema: JsonSchema, byJson: ReadonlyMap<string, string>, indent: string): string {
  const inner = `${indent}  `;
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const key = /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
    // An optional key may also hold `undefined`, as zod's output type says (this matters under exactOptionalPropertyTypes).
    const type = typeOf(property, byJson, inner);
    return `${doc(property.description, inner)}${inner}readonly ${key}${required.has(name) ? `: ${type}` : `?: ${type} | undefined`};`;
  });
  return `{\n${fields.join('\n')}\n${indent}}`;
}

function doc(text: string | undefined, indent: string): string {
  return text ? `${indent}/** ${text.replace(/\*\//g, '*\\/')} */\n` : '';
}
