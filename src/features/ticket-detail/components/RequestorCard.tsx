import '@mantine/core/styles/Anchor.css';
import { Anchor, DataList, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { Requestor } from '../../../contract/models.ts';
import { SectionCard } from './SectionCard.tsx';

function useCountryName(code: string | null): string | null {
  const { locale } = useI18n();
  return useMemo(() => {
    if (!code) return null;
    try {
      return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
    } catch {
      return code;
    }
  }, [code, locale]);
}

/** Who asked for help, with phones and e-mails as links that call or write. */
export function RequestorCard({ requestor }: { requestor: Requestor | null }) {
  const { t } = useI18n();
  const country = useCountryName(requestor?.country ?? null);
  if (!requestor) {
    return (
      <SectionCard title={t('detail.requestor.heading')}>
        <Text size="sm" c="dimmed">
          {t('detail.requestor.none')}
        </Text>
      </SectionCard>
    );
  }
  const name = [requestor.firstname, requestor.name].filter(Boolean).join(' ');
  const links = (items: string[], href: (value: string) => string, label: (value: string) => string) => (
    <Stack gap={2}>
      {items.map((value) => (
        <Anchor key={value} href={href(value)} size="sm" aria-label={label(value)}>
          {value}
        </Anchor>
      ))}
    </Stack>
  );
  return (
    <SectionCard title={t('detail.requestor.heading')}>
      <DataList size="sm" gap={6} labelWidth="8rem">
        {name && (
          <DataList.Item>
            <DataList.ItemLabel>{t('detail.requestor.name')}</DataList.ItemLabel>
            <DataList.ItemValue>{name}</DataList.ItemValue>
          </DataList.Item>
        )}
        {requestor.company && (
          <DataList.Item>
            <DataList.ItemLabel>{t('detail.requestor.company')}</DataList.ItemLabel>
            <DataList.ItemValue>{requestor.company}</DataList.ItemValue>
          </DataList.Item>
        )}
        {country && (
          <DataList.Item>
            <DataList.ItemLabel>{t('detail.requestor.country')}</DataList.ItemLabel>
            <DataList.ItemValue>{country}</DataList.ItemValue>
          </DataList.Item>
        )}
        {requestor.phone.length > 0 && (
          <DataList.Item>
            <DataList.ItemLabel>{t('detail.requestor.phones')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {links(
                requestor.phone,
                (phone) => `tel:${phone}`,
                (phone) => t('detail.requestor.call', { phone }),
              )}
            </DataList.ItemValue>
          </DataList.Item>
        )}
        {requestor.email.length > 0 && (
          <DataList.Item>
            <DataList.ItemLabel>{t('detail.requestor.emails')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {links(
                requestor.email,
                (email) => `mailto:${email}`,
                (email) => t('detail.requestor.write', { email }),
              )}
            </DataList.ItemValue>
          </DataList.Item>
        )}
      </DataList>
    </SectionCard>
  );
}
