import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../../electron/main/app-origin';
import { isTrustedSender, type SenderFrame } from '../../../../electron/main/sender-check';

const mainFrame = { processId: 4, routingId: 1 };
const sender = (overrides: Partial<SenderFrame> = {}): SenderFrame => ({
  url: 'app://sprintbook/index.html', processId: 4, routingId: 1, isMainFrame: true, ...overrides,
});

describe('an IPC sender', () => {
  it('is trusted when it is the main window’s main frame showing the app', () => {
    expect(isTrustedSender(sender(), mainFrame, APP_ORIGIN)).toBe(true);
    expect(isTrustedSender(sender({ url: 'app://sprintbook/index.html#/roadmap' }), mainFrame, APP_ORIGIN)).toBe(true);
  });

  it('is not trusted when the frame shows another origin', () => {
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'about:blank', 'app://other/index.html', 'blob:app://sprintbook/1', '']) {
      expect(isTrustedSender(sender({ url }), mainFrame, APP_ORIGIN), url).toBe(false);
    }
  });

  it('is not trusted when it is a subframe, even of the app', () => {
    expect(isTrustedSender(sender({ isMainFrame: false }), mainFrame, APP_ORIGIN)).toBe(false);
  });

  it('is not trusted when it is another window’s frame', () => {
    expect(isTrustedSender(sender({ processId: 5 }), mainFrame, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(sender({ routingId: 2 }), mainFrame, APP_ORIGIN)).toBe(false);
  });

  it('is not trusted when the frame is gone or there is no main window', () => {
    expect(isTrustedSender(null, mainFrame, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(sender(), null, APP_ORIGIN)).toBe(false);
  });
});
