import { describe, expect, it } from 'vitest';
import { isInsideWidget, isTypingTarget } from './typingTarget.ts';

function element(html: string, selector: string): Element {
  document.body.innerHTML = html;
  return document.querySelector(selector)!;
}

describe('isTypingTarget', () => {
  it('is true in text inputs, textareas, selects and editable content', () => {
    expect(isTypingTarget(element('<input type="search">', 'input'))).toBe(true);
    expect(isTypingTarget(element('<input>', 'input'))).toBe(true);
    expect(isTypingTarget(element('<input type="number">', 'input'))).toBe(true);
    expect(isTypingTarget(element('<textarea></textarea>', 'textarea'))).toBe(true);
    expect(isTypingTarget(element('<select><option>a</option></select>', 'select'))).toBe(true);
    expect(isTypingTarget(element('<div contenteditable="true"><p>x</p></div>', 'p'))).toBe(true);
    expect(isTypingTarget(element('<div contenteditable=""><b>x</b></div>', 'b'))).toBe(true);
    expect(isTypingTarget(element('<div role="textbox" tabindex="0">x</div>', 'div'))).toBe(true);
  });

  it('is false on checkboxes, buttons, links, rows and the page', () => {
    expect(isTypingTarget(element('<input type="checkbox">', 'input'))).toBe(false);
    expect(isTypingTarget(element('<button>b</button>', 'button'))).toBe(false);
    expect(isTypingTarget(element('<a href="/x">x</a>', 'a'))).toBe(false);
    expect(
      isTypingTarget(element('<table><tr tabindex="0" data-ticket-id="1"><td>1</td></tr></table>', 'tr')),
    ).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(window)).toBe(false);
  });
});

describe('isInsideWidget', () => {
  it('is true inside dialogs, menus and list boxes, false elsewhere', () => {
    expect(isInsideWidget(element('<div role="dialog"><button>b</button></div>', 'button'))).toBe(true);
    expect(
      isInsideWidget(element('<div role="menu"><button role="menuitem">b</button></div>', 'button')),
    ).toBe(true);
    expect(isInsideWidget(element('<ul role="listbox"><li role="option">o</li></ul>', 'li'))).toBe(true);
    expect(isInsideWidget(element('<main><button>b</button></main>', 'button'))).toBe(false);
  });
});
