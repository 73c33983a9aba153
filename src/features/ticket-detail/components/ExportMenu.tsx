import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Menu.css';
import '@mantine/core/styles/Popover.css';
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileExport } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { EXPORT_FORMATS } from '../../../contract/enums.ts';

type ExportFormat = (typeof EXPORT_FORMATS)[number];
type ExportMenuProps = { urlFor: (format: ExportFormat, withTimeline: boolean) => string };

/** Download links for every export format, with or without the timeline. */
export function ExportMenu({ urlFor }: ExportMenuProps) {
  const { t } = useI18n();
  return (
    <Menu position="bottom-end" shadow="md" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconFileExport size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          {t('detail.export.label')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label={t('detail.export.menuLabel')}>
        <Menu.Label>{t('detail.export.menuLabel')}</Menu.Label>
        {EXPORT_FORMATS.map((format, index) => (
          <Fragment key={format}>
            {index > 0 && <Menu.Divider />}
            {[true, false].map((withTimeline) => (
              <Menu.Item
                key={String(withTimeline)}
                component="a"
                href={urlFor(format, withTimeline)}
                download
              >
                {t(withTimeline ? 'detail.export.withTimeline' : 'detail.export.withoutTimeline', {
                  format: format.toUpperCase(),
                })}
              </Menu.Item>
            ))}
          </Fragment>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
