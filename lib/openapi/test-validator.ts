import Ajv2020 from "ajv/dist/2020";

/** Tests only: checks a value against a schema of the OpenAPI document, its $refs resolved in the document's components. */
export function documentValidator(document: { components: object }) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // The formats the document uses, checked loosely: the zod schemas hold the exact rules.
  ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/).addFormat("date-time", /^\d{4}-\d{2}-\d{2}T/).addFormat("email", /^[^@\s]+@[^@\s]+$/).addFormat("uri", /^https?:\/\//);
  ajv.addSchema({ $id: "openapi", components: document.components });
  const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
  return (schema: object, value: unknown): string | null => {
    const text = JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/');
    let validate = compiled.get(text);
    if (!validate) compiled.set(text, (validate = ajv.compile(JSON.parse(text))));
    return validate(value) ? null : ajv.errorsText(validate.errors);
  };
}
