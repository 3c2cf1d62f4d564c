/**
 * The configuration of the editing desk at /admin (Sveltia CMS), generated from the front-matter
 * contract (src/content/schema.ts) and the theme and partner lists, so that the contract is written
 * once. Every field of the contract becomes a field of the form, with the contract's required or
 * optional rule; its widget follows from the zod type (text, yes/no, list, block, choice), and a
 * field is only named here when it needs more than its type says: a help text, a date, a pick
 * from themes.yml or partners.yml, an image. A field added to the contract appears in the form
 * without an edit here. No I/O: the route that serves it hands in the lists.
 */
import type { z } from "zod";
import { DATE_HELP, FIELD_HELP, PARTNER_HELP, THEME_HELP } from "./fieldHelp";
import { articleFrontMatterSchema, partnerSchema, themeSchema, translationFrontMatterSchema } from "../content/schema";

/** A field of the form, as Sveltia CMS reads it (the subset this site writes). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  i18n?: boolean;
  fields?: CmsField[];
  field?: CmsField;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  pattern?: [string, string];
  default?: unknown;
  root?: boolean;
  collapsed?: boolean;
  summary?: string;
  choose_url?: boolean;
  media_folder?: string;
  public_folder?: string;
}

export interface CmsConfigInput {
  themes: readonly { id: string; name: string }[];
  partners: readonly { id: string; name: string }[];
  /** `owner/name` of the repository on GitHub the desk writes to. */
  repo: string;
  /** The branch articles are published from. */
  branch: string;
  /** Where the sign-in route runs (this site's origin), when OAuth is set up; absent, editors sign in with a token. */
  authBaseUrl?: string;
  /** The site's public address, for "view on site" links. */
  siteUrl: string;
}

/** Where the sign-in route lives, relative to `authBaseUrl` (src/app/admin/auth). */
export const AUTH_ENDPOINT = "admin/auth";

/** Where uploaded photos go, and how articles refer to them. */
export const MEDIA_FOLDER = "public/images";
export const PUBLIC_FOLDER = "/images";

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, the shapes parseContentDate accepts (no zone: Amsterdam time). */
export const CONTENT_DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?$";

/** Fields written as dates: `date` and `updated` of an article, `start` and `end` of its event. */
const DATE_FIELDS = new Set(["date", "updated", "start", "end"]);
/** Fields edited as a longer text than one line. */
const MULTILINE_FIELDS = new Set(["summary", "description"]);
/** Fields holding a picture under public/ (or an https address). */
const IMAGE_FIELDS = new Set(["image", "logo"]);

type AnySchema = z.core.$ZodType;

interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  element?: AnySchema;
  shape?: Record<string, AnySchema>;
  entries?: Record<string, string>;
}

function defOf(schema: AnySchema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Optional in the file: `.optional()` or `.default(...)`; the contract's rule for "may be left out". */
export function isOptionalField(schema: AnySchema): boolean {
  // zod marks both with `optin` ("optional", or "defaulted" for a default).
  return (schema as unknown as { _zod: { optin?: string } })._zod.optin !== undefined;
}

/** The type an editor writes: through optional, default and the transforms that read it. */
function writtenType(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (
      (def.type === "optional" || def.type === "default" || def.type === "nullable" || def.type === "readonly") &&
      def.innerType
    )
      current = def.innerType;
    else if (def.type === "pipe" && def.in) current = def.in;
    else return current;
  }
}

/** The fields of an object schema (a strict object, possibly refined), in the contract's order. */
export function shapeOf(schema: AnySchema): Record<string, AnySchema> {
  const shape = defOf(writtenType(schema)).shape;
  if (!shape) throw new Error("expected an object schema");
  return shape;
}

/** Labels that say more than the field's name. */
const LABELS: Readonly<Record<string, string>> = { nl: "In Dutch", imageAlt: "Image description (alt text)" };

/** `imageCredit` -> `Image credit` */
function labelFor(name: string): string {
  if (Object.hasOwn(LABELS, name)) return LABELS[name];
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface FieldContext {
  help: Readonly<Record<string, string>>;
  choices: Readonly<Record<string, { label: string; value: string }[]>>;
  /** The field's dotted path (`event.start`), for help texts of nested fields. */
  path: string;
}

function fieldFor(name: string, schema: AnySchema, context: FieldContext): CmsField {
  const path = context.path ? `${context.path}.${name}` : name;
  const field: CmsField = { name, label: labelFor(name), widget: "string", required: !isOptionalField(schema) };
  const help = context.help[path] ?? (DATE_FIELDS.has(name) ? DATE_HELP : undefined);
  if (help) field.hint = help;
  const written = writtenType(schema);
  const def = defOf(written);
  if (def.type === "boolean") {
    field.widget = "boolean";
  } else if (def.type === "enum" && def.entries) {
    field.widget = "select";
    field.options = Object.values(def.entries).map((value) => ({ label: value, value }));
  } else if (def.type === "array") {
    const choices = context.choices[path];
    if (choices) {
      Object.assign(field, { widget: "select", multiple: true, options: choices });
    } else {
      field.widget = "list";
      if (def.element && defOf(writtenType(def.element)).type === "object") {
        field.fields = fieldsOf(shapeOf(def.element), { ...context, path });
      }
    }
  } else if (def.type === "object") {
    Object.assign(field, {
      widget: "object",
      collapsed: false,
      fields: fieldsOf(shapeOf(written), { ...context, path }),
    });
  } else if (DATE_FIELDS.has(name)) {
    // A text box with the contract's two shapes, not a date picker: the picker writes one shape
    // only, and a day without a time (a whole day, no hour shown) is not midnight here.
    field.pattern = [
      CONTENT_DATE_PATTERN,
      "Write the date as YYYY-MM-DD, or YYYY-MM-DDTHH:mm with a time (Amsterdam time)",
    ];
  } else if (IMAGE_FIELDS.has(name)) {
    Object.assign(field, { widget: "image", choose_url: true });
  } else if (MULTILINE_FIELDS.has(name)) {
    field.widget = "text";
  }
  return field;
}

function fieldsOf(shape: Record<string, AnySchema>, context: FieldContext): CmsField[] {
  return Object.entries(shape)
    .filter(([, schema]) => defOf(writtenType(schema)).type !== "never")
    .map(([name, schema]) => fieldFor(name, schema, context));
}

/** The news collection's fields: the article's contract; the Dutch side edits only what a translation may carry. */
export function articleFields(themes: CmsConfigInput["themes"], partners: CmsConfigInput["partners"]): CmsField[] {
  const schema = articleFrontMatterSchema({
    themeIds: new Set(themes.map(({ id }) => id)),
    partnerIds: new Set(partners.map(({ id }) => id)),
  });
  const choices = {
    themes: themes.map(({ id, name }) => ({ label: name, value: id })),
    partners: partners.map(({ id, name }) => ({ label: name, value: id })),
  };
  const translated = new Set<string>(translationFieldNames());
  const fields = fieldsOf(shapeOf(schema), { help: FIELD_HELP, choices, path: "" }).map((field) => ({
    ...field,
    i18n: translated.has(field.name),
  }));
  return [
    ...fields,
    { name: "body", label: "Text", widget: "markdown", required: true, i18n: true, hint: FIELD_HELP.body },
  ];
}

/** The fields a translation may carry, as the translation contract says (for the test and the docs). */
export function translationFieldNames(): string[] {
  return Object.entries(shapeOf(translationFrontMatterSchema()))
    .filter(([, schema]) => defOf(writtenType(schema)).type !== "never")
    .map(([name]) => name);
}

/** A YAML file that is one list (themes.yml, partners.yml), edited as that list. */
function listFile(
  name: string,
  label: string,
  file: string,
  schema: AnySchema,
  help: Readonly<Record<string, string>>,
): object {
  return {
    name,
    label,
    file,
    format: "yaml",
    fields: [
      {
        name: "items",
        label,
        widget: "list",
        root: true,
        summary: "{{fields.name}} ({{fields.id}})",
        fields: fieldsOf(shapeOf(schema), { help, choices: {}, path: "" }),
      },
    ],
  };
}

/** The whole configuration, ready to be written as YAML or JSON. */
export function cmsConfig(input: CmsConfigInput): Record<string, unknown> {
  const backend: Record<string, unknown> = { name: "github", repo: input.repo, branch: input.branch };
  // Without this site's sign-in route, only a token: the CMS's default OAuth service is a third party's (Netlify).
  if (input.authBaseUrl) Object.assign(backend, { base_url: input.authBaseUrl, auth_endpoint: AUTH_ENDPOINT });
  else backend.auth_methods = ["token"];
  return {
    backend,
    // Each new or changed article is a branch and a pull request: CI's check and a preview judge it first.
    publish_mode: "editorial_workflow",
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    site_url: input.siteUrl,
    app_title: "HSD news desk",
    // An empty optional field is left out of the file, never written as "" or null.
    output: { omit_empty_optional_fields: true },
    i18n: {
      structure: "multiple_files",
      locales: ["en", "nl"],
      default_locale: "en",
      omit_default_locale_from_file_path: true,
    },
    collections: [
      {
        name: "news",
        label: "News",
        label_singular: "Article",
        folder: "content/news",
        extension: "md",
        format: "yaml-frontmatter",
        create: true,
        // The same slug rule as `npm run new`: lower case ASCII words joined by hyphens.
        slug: "{{title}}",
        identifier_field: "title",
        summary: "{{title}} ({{date}})",
        sortable_fields: { fields: ["date", "title"], default: { field: "date", direction: "descending" } },
        i18n: true,
        fields: articleFields(input.themes, input.partners),
      },
      {
        name: "lists",
        label: "Themes and partners",
        files: [
          listFile("themes", "Themes", "content/themes.yml", themeSchema, THEME_HELP),
          listFile("partners", "Partners", "content/partners.yml", partnerSchema, PARTNER_HELP),
        ],
      },
    ],
    // The same slug rule as `npm run new`: lower-case ASCII words joined by hyphens, at most 80 characters.
    slug: {
      encoding: "ascii",
      clean_accents: true,
      sanitize_replacement: "-",
      trim: true,
      lowercase: true,
      maxlength: 80,
    },
  };
}
