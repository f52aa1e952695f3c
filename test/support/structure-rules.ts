import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/*
 * The layering and size rules of the repository, checked on the TypeScript syntax tree so that a rule
 * never matches text inside a string or a comment. Pure functions of (repository-relative path, source
 * text), so that test/foundation/structure.test.ts can prove each rule on a few lines of fixture.
 */

export const MAX_FILE_LINES = 300;
export const MAX_FUNCTION_LINES = 120;
/** The vocabulary declared once (packages/contracts): a second declaration is a second meaning. */
export const SINGLE_DECLARATIONS = ['Language', 'LocalizedText', 'CycleState'] as const;

export interface Offence {
  rule: 'file-size' | 'function-size' | 'package-imports-app' | 'foreign-service-src' | 'declared-twice' | 'inline-localized-text';
  /** repository-relative, with the line where it applies */
  where: string;
  message: string;
}

/** What the import rules need to know of the workspace: the packages that are applications. */
export interface Workspace {
  /** package names of services/*, workflows and activities, e.g. @jalon/portal */
  appPackages: ReadonlySet<string>;
}

/**
 * Message catalogues hold one sentence per language and per case: their length is the size of the
 * wording, not of the logic. A catalogue says so in its name.
 */
export function isMessageCatalogue(file: string): boolean {
  return /(^|[-.])copy\.ts$|^i18n\.ts$|(^|-)catalogue[-.\w]*\.ts$/.test(path.posix.basename(file));
}

const lineCount = (text: string) => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0));

/** `services/portal/src/x.ts` → `portal`; files outside services/ belong to no service. */
const serviceOf = (file: string) => /^services\/([^/]+)\//.exec(file)?.[1];

function moduleSpecifiers(source: ts.SourceFile): { specifier: string; node: ts.Node }[] {
  const found: { specifier: string; node: ts.Node }[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, node });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      found.push({ specifier: node.arguments[0].text, node });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, node });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function checkImports(file: string, source: ts.SourceFile, workspace: Workspace, at: (node: ts.Node) => string): Offence[] {
  const offences: Offence[] = [];
  const importer = serviceOf(file);
  for (const { specifier, node } of moduleSpecifiers(source)) {
    const target = specifier.startsWith('.') ? path.posix.join(path.posix.dirname(file), specifier) : undefined;
    const packageName = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
    if (file.startsWith('packages/')) {
      const intoApp = target ? /^(services|workflows|activities)\//.test(target) : workspace.appPackages.has(packageName);
      if (intoApp) {
        offences.push({ rule: 'package-imports-app', where: at(node), message: `a shared package imports '${specifier}': packages never depend on services, workflows or activities; let the tests compose them` });
      }
    }
    const targetService = target ? /^services\/([^/]+)\/src\//.exec(target)?.[1] : undefined;
    const deepSrc = !target && /^@jalon\/[^/]+\/src(\/|$)/.test(specifier);
    if ((targetService !== undefined && targetService !== importer) || deepSrc) {
      offences.push({ rule: 'foreign-service-src', where: at(node), message: `imports '${specifier}', inside another service's src/: use what that package exports` });
    }
  }
  return offences;
}

type FunctionLike = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration | ts.ConstructorDeclaration | ts.AccessorDeclaration;

const isFunctionLike = (node: ts.Node): node is FunctionLike => ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)
  || ts.isArrowFunction(node) || ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node) || ts.isAccessor(node);

function functionName(node: FunctionLike): string {
  if (node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) return node.name.text;
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent) && (ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name))) return parent.name.text;
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText().slice(0, 40)})`;
  return '(anonymous)';
}

/** `{ fr: string; nl: string }` written out: the text in both official languages has a name. */
function isInlineLocalizedText(node: ts.Node): node is ts.TypeLiteralNode {
  if (!ts.isTypeLiteralNode(node) || node.members.length !== 2) return false;
  const names = node.members.map((m) => (ts.isPropertySignature(m) && !m.questionToken && m.type?.kind === ts.SyntaxKind.StringKeyword && m.name && ts.isIdentifier(m.name) ? m.name.text : ''));
  return names.sort().join(',') === 'fr,nl';
}

/** Every offence of one file against the per-file rules. `file` is repository-relative, with '/'. */
export function checkFile(file: string, text: string, workspace: Workspace): Offence[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const at = (node: ts.Node) => `${file}:${lineOf(node.getStart(source))}`;
  const offences: Offence[] = [];
  const lines = lineCount(text);
  if (/(^|\/)src\//.test(file) && lines > MAX_FILE_LINES && !isMessageCatalogue(file)) {
    offences.push({ rule: 'file-size', where: file, message: `${lines} lines (at most ${MAX_FILE_LINES} under src/, message catalogues aside)` });
  }
  const visit = (node: ts.Node) => {
    if (isFunctionLike(node) && node.body) {
      const length = lineOf(node.end) - lineOf(node.getStart(source)) + 1;
      if (length > MAX_FUNCTION_LINES) {
        offences.push({ rule: 'function-size', where: at(node), message: `function ${functionName(node)} has ${length} lines (at most ${MAX_FUNCTION_LINES})` });
      }
    }
    if (isInlineLocalizedText(node)) {
      offences.push({ rule: 'inline-localized-text', where: at(node), message: `the type ${node.getText(source)} is LocalizedText: import it from @jalon/contracts` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  offences.push(...checkImports(file, source, workspace, at));
  return offences;
}

/** Where each name of SINGLE_DECLARATIONS is declared as a type, an interface or an enum. */
export function declarationsOf(file: string, text: string): { name: string; where: string }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const wanted = new Set<string>(SINGLE_DECLARATIONS);
  const found: { name: string; where: string }[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isEnumDeclaration(node)) && wanted.has(node.name.text)) {
      found.push({ name: node.name.text, where: `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The rule over the whole set of files: a name of SINGLE_DECLARATIONS declared more than once. The
 * declaration in packages/contracts (else the first one) is the one kept; each other is an offence.
 */
export function checkDeclarations(files: { file: string; text: string }[]): Offence[] {
  const byName = new Map<string, string[]>();
  for (const { file, text } of files) {
    for (const { name, where } of declarationsOf(file, text)) byName.set(name, [...(byName.get(name) ?? []), where]);
  }
  return [...byName].flatMap(([name, places]) => {
    const kept = places.find((p) => p.startsWith('packages/contracts/')) ?? places[0];
    return places.filter((where) => where !== kept).map((where) => ({
      rule: 'declared-twice' as const, where, message: `${name} is declared again (first at ${kept}): import that one`,
    }));
  });
}

/** Installed and generated code is not written by hand: its shape is its generator's. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'coverage', 'generated']);

/** The repository's TypeScript sources, repository-relative; hidden folders (.git, .cache, .data) left out. */
export function sourceFiles(root: string, folder = ''): string[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name) ? [] : sourceFiles(root, relative);
    return /\.(ts|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

/** The application packages, read from the workspace's package.json files. */
export function workspaceOf(root: string): Workspace {
  const services = readdirSync(path.join(root, 'services'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `services/${e.name}`);
  const folders = [...services, 'workflows', 'activities'];
  const names = folders.map((f) => (JSON.parse(readFileSync(path.join(root, f, 'package.json'), 'utf8')) as { name: string }).name);
  return { appPackages: new Set(names) };
}

/** Every offence in the repository at `root`. */
export function checkRepository(root: string): Offence[] {
  const workspace = workspaceOf(root);
  const files = sourceFiles(root).map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }));
  return [...files.flatMap(({ file, text }) => checkFile(file, text, workspace)), ...checkDeclarations(files)];
}
