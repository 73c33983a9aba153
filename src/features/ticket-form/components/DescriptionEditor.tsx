import { ActionIcon, Group, Input, Paper, Tooltip } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import { IconBold, IconItalic, IconLink, IconList, IconListNumbers } from '@tabler/icons-react';
import { useEffect, useId, useRef, type KeyboardEvent, type Ref } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { sanitizeHtml } from '../../../lib/html/SafeHtml.tsx';
import classes from './DescriptionEditor.module.css';

type DescriptionEditorProps = {
  label: string;
  value: string;
  onChange: (html: string) => void;
  onBlur?: () => void;
  error?: string;
  editorRef?: Ref<HTMLDivElement>;
};

type Command = 'bold' | 'italic' | 'insertUnorderedList' | 'insertOrderedList' | 'createLink';

/** An empty editable area still holds markup such as `<br>`; that is no description. */
function toValue(html: string): string {
  const clean = sanitizeHtml(html);
  const text = clean.replace(/<br\s*\/?>|<\/?(p|div)>|&nbsp;|\s/g, '');
  return text === '' ? '' : clean;
}

/**
 * A small rich-text editor (bold, italic, lists, links) over a contentEditable area. The browser's
 * own editing commands do the work, so it costs no library; what comes out is sanitized HTML.
 */
export function DescriptionEditor({
  label,
  value,
  onChange,
  onBlur,
  error,
  editorRef,
}: DescriptionEditorProps) {
  const { t } = useI18n();
  const labelId = useId();
  const errorId = useId();
  const area = useRef<HTMLDivElement | null>(null);
  const mergedRef = useMergedRef(area, editorRef);

  // Write the value into the area only when it comes from outside (a reset, a restored draft), so
  // typing never moves the caret.
  useEffect(() => {
    const element = area.current;
    if (element && toValue(element.innerHTML) !== value) element.innerHTML = sanitizeHtml(value);
  }, [value]);

  const run = (command: Command) => {
    area.current?.focus();
    if (command === 'createLink') {
      const url = window.prompt(t('form.editor.linkPrompt'), 'https://');
      if (!url || !/^(https?:|mailto:)/i.test(url)) return;
      document.execCommand(command, false, url);
    } else {
      document.execCommand(command);
    }
    onChange(toValue(area.current?.innerHTML ?? ''));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Ctrl/Cmd+K adds a link, as in most editors; Ctrl/Cmd+B and I are the browser's own.
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      run('createLink');
    }
  };

  const tools: { command: Command; label: string; icon: typeof IconBold }[] = [
    { command: 'bold', label: t('form.editor.bold'), icon: IconBold },
    { command: 'italic', label: t('form.editor.italic'), icon: IconItalic },
    { command: 'insertUnorderedList', label: t('form.editor.bulletList'), icon: IconList },
    { command: 'insertOrderedList', label: t('form.editor.numberedList'), icon: IconListNumbers },
    { command: 'createLink', label: t('form.editor.link'), icon: IconLink },
  ];

  return (
    <div>
      <Input.Label id={labelId} component="div">
        {label}
      </Input.Label>
      <Paper withBorder className={classes.frame} data-error={error ? true : undefined}>
        <Group gap={2} p={4} className={classes.toolbar} role="toolbar" aria-label={t('form.editor.toolbar')}>
          {tools.map(({ command, label: toolLabel, icon: Icon }) => (
            <Tooltip key={command} label={toolLabel} withinPortal>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={toolLabel}
                // Keep the selection in the editor: a click on the button must not take the focus.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => run(command)}
              >
                <Icon size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          ))}
        </Group>
        <div
          ref={mergedRef}
          className={classes.area}
          contentEditable
          suppressContentEditableWarning
          role="textbox"
          aria-multiline="true"
          aria-labelledby={labelId}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          tabIndex={0}
          onInput={(event) => onChange(toValue(event.currentTarget.innerHTML))}
          onBlur={onBlur}
          onKeyDown={onKeyDown}
        />
      </Paper>
      {error && (
        <Input.Error id={errorId} mt={4}>
          {error}
        </Input.Error>
      )}
    </div>
  );
}
