// How long progress will last here: each browser situation stood in for through the injectable env.
import { expect } from '@open-wc/testing';
import {
  atRisk,
  requestPersistence,
  SESSION_QUOTA_BYTES,
  storageStatus,
  type StorageEnv,
} from '../src/internal/storage-status.js';

const working = () => localStorage;
const throwing = () => {
  throw new DOMException('denied', 'SecurityError');
};
const manager = (opts: { persisted?: boolean; grant?: boolean; quota?: number } = {}) => {
  const calls = { persist: 0 };
  let persisted = opts.persisted ?? false;
  return {
    calls,
    persisted: async () => persisted,
    persist: async () => {
      calls.persist++;
      persisted = opts.grant ?? false;
      return persisted;
    },
    estimate: async () => ({ quota: opts.quota ?? 10 * 1024 ** 3, usage: 0 }),
  };
};
const env = (over: StorageEnv): StorageEnv => ({ localStorage: working, framed: false, ...over });

describe('storage status', () => {
  it('unavailable when localStorage throws, is missing, or refuses a write', async () => {
    expect(await storageStatus(env({ localStorage: throwing }))).to.equal('unavailable');
    expect(await storageStatus(env({ localStorage: () => null }))).to.equal('unavailable');
    const readOnly = { setItem: throwing, removeItem() {} } as unknown as Storage;
    expect(await storageStatus(env({ localStorage: () => readOnly }))).to.equal('unavailable');
    expect(localStorage.getItem('django-quiz-elements:probe')).to.equal(null);
  });

  it('persistent when the browser granted it; best-effort otherwise', async () => {
    expect(await storageStatus(env({ storageManager: manager({ persisted: true }) }))).to.equal(
      'persistent',
    );
    expect(await storageStatus(env({ storageManager: manager() }))).to.equal('best-effort');
    expect(await storageStatus(env({ storageManager: undefined }))).to.equal('best-effort');
  });

  it('partitioned in a frame without storage access; not when access is granted or unframed', async () => {
    const denied = async () => false;
    expect(
      await storageStatus(
        env({ framed: true, hasStorageAccess: denied, storageManager: manager() }),
      ),
    ).to.equal('partitioned');
    expect(
      await storageStatus(
        env({ framed: true, hasStorageAccess: async () => true, storageManager: manager() }),
      ),
    ).to.equal('best-effort');
    expect(
      await storageStatus(
        env({ framed: false, hasStorageAccess: denied, storageManager: manager() }),
      ),
    ).to.equal('best-effort');
    const rejects = async () => Promise.reject(new Error('nope'));
    expect(
      await storageStatus(
        env({ framed: true, hasStorageAccess: rejects, storageManager: manager() }),
      ),
    ).to.equal('best-effort');
  });

  it('session-only when the quota looks like a private window', async () => {
    expect(
      await storageStatus(env({ storageManager: manager({ quota: SESSION_QUOTA_BYTES - 1 }) })),
    ).to.equal('session-only');
  });

  it('requestPersistence asks once, reports the answer, never throws', async () => {
    const granted = manager({ grant: true });
    expect(await requestPersistence(env({ storageManager: granted }))).to.equal(true);
    expect(await requestPersistence(env({ storageManager: granted }))).to.equal(true);
    expect(granted.calls.persist).to.equal(1);
    expect(await requestPersistence(env({ storageManager: manager({ grant: false }) }))).to.equal(
      false,
    );
    expect(
      await requestPersistence(
        env({ localStorage: throwing, storageManager: manager({ grant: true }) }),
      ),
    ).to.equal(false);
    const broken = {
      persisted: throwing,
      persist: throwing,
      estimate: throwing,
    } as unknown as StorageManager;
    expect(await requestPersistence(env({ storageManager: broken }))).to.equal(false);
    expect(await storageStatus(env({ storageManager: broken }))).to.equal('best-effort');
  });

  it('runs against the real browser APIs without throwing', async () => {
    const status = await storageStatus();
    expect(['persistent', 'best-effort', 'session-only']).to.include(status);
    expect(atRisk('partitioned')).to.equal(true);
    expect(atRisk('best-effort')).to.equal(false);
  });
});
