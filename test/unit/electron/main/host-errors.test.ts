import { describe, expect, it } from 'vitest';
import { errorFromException } from '../../../../electron/main/host-errors';

const errno = (code: string, path: string) => Object.assign(new Error(`${code}: failed, open '${path}'`), { code });
const PATH = '/home/me/plans/Plan.sprintbook';

describe('a file-system failure as a Host error', () => {
  it('is not-found for a missing file', () => {
    expect(errorFromException(errno('ENOENT', PATH), PATH).code).toBe('not-found');
  });

  it('is permission when the system refuses access', () => {
    for (const code of ['EACCES', 'EPERM', 'EROFS']) expect(errorFromException(errno(code, PATH), PATH).code, code).toBe('permission');
  });

  it('is io for anything else, keeping the system’s words', () => {
    expect(errorFromException(errno('EIO', PATH), PATH)).toMatchObject({ code: 'io', message: expect.stringMatching(/EIO/) });
    expect(errorFromException('weird', PATH)).toMatchObject({ code: 'io' });
  });

  it('names the file, never the folder it is in', () => {
    for (const code of ['ENOENT', 'EACCES', 'EISDIR', 'ENOSPC', 'EIO']) {
      const { message } = errorFromException(errno(code, PATH), PATH);
      expect(message, code).toContain('Plan.sprintbook');
      expect(message, code).not.toContain('/home/me');
    }
  });
});
