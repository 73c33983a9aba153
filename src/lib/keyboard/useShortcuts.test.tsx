import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useShortcuts, type ShortcutHandlers } from './useShortcuts.ts';

function press(target: EventTarget, key: string, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

function mount(html: string, handlers: ShortcutHandlers) {
  document.body.innerHTML = html;
  return renderHook(() => useShortcuts(handlers));
}

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

describe('useShortcuts', () => {
  it('runs the handler of a key pressed on the page, and takes the key from the browser', () => {
    const next = vi.fn();
    mount('<button>b</button>', { 'list.next': next });
    const event = press(document.querySelector('button')!, 'j');
    expect(next).toHaveBeenCalledOnce();
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves keys typed in a field, or in a menu, alone', () => {
    const next = vi.fn();
    const help = vi.fn();
    mount('<input type="search"><div role="menu"><button role="menuitem">m</button></div>', {
      'list.next': next,
      help,
    });
    const typed = press(document.querySelector('input')!, 'j');
    press(document.querySelector('input')!, '?', { shiftKey: true });
    press(document.querySelector('[role="menuitem"]')!, 'j');
    expect(next).not.toHaveBeenCalled();
    expect(help).not.toHaveBeenCalled();
    expect(typed.defaultPrevented).toBe(false);
  });

  it('takes Ctrl+K and Escape in a field, as bound', () => {
    const palette = vi.fn();
    const leave = vi.fn();
    mount('<input type="search">', { palette, 'list.leaveSearch': leave });
    press(document.querySelector('input')!, 'k', { ctrlKey: true });
    press(document.querySelector('input')!, 'Escape');
    expect(palette).toHaveBeenCalledOnce();
    expect(leave).toHaveBeenCalledOnce();
  });

  it('does not start a sequence with a letter typed in a field', () => {
    const list = vi.fn();
    mount('<input>', { 'go.list': list });
    press(document.querySelector('input')!, 'g');
    press(document.body, 'l');
    expect(list).not.toHaveBeenCalled();
    press(document.body, 'g');
    press(document.body, 'l');
    expect(list).toHaveBeenCalledOnce();
  });

  it('gives a key to the newest handler, and to an older one when the newest declines it', () => {
    const older = vi.fn();
    const newer = vi.fn(() => false);
    document.body.innerHTML = '<button>b</button>';
    renderHook(() => useShortcuts({ 'list.open': older }));
    renderHook(() => useShortcuts({ 'list.open': newer }));
    const event = press(document.body, 'Enter');
    expect(newer).toHaveBeenCalledOnce();
    expect(older).toHaveBeenCalledOnce();
    expect(event.defaultPrevented).toBe(true);
  });

  it('lets a declined key through to the browser, and stops listening once unmounted', () => {
    const open = vi.fn(() => false);
    const { unmount } = mount('', { 'list.open': open });
    expect(press(document.body, 'Enter').defaultPrevented).toBe(false);
    unmount();
    press(document.body, 'Enter');
    expect(open).toHaveBeenCalledOnce();
  });

  it('ignores keys held with Alt or a modifier they are not bound with', () => {
    const next = vi.fn();
    mount('', { 'list.next': next });
    press(document.body, 'j', { altKey: true });
    press(document.body, 'j', { ctrlKey: true });
    press(document.body, 'j', { metaKey: true });
    expect(next).not.toHaveBeenCalled();
  });
});
