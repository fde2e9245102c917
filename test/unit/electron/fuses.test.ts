/**
 * The packaged app's Electron fuses, read from electron-builder.yml with the YAML parser and the
 * configuration schema electron-builder itself uses (js-yaml and scheme.json of app-builder-lib,
 * reached through electron-builder so they are the very copies a build would load).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';

const builder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const lib = createRequire(builder.resolve('app-builder-lib'));
const yaml = lib('js-yaml') as { load(text: string): unknown };
const schema = lib('app-builder-lib/scheme.json') as { definitions: Record<string, { properties: Record<string, unknown> }> };

const config = yaml.load(readFileSync(fileURLToPath(new URL('../../../electron-builder.yml', import.meta.url)), 'utf8')) as Configuration;
const fuses = config.electronFuses ?? {};

describe('the packaged app’s fuses', () => {
  it('do not let ELECTRON_RUN_AS_NODE turn the app into a Node.js shell', () => {
    expect(fuses.runAsNode).toBe(false);
  });

  it('ignore NODE_OPTIONS', () => {
    expect(fuses.enableNodeOptionsEnvironmentVariable).toBe(false);
  });

  it('ignore --inspect and its kin', () => {
    expect(fuses.enableNodeCliInspectArguments).toBe(false);
  });

  it('load the app only from its archive, and check that archive’s integrity', () => {
    expect(config.asar).toBe(true);
    expect(fuses.onlyLoadAppFromAsar).toBe(true);
    expect(fuses.enableEmbeddedAsarIntegrityValidation).toBe(true);
  });

  it('encrypt cookies and give file:// no extra privileges', () => {
    expect(fuses.enableCookieEncryption).toBe(true);
    expect(fuses.grantFileProtocolExtraPrivileges).toBe(false);
  });

  it('are all spelled as electron-builder knows them', () => {
    const known = Object.keys(schema.definitions.FuseOptionsV1!.properties);
    expect(Object.keys(fuses).filter((name) => !known.includes(name))).toEqual([]);
  });
});
