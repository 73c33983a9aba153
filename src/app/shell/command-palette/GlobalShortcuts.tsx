import { lazy, Suspense, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { activeLocale, loadMessages } from '../../../lib/i18n/registry.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { announce } from '../../../lib/keyboard/announcer.ts';
import { LiveAnnouncer } from '../../../lib/keyboard/LiveAnnouncer.tsx';
import { useShortcuts } from '../../../lib/keyboard/useShortcuts.ts';
import { lastListView } from '../../../lib/list-view/ticketListView.ts';
import { paths } from '../../../lib/routing/paths.ts';
import { preloadWhenIdle } from '../../../lib/preloadWhenIdle.ts';

/** Their words: the keyboard's, and the ticket page's (the palette's actions say what they did with them). */
const loadWords = () => loadMessages(['keyboard', 'detail'], activeLocale());
const loadPalette = () => import('./CommandPalette.tsx');
const loadCheatSheet = () => import('./CheatSheet.tsx');
const CommandPalette = lazy(() => Promise.all([loadPalette(), loadWords()]).then(([module]) => module));
const CheatSheet = lazy(() => Promise.all([loadCheatSheet(), loadWords()]).then(([module]) => module));

type Overlay = 'never' | 'open' | 'closed';

/**
 * The shortcuts that work on every page (g l, g n, g s, ?, Ctrl+K), the page's live region for what
 * keys did, and the cheat sheet and palette, each loaded the first time it is asked for (the palette
 * also once the browser is idle): none of it weighs on the first load.
 */
export function GlobalShortcuts({ showSupervision }: { showSupervision: boolean }) {
  const navigate = useNavigate();
  const { t } = useI18n();
  const [sheet, setSheet] = useState<Overlay>('never');
  const [palette, setPalette] = useState<Overlay>('never');

  useEffect(() => {
    preloadWhenIdle(() => Promise.all([loadPalette(), loadWords()]));
  }, []);

  useShortcuts({
    'go.list': () => void navigate(paths.tickets.href(lastListView())),
    'go.newTicket': () => void navigate(paths.newTicket.href()),
    'go.supervision': () => {
      if (showSupervision) void navigate(paths.supervision.href());
      else void loadWords().then(() => announce(t('keyboard.announce.noSupervision')));
    },
    help: () => setSheet('open'),
    palette: () => setPalette('open'),
  });

  return (
    <>
      <LiveAnnouncer />
      {sheet !== 'never' && (
        <Suspense fallback={null}>
          <CheatSheet
            opened={sheet === 'open'}
            onClose={() => setSheet('closed')}
            showSupervision={showSupervision}
          />
        </Suspense>
      )}
      {palette !== 'never' && (
        <Suspense fallback={null}>
          <CommandPalette
            opened={palette === 'open'}
            onClose={() => setPalette('closed')}
            onShowShortcuts={() => setSheet('open')}
            showSupervision={showSupervision}
          />
        </Suspense>
      )}
    </>
  );
}
