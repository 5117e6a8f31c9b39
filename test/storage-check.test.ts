// src/embed/storage-check.ts with each answer a browser can give: storage that throws, a cross-site
// frame with and without storage access, persistent storage granted or refused.
import { expect } from '@open-wc/testing';
import {
  checkStorage,
  isCrossSiteFrame,
  siteOf,
  storageNotice,
  type StorageEnv,
} from '../src/embed/storage-check.js';

interface Fake {
  storage?: 'works' | 'throws' | 'missing';
  hostname?: string;
  /** Origins of the frames around this one (innermost first), as location.ancestorOrigins. */
  ancestors?: string[];
  access?: boolean | 'throws';
  persisted?: boolean;
  persist?: boolean | 'throws';
}

function env(f: Fake): StorageEnv & { asked: string[] } {
  const asked: string[] = [];
  const store = new Map<string, string>();
  const localStorage =
    f.storage === 'missing'
      ? null
      : {
          setItem(k: string, v: string) {
            if (f.storage === 'throws') throw new DOMException('denied', 'SecurityError');
            store.set(k, v);
          },
          removeItem: (k: string) => store.delete(k),
        };
  const win = {
    localStorage,
    location: { hostname: f.hostname ?? 'quiz.example.com', ancestorOrigins: f.ancestors ?? [] },
  } as unknown as Window & { top: unknown };
  (win as { top: unknown }).top = f.ancestors?.length ? {} : win;
  return {
    asked,
    win,
    doc: {
      hasStorageAccess: async () => {
        asked.push('hasStorageAccess');
        if (f.access === 'throws') throw new Error('no');
        return f.access ?? false;
      },
    },
    storage: {
      persisted: async () => f.persisted ?? false,
      persist: async () => {
        asked.push('persist');
        if (f.persist === 'throws') throw new Error('no');
        return f.persist ?? false;
      },
    },
  };
}

describe('embed storage check', () => {
  it('first party with working storage: ok, asks for persistent storage, no notice', async () => {
    const e = env({ storage: 'works', persist: true });
    const check = await checkStorage(e);
    expect(check).to.deep.equal({ state: 'ok', persisted: true });
    expect(e.asked).to.include('persist');
    expect(storageNotice(check)).to.equal(undefined);
  });

  it('already persisted: does not ask again', async () => {
    const e = env({ storage: 'works', persisted: true });
    expect((await checkStorage(e)).persisted).to.equal(true);
    expect(e.asked).to.not.include('persist');
  });

  it('storage that throws or is missing: unavailable, and the notice says answers are lost', async () => {
    for (const storage of ['throws', 'missing'] as const) {
      const check = await checkStorage(env({ storage }));
      expect(check.state, storage).to.equal('unavailable');
      expect(storageNotice(check)).to.match(/answers are lost when you leave/);
    }
  });

  it('a cross-site frame without storage access: partitioned, and says so', async () => {
    const check = await checkStorage(
      env({ storage: 'works', ancestors: ['https://canvas.school.edu'], access: false }),
    );
    expect(check.state).to.equal('partitioned');
    expect(storageNotice(check)).to.match(/embedded from another site.*may not keep your progress/);
  });

  it('a cross-site frame with storage access granted: ok', async () => {
    const e = env({ storage: 'works', ancestors: ['https://canvas.school.edu'], access: true });
    expect((await checkStorage(e)).state).to.equal('ok');
    expect(e.asked).to.include('hasStorageAccess');
  });

  it('persist() or hasStorageAccess() throwing counts as refused, never as an error', async () => {
    const check = await checkStorage(
      env({
        storage: 'works',
        ancestors: ['https://lms.other.org'],
        access: 'throws',
        persist: 'throws',
      }),
    );
    expect(check).to.deep.equal({ state: 'partitioned', persisted: false });
  });

  it('same-site parents (another subdomain) are not cross-site', () => {
    const e = env({ hostname: 'quiz.school.edu', ancestors: ['https://canvas.school.edu'] });
    expect(isCrossSiteFrame(e.win)).to.equal(false);
    const sandboxed = env({ hostname: 'quiz.school.edu', ancestors: ['null'] });
    expect(isCrossSiteFrame(sandboxed.win)).to.equal(true);
    expect(siteOf('canvas.instructure.com')).to.equal('instructure.com');
    expect(siteOf('127.0.0.1')).to.equal('127.0.0.1');
    expect(siteOf('localhost')).to.equal('localhost');
  });

  it('this test page, not framed by another site: the real check says ok', async () => {
    const check = await checkStorage({ win: window, doc: document, storage: navigator.storage });
    expect(isCrossSiteFrame(window)).to.equal(false);
    expect(check.state).to.equal('ok');
  });
});
