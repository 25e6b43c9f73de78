import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError } from '../../src/core/errors.js';
import { validateConfig } from '../../src/core/config/validate.js';

const base = (server: Record<string, unknown>) => ({ monitor: { server, monitors: [{ id: 'h', type: 'heartbeat' }] } });

describe('${VAR} in boolean and number fields (converted by the field\'s schema type)', () => {
  it('fills server.enabled and server.port from the environment', () => {
    const c = validateConfig(base({ enabled: '${ENABLED}', port: '${PORT:-8787}' }), 'f.yml', { ENABLED: 'false', PORT: '9090' });
    assert.equal(c.monitor!.server.enabled, false);
    assert.equal(c.monitor!.server.port, 9090);
    const d = validateConfig(base({ enabled: '${ENABLED:-true}', port: '${PORT:-8787}' }), 'f.yml', {});
    assert.equal(d.monitor!.server.enabled, true);
    assert.equal(d.monitor!.server.port, 8787);
  });

  it('a value that is not of the type is an error naming the field and the value, not "is required"', () => {
    const check = (server: Record<string, unknown>, env: Record<string, string>, field: string, re: RegExp) =>
      assert.throws(
        () => validateConfig(base(server), 'f.yml', env),
        (e: unknown) => e instanceof ConfigError && e.problems.some((p) => p.field === field && re.test(p.message) && !/required/.test(p.message)),
      );
    check({ port: '${PORT}' }, { PORT: 'eighty' }, 'monitor.server.port', /must be a number, got "eighty"/);
    check({ enabled: '${ON}' }, { ON: 'maybe' }, 'monitor.server.enabled', /must be a boolean, got "maybe"/);
    // a literal string in a number field is not converted: only interpolated values are
    check({ port: '8080' }, {}, 'monitor.server.port', /must be a number, got "8080"/);
  });
});
