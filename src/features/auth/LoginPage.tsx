import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconInfoCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../lib/api/auth/getSession.ts';
import { useLogin } from '../../lib/api/auth/login.ts';
import { safeReturnTo } from './returnTo.ts';
import type { LoginState } from './unauthorized.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { LoadingState } from '../../lib/feedback/LoadingState.tsx';
import { useErrorText } from '../../lib/feedback/errorMessage.ts';
import { LOGIN_WORDING } from './loginWording.ts';

/** Nothing to say after a plain sign-out; the rest says what was and was not ended. */
function signOutNoticeKey(signedOut: LoginState['signedOut']) {
  if (!signedOut) return null;
  if (signedOut.everywhere) {
    return signedOut.upstreamRevoked ? 'login.signedOutEverywhere' : 'login.signedOutEverywhereUpstreamDown';
  }
  return signedOut.upstreamRevoked ? null : 'login.signedOutHereUpstreamDown';
}

export default function LoginPage() {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const login = useLogin();
  const errorText = useErrorText();
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const loginState = location.state as LoginState | null;
  const sessionExpired = loginState?.sessionExpired === true;
  const signedOutNotice = signOutNoticeKey(loginState?.signedOut);

  if (session.isPending) return <LoadingState />;
  if (session.data && !login.isPending) return <Navigate to={returnTo} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!username.trim() || !password) return;
    login.mutate(
      { username: username.trim(), password },
      { onSuccess: () => void navigate(returnTo, { replace: true }) },
    );
  };
  const error = login.error ? errorText(login.error, LOGIN_WORDING) : null;

  return (
    <Center mih="100dvh" p="md" bg="var(--mantine-color-default-hover)">
      <Paper component="main" withBorder shadow="sm" radius="md" p="xl" w="100%" maw={400}>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <div>
              <Text size="sm" c="dimmed" fw={600}>
                {t('app.name')}
              </Text>
              <Title order={1} size="h2">
                {t('login.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('login.subtitle')}
              </Text>
            </div>
            {sessionExpired && !error && (
              <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
                {t('login.sessionExpired')}
              </Alert>
            )}
            {signedOutNotice && !error && (
              <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
                {t(signedOutNotice)}
              </Alert>
            )}
            {error && (
              <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
                {error}
              </Alert>
            )}
            <TextInput
              label={t('login.username')}
              name="username"
              autoComplete="username"
              autoFocus
              required
              withAsterisk={false}
              value={username}
              onChange={(event) => setUsername(event.currentTarget.value)}
              error={submitted && !username.trim() ? t('login.required') : undefined}
            />
            <PasswordInput
              label={t('login.password')}
              name="password"
              autoComplete="current-password"
              required
              withAsterisk={false}
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={submitted && !password ? t('login.required') : undefined}
            />
            <Button type="submit" loading={login.isPending} fullWidth>
              {t('login.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
