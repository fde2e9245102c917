import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, desktopContentSecurityPolicy, securityHeaders } from '../../../../electron/main/csp';

/** The policy as a map from directive to its sources. */
function directives(): Map<string, string[]> {
  return new Map(contentSecurityPolicy().split(';').map((part) => {
    const [name, ...sources] = part.trim().split(/\s+/);
    return [name!, sources];
  }));
}

describe('the content security policy', () => {
  const policy = directives();

  it('allows only the app itself by default', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('runs only the app’s own script files: no inline script, no eval, no remote origin; WebAssembly (HarfBuzz, for the exports) may compile', () => {
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(contentSecurityPolicy()).not.toMatch(/'unsafe-eval'|strict-dynamic/);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('names no remote origin and no wildcard in any directive', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).toMatch(/^(?:'self'|'none'|'unsafe-inline'|'wasm-unsafe-eval'|data:|blob:)$/);
      }
    }
  });

  it('allows inline styles only in style-src (React sets style attributes)', () => {
    const inline = [...policy].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([name]) => name);
    expect(inline).toEqual(['style-src']);
  });

  it('connects only to the app’s own origin', () => {
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('refuses plugins, <base>, being framed and form posts', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('allows blob: frames and images for in-memory previews, but no blob: scripts', () => {
    expect(policy.get('frame-src')).toEqual(["'self'", 'blob:']);
    expect(policy.get('img-src')).toContain('blob:');
    expect(policy.get('script-src')).not.toContain('blob:');
    expect(policy.get('worker-src')).toEqual(["'self'"]);
  });

  it('is sent as a header together with nosniff', () => {
    const headers = securityHeaders();
    expect(headers['Content-Security-Policy']).toBe(desktopContentSecurityPolicy());
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('the desktop app’s policy', () => {
  it('adds only sockets to 127.0.0.1 (the workshop room’s facilitator endpoint) to the shared policy', () => {
    const desktop = new Map(desktopContentSecurityPolicy().split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }));
    const shared = new Map(contentSecurityPolicy().split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }));
    expect(desktop.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:*']);
    desktop.delete('connect-src');
    shared.delete('connect-src');
    expect(desktop).toEqual(shared);
  });
});
