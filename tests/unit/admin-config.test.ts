/**
 * The editing desk's configuration (/admin/config.yml) against the contract it is generated from:
 * every front-matter field is in the form with the contract's required/optional rule, the Dutch side
 * edits only what a translation may carry, and the theme and partner choices are the ids of the two
 * YAML lists. Read from the served YAML, compared with the zod schemas and the files themselves.
 */
import fs from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { afterEach, describe, expect, test } from "vitest";
import type { z } from "zod";
import { deskConfigYaml } from "@/admin/desk";
import { articleFrontMatterSchema, partnerSchema, themeSchema, translationFrontMatterSchema } from "@/content/schema";
import { parseContentDate } from "@/lib/dates";

const root = path.resolve(__dirname, "../..");

interface Field {
  name: string;
  widget: string;
  required?: boolean;
  i18n?: boolean;
  fields?: Field[];
  options?: { value: string }[];
  pattern?: [string, string];
}

interface Config {
  output: { omit_empty_optional_fields: boolean };
  i18n: { structure: string; locales: string[]; default_locale: string; omit_default_locale_from_file_path: boolean };
  publish_mode: string;
  backend: { name: string; base_url?: string; auth_methods?: string[] };
  collections: {
    name: string;
    folder?: string;
    fields?: Field[];
    files?: { name: string; file: string; fields: Field[] }[];
  }[];
}

function servedConfig(): Config {
  return load(deskConfigYaml()) as Config;
}

function yamlIds(file: string): string[] {
  return (load(fs.readFileSync(path.join(root, "content", file), "utf8")) as { id: string }[]).map(({ id }) => id);
}

type Shape = Record<string, z.ZodType>;

/** The object inside optional/refinements (the event block), as zod's own API exposes it. */
function objectShape(schema: z.ZodType): Shape {
  let current = schema as unknown as { def: { type: string; innerType?: unknown; in?: unknown }; shape?: Shape };
  while (!current.shape) current = (current.def.innerType ?? current.def.in) as typeof current;
  return current.shape;
}

/** Every field of a shape and of its nested blocks against the form's fields: present, same rule. */
function expectSameFields(shape: Shape, fields: Field[] | undefined, where: string) {
  const byName = new Map((fields ?? []).map((field) => [field.name, field]));
  for (const [name, schema] of Object.entries(shape)) {
    const field = byName.get(name);
    expect(field, `${where}${name} is missing from the desk's configuration`).toBeDefined();
    expect(field?.required, `${where}${name}: required in the form must match the contract`).toBe(!schema.isOptional());
    if (field?.widget === "object") expectSameFields(objectShape(schema), field.fields, `${where}${name}.`);
  }
}

const articleSchema = articleFrontMatterSchema({ themeIds: new Set(), partnerIds: new Set() });

describe("the desk's configuration is the contract's", () => {
  afterEach(() => {
    delete process.env.GITHUB_OAUTH_CLIENT_ID;
    delete process.env.GITHUB_OAUTH_CLIENT_SECRET;
  });

  test("every front-matter field of an article is in the news form, required exactly when the contract requires it", () => {
    const news = servedConfig().collections.find(({ name }) => name === "news");
    expect(news?.folder).toBe("content/news");
    expectSameFields(articleSchema.shape as Shape, news?.fields, "");
    // Nothing in the form that the contract does not know, except the text itself.
    expect(news?.fields?.map(({ name }) => name)).toEqual([...Object.keys(articleSchema.shape), "body"]);
    expect(news?.fields?.find(({ name }) => name === "event")?.widget).toBe("object");
  });

  test("the Dutch side edits only the fields a translation may carry", () => {
    const news = servedConfig().collections.find(({ name }) => name === "news");
    const translatable = news?.fields?.filter((field) => field.i18n).map(({ name }) => name);
    const translationShape = translationFrontMatterSchema().shape as Shape;
    // A translation's contract declares the original's fields as `never` (they may not be repeated).
    const isInherited = (schema: z.ZodType) =>
      (schema.def as { innerType?: z.ZodType }).innerType?.def.type === "never";
    const carried = Object.entries(translationShape)
      .filter(([, schema]) => !isInherited(schema))
      .map(([name]) => name);
    expect(carried).toContain("title");
    expect(translatable?.sort()).toEqual([...carried, "body"].sort());
    for (const name of carried) {
      const field = news?.fields?.find((f) => f.name === name);
      expect(field?.required, `${name} in a translation`).toBe(!translationShape[name].isOptional());
    }
  });

  test("the theme and partner choices are the ids of themes.yml and partners.yml, in their order", () => {
    const news = servedConfig().collections.find(({ name }) => name === "news");
    const options = (name: string) =>
      news?.fields?.find((field) => field.name === name)?.options?.map(({ value }) => value);
    expect(options("themes")).toEqual(yamlIds("themes.yml"));
    expect(options("partners")).toEqual(yamlIds("partners.yml"));
  });

  test("themes.yml and partners.yml are edited as the lists they are, with every field of their contract", () => {
    const lists = servedConfig().collections.find(({ files }) => files)?.files ?? [];
    expect(lists.map(({ file }) => file)).toEqual(["content/themes.yml", "content/partners.yml"]);
    expectSameFields(themeSchema.shape as Shape, lists[0].fields[0].fields, "themes.yml: ");
    expectSameFields(partnerSchema.shape as Shape, lists[1].fields[0].fields, "partners.yml: ");
  });

  test("dates are written in the contract's two shapes, never with a zone", () => {
    const news = servedConfig().collections.find(({ name }) => name === "news");
    const event = news?.fields?.find(({ name }) => name === "event");
    for (const field of [...(news?.fields ?? []), ...(event?.fields ?? [])].filter(({ name }) =>
      ["date", "updated", "start", "end"].includes(name),
    )) {
      const pattern = new RegExp(field.pattern?.[0] ?? "(?!)");
      for (const written of ["2030-04-02", "2030-04-02T14:00"]) {
        expect(pattern.test(written), `${field.name}: ${written}`).toBe(true);
        expect(parseContentDate(written).ok).toBe(true);
      }
      for (const refused of ["2030-04-02T14:00Z", "2030-04-02T14:00:00.000Z", "2030-04-02T14:00+01:00"])
        expect(pattern.test(refused), `${field.name}: ${refused}`).toBe(false);
    }
  });

  test("files in the site's shapes: one file per language without a suffix for English, empty optional fields left out, every change a pull request", () => {
    const config = servedConfig();
    expect(config.i18n).toEqual({
      structure: "multiple_files",
      locales: ["en", "nl"],
      default_locale: "en",
      omit_default_locale_from_file_path: true,
    });
    expect(config.output.omit_empty_optional_fields).toBe(true);
    expect(config.publish_mode).toBe("editorial_workflow");
  });

  test("the sign-in route is named only when both the OAuth client id and secret are set, and the secret never", () => {
    // Off: a token only, never the CMS's default sign-in service (a third party's).
    expect(servedConfig().backend).toMatchObject({ auth_methods: ["token"] });
    expect(servedConfig().backend.base_url).toBeUndefined();
    process.env.GITHUB_OAUTH_CLIENT_ID = "client-id";
    expect(servedConfig().backend.base_url).toBeUndefined();
    process.env.GITHUB_OAUTH_CLIENT_SECRET = "very-secret";
    expect(servedConfig().backend.base_url).toMatch(/^https?:\/\//);
    expect(servedConfig().backend.auth_methods).toBeUndefined();
    expect(deskConfigYaml()).not.toContain("very-secret");
  });
});
